-- Phases 5-6: go-live tickets with public replies and internal notes, attachments, history, watchers and links;
-- SLA policies (hypercare and standard) on business calendars; each ticket's response and resolution clocks with
-- their pauses; in-app notifications; saved ticket filters.

-- How a project runs its support: what customers see, how long a resolved ticket may be reopened, when a clock
-- counts as at risk, and the hypercare period whose end switches new tickets to the standard policy.
CREATE TABLE support_settings (
    project_id          BIGINT      PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    customer_visibility VARCHAR(16) NOT NULL DEFAULT 'ORGANISATION' CHECK (customer_visibility IN ('ORGANISATION', 'OWN')),
    reopen_window_days  INT         NOT NULL DEFAULT 7 CHECK (reopen_window_days BETWEEN 0 AND 365),
    at_risk_percent     INT         NOT NULL DEFAULT 75 CHECK (at_risk_percent BETWEEN 1 AND 99),
    hypercare_start     DATE,
    hypercare_end       DATE,
    version             BIGINT      NOT NULL DEFAULT 0,
    CHECK (hypercare_end IS NULL OR hypercare_start IS NULL OR hypercare_end >= hypercare_start)
);

-- Business calendars are shared by all projects: a time zone, weekly working hours, and dated exceptions
-- (public holidays, and the weekend days worked instead, 调休).
CREATE TABLE business_calendar (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    zone_id    VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE business_calendar_hours (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    calendar_id BIGINT   NOT NULL REFERENCES business_calendar (id) ON DELETE CASCADE,
    day_of_week SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time  TIME     NOT NULL,
    end_time    TIME     NOT NULL,
    CHECK (end_time > start_time)
);
CREATE INDEX business_calendar_hours_idx ON business_calendar_hours (calendar_id, day_of_week, start_time);

CREATE TABLE business_calendar_day (
    calendar_id BIGINT       NOT NULL REFERENCES business_calendar (id) ON DELETE CASCADE,
    day         DATE         NOT NULL,
    kind        VARCHAR(8)   NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name        VARCHAR(100),
    PRIMARY KEY (calendar_id, day)
);

-- A project's two SLA policies; which one a new ticket gets depends on the hypercare period.
CREATE TABLE sla_policy (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('HYPERCARE', 'STANDARD')),
    calendar_id BIGINT      NOT NULL REFERENCES business_calendar (id),
    version     BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (project_id, kind)
);

CREATE TABLE sla_target (
    policy_id          BIGINT     NOT NULL REFERENCES sla_policy (id) ON DELETE CASCADE,
    severity           VARCHAR(2) NOT NULL CHECK (severity IN ('P1', 'P2', 'P3', 'P4')),
    response_minutes   INT        NOT NULL CHECK (response_minutes > 0),
    resolution_minutes INT        NOT NULL CHECK (resolution_minutes > 0),
    around_the_clock   BOOLEAN    NOT NULL DEFAULT FALSE,
    PRIMARY KEY (policy_id, severity),
    CHECK (resolution_minutes >= response_minutes)
);

CREATE TABLE ticket_counter (
    project_id  BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    last_number INT    NOT NULL
);

