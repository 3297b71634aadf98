//! "Did your MP reply?": the question asked of each writer whose letter was delivered,
//! its one reminder, and the answer. Rows are keyed by delivery and carry the campaign and
//! official, never the writer, so the answers outlive the letters' personal data.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamp};

use crate::db::schema::{campaigns, deliveries, letters, officials, reply_questions};
use crate::db::{DbConnection, DbError};
use crate::domain::TokenHash;

/// A writer to ask (or remind) about one delivered letter.
#[derive(Debug, Clone, Queryable)]
pub struct Due {
    pub delivery_id: i64,
    pub letter_id: i64,
    pub campaign_id: i64,
    pub official_id: i64,
    pub writer_email: String,
    pub official_name: String,
    pub headline: String,
    /// The letter's language (`i18n::Lang`'s code): the question is asked in it.
    pub language: String,
}

/// Letters delivered (sent, alone or in a joint letter) between `oldest` and `sent_before`
/// whose writers were not asked yet, oldest first.
pub fn due_questions(
    conn: &mut DbConnection,
    sent_before: NaiveDateTime,
    oldest: NaiveDateTime,
    limit: i64,
) -> Result<Vec<Due>, DbError> {
    let asked = reply_questions::table
        .filter(reply_questions::delivery_id.eq(deliveries::id))
        .select(reply_questions::delivery_id);
    Ok(deliveries::table
        .inner_join(letters::table.inner_join(campaigns::table))
        .inner_join(officials::table)
        .filter(deliveries::status.eq(crate::db::models::delivery::Status::Sent.as_str()))
        .filter(deliveries::updated_at.le(sent_before))
        .filter(deliveries::updated_at.gt(oldest))
        .filter(letters::writer_email.ne(""))
        .filter(diesel::dsl::not(diesel::dsl::exists(asked)))
        .order(deliveries::id)
        .limit(limit)
        .select((
            deliveries::id,
            letters::id,
            letters::campaign_id,
            deliveries::official_id,
            letters::writer_email,
            officials::name,
            campaigns::headline,
            letters::language,
        ))
        .load(conn)?)
}

/// Records that the writer of `due` is asked now, unless someone else already did: true
/// when this caller claimed the question (and so sends it).
pub fn claim_question(
    conn: &mut DbConnection,
    due: &Due,
    token: &TokenHash,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let statement = |p: [&str; 5]| {
        diesel::sql_query(format!(
            "INSERT INTO reply_questions (delivery_id, campaign_id, official_id, token_hash, \
             asked_at) VALUES ({}, {}, {}, {}, {}) ON CONFLICT (delivery_id) DO NOTHING",
            p[0], p[1], p[2], p[3], p[4]
        ))
        .bind::<BigInt, _>(due.delivery_id)
        .bind::<BigInt, _>(due.campaign_id)
        .bind::<BigInt, _>(due.official_id)
        .bind::<Text, _>(token.as_str())
        .bind::<Timestamp, _>(now)
    };
    let inserted = match conn {
        DbConnection::Sqlite(c) => statement(["?"; 5]).execute(c)?,
        DbConnection::Postgres(c) => statement(["$1", "$2", "$3", "$4", "$5"]).execute(c)?,
    };
    Ok(inserted == 1)
}

/// Questions asked at or before `asked_before`, still unanswered and not yet reminded.
pub fn due_reminders(
    conn: &mut DbConnection,
    asked_before: NaiveDateTime,
    limit: i64,
) -> Result<Vec<Due>, DbError> {
    Ok(reply_questions::table
        .inner_join(deliveries::table.on(deliveries::id.eq(reply_questions::delivery_id)))
        .inner_join(letters::table.on(letters::id.eq(deliveries::letter_id)))
        .inner_join(campaigns::table.on(campaigns::id.eq(reply_questions::campaign_id)))
        .inner_join(officials::table.on(officials::id.eq(reply_questions::official_id)))
        .filter(reply_questions::asked_at.le(asked_before))
        .filter(reply_questions::reminded_at.is_null())
        .filter(reply_questions::answer.is_null())
        .filter(letters::writer_email.ne(""))
        .order(reply_questions::delivery_id)
        .limit(limit)
        .select((
            reply_questions::delivery_id,
            letters::id,
            reply_questions::campaign_id,
            reply_questions::official_id,
            letters::writer_email,
            officials::name,
            campaigns::headline,
            letters::language,
        ))
        .load(conn)?)
}

/// Marks the reminder as sent, with its link's hash, unless it was already sent or the
/// question was answered meanwhile: true when this caller claimed it.
pub fn claim_reminder(
    conn: &mut DbConnection,
    delivery_id: i64,
    token: &TokenHash,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let claimed = diesel::update(
        reply_questions::table
            .filter(reply_questions::delivery_id.eq(delivery_id))
            .filter(reply_questions::reminded_at.is_null())
            .filter(reply_questions::answer.is_null()),
    )
    .set((
        reply_questions::reminded_at.eq(now),
        reply_questions::reminder_token_hash.eq(token.as_str()),
    ))
    .execute(conn)?;
    Ok(claimed == 1)
}

