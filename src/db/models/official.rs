//! Officials letters are addressed to (ministers, MPs), keyed by the organiser's stable
//! `code` so that a re-import updates a person's details instead of adding them twice.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::officials;
use crate::db::{DbConnection, DbError};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = officials)]
pub struct Official {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub office: String,
    pub salutation: Option<String>,
    pub constituency_code: Option<String>,
    pub party: Option<String>,
    pub email: Option<String>,
    /// One address line per text line.
    pub postal_address: Option<String>,
    pub updated_at: NaiveDateTime,
}

impl Official {
    /// How a letter opens: the stored salutation (e.g. "Dear Prime Minister"), else
    /// "Dear " and the official's name.
    pub fn salutation(&self) -> String {
        match self.salutation.as_deref().map(str::trim) {
            Some(set) if !set.is_empty() => set.to_owned(),
            _ => format!("Dear {}", self.name),
        }
    }

    /// The postal address, one entry per line, without blank lines.
    pub fn address_lines(&self) -> Vec<&str> {
        self.postal_address
            .as_deref()
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect()
    }
}

/// An official's details as an import gives them: every column but `id` and `updated_at`.
/// Values are already checked and normalised (see `crate::imports::officials`).
#[derive(Debug, Clone, PartialEq, Eq, Insertable, AsChangeset)]
#[diesel(table_name = officials, treat_none_as_null = true)]
pub struct OfficialRow {
    pub code: String,
    pub name: String,
    pub office: String,
    pub salutation: Option<String>,
    pub constituency_code: Option<String>,
    pub party: Option<String>,
    pub email: Option<String>,
    pub postal_address: Option<String>,
}

/// Whether an upsert added an official or changed the one with the same code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Created(i64),
    Updated(i64),
}

/// Adds the official, or updates the one with the same `code` (its id, and so its letters
/// and deliveries, stay). Select-then-write, which works the same on both backends; run it
/// inside a transaction.
pub fn upsert(
    conn: &mut DbConnection,
    row: &OfficialRow,
    now: NaiveDateTime,
) -> Result<Upserted, DbError> {
    match id_of(conn, &row.code)? {
        Some(id) => {
            diesel::update(officials::table.find(id))
                .set((row, officials::updated_at.eq(now)))
                .execute(conn)?;
            Ok(Upserted::Updated(id))
        }
        None => {
            diesel::insert_into(officials::table)
                .values((row, officials::updated_at.eq(now)))
                .execute(conn)?;
            let id = id_of(conn, &row.code)?.ok_or(diesel::result::Error::NotFound)?;
            Ok(Upserted::Created(id))
        }
    }
}

fn id_of(conn: &mut DbConnection, code: &str) -> Result<Option<i64>, DbError> {
    Ok(officials::table
        .filter(officials::code.eq(code))
        .select(officials::id)
        .first(conn)
        .optional()?)
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> Result<Option<Official>, DbError> {
    Ok(officials::table
        .filter(officials::code.eq(code))
        .select(Official::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> Result<Option<Official>, DbError> {
    Ok(officials::table
        .find(id)
        .select(Official::as_select())
        .first(conn)
        .optional()?)
}

/// The MP for a constituency (an ONS code such as `E14001172`): the official whose
/// `constituency_code` matches; if several do, the most recently updated.
pub fn mp_for(
    conn: &mut DbConnection,
    constituency_code: &str,
) -> Result<Option<Official>, DbError> {
    Ok(officials::table
        .filter(officials::constituency_code.eq(constituency_code))
        .order((officials::updated_at.desc(), officials::id.desc()))
        .select(Official::as_select())
        .first(conn)
        .optional()?)
}

pub fn count_all(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(officials::table.count().get_result(conn)?)
}

/// How many MPs there are: officials coded `mp-…` (see `imports::officials`).
pub fn count_mps(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(officials::table
        .filter(officials::code.like("mp-%"))
        .count()
        .get_result(conn)?)
}

/// Adds officials whose codes are not used yet, in one multi-row statement (nine bound
/// values a row: 650 MPs stay far below either backend's limit).
pub fn insert_all(
    conn: &mut DbConnection,
    rows: &[OfficialRow],
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if rows.is_empty() {
        return Ok(());
    }
    // Each value bound (a missing one as NULL): SQLite takes no DEFAULT in a multi-row
    // VALUES list.
    let values: Vec<_> = rows
        .iter()
        .map(|row| {
            (
                officials::code.eq(&row.code),
                officials::name.eq(&row.name),
                officials::office.eq(&row.office),
                officials::salutation.eq(&row.salutation),
                officials::constituency_code.eq(&row.constituency_code),
                officials::party.eq(&row.party),
                officials::email.eq(&row.email),
                officials::postal_address.eq(&row.postal_address),
                officials::updated_at.eq(now),
            )
        })
        .collect();
    match conn {
        DbConnection::Sqlite(c) => {
            diesel::insert_into(officials::table)
                .values(&values)
                .execute(c)?;
        }
        DbConnection::Postgres(c) => {
            diesel::insert_into(officials::table)
                .values(&values)
                .execute(c)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn official(salutation: Option<&str>, address: Option<&str>) -> Official {
        Official {
            id: 1,
            code: "prime-minister".into(),
            name: "The Rt Hon Keir Starmer MP".into(),
            office: "Prime Minister".into(),
            salutation: salutation.map(str::to_owned),
            constituency_code: None,
            party: None,
            email: None,
            postal_address: address.map(str::to_owned),
            updated_at: NaiveDateTime::default(),
        }
    }

    #[test]
    fn salutation_is_the_stored_one_or_dear_and_the_name() {
        assert_eq!(
            official(Some("Dear Prime Minister"), None).salutation(),
            "Dear Prime Minister"
        );
        assert_eq!(
            official(None, None).salutation(),
            "Dear The Rt Hon Keir Starmer MP"
        );
        assert_eq!(
            official(Some("  "), None).salutation(),
            "Dear The Rt Hon Keir Starmer MP"
        );
    }

    #[test]
    fn address_lines_are_the_non_blank_lines() {
        let o = official(None, Some("10 Downing Street\n\n London \r\nSW1A 2AA"));
        assert_eq!(
            o.address_lines(),
            ["10 Downing Street", "London", "SW1A 2AA"]
        );
        assert!(official(None, None).address_lines().is_empty());
    }
}
