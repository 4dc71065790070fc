-- Daily hypercare stand-ups (每日站会): one per project and day, who attended, an agenda pre-filled from the
-- tickets' activity with a discussion note, owner and next step per item, and free-text sections. A finalised
-- stand-up is read-only. Internal working notes of the implementer: customers never see them.

CREATE TABLE standup (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id     BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    day            DATE         NOT NULL,
    facilitator_id BIGINT REFERENCES app_user (id),
    -- The pre-filled agenda covers ticket activity after this instant (the previous stand-up's creation, or
    -- 24 hours before the first one) up to created_at.
    activity_since TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    finalised_by   VARCHAR(100),
    finalised_at   TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (project_id, day),
    CHECK ((finalised_by IS NULL) = (finalised_at IS NULL))
);

-- The project's members of both sides when the stand-up was opened; present is ticked in the meeting.
CREATE TABLE standup_attendee (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    standup_id BIGINT       NOT NULL REFERENCES standup (id) ON DELETE CASCADE,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id),
    name       VARCHAR(100) NOT NULL,
    side       VARCHAR(16)  NOT NULL CHECK (side IN ('IMPLEMENTER', 'CUSTOMER')),
    present    BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (standup_id, user_id)
);

-- An agenda item: a ticket as it stood when it was put on the agenda (key, title, severity, status, assignee and
-- why it is there, as codes the page translates), or a free topic without a ticket.
CREATE TABLE standup_item (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    standup_id    BIGINT        NOT NULL REFERENCES standup (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    ticket_id     BIGINT REFERENCES ticket (id) ON DELETE SET NULL,
    ticket_key    VARCHAR(40),
    title         VARCHAR(200)  NOT NULL,
    severity      VARCHAR(2) CHECK (severity IN ('P1', 'P2', 'P3', 'P4')),
    status        VARCHAR(24),
    status_before VARCHAR(24),
    assignee      VARCHAR(100),
    reasons       VARCHAR(200)  NOT NULL,
    note          TEXT,
    owner         VARCHAR(100),
    next_step     VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX standup_item_standup_idx ON standup_item (standup_id, position);
CREATE UNIQUE INDEX standup_item_ticket_key ON standup_item (standup_id, ticket_id) WHERE ticket_id IS NOT NULL;

-- Progress, plan for today, risks and blockers, decisions: each saved on its own, with its own version.
CREATE TABLE standup_section (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    standup_id BIGINT      NOT NULL REFERENCES standup (id) ON DELETE CASCADE,
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('PROGRESS', 'PLAN', 'RISKS', 'DECISIONS')),
    text       TEXT,
    version    BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (standup_id, kind)
);
