-- What a moderator redacted from a letter before approving it: the writer's original text,
-- kept only as long as the letter itself (erased with it by deletion and anonymisation).
ALTER TABLE letters ADD COLUMN original_body TEXT;
