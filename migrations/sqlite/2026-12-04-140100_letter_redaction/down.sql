ALTER TABLE letters DROP COLUMN original_body;