/// A question as its answer page shows it.
#[derive(Debug, Clone, Queryable)]
pub struct Question {
    pub delivery_id: i64,
    pub official_name: String,
    pub official_office: String,
    pub headline: String,
    pub slug: String,
    pub answer: Option<String>,
}

/// The question a link (the first email's or the reminder's) stands for.
pub fn find_by_token(
    conn: &mut DbConnection,
    token: &TokenHash,
) -> Result<Option<Question>, DbError> {
    Ok(reply_questions::table
        .inner_join(campaigns::table.on(campaigns::id.eq(reply_questions::campaign_id)))
        .inner_join(officials::table.on(officials::id.eq(reply_questions::official_id)))
        .filter(
            reply_questions::token_hash
                .eq(token.as_str())
                .or(reply_questions::reminder_token_hash.eq(token.as_str())),
        )
        .select((
            reply_questions::delivery_id,
            officials::name,
            officials::office,
            campaigns::headline,
            campaigns::slug,
            reply_questions::answer,
        ))
        .first(conn)
        .optional()?)
}

/// Stores the answer to the question (one per delivery; a later answer replaces it).
pub fn answer(
    conn: &mut DbConnection,
    delivery_id: i64,
    answer: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(reply_questions::table.find(delivery_id))
        .set((
            reply_questions::answer.eq(answer),
            reply_questions::answered_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// How many answers of each kind one official's letters got.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub yes: i64,
    pub not_addressed: i64,
    pub acknowledged: i64,
    pub no: i64,
}

impl Tally {
    pub fn total(&self) -> i64 {
        self.yes + self.not_addressed + self.acknowledged + self.no
    }

    /// Answers saying the official replied (addressing the points or not), in per cent of
    /// all answers.
    pub fn reply_rate(&self) -> i64 {
        match self.total() {
            0 => 0,
            total => ((self.yes + self.not_addressed) * 100 + total / 2) / total,
        }
    }

    fn add(&mut self, answer: &str, n: i64) {
        match answer {
            "yes" => self.yes += n,
            "not-addressed" => self.not_addressed += n,
            "acknowledged" => self.acknowledged += n,
            _ => self.no += n,
        }
    }
}

/// One official's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficialTally {
    pub official_id: i64,
    pub name: String,
    pub office: String,
    pub party: Option<String>,
    pub tally: Tally,
}

/// The answers per official, for one campaign or all, most answered first.
pub fn tallies(
    conn: &mut DbConnection,
    campaign_id: Option<i64>,
) -> Result<Vec<OfficialTally>, DbError> {
    let mut query = reply_questions::table
        .filter(reply_questions::answer.is_not_null())
        .group_by((reply_questions::official_id, reply_questions::answer))
        .select((
            reply_questions::official_id,
            reply_questions::answer,
            diesel::dsl::count_star(),
        ))
        .into_boxed();
    if let Some(id) = campaign_id {
        query = query.filter(reply_questions::campaign_id.eq(id));
    }
    let rows: Vec<(i64, Option<String>, i64)> = query.load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let people: Vec<(i64, String, String, Option<String>)> = officials::table
        .filter(officials::id.eq_any(&ids))
        .select((
            officials::id,
            officials::name,
            officials::office,
            officials::party,
        ))
        .load(conn)?;
    let mut out: Vec<OfficialTally> = people
        .into_iter()
        .map(|(official_id, name, office, party)| OfficialTally {
            official_id,
            name,
            office,
            party,
            tally: Tally::default(),
        })
        .collect();
    for (official_id, answer, n) in rows {
        if let Some(t) = out.iter_mut().find(|t| t.official_id == official_id) {
            t.tally.add(answer.as_deref().unwrap_or("no"), n);
        }
    }
    out.sort_by(|a, b| {
        b.tally
            .total()
            .cmp(&a.tally.total())
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(out)
}

/// The same answers gathered by party ("No party" when an official has none).
pub fn by_party(officials: &[OfficialTally]) -> Vec<(String, Tally)> {
    let mut out: Vec<(String, Tally)> = Vec::new();
    for o in officials {
        let party = o
            .party
            .clone()
            .filter(|p| !p.trim().is_empty())
            .unwrap_or_else(|| "No party".to_owned());
        let index = match out.iter().position(|(p, _)| *p == party) {
            Some(i) => i,
            None => {
                out.push((party, Tally::default()));
                out.len() - 1
            }
        };
        let t = &mut out[index].1;
        t.yes += o.tally.yes;
        t.not_addressed += o.tally.not_addressed;
        t.acknowledged += o.tally.acknowledged;
        t.no += o.tally.no;
    }
    out.sort_by(|a, b| b.1.total().cmp(&a.1.total()).then_with(|| a.0.cmp(&b.0)));
    out
}
