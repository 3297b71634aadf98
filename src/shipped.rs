//! The campaigns that ship in `campaigns/`, built into the binary and loaded into a
//! database that has none yet.

use chrono::Utc;
use rust_embed::RustEmbed;

use crate::campaign_file::CampaignFile;
use crate::db::models::campaign;
use crate::db::{Database, DbError};

#[derive(RustEmbed)]
#[folder = "campaigns/"]
struct Shipped;

/// On first start (no campaigns at all), imports every shipped campaign. Returns how many.
pub fn load_if_empty(db: &Database) -> Result<usize, DbError> {
    db.write_blocking(|conn| {
        if campaign::count_all(conn)? > 0 {
            return Ok(0);
        }
        let now = Utc::now().naive_utc();
        let mut loaded = 0;
        for name in Shipped::iter().filter(|name| name.ends_with(".md")) {
            let Some(file) = Shipped::get(&name) else {
                continue;
            };
            let text = String::from_utf8_lossy(&file.data);
            match CampaignFile::parse(&text) {
                Ok(parsed) => {
                    campaign::import(conn, &parsed, now)?;
                    loaded += 1;
                }
                Err(error) => tracing::error!(file = %name, %error, "shipped campaign is invalid"),
            }
        }
        Ok(loaded)
    })
}
