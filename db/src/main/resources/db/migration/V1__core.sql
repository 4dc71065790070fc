-- Shared kernel: organisations, users, projects, members, phases, audit, API tokens.

CREATE TABLE organisation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('IMPLEMENTER', 'CUSTOMER')),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username                 VARCHAR(64)  NOT NULL,
    display_name             VARCHAR(100) NOT NULL,
    email                    VARCHAR(200),
    password_hash            VARCHAR(200) NOT NULL,
    role                     VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'PM', 'CONSULTANT', 'CUSTOMER')),
    organisation_id          BIGINT       NOT NULL REFERENCES organisation (id),
    enabled                  BOOLEAN      NOT NULL DEFAULT TRUE,
    password_change_required BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                  BIGINT       NOT NULL DEFAULT 0
);
-- Usernames are matched case-insensitively at login.
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

CREATE TABLE project (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                     VARCHAR(16)  NOT NULL UNIQUE,
    name                     VARCHAR(200) NOT NULL,
    description              TEXT,
    customer_organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    system_type              VARCHAR(16)  NOT NULL CHECK (system_type IN ('ERP', 'HIS', 'FINANCE', 'CRM', 'OTHER')),
    status                   VARCHAR(16)  NOT NULL CHECK (status IN ('PLANNING', 'ACTIVE', 'HYPERCARE', 'CLOSED', 'ON_HOLD')),
    start_date               DATE         NOT NULL,
    planned_go_live          DATE         NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                  BIGINT       NOT NULL DEFAULT 0,
    CHECK (planned_go_live >= start_date)
);
CREATE INDEX project_customer_idx ON project (customer_organisation_id);

CREATE TABLE project_member (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id   BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    project_role VARCHAR(24) NOT NULL CHECK (project_role IN
        ('PROJECT_MANAGER', 'CONSULTANT', 'CUSTOMER_SPONSOR', 'CUSTOMER_KEY_USER')),
    UNIQUE (project_id, user_id)
);
CREATE INDEX project_member_user_idx ON project_member (user_id);

CREATE TABLE project_phase (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id    BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    phase         VARCHAR(24) NOT NULL CHECK (phase IN
        ('REQUIREMENTS', 'ENVIRONMENT', 'DATA_MIGRATION', 'TRAINING', 'GO_LIVE_SUPPORT', 'OPTIMISATION')),
    status        VARCHAR(16) NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    planned_start DATE,
    planned_end   DATE,
    actual_start  DATE,
    actual_end    DATE,
    internal_note TEXT,
    UNIQUE (project_id, phase),
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);

CREATE TABLE audit_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor          VARCHAR(64),
    action         VARCHAR(24)  NOT NULL,
    entity_type    VARCHAR(48),
    entity_id      VARCHAR(64),
    project_id     BIGINT,
    detail         VARCHAR(2000),
    remote_address VARCHAR(64)
);
-- The audit page pages by newest first, per project or overall.
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_project_idx ON audit_event (project_id, occurred_at DESC, id DESC);

CREATE TABLE api_token (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
