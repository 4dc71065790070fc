-- Phase 2, environments: each project's environments with their servers, databases, middleware and cloud
-- resources, the network rules they need, readiness checklists applied from seeded templates, and the probes
-- the platform runs against them, kept as evidence.

CREATE TABLE environment (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id    BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name          VARCHAR(60)   NOT NULL,
    kind          VARCHAR(8)    NOT NULL CHECK (kind IN ('DEV', 'TEST', 'UAT', 'PROD', 'CUSTOM')),
    description   VARCHAR(2000),
    -- For the implementer's side only; customers never see it.
    internal_note TEXT,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (project_id, name)
);

-- One table for the four kinds of component; the columns a kind does not use stay empty. The credential a
-- probe connects with is sealed with AES-GCM: secret_cipher is the 96-bit nonce followed by the ciphertext and
-- its tag, secret_key_id names the key that sealed it so keys can rotate.
CREATE TABLE environment_component (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment_id     BIGINT        NOT NULL REFERENCES environment (id) ON DELETE CASCADE,
    type               VARCHAR(12)   NOT NULL CHECK (type IN ('SERVER', 'DATABASE', 'MIDDLEWARE', 'CLOUD')),
    name               VARCHAR(100)  NOT NULL,
    host               VARCHAR(255),
    ip_address         VARCHAR(45),
    port               INT CHECK (port BETWEEN 1 AND 65535),
    role               VARCHAR(60),
    os                 VARCHAR(60),
    os_version         VARCHAR(60),
    cpu_cores          INT CHECK (cpu_cores > 0),
    memory_gb          INT CHECK (memory_gb > 0),
    disk_gb            INT CHECK (disk_gb > 0),
    engine             VARCHAR(12) CHECK (engine IN ('POSTGRESQL', 'MYSQL', 'MARIADB', 'SQL_SERVER', 'ORACLE')),
    database_name      VARCHAR(128),
    charset            VARCHAR(40),
    collation_name     VARCHAR(80),
    time_zone          VARCHAR(60),
    product            VARCHAR(60),
    product_version    VARCHAR(60),
    endpoint_url       VARCHAR(500),
    provider           VARCHAR(12) CHECK (provider IN ('AWS', 'AZURE', 'ALIYUN', 'TENCENT', 'HUAWEI', 'OTHER')),
    region             VARCHAR(60),
    service            VARCHAR(100),
    compatibility_note VARCHAR(500),
    username           VARCHAR(128),
    secret_key_id      VARCHAR(16),
    secret_cipher      BYTEA,
    internal_note      TEXT,
    version            BIGINT        NOT NULL DEFAULT 0,
    CHECK ((secret_key_id IS NULL) = (secret_cipher IS NULL)),
    CHECK (type <> 'DATABASE' OR engine IS NOT NULL)
);
CREATE INDEX environment_component_environment_idx ON environment_component (environment_id, type);

