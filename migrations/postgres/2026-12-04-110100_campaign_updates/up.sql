-- Updates organisers write to a campaign's supporters: shown on the campaign page once
-- published, and emailed (one outbox row per supporter, linked by update_id) in the bulk
-- lane. Each email's unsubscribe link holds a secret of its own; only its SHA-256 is kept.
CREATE TABLE campaign_updates (
    id BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    subject TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    edited_at TIMESTAMP
);
CREATE INDEX campaign_updates_timeline ON campaign_updates (campaign_id, published_at);

CREATE TABLE unsubscribe_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    signature_id BIGINT NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX unsubscribe_links_signature ON unsubscribe_links (signature_id);

ALTER TABLE outbox ADD COLUMN update_id BIGINT;
CREATE INDEX outbox_update ON outbox (update_id) WHERE update_id IS NOT NULL;
