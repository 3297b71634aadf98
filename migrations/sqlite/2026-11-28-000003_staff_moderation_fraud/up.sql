CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email TEXT NOT NULL,
    email_canonical TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    -- Bumped when the password changes or the account is disabled: older sessions end.
    session_epoch INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP
);

-- Login attempts, for throttling by account and by address across instances.
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    account_key TEXT NOT NULL,
    ip TEXT NOT NULL,
    succeeded BOOLEAN NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);

CREATE INDEX login_attempts_account ON login_attempts (account_key, attempted_at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, attempted_at);

-- Every staff action. The application only ever inserts here.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    actor_id INTEGER,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT,
    old_state TEXT,
    new_state TEXT,
    reason TEXT,
    created_at TIMESTAMP NOT NULL
);

CREATE INDEX audit_log_created ON audit_log (created_at);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id);

ALTER TABLE letters ADD COLUMN reject_reason TEXT;
ALTER TABLE letters ADD COLUMN moderator_note TEXT;
ALTER TABLE letters ADD COLUMN moderated_by INTEGER;

ALTER TABLE campaigns ADD COLUMN opens_at TIMESTAMP;

-- Fraud control: where a signature came from, whether it was over a rate limit, whether a
-- moderator invalidated it (and in which reversible batch).
ALTER TABLE signatures ADD COLUMN ip TEXT;
ALTER TABLE signatures ADD COLUMN suspect BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE signatures ADD COLUMN invalidated_at TIMESTAMP;
ALTER TABLE signatures ADD COLUMN invalidation_id INTEGER;
-- Set whenever a change may move the count; the counter folds these rows.
ALTER TABLE signatures ADD COLUMN count_dirty BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE signatures SET count_dirty = TRUE WHERE confirmed_at IS NOT NULL AND counted = FALSE;
DROP INDEX signatures_uncounted;
CREATE INDEX signatures_count_dirty ON signatures (id) WHERE count_dirty = TRUE;
CREATE INDEX signatures_ip ON signatures (campaign_id, ip, created_at);

CREATE TABLE invalidations (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    criteria TEXT NOT NULL,
    signature_count INTEGER NOT NULL,
    created_by INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    reverted_by INTEGER,
    reverted_at TIMESTAMP
);
