//! What every layer runs on and no feature owns: settings, logging, shutdown, private file
//! modes, the per-interval cache, and the database made ready (migrated, shipped campaigns
//! loaded) for the server or a command.

pub mod config;
pub mod interval_cache;
pub mod private_files;
pub mod shipped;
pub mod shutdown;
pub mod telemetry;
