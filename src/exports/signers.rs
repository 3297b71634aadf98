//! The signers export: contact details of the signers who asked for updates (ticked the
//! box), confirmed their signature and were not invalidated. Nobody else's details are in
//! it. Admins only in the browser (`Area::SignerContacts`).

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
}

impl Signers {
    pub fn new(campaign_id: i64) -> Signers {
        Signers {
            campaign_id,
            after: 0,
        }
    }
}

fn cells(signer: SignerRow) -> Vec<Cell> {
    vec![
        Cell::Text(signer.full_name),
        Cell::Text(signer.email),
        Cell::text(signer.postcode),
        Cell::text(signer.constituency_name.or(signer.constituency_code)),
        Cell::time(Some(signer.created_at)),
        Cell::time(signer.confirmed_at),
    ]
}

impl Source for Signers {
    fn columns(&self) -> &'static [&'static str] {
        COLUMNS
    }

    fn next_page(&mut self, conn: &mut DbConnection) -> Result<Vec<Vec<Cell>>, DbError> {
        let page = export_rows::consenting_signers(conn, self.campaign_id, self.after, PAGE_SIZE)?;
        if let Some(last) = page.last() {
            self.after = last.id;
        }
        Ok(page.into_iter().map(cells).collect())
    }
}
