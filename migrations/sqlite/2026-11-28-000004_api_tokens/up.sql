-- Organisers' API tokens (OSDI-style read API). Only the token's SHA-256 is stored.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);

-- The campaigns a token may read.
CREATE TABLE api_token_campaigns (
    token_id INTEGER NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    PRIMARY KEY (token_id, campaign_id)
);

CREATE INDEX signatures_confirmed ON signatures (campaign_id, confirmed_at);
