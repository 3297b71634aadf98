-- An API token returns signers' contact details only if it was made with that scope, by
-- someone allowed to export them. Tokens made before have not.
ALTER TABLE api_tokens ADD COLUMN contacts BOOLEAN NOT NULL DEFAULT FALSE;
