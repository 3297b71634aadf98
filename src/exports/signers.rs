//! The signers export: contact details of the signers who asked for updates (ticked the
//! box), confirmed their signature and were not invalidated. Nobody else's details are in
//! it. Admins only in the browser (`Area::SignerContacts`).

use std::collections::HashMap;

use super::{Cell, Source, PAGE_SIZE};
use crate::db::models::export_rows::{self, SignerRow};
use crate::db::{DbConnection, DbError};

const COLUMNS: &[&str] = &[
    "name",
    "email",
    "postcode",
    "constituency",
    "signed_at",
    "confirmed_at",
];

/// A campaign's consenting signers, read by keyset.
pub struct Signers {
    campaign_id: i64,
    after: i64,
    /// Constituency names by code, read with the first page.
    names: Option<HashMap<String, String>>,
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

/// A constituency with no name loaded shows its code.
fn cells(signer: SignerRow, names: &HashMap<String, String>) -> Vec<Cell> {
    let constituency = signer
        .constituency_code
        .map(|code| names.get(&code).cloned().unwrap_or(code));
    vec![
        Cell::Text(signer.full_name),
        Cell::Text(signer.email),
        Cell::text(signer.postcode),
        Cell::text(constituency),
        Cell::time(Some(signer.signed_at)),
        Cell::time(signer.confirmed_at),
    ]
}

impl Source for Signers {
    fn columns(&self) -> &'static [&'static str] {
        COLUMNS
    }

    fn next_page(&mut self, conn: &mut DbConnection) -> Result<Vec<Vec<Cell>>, DbError> {
        let names = match &mut self.names {
            Some(names) => names,
            none => none.insert(export_rows::constituency_names(conn)?),
        };
        let page = export_rows::consenting_signers(conn, self.campaign_id, self.after, PAGE_SIZE)?;
        if let Some(last) = page.last() {
            self.after = last.id;
        }
        Ok(page.into_iter().map(|s| cells(s, names)).collect())
    }
}
