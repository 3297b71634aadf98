DROP TABLE outbox;
DROP TABLE confirmation_tokens;
DROP TABLE signatures;
DROP TABLE campaign_counts;
DROP TABLE campaigns;
