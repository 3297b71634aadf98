DROP INDEX outbox_slow_sent;
