DROP INDEX letters_keyset;
DROP INDEX signatures_keyset;
