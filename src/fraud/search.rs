//! What a signature search shows: how many match, and the newest of them with the email's
//! domain only, never the whole address.

use chrono::NaiveDateTime;

use crate::db::models::signature_search::{self, ReviewRow, SignatureFilter, Tally};
use crate::db::{DbConnection, DbError};

/// Rows a search shows.
pub const PAGE_ROWS: i64 = 50;

/// A signature as a moderator sees it: the email's domain only, never the whole address.
#[derive(Debug, Clone)]
pub struct Row {
    pub full_name: String,
    pub email_domain: String,
    pub postcode: Option<String>,
    pub ip: Option<String>,
    pub created_at: NaiveDateTime,
    pub confirmed: bool,
    pub suspect: bool,
    pub invalidated: bool,
}

impl From<ReviewRow> for Row {
    fn from(row: ReviewRow) -> Row {
        let email_domain = row
            .email
            .rsplit_once('@')
            .map(|(_, domain)| domain.to_lowercase())
            .unwrap_or_default();
        Row {
            full_name: row.full_name,
            email_domain,
            postcode: row.postcode,
            ip: row.ip,
            created_at: row.created_at,
            confirmed: row.confirmed,
            suspect: row.suspect,
            invalidated: row.invalidated,
        }
    }
}

/// What a search found: how many match, and the newest of them.
#[derive(Debug, Clone)]
pub struct Found {
    pub tally: Tally,
    pub rows: Vec<Row>,
}

pub fn search(conn: &mut DbConnection, filter: &SignatureFilter) -> Result<Found, DbError> {
    Ok(Found {
        tally: signature_search::tally(conn, filter)?,
        rows: signature_search::newest(conn, filter, PAGE_ROWS)?
            .into_iter()
            .map(Row::from)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_show_only_the_email_domain() {
        let row = Row::from(ReviewRow {
            id: 1,
            full_name: "Ada".into(),
            email: "Ada.Lovelace@Example.ORG".into(),
            postcode: None,
            ip: None,
            created_at: NaiveDateTime::default(),
            confirmed: true,
            suspect: false,
            invalidated: false,
        });
        assert_eq!(row.email_domain, "example.org");
    }
}
