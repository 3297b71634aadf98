-- Privacy: what anonymising a closed campaign keeps, and what limits new-draft emails.

-- A signature's constituency, written when its postcode is erased, so that the figures
-- by constituency stay as they were. NULL while the postcode is kept (it is looked up).
ALTER TABLE signatures ADD COLUMN constituency_code TEXT;
-- The place index covers the constituency too, so the statistics still read only it.
DROP INDEX signatures_counted_place;
CREATE INDEX signatures_counted_place ON signatures (campaign_id, country_code, postcode, constituency_code)
    WHERE confirmed_at IS NOT NULL AND NOT suspect AND invalidated_at IS NULL;

-- Where a new letter was started from, for the limit on emailing private links.
ALTER TABLE letters ADD COLUMN ip TEXT;
CREATE INDEX letters_ip ON letters (ip, created_at);

-- Erasing a person's emails finds them by address.
CREATE INDEX outbox_recipient ON outbox (recipient);
