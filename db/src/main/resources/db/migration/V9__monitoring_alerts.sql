-- Monitoring webhooks: Prometheus Alertmanager and Zabbix post alerts that open, note and resolve tickets.

-- A project's webhook: the SHA-256 of its secret token (the plain token is shown once, when it is generated) with
-- a short hint to recognise it, whether alerts are accepted, whether a resolved alert resolves its ticket, and the
-- severity of alerts whose severity label means nothing to us.
CREATE TABLE alert_webhook (
    project_id       BIGINT       PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    token_hash       VARCHAR(64),
    token_hint       VARCHAR(16),
    token_issued_at  TIMESTAMPTZ,
    token_issued_by  VARCHAR(100),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    auto_resolve     BOOLEAN      NOT NULL DEFAULT TRUE,
    default_severity VARCHAR(2)   NOT NULL DEFAULT 'P3' CHECK (default_severity IN ('P1', 'P2', 'P3', 'P4')),
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK ((token_hash IS NULL) = (token_issued_at IS NULL))
);

-- Where the alert behind an alert ticket stands (the ticket holds the fingerprint), so that a repeated
-- notification changes nothing and a resolution or a re-fire is noted once.
CREATE TABLE ticket_alert (
    ticket_id  BIGINT      PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
    monitor    VARCHAR(16) NOT NULL CHECK (monitor IN ('ALERTMANAGER', 'ZABBIX')),
    firing     BOOLEAN     NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
