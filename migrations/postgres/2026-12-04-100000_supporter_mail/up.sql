-- Mail to supporters after they sign: a signer can stop it (one-click unsubscribe, RFC 8058)
-- and keep their signature; campaign-wide mail goes in a bulk lane behind confirmations and
-- letters, and carries the unsubscribe address its List-Unsubscribe header names.
ALTER TABLE signatures ADD COLUMN unsubscribed_at TIMESTAMP;
ALTER TABLE outbox ADD COLUMN bulk BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
CREATE INDEX outbox_bulk_due ON outbox (next_attempt_at) WHERE bulk AND sent_at IS NULL;
CREATE INDEX outbox_prompt_due ON outbox (next_attempt_at) WHERE NOT bulk AND sent_at IS NULL;
