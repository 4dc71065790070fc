-- Phase 6, after go-live: the improvement backlog with votes and status history, scheduled revisits of the
-- customer with their occurrences and follow-up actions.

CREATE TABLE improvement (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id        BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    title             VARCHAR(200)  NOT NULL,
    description       TEXT,
    category          VARCHAR(24)   NOT NULL CHECK (category IN
        ('UI_INTERACTION', 'SHORTCUTS', 'APPROVAL_FLOW', 'REPORTS', 'PERFORMANCE', 'OTHER')),
    status            VARCHAR(16)   NOT NULL CHECK (status IN
        ('PROPOSED', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED')),
    decline_reason    VARCHAR(2000),
    target_release    VARCHAR(100),
    -- For the implementer's side only; customers never see it.
    internal_note     TEXT,
    raised_by_user_id BIGINT        NOT NULL REFERENCES app_user (id),
    raised_by_name    VARCHAR(100)  NOT NULL,
    raised_by_side    VARCHAR(16)   NOT NULL CHECK (raised_by_side IN ('IMPLEMENTER', 'CUSTOMER')),
    raised_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    done_at           TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0,
    CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
);
CREATE INDEX improvement_project_idx ON improvement (project_id, status);

-- One vote per user and improvement; the key makes a double click harmless.
CREATE TABLE improvement_vote (
    improvement_id BIGINT      NOT NULL REFERENCES improvement (id) ON DELETE CASCADE,
    user_id        BIGINT      NOT NULL REFERENCES app_user (id),
    voted_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (improvement_id, user_id)
);

CREATE TABLE improvement_status_change (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    improvement_id BIGINT        NOT NULL REFERENCES improvement (id) ON DELETE CASCADE,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16)   NOT NULL,
    reason         VARCHAR(2000),
    changed_by     VARCHAR(100)  NOT NULL,
    changed_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX improvement_status_change_idx ON improvement_status_change (improvement_id, changed_at);

CREATE TABLE revisit_plan (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id     BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind           VARCHAR(16)   NOT NULL CHECK (kind IN ('ON_SITE', 'PHONE', 'VIDEO')),
    recurrence     VARCHAR(16)   NOT NULL CHECK (recurrence IN ('ONCE', 'WEEKLY', 'MONTHLY', 'QUARTERLY')),
    first_due_on   DATE          NOT NULL,
    contact_person VARCHAR(100)  NOT NULL,
    owner_user_id  BIGINT        NOT NULL REFERENCES app_user (id),
    purpose        VARCHAR(2000),
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX revisit_plan_project_idx ON revisit_plan (project_id);

-- The n-th occurrence of a plan falls n recurrence steps after the first date (so monthly from 31 January
-- gives 28 February, then 31 March). Held once held_on is set; reminded_at makes the reminder go out once.
CREATE TABLE revisit_occurrence (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id      BIGINT        NOT NULL REFERENCES revisit_plan (id) ON DELETE CASCADE,
    sequence     INT           NOT NULL,
    due_on       DATE          NOT NULL,
    held_on      DATE,
    notes        TEXT,
    satisfaction INT CHECK (satisfaction BETWEEN 1 AND 5),
    recorded_by  VARCHAR(64),
    recorded_at  TIMESTAMPTZ,
    reminded_at  TIMESTAMPTZ,
    UNIQUE (plan_id, sequence)
);
CREATE INDEX revisit_occurrence_open_idx ON revisit_occurrence (due_on) WHERE held_on IS NULL;

CREATE TABLE revisit_follow_up (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurrence_id BIGINT        NOT NULL REFERENCES revisit_occurrence (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    owner         VARCHAR(100)  NOT NULL,
    due_on        DATE,
    done          BOOLEAN       NOT NULL DEFAULT FALSE,
    UNIQUE (occurrence_id, position)
);
