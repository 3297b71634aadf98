//! Campaign updates: what organisers write to a campaign's supporters, shown on the
//! campaign page from the time it is published.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::campaign_updates;
use crate::db::{DbConnection, DbError};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = campaign_updates)]
pub struct CampaignUpdate {
    pub id: i64,
    pub campaign_id: i64,
    pub subject: String,
    pub body_markdown: String,
    /// The staff member's email, or `cli`.
    pub created_by: String,
    pub created_at: NaiveDateTime,
    /// When it goes out and appears on the campaign page.
    pub published_at: Option<NaiveDateTime>,
    pub edited_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = campaign_updates)]
pub struct NewUpdate<'a> {
    pub campaign_id: i64,
    pub subject: &'a str,
    pub body_markdown: &'a str,
    pub created_by: &'a str,
    pub created_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
}

/// Stores the update; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewUpdate<'_>) -> Result<i64, DbError> {
    diesel::insert_into(campaign_updates::table)
        .values(new)
        .execute(conn)?;
    Ok(campaign_updates::table
        .filter(campaign_updates::campaign_id.eq(new.campaign_id))
        .filter(campaign_updates::created_by.eq(new.created_by))
        .filter(campaign_updates::created_at.eq(new.created_at))
        .select(diesel::dsl::max(campaign_updates::id))
        .first::<Option<i64>>(conn)?
        .unwrap_or_default())
}

pub fn find(conn: &mut DbConnection, id: i64) -> Result<Option<CampaignUpdate>, DbError> {
    Ok(campaign_updates::table
        .find(id)
        .select(CampaignUpdate::as_select())
        .first(conn)
        .optional()?)
}

/// Replaces the words of an update.
pub fn set_text(
    conn: &mut DbConnection,
    id: i64,
    subject: &str,
    body_markdown: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(campaign_updates::table.find(id))
        .set((
            campaign_updates::subject.eq(subject),
            campaign_updates::body_markdown.eq(body_markdown),
            campaign_updates::edited_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Every update of the campaign, newest first (for organisers).
pub fn all_for(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<CampaignUpdate>, DbError> {
    Ok(campaign_updates::table
        .filter(campaign_updates::campaign_id.eq(campaign_id))
        .order((
            campaign_updates::published_at.desc(),
            campaign_updates::id.desc(),
        ))
        .select(CampaignUpdate::as_select())
        .load(conn)?)
}

/// The updates published by `now`, newest first (the public timeline).
pub fn published(
    conn: &mut DbConnection,
    campaign_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<CampaignUpdate>, DbError> {
    Ok(campaign_updates::table
        .filter(campaign_updates::campaign_id.eq(campaign_id))
        .filter(campaign_updates::published_at.le(now))
        .order((
            campaign_updates::published_at.desc(),
            campaign_updates::id.desc(),
        ))
        .select(CampaignUpdate::as_select())
        .load(conn)?)
}
