//! Exports of a campaign's numbers and data as CSV or JSON, streamed: rows are read in
//! pages by keyset and each page is encoded and handed on before the next is read, so
//! memory stays flat whatever the size and the first bytes leave at once. The web layer
//! (`routes::staff::exports`) and the CLI (`commands::export`) both drive [`run`].

pub mod audit;
mod cell;
pub mod counts;
pub mod encode;
pub mod error;
pub mod letters;
mod pipeline;
pub mod signers;

use crate::db::{DbConnection, DbError};

pub use cell::{neutralise, Cell};
pub use encode::Encoder;
pub use error::ExportError;
pub use pipeline::{run, PAGES_AHEAD};

/// Rows read per page (one query each).
pub const PAGE_SIZE: i64 = 1_000;

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn parse(text: &str) -> Option<Format> {
        match text.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// What the counts are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Day,
    Hour,
    Constituency,
    Country,
}

impl By {
    pub const ALL: [By; 4] = [By::Day, By::Hour, By::Constituency, By::Country];

    pub fn parse(text: &str) -> Option<By> {
        By::ALL
            .into_iter()
            .find(|by| by.as_str() == text.trim().to_ascii_lowercase())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            By::Day => "day",
            By::Hour => "hour",
            By::Constituency => "constituency",
            By::Country => "country",
        }
    }
}

/// One kind of export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// Confirmed signatures counted by time or place.
    Counts(By),
    /// Submitted letters; the writers' names and emails only when asked for (admins, CLI).
    Letters { with_writers: bool },
    /// Signers who asked for updates, with their contact details (admins, CLI).
    Signers,
}

impl Export {
    /// The suggested file name, e.g. `british-values-counts-by-day.csv`.
    pub fn file_name(self, slug: &str, format: Format) -> String {
        let what = match self {
            Export::Counts(by) => format!("counts-by-{}", by.as_str()),
            Export::Letters { with_writers: true } => "letters-with-writers".to_owned(),
            Export::Letters {
                with_writers: false,
            } => "letters".to_owned(),
            Export::Signers => "signers".to_owned(),
        };
        format!("{slug}-{what}.{}", format.extension())
    }

    /// True when the export holds people's names or contact details.
    pub fn has_contact_details(self) -> bool {
        matches!(
            self,
            Export::Signers | Export::Letters { with_writers: true }
        )
    }

    /// Where this export's rows come from, for one campaign.
    pub fn source(self, campaign_id: i64) -> Box<dyn Source> {
        match self {
            Export::Counts(by) => Box::new(counts::Counts::new(campaign_id, by)),
            Export::Letters { with_writers } => {
                Box::new(letters::Letters::new(campaign_id, with_writers))
            }
            Export::Signers => Box::new(signers::Signers::new(campaign_id)),
        }
    }
}

/// A table read page by page: the same columns for every row.
pub trait Source: Send {
    /// Column names: the CSV header and the JSON keys.
    fn columns(&self) -> &'static [&'static str];
    /// The next page of rows, flat: each row's cells one after another, one per column
    /// (one allocation a page, not one a row). Empty when there are no more.
    fn next_page(&mut self, conn: &mut DbConnection) -> Result<Vec<Cell>, DbError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back() {
        for by in By::ALL {
            assert_eq!(By::parse(by.as_str()), Some(by));
        }
        assert_eq!(By::parse("week"), None);
        assert_eq!(Format::parse("CSV"), Some(Format::Csv));
        assert_eq!(Format::parse("xml"), None);
        assert_eq!(
            Export::Counts(By::Day).file_name("british-values", Format::Csv),
            "british-values-counts-by-day.csv"
        );
    }
}
