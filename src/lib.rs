//! Missive: letter-writing campaigns. Supporters read a featured letter, sign it, confirm
//! by email, and write their own versions to officials.

pub mod auth;
pub mod campaigns;
pub mod commands;
pub mod db;
pub mod domain;
pub mod exports;
pub mod forms;
pub mod fraud;
pub mod i18n;
pub mod imports;
pub mod letters;
pub mod mail;
pub mod plumbing;
pub mod postcode_lookup;
pub mod privacy;
pub mod signing;
pub mod stats;
pub mod views;
pub mod web;
