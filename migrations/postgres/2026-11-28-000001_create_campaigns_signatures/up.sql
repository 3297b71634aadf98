CREATE TABLE campaigns (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kicker TEXT,
    headline TEXT NOT NULL,
    summary TEXT,
    image_file TEXT,
    image_alt TEXT,
    image_caption TEXT,
    image_credit TEXT,
    image_licence TEXT,
    author_name TEXT NOT NULL,
    author_role TEXT,
    body_markdown TEXT NOT NULL,
    attribution TEXT,
    goal BIGINT NOT NULL,
    featured BOOLEAN NOT NULL DEFAULT FALSE,
    closes_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE campaign_counts (
    campaign_id BIGINT PRIMARY KEY REFERENCES campaigns (id),
    signature_count BIGINT NOT NULL DEFAULT 0,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE signatures (
    id BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_canonical TEXT NOT NULL,
    postcode TEXT,
    country_code TEXT NOT NULL,
    wants_updates BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    counted BOOLEAN NOT NULL DEFAULT FALSE,
    emails_sent INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, email_canonical)
);

CREATE INDEX signatures_uncounted ON signatures (id)
    WHERE confirmed_at IS NOT NULL AND counted = FALSE;

CREATE TABLE confirmation_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    signature_id BIGINT NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

CREATE INDEX confirmation_tokens_signature ON confirmation_tokens (signature_id);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    last_error TEXT
);

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
