-- The slow lane keeps its pace after its emails are sent: the next one waits an interval
-- after the last one sent, not only after those still waiting.
CREATE INDEX outbox_slow_sent ON outbox (sent_at) WHERE slow AND sent_at IS NOT NULL;