CREATE TABLE network_rule (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment_id    BIGINT        NOT NULL REFERENCES environment (id) ON DELETE CASCADE,
    source            VARCHAR(255)  NOT NULL,
    destination       VARCHAR(255)  NOT NULL,
    port              INT           NOT NULL CHECK (port BETWEEN 1 AND 65535),
    protocol          VARCHAR(8)    NOT NULL CHECK (protocol IN ('TCP', 'UDP')),
    purpose           VARCHAR(500),
    status            VARCHAR(12)   NOT NULL CHECK (status IN ('REQUESTED', 'OPENED', 'VERIFIED')),
    status_changed_by VARCHAR(100)  NOT NULL,
    status_changed_at TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX network_rule_environment_idx ON network_rule (environment_id);

-- The standard items applied to an environment (scope ENVIRONMENT) or to each of its components of a type.
-- An item's key is stable: probes set items by key, and the bundles name each item's title and guidance.
CREATE TABLE checklist_template_item (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope    VARCHAR(12)  NOT NULL CHECK (scope IN ('ENVIRONMENT', 'SERVER', 'DATABASE', 'MIDDLEWARE', 'CLOUD')),
    item_key VARCHAR(40)  NOT NULL,
    blocking BOOLEAN      NOT NULL,
    position INT          NOT NULL,
    UNIQUE (scope, item_key)
);

INSERT INTO checklist_template_item (scope, item_key, blocking, position) VALUES
    ('ENVIRONMENT', 'env.timezone', TRUE, 10),
    ('ENVIRONMENT', 'net.firewall', TRUE, 20),
    ('ENVIRONMENT', 'ops.ntp', FALSE, 30),
    ('ENVIRONMENT', 'ops.backup', TRUE, 40),
    ('ENVIRONMENT', 'ops.restore', TRUE, 50),
    ('ENVIRONMENT', 'ops.monitoring', FALSE, 60),
    ('ENVIRONMENT', 'sec.accounts', FALSE, 70),
    ('SERVER', 'srv.timezone', TRUE, 10),
    ('SERVER', 'srv.ntp', FALSE, 20),
    ('SERVER', 'srv.disk', FALSE, 30),
    ('SERVER', 'srv.logrotate', FALSE, 40),
    ('SERVER', 'srv.monitoring', FALSE, 50),
    ('SERVER', 'srv.version', FALSE, 60),
    ('DATABASE', 'net.reachable', TRUE, 10),
    ('DATABASE', 'db.version', TRUE, 20),
    ('DATABASE', 'db.charset', TRUE, 30),
    ('DATABASE', 'db.collation', FALSE, 40),
    ('DATABASE', 'db.timezone', TRUE, 50),
    ('DATABASE', 'db.backup', TRUE, 60),
    ('DATABASE', 'db.account', FALSE, 70),
    ('MIDDLEWARE', 'net.reachable', TRUE, 10),
    ('MIDDLEWARE', 'tls.expiry', TRUE, 20),
    ('MIDDLEWARE', 'mw.version', FALSE, 30),
    ('MIDDLEWARE', 'mw.logrotate', FALSE, 40),
    ('CLOUD', 'cloud.access', FALSE, 10),
    ('CLOUD', 'cloud.backup', FALSE, 20),
    ('CLOUD', 'cloud.monitoring', FALSE, 30);

-- An applied item; component_id is empty for the environment-wide ones.
CREATE TABLE checklist_item (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    environment_id BIGINT        NOT NULL REFERENCES environment (id) ON DELETE CASCADE,
    component_id   BIGINT        REFERENCES environment_component (id) ON DELETE CASCADE,
    item_key       VARCHAR(40)   NOT NULL,
    blocking       BOOLEAN       NOT NULL,
    position       INT           NOT NULL,
    status         VARCHAR(16)   NOT NULL CHECK (status IN ('TODO', 'PASS', 'FAIL', 'NOT_APPLICABLE')),
    owner_user_id  BIGINT        REFERENCES app_user (id),
    due_on         DATE,
    evidence_note  VARCHAR(2000),
    observed_value VARCHAR(500),
    probe_run_id   BIGINT,
    updated_by     VARCHAR(100),
    updated_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE NULLS NOT DISTINCT (environment_id, component_id, item_key)
);

CREATE TABLE checklist_item_change (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id        BIGINT        NOT NULL REFERENCES checklist_item (id) ON DELETE CASCADE,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16)   NOT NULL,
    observed_value VARCHAR(500),
    note           VARCHAR(2000),
    probe_run_id   BIGINT,
    changed_by     VARCHAR(100)  NOT NULL,
    changed_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX checklist_item_change_idx ON checklist_item_change (item_id, changed_at);

CREATE TABLE checklist_attachment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     BIGINT        NOT NULL REFERENCES checklist_item (id) ON DELETE CASCADE,
    file_name   VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     BYTEA         NOT NULL,
    uploaded_by VARCHAR(100)  NOT NULL,
    uploaded_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX checklist_attachment_item_idx ON checklist_attachment (item_id);

-- One run of a probe against a component or a network rule; its findings set checklist items.
CREATE TABLE probe_run (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    environment_id  BIGINT        NOT NULL REFERENCES environment (id) ON DELETE CASCADE,
    component_id    BIGINT        REFERENCES environment_component (id) ON DELETE CASCADE,
    network_rule_id BIGINT        REFERENCES network_rule (id) ON DELETE CASCADE,
    kind            VARCHAR(8)    NOT NULL CHECK (kind IN ('DATABASE', 'TCP', 'HTTP')),
    target          VARCHAR(600)  NOT NULL,
    status          VARCHAR(10)   NOT NULL CHECK (status IN
        ('QUEUED', 'RUNNING', 'PASSED', 'FAILED', 'REFUSED', 'TIMED_OUT', 'ERROR')),
    message_code    VARCHAR(80),
    message_detail  VARCHAR(1000),
    started_by      VARCHAR(100)  NOT NULL,
    queued_at       TIMESTAMPTZ   NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    CHECK (component_id IS NOT NULL OR network_rule_id IS NOT NULL)
);
CREATE INDEX probe_run_environment_idx ON probe_run (environment_id, queued_at DESC);

CREATE TABLE probe_finding (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       BIGINT        NOT NULL REFERENCES probe_run (id) ON DELETE CASCADE,
    item_key     VARCHAR(40)   NOT NULL,
    verdict      VARCHAR(8)    NOT NULL CHECK (verdict IN ('PASS', 'FAIL', 'INFO')),
    observed     VARCHAR(500)  NOT NULL,
    expected     VARCHAR(500)
);
CREATE INDEX probe_finding_run_idx ON probe_finding (run_id);

-- The address ranges probes may reach, kept by administrators: one row. An address must lie in an allowed
-- range and in no denied one. Denied by default: link-local (which holds the cloud metadata address
-- 169.254.169.254), Alibaba Cloud's metadata address and AWS's IPv6 one.
CREATE TABLE probe_settings (
    id             INT           PRIMARY KEY CHECK (id = 1),
    allowed_ranges VARCHAR(4000) NOT NULL,
    denied_ranges  VARCHAR(4000) NOT NULL,
    updated_by     VARCHAR(100),
    updated_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0
);
INSERT INTO probe_settings (id, allowed_ranges, denied_ranges) VALUES
    (1, E'0.0.0.0/0\n::/0', E'169.254.0.0/16\nfe80::/10\n100.100.100.200/32\nfd00:ec2::254/128');
