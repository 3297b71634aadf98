//! Uploaded campaign photos (`campaign_images`): stored once per content, found by hash.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::campaign_images;
use crate::db::{DbConnection, DbError};

/// An image as served: its type and bytes.
#[derive(Debug, Clone, Queryable)]
pub struct ServedImage {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// An image to store: re-encoded, named by the lower-case hex SHA-256 of `bytes`.
#[derive(Debug, Clone, Copy)]
pub struct NewImage<'a> {
    pub content_type: &'a str,
    pub bytes: &'a [u8],
    pub sha256: &'a str,
    pub width: u32,
    pub height: u32,
}

/// Stores an upload not yet saved with a campaign (an identical one already stored is kept).
pub fn insert(
    conn: &mut DbConnection,
    image: &NewImage<'_>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if exists(conn, image.sha256)? {
        return Ok(());
    }
    let width = i32::try_from(image.width).unwrap_or(i32::MAX);
    let height = i32::try_from(image.height).unwrap_or(i32::MAX);
    let inserted = diesel::insert_into(campaign_images::table)
        .values((
            campaign_images::content_type.eq(image.content_type),
            campaign_images::bytes.eq(image.bytes),
            campaign_images::sha256.eq(image.sha256),
            campaign_images::width.eq(width),
            campaign_images::height.eq(height),
            campaign_images::created_at.eq(now),
        ))
        .execute(conn);
    match inserted.map_err(DbError::from) {
        Ok(_) => Ok(()),
        // The same image, stored by another request in the meantime.
        Err(e) if e.is_unique_violation() => Ok(()),
        Err(e) => Err(e),
    }
}

pub fn exists(conn: &mut DbConnection, sha256: &str) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        campaign_images::table.filter(campaign_images::sha256.eq(sha256)),
    ))
    .get_result(conn)?)
}

/// Marks the image as the campaign's (the first campaign to use it keeps it).
pub fn attach(conn: &mut DbConnection, sha256: &str, campaign_id: i64) -> Result<(), DbError> {
    diesel::update(
        campaign_images::table
            .filter(campaign_images::sha256.eq(sha256))
            .filter(campaign_images::campaign_id.is_null()),
    )
    .set(campaign_images::campaign_id.eq(campaign_id))
    .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, sha256: &str) -> Result<Option<ServedImage>, DbError> {
    Ok(campaign_images::table
        .filter(campaign_images::sha256.eq(sha256))
        .select((campaign_images::content_type, campaign_images::bytes))
        .first(conn)
        .optional()?)
}

/// Deletes uploads made before `before` whose form was never saved (no campaign shows them).
pub fn forget_unsaved(conn: &mut DbConnection, before: NaiveDateTime) -> Result<usize, DbError> {
    use crate::db::schema::campaigns;
    let shown =
        campaigns::table.filter(campaigns::image_sha256.eq(campaign_images::sha256.nullable()));
    Ok(diesel::delete(
        campaign_images::table
            .filter(campaign_images::campaign_id.is_null())
            .filter(campaign_images::created_at.lt(before))
            .filter(diesel::dsl::not(diesel::dsl::exists(shown))),
    )
    .execute(conn)?)
}
