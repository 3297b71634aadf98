ALTER TABLE campaigns DROP COLUMN image_sha256;
DROP TABLE campaign_images;
