-- A campaign's words in a further language (`cy`, `ru`, `kk`): each part the organiser
-- gave; a part left out is shown in the original (English) with a note saying so.
CREATE TABLE campaign_translations (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    language TEXT NOT NULL,
    kicker TEXT,
    headline TEXT,
    summary TEXT,
    body_markdown TEXT,
    image_alt TEXT,
    image_caption TEXT,
    PRIMARY KEY (campaign_id, language)
);
