DROP INDEX outbox_prompt_due;
DROP INDEX outbox_bulk_due;
ALTER TABLE outbox DROP COLUMN unsubscribe_url;
ALTER TABLE outbox DROP COLUMN bulk;
ALTER TABLE signatures DROP COLUMN unsubscribed_at;
