-- Notifications name who acted, so the list reads "李强 replied" in any language; the unread badge on every page
-- and the SLA watch job each get an index that fits their query.
ALTER TABLE notification ADD COLUMN actor_name VARCHAR(100);

CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;

CREATE INDEX sla_clock_at_risk_idx ON sla_clock (at_risk_at) WHERE stopped_at IS NULL;
