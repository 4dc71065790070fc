-- Phase 1: surveys in the field. A survey runs one published template with one stakeholder group of a project;
-- its answers are saved one question at a time, each with its own version so that two consultants editing the
-- same survey never overwrite each other silently.

CREATE TABLE survey (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id        BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    template_id       BIGINT       NOT NULL REFERENCES survey_template (id),
    stakeholder_kind  VARCHAR(16)  NOT NULL CHECK (stakeholder_kind IN ('IT', 'BUSINESS', 'LEADERSHIP', 'OTHER')),
    stakeholder_group VARCHAR(200) NOT NULL,
    survey_date       DATE         NOT NULL,
    participants      TEXT,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
    created_by        VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX survey_project_idx ON survey (project_id, survey_date DESC);

-- The implementer staff who conduct the interview.
CREATE TABLE survey_conductor (
    survey_id BIGINT NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (survey_id, user_id)
);

-- One answer per question. Text, number, date, yes/no, single choice and rating answers live in answer_text;
-- a multiple-choice answer in choices; a grid answer row-major in grid_cells (rows x columns cells).
CREATE TABLE survey_answer (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id   BIGINT      NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    question_id BIGINT      NOT NULL REFERENCES survey_template_question (id),
    answer_text TEXT,
    choices     TEXT[]      NOT NULL DEFAULT '{}',
    grid_cells  TEXT[]      NOT NULL DEFAULT '{}',
    note        TEXT,
    updated_by  VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (survey_id, question_id)
);
