-- Campaign photos uploaded by organisers, kept in the database so they survive a redeploy.
-- `bytes` is the re-encoded image (no metadata); `sha256` (hex) names it at its URL.
-- campaign_id is the campaign it was uploaded for, NULL while its form has not been saved.
CREATE TABLE campaign_images (
    id BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT REFERENCES campaigns (id) ON DELETE SET NULL,
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
-- The uploaded photo a campaign shows, by its sha256 (wins over image_file, a path under
-- static/). Checked against campaign_images when saved; no constraint, so SQLite can drop it.
ALTER TABLE campaigns ADD COLUMN image_sha256 TEXT;
