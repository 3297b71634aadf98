//! The signers export: contact details of the signers who asked for updates (ticked the
//! box), confirmed their signature and were not invalidated. Nobody else's details are in
//! it. Admins only in the browser (`Area::SignerContacts`).

use std::collections::HashMap;
use std::sync::Arc;

use super::{Cell, Source, PAGE_SIZE};
use crate::db::models::export_rows::{self, SignerRow};
use crate::db::{DbConnection, DbError};

const COLUMNS: &[&str] = &[
    "name",
    "email",
    "postcode",
    "country",
    "constituency",
    "signed_at",
    "confirmed_at",
];

/// A campaign's consenting signers, read by keyset.
pub struct Signers {
    campaign_id: i64,
    after: i64,
    /// Constituency names by code, read with the first page.
    names: Option<HashMap<String, Arc<str>>>,
}

impl Signers {
    pub fn new(campaign_id: i64) -> Signers {
        Signers {
            campaign_id,
            after: 0,
            names: None,
        }
    }
}

/// Appends one signer's cells to `cells`. A constituency with no name loaded shows its
/// code.
fn push(cells: &mut Vec<Cell>, signer: SignerRow, names: &HashMap<String, Arc<str>>) {
    let constituency = match signer.constituency_code {
        Some(code) => match names.get(&code) {
            Some(name) => Cell::Shared(Arc::clone(name)),
            None => Cell::Text(code),
        },
        None => Cell::Null,
    };
    cells.extend([
        Cell::Text(signer.full_name),
        Cell::Text(signer.email),
        Cell::text(signer.postcode),
        Cell::Text(signer.country_code),
        constituency,
        Cell::time(Some(signer.signed_at)),
        Cell::time(signer.confirmed_at),
    ]);
}

impl Source for Signers {
    fn columns(&self) -> &'static [&'static str] {
        COLUMNS
    }

    fn next_page(&mut self, conn: &mut DbConnection) -> Result<Vec<Cell>, DbError> {
        let names = match &mut self.names {
            Some(names) => names,
            none => none.insert(
                export_rows::constituency_names(conn)?
                    .into_iter()
                    .map(|(code, name)| (code, Arc::from(name)))
                    .collect(),
            ),
        };
        let page = export_rows::consenting_signers(conn, self.campaign_id, self.after, PAGE_SIZE)?;
        if let Some(last) = page.last() {
            self.after = last.id;
        }
        let mut cells = Vec::with_capacity(page.len() * COLUMNS.len());
        for signer in page {
            push(&mut cells, signer, names);
        }
        Ok(cells)
    }
}
