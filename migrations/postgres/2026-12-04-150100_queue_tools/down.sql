DROP INDEX letters_queue_campaign;
DROP TABLE saved_notes;
DROP TABLE letter_claims;
