-- The letter text (headline and body) of each campaign, one row per edit, and the version
-- each signature was given when it signed. Existing campaigns get their current text as
-- their first version, and their signatures point at it.
CREATE TABLE campaign_letter_versions (
    id BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    body_markdown TEXT NOT NULL,
    headline TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX campaign_letter_versions_campaign ON campaign_letter_versions (campaign_id, id);
INSERT INTO campaign_letter_versions (campaign_id, body_markdown, headline, created_at)
    SELECT id, body_markdown, headline, created_at FROM campaigns ORDER BY id;
ALTER TABLE signatures ADD COLUMN letter_version_id BIGINT REFERENCES campaign_letter_versions (id);
UPDATE signatures SET letter_version_id = (
    SELECT v.id FROM campaign_letter_versions v WHERE v.campaign_id = signatures.campaign_id
);
-- When the letter's text last changed after the campaign was made (shown as "edited on").
ALTER TABLE campaigns ADD COLUMN letter_edited_at TIMESTAMP;
