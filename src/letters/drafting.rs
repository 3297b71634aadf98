//! Writing a letter: starting one, saving drafts behind a private link, and submitting it
//! (which also signs the campaign) into the moderation queue.

use std::net::IpAddr;

use chrono::NaiveDateTime;

use super::compose::featured_text;
use super::recipients::{self, OwnMp};
use crate::db::models::campaign::Campaign;
use crate::db::models::constituency::{self, Constituency};
use crate::db::models::letter::{self, DraftChanges, Letter};
use crate::db::models::{outbox, signature};
use crate::db::{DbConnection, DbError};
use crate::domain::{EmailAddress, Postcode, SecretToken};
use crate::forms::letter::{LetterForm, Submission};
use crate::forms::sign::Place;
use crate::forms::FieldErrors;
use crate::fraud::address;
use crate::fraud::rate_limit::{self, SignLimits};
use crate::i18n::Lang;
use crate::i18n::Message;
use crate::letters::similarity::{self, Fingerprint};
use crate::mail::letter_messages;
use crate::mail::links::Links;
use crate::mail::quota::{self, MailLimits};
use crate::signing::{self, Origin, WhenConfirmed};

/// Whether a new letter's emails to its writer go out. They are held back when its
/// address has started too many letters lately (`MISSIVE_DRAFT_EMAILS`), so that the form
/// cannot be used to flood somebody's inbox; the letter is saved all the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriterMail {
    Send,
    Hold,
}

/// How a new letter begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// With the featured letter's words, to be made one's own.
    Featured,
    Blank,
}

/// The editor's first contents.
pub fn starting_form(campaign: &Campaign, start: Start) -> LetterForm {
    match start {
        Start::Featured => LetterForm {
            subject: campaign.headline.clone(),
            body: featured_text(campaign),
            ..LetterForm::default()
        },
        Start::Blank => LetterForm::default(),
    }
}

/// How much of `body` is the featured letter, in thousandths.
pub fn similarity_to_featured(campaign: &Campaign, body: &str) -> i32 {
    similarity::per_mille(
        &Fingerprint::of(body),
        &Fingerprint::of(&featured_text(campaign)),
    )
}

/// The writer's constituency: the one they picked, else the one their postcode is in.
pub fn constituency_for(
    conn: &mut DbConnection,
    form: &LetterForm,
) -> Result<Option<Constituency>, DbError> {
    let picked = form.constituency.trim();
    if !picked.is_empty() {
        return constituency::find(conn, picked);
    }
    match Postcode::parse(&form.postcode) {
        Ok(postcode) => constituency::lookup_postcode(conn, &postcode),
        Err(_) => Ok(None),
    }
}

/// The row a save writes, with the server's own figures (constituency, similarity).
pub fn draft_changes(
    conn: &mut DbConnection,
    campaign: &Campaign,
    form: &LetterForm,
    now: NaiveDateTime,
) -> Result<(DraftChanges, Option<Constituency>), DbError> {
    let constituency = constituency_for(conn, form)?;
    let optional = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
    let body = form.body.replace("\r\n", "\n");
    let changes = DraftChanges {
        writer_name: form.full_name.trim().to_owned(),
        writer_email: form.email.trim().to_owned(),
        postcode: optional(&form.postcode),
        country_code: optional(&form.country).unwrap_or_else(|| "GB".to_owned()),
        constituency_code: constituency.as_ref().map(|c| c.code.clone()),
        subject: form.subject.trim().to_owned(),
        similarity: similarity_to_featured(campaign, &body),
        body,
        publish: form.publish.is_some(),
        public_name: optional(&form.public_name),
        address_lines: Some(
            [&form.address_line_1, &form.address_line_2]
                .iter()
                .map(|line| line.trim())
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
        )
        .filter(|lines| !lines.is_empty()),
        town: optional(&form.town),
        updated_at: now,
    };
    Ok((changes, constituency))
}

/// What a letter to the writer's MP needs beyond the form's own checks: their postal
/// address, and a postcode that lies in the chosen MP's constituency (when the postcode's
/// constituency is known). Empty when all is well or the letter goes to no MP.
pub fn check_for_mp(
    conn: &mut DbConnection,
    campaign: &Campaign,
    form: &LetterForm,
    submission: &Submission,
) -> Result<FieldErrors, DbError> {
    let mut errors = FieldErrors::default();
    let chosen = constituency_for(conn, form)?;
    if recipients::resolve(conn, campaign.id, chosen.as_ref())?.own_mp != OwnMp::Included {
        return Ok(errors);
    }
    if submission.address.is_none() {
        errors.add(
            "address_line_1",
            Message::new("error-address-needed-for-mp"),
        );
        errors.add("town", Message::new("error-address-town-empty"));
    }
    if let (Place::Uk(postcode), Some(chosen)) = (&submission.signer.place, &chosen) {
        if let Some(found) = constituency::lookup_postcode(conn, postcode)? {
            if found.code != chosen.code {
                errors.add(
                    "postcode",
                    Message::new("error-postcode-other-constituency")
                        .text("postcode", postcode.as_str())
                        .text("found", found.name.clone())
                        .text("chosen", chosen.name.clone()),
                );
            }
        }
    }
    Ok(errors)
}

