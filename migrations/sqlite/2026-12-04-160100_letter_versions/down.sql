ALTER TABLE signatures DROP COLUMN letter_version_id;
DROP TABLE campaign_letter_versions;
