ALTER TABLE campaigns DROP COLUMN letter_edited_at;
ALTER TABLE signatures DROP COLUMN letter_version_id;
DROP TABLE campaign_letter_versions;