/// Where a new letter is started from, how many letters one address may start before
/// their emails are held back, and what one mailbox may receive.
#[derive(Debug, Clone)]
pub struct Starter {
    pub ip: Option<IpAddr>,
    /// The language the writer reads, stored with the letter.
    pub lang: crate::i18n::Lang,
    pub limits: SignLimits,
    pub mail: MailLimits,
}

/// Saves a new draft and, unless its address is over the limit or the writer's mailbox
/// has had its fill, emails its private link. Returns the link's secret and whether the
/// writer's emails go out.
pub fn create(
    conn: &mut DbConnection,
    campaign: &Campaign,
    form: &LetterForm,
    email: &EmailAddress,
    links: &Links,
    starter: &Starter,
    now: NaiveDateTime,
) -> Result<(SecretToken, WriterMail), DbError> {
    let ip = starter.ip.map(address::stored);
    let verdict = rate_limit::check(&starter.limits, starter.ip, |window| match &ip {
        Some(ip) => letter::started_since(conn, ip, now - window),
        None => Ok(0),
    })?;
    let mail = if verdict.is_suspect() {
        tracing::info!(
            ?verdict,
            "new letter over the draft email limit: link not emailed"
        );
        WriterMail::Hold
    } else if !quota::has_room(conn, &starter.mail, email, now)? {
        tracing::info!("new letter's mailbox has had its fill: link not emailed");
        WriterMail::Hold
    } else {
        WriterMail::Send
    };
    let (changes, _) = draft_changes(conn, campaign, form, now)?;
    let secret = SecretToken::generate();
    let id = letter::create(
        conn,
        campaign.id,
        &secret.hash(),
        &changes,
        ip.as_deref(),
        starter.lang.code(),
    )?;
    if mail == WriterMail::Send {
        let link = links.letter(secret.as_str());
        let message =
            letter_messages::draft_saved(email, starter.lang, &campaign.headline, &link, now);
        outbox::enqueue(conn, &message.about_letter(id))?;
    }
    Ok((secret, mail))
}

/// Saves the final text, signs the campaign in the writer's name (sending the
/// confirmation email if their signature is not confirmed yet) and queues the letter for
/// moderation, or, until the writer confirms their address, sets it to wait for that. False when the letter had already been submitted. `origin` is where the
/// submission came from, for the signing rate limit; with `WriterMail::Hold` the writer is
/// not emailed the link to the submitted letter (the signing emails keep their own limit).
#[allow(clippy::too_many_arguments)]
pub fn submit(
    conn: &mut DbConnection,
    campaign: &Campaign,
    letter: &Letter,
    form: &LetterForm,
    submission: &Submission,
    links: &Links,
    origin: &Origin,
    mail: WriterMail,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let (mut changes, _) = draft_changes(conn, campaign, form, now)?;
    changes.writer_name = submission.signer.name.as_str().to_owned();
    changes.writer_email = submission.signer.email.as_str().to_owned();
    changes.subject = submission.subject.as_str().to_owned();
    changes.body = submission.body.as_str().to_owned();
    changes.similarity = similarity_to_featured(campaign, &changes.body);
    if let Place::Uk(postcode) = &submission.signer.place {
        changes.postcode = Some(postcode.as_str().to_owned());
    }
    let (address_lines, town) = submission.address.as_ref().map(|a| a.stored()).unzip();
    (changes.address_lines, changes.town) = (address_lines, town);
    changes.public_name = submission
        .public_name
        .as_ref()
        .map(|n| n.as_str().to_owned())
        .or_else(|| submission.publish.then(|| changes.writer_name.clone()));
    if !letter::save_draft(conn, letter.id, &changes)? {
        return Ok(false);
    }
    let signature = signing::sign(
        conn,
        campaign,
        &submission.signer,
        links,
        WhenConfirmed::StayQuiet,
        origin,
        now,
    )?;
    let canonical = submission.signer.email.canonical();
    let confirmed_at = signature::find(conn, campaign.id, &canonical)?
        .filter(|found| found.id == signature.id)
        .and_then(|found| found.confirmed_at)
        .map(|_| now);
    letter::submit(conn, letter.id, signature.id, confirmed_at, now)?;
    if mail == WriterMail::Hold {
        return Ok(true);
    }
    if !quota::has_room(conn, &origin.mail, &submission.signer.email, now)? {
        return Ok(true);
    }
    let link = new_link(conn, letter.id, links, now)?;
    let message = letter_messages::submitted(
        &submission.signer.email,
        Lang::stored(&letter.language),
        &campaign.headline,
        &link,
        confirmed_at.is_some(),
        now,
    );
    outbox::enqueue(conn, &message.about_letter(letter.id))?;
    Ok(true)
}

/// Whether emails about a saved draft go to its writer: held for good when its link was
/// never emailed (it was started past the draft limit, or to a full mailbox), so that
/// submitting it cannot email an address the limit kept it from.
pub fn writer_mail(conn: &mut DbConnection, letter_id: i64) -> Result<WriterMail, DbError> {
    Ok(if outbox::any_about_letter(conn, letter_id)? {
        WriterMail::Send
    } else {
        WriterMail::Hold
    })
}

/// A fresh private link to the letter, for an email to its writer.
pub fn new_link(
    conn: &mut DbConnection,
    letter_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<String, DbError> {
    let secret = SecretToken::generate();
    letter::add_link(conn, letter_id, &secret.hash(), now)?;
    Ok(links.letter(secret.as_str()))
}
