DROP INDEX signatures_counted_place;
DROP INDEX signatures_counted_time;
