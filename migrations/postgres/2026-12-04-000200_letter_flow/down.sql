UPDATE letters SET status = 'pending' WHERE status = 'unconfirmed';
DROP INDEX letters_signature;
ALTER TABLE letters DROP COLUMN town;
ALTER TABLE letters DROP COLUMN address_lines;
ALTER TABLE letters DROP COLUMN writer_confirmed_at;
