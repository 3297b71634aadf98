-- Answers from officials that staff record for a campaign, shown publicly and emailed once
-- (emailed_at says when the emails were queued; corrections do not send again).
CREATE TABLE official_responses (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    official_id INTEGER NOT NULL REFERENCES officials (id),
    received_on TIMESTAMP NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    as_received BOOLEAN NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    emailed_at TIMESTAMP
);
CREATE INDEX official_responses_campaign ON official_responses (campaign_id, received_on);

-- "Did your MP reply?": one row per delivered letter once its writer is asked (the primary
-- key makes the question go once, whichever instance asks). Campaign and official are
-- copied here, and the row has no tie to the letter's personal data, so the answers
-- survive anonymisation.
CREATE TABLE reply_questions (
    delivery_id INTEGER PRIMARY KEY NOT NULL,
    campaign_id INTEGER NOT NULL,
    official_id INTEGER NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    reminder_token_hash TEXT UNIQUE,
    asked_at TIMESTAMP NOT NULL,
    reminded_at TIMESTAMP,
    answer TEXT,
    answered_at TIMESTAMP
);
CREATE INDEX reply_questions_official ON reply_questions (campaign_id, official_id);
