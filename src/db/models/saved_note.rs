//! Saved notes: this deployment's frequent notes to writers, kept by moderators and admins
//! and picked from a list when rejecting a letter.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::saved_notes;
use crate::db::{DbConnection, DbError};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = saved_notes)]
pub struct SavedNote {
    pub id: i64,
    pub body: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
}

/// Every saved note, in the order they were added.
pub fn list(conn: &mut DbConnection) -> Result<Vec<SavedNote>, DbError> {
    Ok(saved_notes::table
        .order(saved_notes::id.asc())
        .select(SavedNote::as_select())
        .load(conn)?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> Result<Option<SavedNote>, DbError> {
    Ok(saved_notes::table
        .find(id)
        .select(SavedNote::as_select())
        .first(conn)
        .optional()?)
}

/// Saves a note; false when the same text is saved already.
pub fn add(
    conn: &mut DbConnection,
    body: &str,
    by: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let exists = saved_notes::table
        .filter(saved_notes::body.eq(body))
        .count()
        .get_result::<i64>(conn)?;
    if exists > 0 {
        return Ok(false);
    }
    diesel::insert_into(saved_notes::table)
        .values((
            saved_notes::body.eq(body),
            saved_notes::created_by.eq(by),
            saved_notes::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Removes a note; its text, when there was one.
pub fn remove(conn: &mut DbConnection, id: i64) -> Result<Option<String>, DbError> {
    let found = find(conn, id)?;
    if found.is_some() {
        diesel::delete(saved_notes::table.find(id)).execute(conn)?;
    }
    Ok(found.map(|n| n.body))
}
