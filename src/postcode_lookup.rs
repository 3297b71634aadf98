//! Finding a writer's constituency from their postcode: the local table first (the NSPL
//! import, and every earlier answer), then a postcodes.io-compatible API, whose answer is
//! stored so that the next lookup stays local. No database connection is held while the
//! API is asked, and its failure never stops a writer: they are told the lookup is
//! unavailable and search for their constituency by name.

pub mod postcodes_io;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::db::models::constituency::{self, Constituency};
use crate::db::{Database, DbError};
use crate::domain::Postcode;
pub use postcodes_io::ApiSetting;
use postcodes_io::{Answer, PostcodesIo};

/// What looking a postcode up found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostcodeLookup {
    /// No postcode given.
    NotAsked,
    /// Not shaped like a UK postcode.
    Invalid,
    Found(Constituency),
    /// Neither the local table nor the API knows it.
    Unknown,
    /// No longer in use, since this year and month when known.
    Terminated {
        year: Option<i32>,
        month: Option<u32>,
    },
    /// A place with no MP at Westminster (the Channel Islands, the Isle of Man).
    NoConstituency {
        country: String,
    },
    /// The API is off, down or too slow, and the local table does not know it.
    Unavailable,
}

impl PostcodeLookup {
    pub fn constituency(&self) -> Option<&Constituency> {
        match self {
            PostcodeLookup::Found(c) => Some(c),
            _ => None,
        }
    }
}

/// After the API fails, how long it is left alone: meanwhile writers are told at once that
/// the lookup is unavailable, instead of each waiting out the timeout.
const REST_AFTER_FAILURE: Duration = Duration::from_secs(30);

/// The lookup: the API client, if one is set.
#[derive(Debug, Clone)]
pub struct Finder {
    api: Option<PostcodesIo>,
    /// Until when the API is not asked, after a failure.
    resting_until: Arc<Mutex<Option<Instant>>>,
}

impl Finder {
    pub fn new(setting: &ApiSetting) -> Result<Finder, postcodes_io::ApiError> {
        let api = match setting {
            ApiSetting::Off => None,
            ApiSetting::At(base) => Some(PostcodesIo::new(base)?),
        };
        Ok(Finder {
            api,
            resting_until: Arc::default(),
        })
    }

    /// Looks `input` (as the writer typed it) up.
    pub async fn find(&self, db: &Database, input: &str) -> Result<PostcodeLookup, DbError> {
        if input.trim().is_empty() {
            return Ok(PostcodeLookup::NotAsked);
        }
        let Ok(postcode) = Postcode::parse(input) else {
            return Ok(PostcodeLookup::Invalid);
        };
        let local = postcode.clone();
        if let Some(found) = db
            .read(move |conn| constituency::lookup_postcode(conn, &local))
            .await?
        {
            return Ok(PostcodeLookup::Found(found));
        }
        let Some(api) = self.api.as_ref().filter(|_| !self.resting()) else {
            return Ok(PostcodeLookup::Unavailable);
        };
        let answer = match api.lookup(&postcode).await {
            Ok(answer) => answer,
            Err(error) => {
                // Never the postcode itself: it is personal data.
                tracing::warn!(%error, "postcode API unavailable; not asked again for 30 s");
                self.rest();
                return Ok(PostcodeLookup::Unavailable);
            }
        };
        Ok(match answer {
            Answer::Constituency { code, name } => {
                PostcodeLookup::Found(store(db, postcode, code, name).await?)
            }
            Answer::NoConstituency { country } => PostcodeLookup::NoConstituency { country },
            Answer::Terminated { year, month } => PostcodeLookup::Terminated { year, month },
            Answer::Unknown => PostcodeLookup::Unknown,
        })
    }
}

impl Finder {
    fn resting(&self) -> bool {
        let until = *self.resting_until.lock().unwrap_or_else(|p| p.into_inner());
        until.is_some_and(|until| Instant::now() < until)
    }

    fn rest(&self) {
        *self.resting_until.lock().unwrap_or_else(|p| p.into_inner()) =
            Some(Instant::now() + REST_AFTER_FAILURE);
    }
}

/// Keeps the API's answer in the local table (and the constituency's name, if it had
/// none), and returns the constituency as the database names it.
async fn store(
    db: &Database,
    postcode: Postcode,
    code: String,
    name: Option<String>,
) -> Result<Constituency, DbError> {
    db.write(move |conn| {
        constituency::upsert_postcodes(conn, &[(postcode.as_str().to_owned(), code.clone())])?;
        if let Some(name) = name {
            constituency::insert_missing_names(conn, &[(code.clone(), name)])?;
        }
        Ok(constituency::find(conn, &code)?.unwrap_or(Constituency {
            name: code.clone(),
            code,
        }))
    })
    .await
}
