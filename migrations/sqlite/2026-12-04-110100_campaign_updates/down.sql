DROP INDEX outbox_update;
ALTER TABLE outbox DROP COLUMN update_id;
DROP TABLE unsubscribe_links;
DROP TABLE campaign_updates;