CREATE TABLE ticket (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id         BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    number             INT          NOT NULL,
    title              VARCHAR(200) NOT NULL,
    description        TEXT,
    type               VARCHAR(16)  NOT NULL CHECK (type IN
        ('PERMISSION', 'PERFORMANCE', 'INTEGRATION', 'DATA', 'DEFECT', 'QUESTION', 'INCIDENT')),
    severity           VARCHAR(2)   NOT NULL CHECK (severity IN ('P1', 'P2', 'P3', 'P4')),
    module             VARCHAR(100),
    environment        VARCHAR(50),
    status             VARCHAR(24)  NOT NULL CHECK (status IN
        ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED')),
    source             VARCHAR(16)  NOT NULL CHECK (source IN ('INTERNAL', 'PORTAL', 'MONITORING')),
    reporter_id        BIGINT REFERENCES app_user (id),
    reporter_name      VARCHAR(100) NOT NULL,
    assignee_id        BIGINT REFERENCES app_user (id),
    policy_kind        VARCHAR(16)  NOT NULL CHECK (policy_kind IN ('HYPERCARE', 'STANDARD')),
    root_cause         TEXT,
    alert_fingerprint  VARCHAR(200),
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    first_responded_at TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    version            BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (project_id, number)
);
CREATE INDEX ticket_project_status_idx ON ticket (project_id, status, severity);
CREATE INDEX ticket_assignee_idx ON ticket (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX ticket_reporter_idx ON ticket (reporter_id);
-- One open ticket per firing alert: the same alert again updates it.
CREATE UNIQUE INDEX ticket_open_alert_key ON ticket (project_id, alert_fingerprint)
    WHERE alert_fingerprint IS NOT NULL AND status <> 'CLOSED';

CREATE TABLE ticket_watcher (
    ticket_id BIGINT NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (ticket_id, user_id)
);

-- Public replies are seen by the customer; internal notes never leave the implementer's side.
CREATE TABLE ticket_comment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   BIGINT       NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    author_id   BIGINT REFERENCES app_user (id),
    author_name VARCHAR(100) NOT NULL,
    customer    BOOLEAN      NOT NULL,
    internal    BOOLEAN      NOT NULL,
    body        TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ticket_comment_ticket_idx ON ticket_comment (ticket_id, created_at);

CREATE TABLE ticket_attachment (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    internal     BOOLEAN      NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ticket_attachment_ticket_idx ON ticket_attachment (ticket_id);

-- Every change of a ticket, oldest first. Values are stored as codes; pages translate them.
CREATE TABLE ticket_event (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id BIGINT       NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    at        TIMESTAMPTZ  NOT NULL,
    actor     VARCHAR(100) NOT NULL,
    field     VARCHAR(32)  NOT NULL,
    old_value VARCHAR(500),
    new_value VARCHAR(500),
    internal  BOOLEAN      NOT NULL
);
CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);
CREATE INDEX ticket_event_at_idx ON ticket_event (at);

CREATE TABLE ticket_link (
    ticket_id        BIGINT NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    linked_ticket_id BIGINT NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, linked_ticket_id),
    CHECK (ticket_id <> linked_ticket_id)
);

-- Links to knowledge-base (FAQ) articles, by address and title.
CREATE TABLE ticket_article (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id BIGINT        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    title     VARCHAR(200)  NOT NULL,
    url       VARCHAR(1000) NOT NULL
);

-- A ticket's first-response and resolution clocks. Targets and working time are copied from the policy when the
-- ticket is opened, so later policy edits never rewrite what was promised.
CREATE TABLE sla_clock (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id           BIGINT      NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    kind                VARCHAR(16) NOT NULL CHECK (kind IN ('RESPONSE', 'RESOLUTION')),
    target_minutes      INT         NOT NULL CHECK (target_minutes > 0),
    calendar_id         BIGINT REFERENCES business_calendar (id),
    zone_id             VARCHAR(64) NOT NULL,
    started_at          TIMESTAMPTZ NOT NULL,
    stopped_at          TIMESTAMPTZ,
    -- Derived from the course whenever it changes (null while paused), so lists and the watch job query them.
    due_at              TIMESTAMPTZ,
    at_risk_at          TIMESTAMPTZ,
    at_risk_notified_at TIMESTAMPTZ,
    breach_notified_at  TIMESTAMPTZ,
    UNIQUE (ticket_id, kind)
);
CREATE INDEX sla_clock_running_idx ON sla_clock (due_at) WHERE stopped_at IS NULL;

CREATE TABLE sla_clock_pause (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clock_id   BIGINT      NOT NULL REFERENCES sla_clock (id) ON DELETE CASCADE,
    paused_at  TIMESTAMPTZ NOT NULL,
    resumed_at TIMESTAMPTZ,
    CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
);
CREATE INDEX sla_clock_pause_clock_idx ON sla_clock_pause (clock_id, paused_at);

-- In-app notifications; the page renders them in the reader's language from kind and ticket.
CREATE TABLE notification (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    project_id BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ticket_id  BIGINT REFERENCES ticket (id) ON DELETE CASCADE,
    kind       VARCHAR(24) NOT NULL,
    detail     VARCHAR(200),
    created_at TIMESTAMPTZ NOT NULL,
    read_at    TIMESTAMPTZ
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

CREATE TABLE ticket_filter (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    project_id BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name       VARCHAR(60)  NOT NULL,
    query      VARCHAR(500) NOT NULL,
    UNIQUE (user_id, project_id, name)
);
