-- Phase 1: the survey template library. A template is a versioned questionnaire; versions of one template share
-- a lineage, and a published version never changes.

CREATE TABLE survey_template (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lineage        UUID         NOT NULL,
    version_number INT          NOT NULL CHECK (version_number >= 1),
    name           VARCHAR(200) NOT NULL,
    description    TEXT,
    system_type    VARCHAR(16) CHECK (system_type IN ('ERP', 'HIS', 'FINANCE', 'CRM', 'OTHER')),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    created_by     VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (lineage, version_number)
);

CREATE TABLE survey_template_section (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id BIGINT       NOT NULL REFERENCES survey_template (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    UNIQUE (template_id, position)
);

CREATE TABLE survey_template_question (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id    BIGINT        NOT NULL REFERENCES survey_template_section (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    code          VARCHAR(16)   NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    question_type VARCHAR(16)   NOT NULL CHECK (question_type IN ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE',
        'MULTIPLE_CHOICE', 'YES_NO', 'NUMBER', 'DATE', 'RATING', 'GRID')),
    required      BOOLEAN       NOT NULL,
    options       TEXT[]        NOT NULL DEFAULT '{}',
    unit          VARCHAR(32),
    help_text     VARCHAR(2000),
    ask_if_code   VARCHAR(16),
    ask_if_answer VARCHAR(200),
    grid_rows     TEXT[]        NOT NULL DEFAULT '{}',
    grid_columns  TEXT[]        NOT NULL DEFAULT '{}',
    UNIQUE (section_id, position)
);
