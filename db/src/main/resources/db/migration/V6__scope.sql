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
-- Only one baseline of a project awaits signatures at a time.
CREATE UNIQUE INDEX scope_baseline_one_awaiting ON scope_baseline (project_id) WHERE status = 'AWAITING_SIGNATURES';

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

-- What a change request changes: a new requirement, a changed one, or one taken out of scope. An added item
-- names the requirement it created once the request is approved.
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
    CHECK (action = 'ADD' OR requirement_id IS NOT NULL)
);

-- A change request may also rewrite sections of the scope statement (deliverables, milestones …).
CREATE TABLE change_request_section (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_request_id BIGINT      NOT NULL REFERENCES change_request (id) ON DELETE CASCADE,
    section           VARCHAR(24) NOT NULL CHECK (section IN ('OBJECTIVES', 'DELIVERABLES', 'MILESTONES',
                                                          'ASSUMPTIONS', 'CONSTRAINTS', 'RISKS',
                                                          'ACCEPTANCE_CRITERIA')),
    content           TEXT,
    UNIQUE (change_request_id, section)
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

CREATE INDEX scope_baseline_item_baseline_idx ON scope_baseline_item (baseline_id);
CREATE INDEX change_request_item_request_idx ON change_request_item (change_request_id);

-- What was signed stays as it was signed: a signed baseline's content, its snapshot rows and its signatures are
-- never updated, whatever code runs against the database.
CREATE FUNCTION scope_baseline_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'SIGNED' AND (ROW(NEW.project_id, NEW.number, NEW.status, NEW.change_request_id,
            NEW.objectives, NEW.deliverables, NEW.milestones, NEW.assumptions, NEW.constraints, NEW.risks,
            NEW.acceptance_criteria, NEW.created_by, NEW.created_at, NEW.signed_at)
        IS DISTINCT FROM ROW(OLD.project_id, OLD.number, OLD.status, OLD.change_request_id,
            OLD.objectives, OLD.deliverables, OLD.milestones, OLD.assumptions, OLD.constraints, OLD.risks,
            OLD.acceptance_criteria, OLD.created_by, OLD.created_at, OLD.signed_at)) THEN
        RAISE EXCEPTION 'scope baseline % is signed and never changes', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER scope_baseline_signed_is_final BEFORE UPDATE ON scope_baseline
    FOR EACH ROW EXECUTE FUNCTION scope_baseline_signed_is_final();

CREATE FUNCTION scope_snapshot_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are written once and never changed', TG_TABLE_NAME;
END $$;
CREATE TRIGGER scope_baseline_item_is_final BEFORE UPDATE ON scope_baseline_item
    FOR EACH ROW EXECUTE FUNCTION scope_snapshot_is_final();
CREATE TRIGGER scope_signature_is_final BEFORE UPDATE ON scope_signature
    FOR EACH ROW EXECUTE FUNCTION scope_snapshot_is_final();
