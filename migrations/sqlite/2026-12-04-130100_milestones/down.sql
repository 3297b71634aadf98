DROP TABLE campaign_milestones;
ALTER TABLE campaigns DROP COLUMN milestone_letters;
ALTER TABLE campaigns DROP COLUMN milestones;
