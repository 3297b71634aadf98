DROP INDEX outbox_recipient;
DROP INDEX letters_ip;
ALTER TABLE letters DROP COLUMN ip;
DROP INDEX signatures_counted_place;
ALTER TABLE signatures DROP COLUMN constituency_code;
CREATE INDEX signatures_counted_place ON signatures (campaign_id, country_code, postcode)
    WHERE confirmed_at IS NOT NULL AND NOT suspect AND invalidated_at IS NULL;
