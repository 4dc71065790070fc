-- Customer satisfaction after go-live: a rating of each ticket resolution (CSAT) and one Net Promoter Score answer
-- per customer user and project once hypercare has ended.

-- The reporter rates a resolution, not a ticket: a ticket reopened and resolved again has a new resolved_at and may
-- be rated again. A rating changes in place until the ticket is closed.
CREATE TABLE ticket_rating (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    resolved_at TIMESTAMPTZ   NOT NULL,
    user_id     BIGINT        NOT NULL REFERENCES app_user (id),
    score       INT           NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     VARCHAR(2000),
    rated_at    TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (ticket_id, resolved_at)
);
CREATE INDEX ticket_rating_rated_idx ON ticket_rating (rated_at);

-- "How likely are you to recommend us?" 0-10, asked once per customer user and project.
CREATE TABLE nps_response (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    user_id     BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    score       INT           NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment     VARCHAR(2000),
    answered_at TIMESTAMPTZ   NOT NULL,
    UNIQUE (project_id, user_id)
);
