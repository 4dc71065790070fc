-- Phase 3, data migration: each project's migration plans, saved as numbered versions; the
-- datasets with their uploaded source files and sign-off; runs with their counts, progress, reconciliation,
-- rejected rows and the spot checks the customer confirms.

CREATE TABLE migration_plan (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name            VARCHAR(100)  NOT NULL,
    current_version INT           NOT NULL DEFAULT 1 CHECK (current_version >= 1),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (project_id, name)
);

-- Every save of a plan is a new version; runs name the version they used. The content is the engine's plan model
-- as JSON (a plan being built is not yet a valid plan file); users see, export and import it as YAML.
CREATE TABLE migration_plan_version (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id  BIGINT        NOT NULL REFERENCES migration_plan (id) ON DELETE CASCADE,
    number   INT           NOT NULL CHECK (number >= 1),
    content  TEXT          NOT NULL,
    note     VARCHAR(500),
    saved_by VARCHAR(64)   NOT NULL,
    saved_at TIMESTAMPTZ   NOT NULL,
    UNIQUE (plan_id, number)
);

-- A dataset of a plan, by the name its YAML gives it: the uploaded source file (kept on disk under
-- luodi.migration.files.directory) and the sign-off.
CREATE TABLE migration_dataset (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id            BIGINT        NOT NULL REFERENCES migration_plan (id) ON DELETE CASCADE,
    name               VARCHAR(100)  NOT NULL,
    file_path          VARCHAR(500),
    file_name          VARCHAR(255),
    file_sha256        VARCHAR(64),
    file_size          BIGINT,
    uploaded_by        VARCHAR(64),
    uploaded_at        TIMESTAMPTZ,
    signed_off_by      VARCHAR(100),
    signed_off_at      TIMESTAMPTZ,
    signed_off_run_id  BIGINT,
    version            BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (plan_id, name),
    CHECK ((file_path IS NULL) = (file_sha256 IS NULL))
);

CREATE TABLE migration_run (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id         BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    plan_id            BIGINT        NOT NULL REFERENCES migration_plan (id) ON DELETE CASCADE,
    dataset_id         BIGINT        NOT NULL REFERENCES migration_dataset (id) ON DELETE CASCADE,
    plan_version       INT           NOT NULL,
    mode               VARCHAR(12)   NOT NULL CHECK (mode IN ('SAMPLE', 'FULL', 'INCREMENTAL')),
    sample_size        INT,
    random_sample      BOOLEAN       NOT NULL DEFAULT FALSE,
    status             VARCHAR(10)   NOT NULL
        CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    cancel_requested   BOOLEAN       NOT NULL DEFAULT FALSE,
    started_by         VARCHAR(64)   NOT NULL,
    queued_at          TIMESTAMPTZ   NOT NULL,
    started_at         TIMESTAMPTZ,
    finished_at        TIMESTAMPTZ,
    source_name        VARCHAR(255),
    source_sha256      VARCHAR(64),
    encoding           VARCHAR(40),
    -- Progress while it runs, refreshed a few times a second.
    rows_done          BIGINT        NOT NULL DEFAULT 0,
    position           BIGINT        NOT NULL DEFAULT 0,
    size               BIGINT        NOT NULL DEFAULT -1,
    rows_per_second    DOUBLE PRECISION NOT NULL DEFAULT 0,
    eta_seconds        BIGINT,
    -- What it did.
    rows_read          BIGINT,
    inserted           BIGINT,
    updated            BIGINT,
    unchanged          BIGINT,
    rejected           BIGINT,
    duplicates_removed BIGINT,
    reconciled         BOOLEAN,
    reconciled_exactly BOOLEAN,
    -- The reconciliation, SAMPLE preview rows and failure as JSON / text.
    reconciliation     TEXT,
    preview            TEXT,
    failure            VARCHAR(2000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX migration_run_dataset_idx ON migration_run (dataset_id, queued_at DESC);
CREATE INDEX migration_run_project_idx ON migration_run (project_id, queued_at DESC);
-- One run per dataset at a time, whichever server started it.
CREATE UNIQUE INDEX migration_run_one_active_idx ON migration_run (dataset_id)
    WHERE status IN ('QUEUED', 'RUNNING');

-- Every rejected row of a run with its reason code (the user's language comes from the bundles).
CREATE TABLE migration_rejected_row (
    run_id      BIGINT        NOT NULL REFERENCES migration_run (id) ON DELETE CASCADE,
    seq         INT           NOT NULL,
    line        BIGINT        NOT NULL,
    column_name VARCHAR(200),
    value       TEXT,
    reason      VARCHAR(60)   NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- After a FULL run, the random key records the customer confirms or disputes, source and target side by side.
CREATE TABLE migration_spot_check (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      BIGINT        NOT NULL REFERENCES migration_run (id) ON DELETE CASCADE,
    ordinal     INT           NOT NULL,
    record_key  VARCHAR(500)  NOT NULL,
    source_json TEXT          NOT NULL,
    target_json TEXT          NOT NULL,
    status      VARCHAR(10)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'DISPUTED')),
    comment     VARCHAR(2000),
    decided_by  VARCHAR(100),
    decided_at  TIMESTAMPTZ,
    version     BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (run_id, ordinal),
    CHECK (status = 'PENDING' OR decided_by IS NOT NULL),
    CHECK (status <> 'DISPUTED' OR comment IS NOT NULL)
);
