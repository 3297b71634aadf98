ALTER TABLE letters DROP COLUMN language;
ALTER TABLE signatures DROP COLUMN language;
