-- Phase 1: pain points found in answers, and the project's requirements with a stable key (REQ-001), their
-- sources and their full history.

CREATE TABLE pain_point (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id       BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    answer_id        BIGINT REFERENCES survey_answer (id) ON DELETE SET NULL,
    title            VARCHAR(300)  NOT NULL,
    description      TEXT,
    affected_process VARCHAR(200)  NOT NULL,
    severity         VARCHAR(16)   NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    frequency        VARCHAR(16)   NOT NULL CHECK (frequency IN ('RARELY', 'MONTHLY', 'WEEKLY', 'DAILY')),
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX pain_point_project_idx ON pain_point (project_id);
CREATE INDEX pain_point_answer_idx ON pain_point (answer_id);

-- Hands out requirement numbers per project without gaps between concurrent creators.
CREATE TABLE requirement_counter (
    project_id  BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    last_number INT NOT NULL
);

CREATE TABLE requirement (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id          BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    number              INT          NOT NULL CHECK (number >= 1),
    title               VARCHAR(300) NOT NULL,
    description         TEXT,
    category            VARCHAR(100),
    priority            VARCHAR(8)   NOT NULL CHECK (priority IN ('MUST', 'SHOULD', 'COULD', 'WONT')),
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'DEFERRED')),
    in_scope            BOOLEAN      NOT NULL,
    acceptance_criteria TEXT,
    internal_note       TEXT,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (project_id, number)
);

-- Where a requirement came from: an answer, a pain point or a meeting decision (exactly one of them).
CREATE TABLE requirement_source (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requirement_id BIGINT NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
    answer_id      BIGINT REFERENCES survey_answer (id) ON DELETE CASCADE,
    pain_point_id  BIGINT REFERENCES pain_point (id) ON DELETE CASCADE,
    decision_id    BIGINT REFERENCES meeting_decision (id) ON DELETE CASCADE,
    CHECK (num_nonnulls(answer_id, pain_point_id, decision_id) = 1)
);
CREATE INDEX requirement_source_requirement_idx ON requirement_source (requirement_id);
CREATE UNIQUE INDEX requirement_source_answer_key ON requirement_source (requirement_id, answer_id) WHERE answer_id IS NOT NULL;
CREATE UNIQUE INDEX requirement_source_pain_point_key ON requirement_source (requirement_id, pain_point_id) WHERE pain_point_id IS NOT NULL;
CREATE UNIQUE INDEX requirement_source_decision_key ON requirement_source (requirement_id, decision_id) WHERE decision_id IS NOT NULL;

-- Every change of a requirement, one row per field: who, when, old and new value, and what caused it
-- (a meeting decision or a change request, when one did).
CREATE TABLE requirement_change (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requirement_id    BIGINT       NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
    changed_at        TIMESTAMPTZ  NOT NULL,
    changed_by        VARCHAR(64)  NOT NULL,
    field             VARCHAR(32)  NOT NULL,
    old_value         TEXT,
    new_value         TEXT,
    cause             VARCHAR(200)
);
CREATE INDEX requirement_change_requirement_idx ON requirement_change (requirement_id, changed_at, id);
