//! What a moderator sees of a letter: where its writer lives, whom it goes to, how close it
//! is to the featured letter, word by word what the writer changed, and on its own page
//! what moderators did to it before.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::compose::featured_text;
use super::delivery::constituency_of;
use super::diff::{self, Segment};
use super::recipients::{self, OwnMp};
use crate::db::models::audit::{self, AuditRow};
use crate::db::models::campaign;
use crate::db::models::letter::{self, Letter};
use crate::db::models::letter_claim::{self, Claim};
use crate::db::models::letter_queue::{self, QueueFilter};
use crate::db::models::saved_note::{self, SavedNote};
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
    /// True when the writer's own MP is a recipient but their constituency is not known,
    /// so the letter cannot go to them.
    pub mp_unknown: bool,
    /// True when the letter is a near-copy, sent only as a name on the joint letter.
    pub joint: bool,
    /// The letter as changes to the featured letter.
    pub changes: Vec<Segment>,
    /// The live claim on the letter: who is reading it.
    pub claim: Option<Claim>,
    /// The deployment's saved notes to writers, for the letter's own page (empty in the
    /// queue, whose page holds them once).
    pub saved_notes: Vec<SavedNote>,
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
    /// This page of the letters the filter matches, oldest first.
    pub waiting: Vec<Review>,
    /// How many letters match the filter in all.
    pub total: usize,
    /// Which page this is (from 1), and how many letters a page holds.
    pub page: i64,
    pub per_page: i64,
    /// The deployment's saved notes to writers, for the reject forms.
    pub saved_notes: Vec<SavedNote>,
    /// Recently published letters, newest first, for hiding.
    pub published: Vec<Letter>,
    /// Submitted letters whose writers have not confirmed their address yet (not in the
    /// queue until they do).
    pub unconfirmed: i64,
}

impl Queue {
    /// How many pages the letters matching fill (at least 1).
    pub fn pages(&self) -> i64 {
        ((self.total as i64 + self.per_page - 1) / self.per_page.max(1)).max(1)
    }
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

/// Page `page` (from 1) of the letters `filter` matches, `per_page` to a page, oldest
/// first, with their claims and the recently published letters.
pub fn queue(
    conn: &mut DbConnection,
    filter: &QueueFilter,
    page: i64,
    per_page: i64,
    now: NaiveDateTime,
) -> Result<Queue, DbError> {
    let total = letter_queue::count(conn, filter)?;
    let offset = (page.max(1) - 1).saturating_mul(per_page);
    let letters = letter_queue::page(conn, filter, offset, per_page)?;
    let ids: Vec<i64> = letters.iter().map(|l| l.id).collect();
    let mut campaigns = Campaigns::default();
    let mut waiting = Vec::with_capacity(letters.len());
    for letter in letters {
        waiting.extend(review(conn, letter, &mut campaigns)?);
    }
    for claim in letter_claim::live_on(conn, &ids, now)? {
        if let Some(review) = waiting.iter_mut().find(|r| r.letter.id == claim.letter_id) {
            review.claim = Some(claim);
        }
    }
    let published = letter::recently_published(conn, RECENTLY_PUBLISHED)?;
    Ok(Queue {
        waiting,
        total: usize::try_from(total).unwrap_or(0),
        page: page.max(1),
        per_page,
        saved_notes: saved_note::list(conn)?,
        published,
        unconfirmed: letter::unconfirmed_count(conn)?,
    })
}

/// One letter, in any state, for its own page, with its claim, the saved notes and its
/// moderation history.
pub fn one(
    conn: &mut DbConnection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Option<Review>, DbError> {
    let Some(letter) = letter::find(conn, id)? else {
        return Ok(None);
    };
    let Some(mut review) = review(conn, letter, &mut Campaigns::default())? else {
        return Ok(None);
    };
    review.claim = letter_claim::live(conn, id, now)?;
    review.saved_notes = saved_note::list(conn)?;
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
    let recipients: Vec<String> = resolved
        .list
        .iter()
        .map(|r| format!("{}, {}", r.name, r.office))
        .collect();
    let mp_unknown = resolved.own_mp == OwnMp::NeedsConstituency;
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
        mp_unknown,
        joint,
        changes,
        claim: None,
        saved_notes: Vec::new(),
        own_words,
        history: Vec::new(),
        original_body: None,
    }))
}
