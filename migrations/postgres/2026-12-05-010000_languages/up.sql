-- The language a signature and a letter were made in (`en`, `cy`, `ru`, `kk`: see
-- src/i18n/lang.rs); every email to that person is written in it. Rows made before
-- Missive spoke other languages were made in English.
ALTER TABLE signatures ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE letters ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
