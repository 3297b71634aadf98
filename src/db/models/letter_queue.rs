//! The moderation queue's reads: letters by status, campaign, likeness and age, oldest
//! first, a page at a time with the count of all that match; and what waits, by campaign,
//! for the staff home page.

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use super::letter::{Letter, LetterStatus};
use crate::db::schema::{campaigns, letters, signatures};
use crate::db::{DbConnection, DbError};

type Backend = <DbConnection as Connection>::Backend;

/// How close to the featured letter the letters kept are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Likeness {
    #[default]
    Any,
    /// At or over the campaign's similarity threshold: sent as a name on the joint letter.
    NearCopy,
    /// Under the threshold: in the writer's own words.
    Personal,
}

/// Which letters the queue shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueFilter {
    pub status: LetterStatus,
    pub campaign_id: Option<i64>,
    pub likeness: Likeness,
    /// Only letters submitted at or before this time.
    pub submitted_by: Option<NaiveDateTime>,
}

fn matching(filter: &QueueFilter) -> letters::BoxedQuery<'static, Backend> {
    let mut query = letters::table
        .filter(letters::status.eq(filter.status.as_str()))
        .into_boxed();
    if filter.status != LetterStatus::Unconfirmed {
        query = query.filter(letters::writer_confirmed_at.is_not_null());
    }
    if let Some(id) = filter.campaign_id {
        query = query.filter(letters::campaign_id.eq(id));
    }
    if let Some(at) = filter.submitted_by {
        query = query.filter(letters::submitted_at.le(at));
    }
    let threshold = campaigns::table
        .filter(campaigns::id.eq(letters::campaign_id))
        .select(campaigns::similarity_threshold);
    match filter.likeness {
        Likeness::Any => query,
        Likeness::NearCopy => query.filter(diesel::dsl::exists(
            threshold.filter(campaigns::similarity_threshold.le(letters::similarity)),
        )),
        Likeness::Personal => query.filter(diesel::dsl::exists(
            threshold.filter(campaigns::similarity_threshold.gt(letters::similarity)),
        )),
    }
}

/// How many letters match `filter`.
pub fn count(conn: &mut DbConnection, filter: &QueueFilter) -> Result<i64, DbError> {
    Ok(matching(filter).count().get_result(conn)?)
}

/// One page of the letters matching `filter`, oldest submitted first.
pub fn page(
    conn: &mut DbConnection,
    filter: &QueueFilter,
    offset: i64,
    limit: i64,
) -> Result<Vec<Letter>, DbError> {
    Ok(matching(filter)
        .order((letters::submitted_at.asc(), letters::id.asc()))
        .offset(offset.max(0))
        .limit(limit.max(0))
        .select(Letter::as_select())
        .load(conn)?)
}

/// One campaign's letters waiting for moderation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub campaign_id: i64,
    pub slug: String,
    pub headline: String,
    pub letters: i64,
}

/// Letters waiting for moderation, by campaign (campaigns with none left out), most first.
pub fn waiting_by_campaign(conn: &mut DbConnection) -> Result<Vec<Waiting>, DbError> {
    let rows: Vec<(i64, i64)> = letters::table
        .filter(letters::status.eq(LetterStatus::Pending.as_str()))
        .filter(letters::writer_confirmed_at.is_not_null())
        .group_by(letters::campaign_id)
        .select((letters::campaign_id, count_star()))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
    let names: Vec<(i64, String, String)> = campaigns::table
        .filter(campaigns::id.eq_any(&ids))
        .select((campaigns::id, campaigns::slug, campaigns::headline))
        .load(conn)?;
    let mut waiting: Vec<Waiting> = names
        .into_iter()
        .filter_map(|(id, slug, headline)| {
            let letters = rows.iter().find(|(c, _)| *c == id)?.1;
            Some(Waiting {
                campaign_id: id,
                slug,
                headline,
                letters,
            })
        })
        .collect();
    waiting.sort_by(|a, b| b.letters.cmp(&a.letters).then(a.slug.cmp(&b.slug)));
    Ok(waiting)
}

/// One campaign's signatures marked suspect and not yet reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspects {
    pub slug: String,
    pub headline: String,
    pub signatures: i64,
}

/// Suspect signatures waiting for review (neither cleared nor invalidated), by campaign.
pub fn suspects_by_campaign(conn: &mut DbConnection) -> Result<Vec<Suspects>, DbError> {
    let rows: Vec<(i64, i64)> = signatures::table
        .filter(signatures::suspect.eq(true))
        .filter(signatures::invalidated_at.is_null())
        .group_by(signatures::campaign_id)
        .select((signatures::campaign_id, count_star()))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
    let names: Vec<(i64, String, String)> = campaigns::table
        .filter(campaigns::id.eq_any(&ids))
        .select((campaigns::id, campaigns::slug, campaigns::headline))
        .load(conn)?;
    Ok(names
        .into_iter()
        .filter_map(|(id, slug, headline)| {
            let signatures = rows.iter().find(|(c, _)| *c == id)?.1;
            Some(Suspects {
                slug,
                headline,
                signatures,
            })
        })
        .collect())
}
