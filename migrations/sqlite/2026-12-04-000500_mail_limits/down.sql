ALTER TABLE signatures DROP COLUMN emails_since;
DROP INDEX outbox_slow_lane;
ALTER TABLE outbox DROP COLUMN slow;
DROP INDEX outbox_letter;
ALTER TABLE outbox DROP COLUMN letter_id;
DROP INDEX outbox_mailbox;
ALTER TABLE outbox DROP COLUMN mailbox;
