-- Letters reach officials only from writers who confirmed their email address, and
-- letters to an MP carry the writer's postal address.

-- When the writer confirmed the address the letter is written from (on submitting, if
-- already confirmed on the campaign; else when they press the confirmation button).
-- A letter without it is 'unconfirmed': it waits outside the moderation queue.
ALTER TABLE letters ADD COLUMN writer_confirmed_at TIMESTAMP;
UPDATE letters SET writer_confirmed_at = (
    SELECT signatures.confirmed_at FROM signatures WHERE signatures.id = letters.signature_id
) WHERE letters.signature_id IS NOT NULL;
UPDATE letters SET status = 'unconfirmed'
    WHERE status = 'pending' AND writer_confirmed_at IS NULL;
CREATE INDEX letters_signature ON letters (signature_id);

-- The writer's postal address (lines joined by newlines) and town, for an MP.
ALTER TABLE letters ADD COLUMN address_lines TEXT;
ALTER TABLE letters ADD COLUMN town TEXT;
