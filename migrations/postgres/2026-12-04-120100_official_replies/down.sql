DROP TABLE reply_questions;
DROP TABLE official_responses;
