-- Moderation queue tools. A claim says a moderator is reading a letter (it lapses after a
-- while, and another moderator can take it over); saved notes are the deployment's
-- frequent notes to writers, picked when rejecting.
CREATE TABLE letter_claims (
    letter_id INTEGER PRIMARY KEY NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_email TEXT NOT NULL,
    claimed_at TIMESTAMP NOT NULL
);

CREATE TABLE saved_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    body TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- The queue filtered by campaign reads one index range, oldest first.
CREATE INDEX letters_queue_campaign ON letters (status, campaign_id, submitted_at);
