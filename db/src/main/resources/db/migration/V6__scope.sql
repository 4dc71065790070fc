-- Phase 1: the scope statement, its signed baselines and the change requests that move it after sign-off.

CREATE TABLE scope_statement (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id          BIGINT      NOT NULL UNIQUE REFERENCES project (id) ON DELETE CASCADE,
    objectives          TEXT,
    deliverables        TEXT,
    milestones          TEXT,
    assumptions         TEXT,
    constraints         TEXT,
    risks               TEXT,
    acceptance_criteria TEXT,
    updated_by          VARCHAR(64) NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);

-- A baseline freezes the statement and the requirements as they were when it was put up for signature.
-- It is signed once both sides have signed, and a signed baseline never changes.
CREATE TABLE scope_baseline (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id          BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    number              INT         NOT NULL CHECK (number >= 1),
    status              VARCHAR(24) NOT NULL CHECK (status IN ('AWAITING_SIGNATURES', 'SIGNED', 'WITHDRAWN')),
    change_request_id   BIGINT,
    objectives          TEXT,
    deliverables        TEXT,
    milestones          TEXT,
    assumptions         TEXT,
    constraints         TEXT,
    risks               TEXT,
    acceptance_criteria TEXT,
    created_by          VARCHAR(64) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    signed_at           TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (project_id, number)
);

CREATE TABLE scope_baseline_item (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    baseline_id         BIGINT       NOT NULL REFERENCES scope_baseline (id) ON DELETE CASCADE,
    requirement_id      BIGINT       NOT NULL REFERENCES requirement (id),
    requirement_number  INT          NOT NULL,
    title               VARCHAR(300) NOT NULL,
    description         TEXT,
    category            VARCHAR(100),
    priority            VARCHAR(8)   NOT NULL,
    in_scope            BOOLEAN      NOT NULL,
    acceptance_criteria TEXT,
    UNIQUE (baseline_id, requirement_id)
);

CREATE TABLE scope_signature (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    baseline_id BIGINT       NOT NULL REFERENCES scope_baseline (id) ON DELETE CASCADE,
    side        VARCHAR(16)  NOT NULL CHECK (side IN ('IMPLEMENTER', 'CUSTOMER')),
    user_id     BIGINT       NOT NULL REFERENCES app_user (id),
    signer_name VARCHAR(100) NOT NULL,
    signed_at   TIMESTAMPTZ  NOT NULL,
    comment     VARCHAR(2000),
    UNIQUE (baseline_id, side)
);

CREATE TABLE change_request_counter (
    project_id  BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    last_number INT NOT NULL
);

CREATE TABLE change_request (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id         BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    number             INT            NOT NULL CHECK (number >= 1),
    title              VARCHAR(300)   NOT NULL,
    reason             TEXT           NOT NULL,
    impact_days        INT            NOT NULL DEFAULT 0,
    impact_cost        NUMERIC(14, 2) NOT NULL DEFAULT 0,
    impact_risk        TEXT,
    status             VARCHAR(16)    NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    base_baseline_id   BIGINT         NOT NULL REFERENCES scope_baseline (id),
    result_baseline_id BIGINT REFERENCES scope_baseline (id),
    created_by         VARCHAR(64)    NOT NULL,
    created_at         TIMESTAMPTZ    NOT NULL,
    decided_at         TIMESTAMPTZ,
    version            BIGINT         NOT NULL DEFAULT 0,
    UNIQUE (project_id, number)
);
ALTER TABLE scope_baseline
    ADD CONSTRAINT scope_baseline_change_request_fk FOREIGN KEY (change_request_id) REFERENCES change_request (id);

-- What a change request changes: a new requirement, a changed one, or one taken out of scope.
CREATE TABLE change_request_item (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_request_id   BIGINT       NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    action              VARCHAR(8)   NOT NULL CHECK (action IN ('ADD', 'CHANGE', 'REMOVE')),
    requirement_id      BIGINT REFERENCES requirement (id),
    title               VARCHAR(300),
    description         TEXT,
    category            VARCHAR(100),
    priority            VARCHAR(8) CHECK (priority IN ('MUST', 'SHOULD', 'COULD', 'WONT')),
    acceptance_criteria TEXT,
    UNIQUE (change_request_id, position),
    CHECK ((action = 'ADD') = (requirement_id IS NULL))
);

-- Each side's decision on a change request; the request is approved once both sides approve.
CREATE TABLE change_request_decision (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_request_id BIGINT        NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
    side              VARCHAR(16)   NOT NULL CHECK (side IN ('IMPLEMENTER', 'CUSTOMER')),
    user_id           BIGINT        NOT NULL REFERENCES app_user (id),
    decider_name      VARCHAR(100)  NOT NULL,
    approved          BOOLEAN       NOT NULL,
    comment           VARCHAR(2000),
    decided_at        TIMESTAMPTZ   NOT NULL,
    UNIQUE (change_request_id, side)
);
