//! Missive: letter-writing campaigns. Supporters read a featured letter, sign it, confirm
//! by email, and write their own versions to officials.

pub mod api;
pub mod auth;
pub mod campaign_file;
pub mod client_ip;
pub mod commands;
pub mod config;
pub mod counts;
pub mod db;
pub mod domain;
pub mod error;
pub mod exports;
pub mod forms;
pub mod fraud;
pub mod http_limits;
pub mod http_methods;
pub mod imports;
pub mod interval_cache;
pub mod letter_paste;
pub mod letters;
pub mod links;
pub mod mail;
pub mod nul_guard;
pub mod postcode_lookup;
pub mod privacy;
pub mod private_files;
pub mod routes;
pub mod security_headers;
pub mod shipped;
pub mod shutdown;
pub mod signing;
pub mod similarity;
pub mod startup;
pub mod stats;
pub mod telemetry;
pub mod views;
