-- Phase 1: multi-party meetings (kickoff, requirement review, scope sign-off) with attendees by side and role,
-- agenda, minutes, decisions and action items.

CREATE TABLE meeting (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id   BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind         VARCHAR(24)  NOT NULL CHECK (kind IN ('KICKOFF', 'REQUIREMENT_REVIEW', 'SCOPE_SIGN_OFF', 'OTHER')),
    title        VARCHAR(200) NOT NULL,
    held_on      DATE         NOT NULL,
    location     VARCHAR(200),
    agenda       TEXT,
    minutes      TEXT,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX meeting_project_idx ON meeting (project_id, held_on DESC);

-- Attendees are named as they appear in the minutes; a Luodi user is linked when there is one.
CREATE TABLE meeting_attendee (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    side       VARCHAR(16)  NOT NULL CHECK (side IN ('IMPLEMENTER', 'CUSTOMER', 'THIRD_PARTY')),
    name       VARCHAR(100) NOT NULL,
    role       VARCHAR(100),
    user_id    BIGINT REFERENCES app_user (id),
    UNIQUE (meeting_id, position)
);

CREATE TABLE meeting_decision (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INT           NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    UNIQUE (meeting_id, position)
);

CREATE TABLE meeting_action_item (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INT           NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    owner      VARCHAR(100)  NOT NULL,
    due_on     DATE,
    done       BOOLEAN       NOT NULL DEFAULT FALSE,
    UNIQUE (meeting_id, position)
);
