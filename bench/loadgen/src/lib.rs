//! Issue 6's benchmark suite: a load generator that behaves like browsers, the
//! seeding it needs, and the report it writes. `bench/run.sh` drives it; see BENCHMARKS.md.

pub mod addresses;
pub mod cell;
pub mod form;
pub mod http;
pub mod pacing;
pub mod results;
pub mod rss;
pub mod scenario;
pub mod seed;
pub mod startup;
pub mod table;
pub mod tokens;
