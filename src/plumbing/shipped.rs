//! The campaigns that ship in `campaigns/`, built into the binary and loaded into a
//! database that has none yet; and the database made ready for the server or a command.

use chrono::Utc;
use rust_embed::RustEmbed;

use crate::campaigns::file::CampaignFile;
use crate::db::models::campaign;
use crate::db::{migrations, Database, DbError};
use crate::plumbing::config::Settings;

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

/// Opens the database and applies pending migrations; loads the shipped campaigns into an
/// empty database.
pub fn prepare_database(settings: &Settings) -> anyhow::Result<Database> {
    crate::plumbing::private_files::create_dir(&settings.data_dir)?;
    let db = Database::connect_with_timeout(
        &settings.database_url(),
        settings.db_connections,
        std::time::Duration::from_secs(settings.db_timeout_secs.max(1)),
    )?;
    let applied = migrations::run_pending(&mut *db.get()?)?;
    if applied > 0 {
        tracing::info!(applied, "database migrations applied");
    }
    let loaded = load_if_empty(&db)?;
    if loaded > 0 {
        tracing::info!(loaded, "shipped campaigns loaded");
    }
    let officials = crate::imports::officials::load_shipped(&db)?;
    if officials != Default::default() {
        tracing::info!(
            ministers = officials.ministers,
            mps = officials.mps,
            "shipped officials loaded"
        );
    }
    Ok(db)
}
