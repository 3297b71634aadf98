-- The slow lane keeps its pace after its emails are taken for sending: the next one waits
-- an interval after the last one sent, or after the last one still unsent was queued, not
-- only after those still waiting untried.
CREATE INDEX outbox_slow_sent ON outbox (sent_at) WHERE slow AND sent_at IS NOT NULL;
CREATE INDEX outbox_slow_unsent ON outbox (created_at) WHERE slow AND sent_at IS NULL;
