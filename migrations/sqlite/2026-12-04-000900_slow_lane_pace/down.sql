DROP INDEX outbox_slow_unsent;
DROP INDEX outbox_slow_sent;
