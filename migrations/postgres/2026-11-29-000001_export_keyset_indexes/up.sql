-- Exports read a campaign's signatures and letters in pages by keyset
-- (`WHERE campaign_id = ? AND id > ? ORDER BY id LIMIT 1000`): with these, each page is
-- one index range, not a sort of the whole campaign.
CREATE INDEX signatures_keyset ON signatures (campaign_id, id);
CREATE INDEX letters_keyset ON letters (campaign_id, id);
