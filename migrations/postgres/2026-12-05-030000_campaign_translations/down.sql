DROP TABLE campaign_translations;
