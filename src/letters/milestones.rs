//! Milestone letters: when a campaign's count crosses one of its milestones, each MP with
//! constituents among the signers gets a short letter, once: how many of their
//! constituents signed, the featured letter, a link, and no one's name or address.

use chrono::NaiveDateTime;
use maud::html;

use super::compose::featured_text;
use crate::db::models::count::Moved;
use crate::db::models::official::Official;
use crate::db::models::{campaign, milestone, outbox};
use crate::db::{DbConnection, DbError};
use crate::domain::letter_text::paragraphs;
use crate::domain::EmailAddress;
use crate::mail::messages::email;
use crate::views::format::thousands;

/// Records each milestone the moved counts crossed, once however many instances fold, and
/// (if the organiser chose it) queues the MPs' letters for each crossing recorded here. Call
/// in the fold's transaction. `base_url` makes the link to the campaign.
pub fn reach(
    conn: &mut DbConnection,
    moved: &[Moved],
    base_url: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    for m in moved.iter().filter(|m| m.after > m.before) {
        let Some(campaign) = campaign::find_by_id(conn, m.campaign_id)? else {
            continue;
        };
        let crossed = crate::domain::milestones::crossed(&campaign.milestones(), m.before, m.after);
        // Several crossed at once (a big batch): one letter, for the highest.
        let mut first = true;
        for reached in crossed.into_iter().rev() {
            if !milestone::record_once(conn, campaign.id, reached, now)? {
                continue;
            }
            if !campaign.milestone_letters || !std::mem::take(&mut first) {
                continue;
            }
            let (queued, skipped) = write_to_mps(conn, &campaign, reached, base_url, now)?;
            let skipped = (!skipped.is_empty()).then(|| skipped.join("; "));
            milestone::set_outcome(conn, campaign.id, reached, queued, skipped.as_deref())?;
            tracing::info!(
                campaign = %campaign.slug,
                milestone = reached,
                letters = queued,
                "milestone reached: MPs written to"
            );
        }
    }
    Ok(())
}

/// Queues a letter to each MP with constituents among the counted signers; returns how many
/// were queued and the names of the MPs skipped for want of a usable email address.
fn write_to_mps(
    conn: &mut DbConnection,
    campaign: &campaign::Campaign,
    reached: i64,
    base_url: &str,
    now: NaiveDateTime,
) -> Result<(i32, Vec<String>), DbError> {
    let featured = featured_text(campaign);
    let link = format!("{base_url}/campaigns/{}", campaign.slug);
    let mut emails = Vec::new();
    let mut skipped = Vec::new();
    for (mp, constituents) in mps_with_constituents(conn, campaign.id)? {
        let to = mp
            .email
            .as_deref()
            .map(str::trim)
            .and_then(|e| EmailAddress::parse(e).ok());
        match to {
            Some(to) => emails.push(letter(
                &to,
                &Letter {
                    salutation: &mp.salutation(),
                    headline: &campaign.headline,
                    constituents,
                    milestone: reached,
                    featured: &featured,
                    link: &link,
                },
                now,
            )),
            None => skipped.push(mp.name.clone()),
        }
    }
    for chunk in emails.chunks(200) {
        outbox::enqueue_many(conn, chunk)?;
    }
    Ok((i32::try_from(emails.len()).unwrap_or(i32::MAX), skipped))
}

/// Each MP with constituents among the campaign's counted signers (a signer's postcode, or
/// the constituency an anonymised signature kept, counted as the dashboard counts them),
/// with how many, in constituency code order.
fn mps_with_constituents(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<(Official, i64)>, DbError> {
    let mut tallies: Vec<(String, i64)> = crate::stats::by_constituency(conn, campaign_id)?
        .into_iter()
        .filter(|place| !place.code.is_empty() && place.count > 0)
        .map(|place| (place.code, place.count))
        .collect();
    tallies.sort();
    let codes: Vec<&str> = tallies.iter().map(|(c, _)| c.as_str()).collect();
    let mps = milestone::mps_for(conn, &codes)?;
    Ok(tallies
        .into_iter()
        .filter_map(|(code, n)| {
            let mp = mps
                .iter()
                .find(|o| o.constituency_code.as_deref() == Some(code.as_str()))?;
            Some((mp.clone(), n))
        })
        .collect())
}

/// What one MP's milestone letter says.
pub struct Letter<'a> {
    pub salutation: &'a str,
    pub headline: &'a str,
    /// How many of the MP's constituents have signed (counted signatures).
    pub constituents: i64,
    pub milestone: i64,
    pub featured: &'a str,
    pub link: &'a str,
}

/// The email to one MP: in the bulk lane (no one waits for it), no reply address, no
/// supporter's mailbox.
pub fn letter(to: &EmailAddress, l: &Letter<'_>, now: NaiveDateTime) -> outbox::NewEmail {
    let people = if l.constituents == 1 {
        "One of your constituents has".to_owned()
    } else {
        format!("{} of your constituents have", thousands(l.constituents))
    };
    let subject = format!(
        "{} of your constituents signed “{}”",
        thousands(l.constituents),
        l.headline
    );
    let opening = format!(
        "{people} signed the open letter “{}”, which has now passed {} signatures. This is \
         the letter they signed:",
        l.headline,
        thousands(l.milestone)
    );
    let closing = "This message is sent once, when the campaign reaches a milestone its \
                   organisers set. It names no one: the count is of confirmed signatures \
                   whose postcode lies in your constituency.";
    let text = format!(
        "{},\n\n{opening}\n\n{}\n\nRead the campaign online:\n\n{}\n\n{closing}\n",
        l.salutation, l.featured, l.link
    );
    let body = html! {
        p { (l.salutation) "," }
        p { (opening) }
        blockquote { @for paragraph in paragraphs(l.featured) { p { (paragraph) } } }
        p { a href=(l.link) { "Read the campaign online" } }
        p { (closing) }
    };
    let mut message = email(to, subject, text, body, now);
    message.mailbox = None;
    message.bulk = true;
    message
}
