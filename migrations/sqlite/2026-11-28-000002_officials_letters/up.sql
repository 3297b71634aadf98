CREATE TABLE constituencies (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);

CREATE INDEX constituencies_name ON constituencies (name);

-- Postcode to Westminster constituency, as in the ONS postcode lookup (pcds -> pcon).
CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY NOT NULL,
    constituency_code TEXT NOT NULL
);

CREATE TABLE officials (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    office TEXT NOT NULL,
    salutation TEXT,
    constituency_code TEXT,
    party TEXT,
    email TEXT,
    postal_address TEXT,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX officials_constituency ON officials (constituency_code);

-- Whom a campaign's letters go to, in order. A NULL official_code means "the writer's own MP".
CREATE TABLE campaign_targets (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    position INTEGER NOT NULL,
    official_code TEXT,
    PRIMARY KEY (campaign_id, position)
);

-- Letters whose similarity to the featured letter (per mille) reaches this go as one joint letter.
ALTER TABLE campaigns ADD COLUMN similarity_threshold INTEGER NOT NULL DEFAULT 800;

CREATE TABLE letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    writer_name TEXT NOT NULL,
    writer_email TEXT NOT NULL,
    postcode TEXT,
    country_code TEXT NOT NULL,
    constituency_code TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    similarity INTEGER NOT NULL,
    publish BOOLEAN NOT NULL DEFAULT FALSE,
    public_name TEXT,
    status TEXT NOT NULL,
    signature_id INTEGER REFERENCES signatures (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    decided_at TIMESTAMP
);

-- Private links to a letter (each email carries its own); only their SHA-256 is stored.
CREATE TABLE letter_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    letter_id INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);

CREATE INDEX letters_queue ON letters (status, submitted_at);
CREATE INDEX letters_campaign ON letters (campaign_id, status, decided_at);

-- One writer's near-copies, gathered per official and period, sent as one letter.
CREATE TABLE joint_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    official_id INTEGER NOT NULL REFERENCES officials (id),
    signer_count INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    letter_id INTEGER NOT NULL REFERENCES letters (id),
    official_id INTEGER NOT NULL REFERENCES officials (id),
    method TEXT NOT NULL,
    status TEXT NOT NULL,
    detail TEXT,
    joint_letter_id INTEGER REFERENCES joint_letters (id),
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (letter_id, official_id)
);

CREATE INDEX deliveries_waiting ON deliveries (status, official_id);

ALTER TABLE outbox ADD COLUMN reply_to TEXT;
ALTER TABLE outbox ADD COLUMN delivery_id INTEGER;
ALTER TABLE outbox ADD COLUMN joint_letter_id INTEGER;
