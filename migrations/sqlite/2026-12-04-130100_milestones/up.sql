-- Milestones: counts at which a campaign marks progress (NULL: derived from the goal) and,
-- if the organiser chose it, writes to each MP with constituents among the signers. Each
-- crossing is recorded once (the primary key), in the counter's transaction, with what was
-- sent: several instances never write twice.
ALTER TABLE campaigns ADD COLUMN milestones TEXT;
ALTER TABLE campaigns ADD COLUMN milestone_letters BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE campaign_milestones (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    milestone BIGINT NOT NULL,
    reached_at TIMESTAMP NOT NULL,
    letters_queued INTEGER NOT NULL DEFAULT 0,
    skipped_mps TEXT,
    PRIMARY KEY (campaign_id, milestone)
);
