-- Limits on what Missive emails to supporters (see "Security and reliability").

-- The mailbox an email to a supporter reaches: SHA-256 (hex) of the address lower-cased
-- with any +tag taken off, so that one mailbox's daily cap holds whatever tag is used.
-- NULL on emails to officials, which no visitor can multiply.
ALTER TABLE outbox ADD COLUMN mailbox TEXT;
CREATE INDEX outbox_mailbox ON outbox (mailbox, created_at) WHERE mailbox IS NOT NULL;
-- The letter an email to its writer is about, so that deleting the letter erases exactly
-- its own emails.
ALTER TABLE outbox ADD COLUMN letter_id BIGINT;
CREATE INDEX outbox_letter ON outbox (letter_id) WHERE letter_id IS NOT NULL;
-- The slow lane: emails of suspect signatures, sent one per interval.
ALTER TABLE outbox ADD COLUMN slow BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX outbox_slow_lane ON outbox (next_attempt_at) WHERE slow AND sent_at IS NULL AND attempts = 0;

-- Start of the window a signature's `emails_sent` counts in (NULL: since it was made).
ALTER TABLE signatures ADD COLUMN emails_since TIMESTAMP;
