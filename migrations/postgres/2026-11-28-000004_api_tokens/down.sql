DROP INDEX signatures_confirmed;
DROP TABLE api_token_campaigns;
DROP TABLE api_tokens;
