-- Campaign statistics (`src/stats`) read only counted signatures: confirmed, not suspect,
-- not invalidated. These partial indexes hold just those, in the orders the statistics
-- group them (by confirmation time; by country and postcode), so a campaign's charts and
-- place tables read one index range. The predicate must stay word for word the one
-- `stats::signatures::COUNTED` puts in its queries, or the planners will not use them.
CREATE INDEX signatures_counted_time ON signatures (campaign_id, confirmed_at)
    WHERE confirmed_at IS NOT NULL AND NOT suspect AND invalidated_at IS NULL;
CREATE INDEX signatures_counted_place ON signatures (campaign_id, country_code, postcode)
    WHERE confirmed_at IS NOT NULL AND NOT suspect AND invalidated_at IS NULL;
