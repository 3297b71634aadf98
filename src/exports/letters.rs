//! The letters export: every submitted letter of a campaign with its status, times,
//! constituency, similarity to the featured letter, subject and text; the writer's name and
//! email only when asked for (admins in the browser, operators at the CLI).

use super::{Cell, Source, PAGE_SIZE};
use crate::db::models::export_rows::{self, LetterRow};
use crate::db::{DbConnection, DbError};

const COLUMNS: &[&str] = &[
    "id",
    "status",
    "submitted_at",
    "decided_at",
    "constituency",
    "similarity",
    "subject",
    "body",
];

const COLUMNS_WITH_WRITERS: &[&str] = &[
    "id",
    "status",
    "submitted_at",
    "decided_at",
    "constituency",
    "similarity",
    "subject",
    "body",
    "writer_name",
    "writer_email",
];

/// A campaign's letters, read by keyset.
pub struct Letters {
    campaign_id: i64,
    with_writers: bool,
    after: i64,
}

impl Letters {
    pub fn new(campaign_id: i64, with_writers: bool) -> Letters {
        Letters {
            campaign_id,
            with_writers,
            after: 0,
        }
    }

    /// Appends one letter's cells to `cells`.
    fn push(&self, cells: &mut Vec<Cell>, letter: LetterRow) {
        cells.extend([
            Cell::Int(letter.id),
            Cell::Text(letter.status),
            Cell::time(letter.submitted_at),
            Cell::time(letter.decided_at),
            Cell::text(letter.constituency_name.or(letter.constituency_code)),
            Cell::Number(f64::from(letter.similarity) / 1000.0),
            Cell::Text(letter.subject),
            Cell::Text(letter.body),
        ]);
        if self.with_writers {
            cells.extend([
                Cell::Text(letter.writer_name),
                Cell::Text(letter.writer_email),
            ]);
        }
    }
}

impl Source for Letters {
    fn columns(&self) -> &'static [&'static str] {
        if self.with_writers {
            COLUMNS_WITH_WRITERS
        } else {
            COLUMNS
        }
    }

    fn next_page(&mut self, conn: &mut DbConnection) -> Result<Vec<Cell>, DbError> {
        let page = export_rows::submitted_letters(conn, self.campaign_id, self.after, PAGE_SIZE)?;
        if let Some(last) = page.last() {
            self.after = last.id;
        }
        let mut cells = Vec::with_capacity(page.len() * self.columns().len());
        for letter in page {
            self.push(&mut cells, letter);
        }
        Ok(cells)
    }
}
