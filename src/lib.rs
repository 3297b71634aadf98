//! Missive: letter-writing campaigns. Supporters read a featured letter, sign it, confirm
//! by email, and write their own versions to officials.

pub mod auth;
pub mod campaign_file;
pub mod campaign_image;
pub mod commands;
pub mod config;
pub mod counts;
pub mod db;
pub mod domain;
pub mod exports;
pub mod forms;
pub mod fraud;
pub mod i18n;
pub mod imports;
pub mod interval_cache;
pub mod letter_paste;
pub mod letters;
pub mod mail;
pub mod postcode_lookup;
pub mod privacy;
pub mod private_files;
pub mod shipped;
pub mod shutdown;
pub mod signing;
pub mod similarity;
pub mod stats;
pub mod telemetry;
pub mod updates;
pub mod views;
pub mod web;
