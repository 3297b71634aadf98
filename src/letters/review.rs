//! What a moderator sees of a letter: where its writer lives, whom it goes to, how close it
//! is to the featured letter, word by word what the writer changed, and on its own page
//! what moderators did to it before.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::compose::featured_text;
use super::delivery::constituency_of;
use super::diff::{self, Segment};
use super::recipients::{self, OwnMp};
use crate::db::models::audit::{self, AuditRow};
use crate::db::models::campaign;
use crate::db::models::letter::{self, Letter};
use crate::db::{DbConnection, DbError};
use crate::domain::Country;

/// How many published letters the queue page lists for hiding.
const RECENTLY_PUBLISHED: i64 = 20;

/// One letter as a moderator reviews it.
#[derive(Debug, Clone)]
pub struct Review {
    pub letter: Letter,
    pub campaign_slug: String,
    pub campaign_headline: String,
    /// The writer's constituency, else their country.
    pub place: Option<String>,
    /// Each recipient as "name, office".
    pub recipients: Vec<String>,
    /// True when the letter is a near-copy, sent only as a name on the joint letter.
    pub joint: bool,
    /// The letter as changes to the featured letter.
    pub changes: Vec<Segment>,
    /// True when the letter is mostly the writer's own words: it is shown as written, with
    /// the changes one click away (otherwise the changes are shown first).
    pub own_words: bool,
    /// What moderators did to it, oldest first, and why (filled on the letter's own page).
    pub history: Vec<Event>,
    /// The writer's text before a moderator redacted it, if one did.
    pub original_body: Option<String>,
}

/// Below this similarity (per mille) a letter counts as mostly the writer's own words:
/// the meter's "Mostly your own words" and "Your own letter".
pub const OWN_WORDS_BELOW: i32 = 500;

/// One moderation event in a letter's history.
#[derive(Debug, Clone)]
pub struct Event {
    pub entry: AuditRow,
    /// For a rejection: the reason code and the note to the writer.
    pub note: Option<String>,
}

/// The moderation queue page's contents.
#[derive(Debug, Clone)]
pub struct Queue {
    /// The oldest pending letters, oldest first.
    pub waiting: Vec<Review>,
    /// How many letters are pending in all.
    pub total: usize,
    /// Recently published letters, newest first, for hiding.
    pub published: Vec<Letter>,
    /// Submitted letters whose writers have not confirmed their address yet (not in the
    /// queue until they do).
    pub unconfirmed: i64,
}

/// What the reviews of one campaign's letters share.
struct Featured {
    slug: String,
    headline: String,
    text: String,
    threshold: i32,
}

/// Campaigns already read, by id.
#[derive(Default)]
struct Campaigns(HashMap<i64, Option<Featured>>);

impl Campaigns {
    fn get(&mut self, conn: &mut DbConnection, id: i64) -> Result<Option<&Featured>, DbError> {
        if let Entry::Vacant(slot) = self.0.entry(id) {
            slot.insert(campaign::find_by_id(conn, id)?.map(|c| Featured {
                text: featured_text(&c),
                slug: c.slug,
                headline: c.headline,
                threshold: c.similarity_threshold,
            }));
        }
        Ok(self.0.get(&id).and_then(Option::as_ref))
    }
}

/// The first `limit` pending letters, oldest first, and the recently published ones.
pub fn queue(conn: &mut DbConnection, limit: usize) -> Result<Queue, DbError> {
    let pending = letter::pending(conn)?;
    let total = pending.len();
    let mut campaigns = Campaigns::default();
    let mut waiting = Vec::with_capacity(total.min(limit));
    for letter in pending.into_iter().take(limit) {
        waiting.extend(review(conn, letter, &mut campaigns)?);
    }
    let published = letter::recently_published(conn, RECENTLY_PUBLISHED)?;
    Ok(Queue {
        waiting,
        total,
        published,
        unconfirmed: letter::unconfirmed_count(conn)?,
    })
}

/// One letter, in any state, for its own page, with its moderation history.
pub fn one(conn: &mut DbConnection, id: i64) -> Result<Option<Review>, DbError> {
    let Some(letter) = letter::find(conn, id)? else {
        return Ok(None);
    };
    let Some(mut review) = review(conn, letter, &mut Campaigns::default())? else {
        return Ok(None);
    };
    let (_, note) = letter::rejection_of(conn, id)?;
    review.history = audit::for_letter(conn, id)?
        .into_iter()
        .map(|entry| Event {
            note: (entry.action == "letter.reject")
                .then(|| note.clone())
                .flatten(),
            entry,
        })
        .collect();
    review.original_body = letter::original_body(conn, id)?;
    Ok(Some(review))
}

fn review(
    conn: &mut DbConnection,
    letter: Letter,
    campaigns: &mut Campaigns,
) -> Result<Option<Review>, DbError> {
    let constituency = constituency_of(conn, &letter)?;
    let Some(featured) = campaigns.get(conn, letter.campaign_id)? else {
        return Ok(None);
    };
    let (slug, headline) = (featured.slug.clone(), featured.headline.clone());
    let joint = letter.similarity >= featured.threshold;
    let own_words = letter.similarity < OWN_WORDS_BELOW;
    let changes = diff::words(&featured.text, &letter.body);
    let resolved = recipients::resolve(conn, letter.campaign_id, constituency.as_ref())?;
    let mut recipients: Vec<String> = resolved
        .list
        .iter()
        .map(|r| format!("{}, {}", r.name, r.office))
        .collect();
    if resolved.own_mp == OwnMp::NeedsConstituency {
        recipients.push("Not their MP: their constituency is not known".to_owned());
    }
    let place = constituency.map(|c| c.name).or_else(|| {
        Country::parse(&letter.country_code)
            .ok()
            .map(|c| c.name().to_owned())
    });
    Ok(Some(Review {
        letter,
        campaign_slug: slug,
        campaign_headline: headline,
        place,
        recipients,
        joint,
        changes,
        own_words,
        history: Vec::new(),
        original_body: None,
    }))
}
