//! What each simulated browser does. One iteration is one visitor: a new client address
//! (`addresses`), then
//!
//! - `sign`: GET the campaign page, read its sign form (`form`), fill in a name, a unique
//!   email and a postcode, leave everything else as served (the honeypot empty, the country
//!   preselected), POST it and expect 303. The redirect is not followed: the 303 is the
//!   acknowledgement, and each acknowledged email is kept for the lost/doubled check;
//! - `confirm`: POST a seeded confirmation link (`tokens`), as the confirm page's one-button
//!   form does (empty body), expect 303;
//! - `page`: GET a campaign page, expect 200;
//! - `count`: GET its `count.json`, expect 200.
//!
//! A request's latency runs from sending it to having read its whole answer. In fixed-rate
//! mode each iteration also waits for its slot (`pacing`), and its latency from that slot
//! is recorded as `Step::Paced`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;

use crate::addresses;
use crate::form;
use crate::http::{Answer, Connection};
use crate::pacing::Schedule;
use crate::tokens::TokenQueue;

/// Valid UK postcodes of different shapes, so the postcode parser does its usual work.
const POSTCODES: [&str; 6] = [
    "SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Sign,
    Confirm,
    Page,
    Count,
}

impl Kind {
    /// The step a cell's figures are about.
    pub fn measured(self) -> Step {
        match self {
            Kind::Sign => Step::SignPost,
            Kind::Confirm => Step::Confirm,
            Kind::Page => Step::Page,
            Kind::Count => Step::Count,
        }
    }

    /// Whether the scenario's POSTs are acknowledged with a 303 worth checking against rows.
    pub fn acknowledges(self) -> bool {
        matches!(self, Kind::Sign | Kind::Confirm)
    }
}

/// Each request a scenario makes, and the whole paced iteration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    SignPage,
    SignPost,
    Confirm,
    Page,
    Count,
    Paced,
}

const STEPS: usize = 6;

/// What one or more simulated browsers saw.
#[derive(Debug)]
pub struct Stats {
    latency_us: Vec<Histogram<u64>>,
    failures: [u64; STEPS],
    /// Iterations that failed outside a request (a page without a form, no token left).
    pub other_errors: u64,
    /// Emails whose POST was answered 303: signed, or (confirm) whose link was confirmed.
    pub acknowledged: Vec<String>,
}

impl Stats {
    pub fn new() -> Stats {
        // 1 µs to 10 minutes, at 3 significant digits.
        let histogram =
            || Histogram::new_with_bounds(1, 600_000_000, 3).expect("constant, valid bounds");
        Stats {
            latency_us: (0..STEPS).map(|_| histogram()).collect(),
            failures: [0; STEPS],
            other_errors: 0,
            acknowledged: Vec::new(),
        }
    }

    fn record(&mut self, step: Step, took: Duration, ok: bool) {
        let us = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        self.latency_us[step as usize].saturating_record(us.max(1));
        if !ok {
            self.failures[step as usize] += 1;
        }
    }

    /// Records a fixed-rate iteration, from its slot to its end.
    pub fn record_paced(&mut self, from_slot: Duration, ok: bool) {
        self.record(Step::Paced, from_slot, ok);
    }

    pub fn merge(&mut self, other: Stats) {
        for (mine, theirs) in self.latency_us.iter_mut().zip(&other.latency_us) {
            // Same bounds on both sides, so adding cannot fail.
            let _ = mine.add(theirs);
        }
        for (mine, theirs) in self.failures.iter_mut().zip(other.failures) {
            *mine += theirs;
        }
        self.other_errors += other.other_errors;
        self.acknowledged.extend(other.acknowledged);
    }

    pub fn latency(&self, step: Step) -> &Histogram<u64> {
        &self.latency_us[step as usize]
    }

    /// Failed requests of every kind (not the paced iterations, which repeat them) plus
    /// failed iterations.
    pub fn errors(&self) -> u64 {
        let requests: u64 = self
            .failures
            .iter()
            .enumerate()
            .filter(|(step, _)| *step != Step::Paced as usize)
            .map(|(_, n)| n)
            .sum();
        requests + self.other_errors
    }
}

impl Default for Stats {
    fn default() -> Stats {
        Stats::new()
    }
}

/// Everything the simulated browsers share during one cell.
#[derive(Debug)]
pub struct Plan {
    pub kind: Kind,
    pub slug: String,
    /// Start of every email the sign scenario makes up (unique per cell).
    pub email_prefix: String,
    pub tokens: Option<TokenQueue>,
    pub schedule: Option<Schedule>,
    /// Set when the seeded tokens have all been used: the browsers stop.
    pub exhausted: AtomicBool,
    signed: AtomicU64,
}

impl Plan {
    pub fn new(
        kind: Kind,
        slug: String,
        email_prefix: String,
        tokens: Option<TokenQueue>,
        schedule: Option<Schedule>,
    ) -> Plan {
        Plan {
            kind,
            slug,
            email_prefix,
            tokens,
            schedule,
            exhausted: AtomicBool::new(false),
            signed: AtomicU64::new(0),
        }
    }
}

/// The sign form a simulated browser last read, with the page it came from as received.
/// The form is a function of the page's bytes, so when the next page is byte-for-byte the
/// same (it changes when the count does) the generator skips decompressing and reading it
/// again: the server's work is unchanged, and the generator's own CPU, which shares the
/// machine, is not spent twice on the same page.
#[derive(Debug, Default)]
pub struct FormMemo {
    page: bytes::Bytes,
    form: Option<form::Form>,
}

impl FormMemo {
    fn form_of(&mut self, page: &Answer) -> Result<form::Form, ()> {
        if let Some(form) = self.form.as_ref().filter(|_| self.page == page.body) {
            return Ok(form.clone());
        }
        let html = page.text().map_err(drop)?;
        let form = form::post_form(&html).map_err(drop)?;
        self.page = page.body.clone();
        self.form = Some(form.clone());
        Ok(form)
    }
}

/// One visitor's iteration; true when every request was answered as expected.
pub async fn iteration(
    connection: &mut Connection,
    forms: &mut FormMemo,
    plan: &Plan,
    stats: &mut Stats,
) -> bool {
    let client_ip = addresses::draw(&mut rand::rng()).to_string();
    let done = match plan.kind {
        Kind::Sign => sign(connection, forms, plan, stats, &client_ip).await,
        Kind::Confirm => confirm(connection, plan, stats, &client_ip).await,
        Kind::Page => {
            let path = format!("/campaigns/{}", plan.slug);
            Ok(get(connection, &path, Step::Page, stats, &client_ip)
                .await
                .is_some())
        }
        Kind::Count => {
            let path = format!("/campaigns/{}/count.json", plan.slug);
            Ok(get(connection, &path, Step::Count, stats, &client_ip)
                .await
                .is_some())
        }
    };
    match done {
        Ok(done) => done,
        Err(()) => {
            stats.other_errors += 1;
            false
        }
    }
}

/// Records how `answer` went for `step`; the answer when it had the `expected` status.
fn judge(
    answer: Result<Answer, crate::http::HttpError>,
    started: Instant,
    step: Step,
    expected: u16,
    stats: &mut Stats,
) -> Option<Answer> {
    let good = answer.ok().filter(|a| a.status == expected);
    stats.record(step, started.elapsed(), good.is_some());
    good
}

async fn get(
    connection: &mut Connection,
    path: &str,
    step: Step,
    stats: &mut Stats,
    client_ip: &str,
) -> Option<Answer> {
    let started = Instant::now();
    let answer = connection.get(path, client_ip).await;
    judge(answer, started, step, 200, stats)
}

/// `Err(())`: the iteration failed outside a request.
async fn sign(
    connection: &mut Connection,
    forms: &mut FormMemo,
    plan: &Plan,
    stats: &mut Stats,
    client_ip: &str,
) -> Result<bool, ()> {
    let page_path = format!("/campaigns/{}", plan.slug);
    let Some(page) = get(connection, &page_path, Step::SignPage, stats, client_ip).await else {
        return Ok(false);
    };
    let mut form = forms.form_of(&page)?;
    let n = plan.signed.fetch_add(1, Ordering::Relaxed);
    let email = format!("{}-{n}@example.org", plan.email_prefix);
    form.set("full_name", &format!("Ada Tester {n}"));
    form.set("email", &email);
    form.set("postcode", POSTCODES[n as usize % POSTCODES.len()]);
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&form.fields)
        .finish();
    let started = Instant::now();
    let answer = connection.post_form(&form.action, client_ip, body).await;
    let acknowledged = judge(answer, started, Step::SignPost, 303, stats).is_some();
    if acknowledged {
        stats.acknowledged.push(email);
    }
    Ok(acknowledged)
}

async fn confirm(
    connection: &mut Connection,
    plan: &Plan,
    stats: &mut Stats,
    client_ip: &str,
) -> Result<bool, ()> {
    // Without seeded links (the baseline, which checks none), each visitor brings a fresh
    // random one and is acknowledged under it.
    let (token, email) = match &plan.tokens {
        Some(tokens) => match tokens.take() {
            Some(seeded) => (seeded.token.clone(), seeded.email.clone()),
            None => {
                plan.exhausted.store(true, Ordering::Relaxed);
                return Err(());
            }
        },
        None => {
            let token = crate::seed::random_token(&mut rand::rng()).0;
            (token.clone(), token)
        }
    };
    let path = format!("/signatures/confirm/{token}");
    let started = Instant::now();
    let answer = connection.post_form(&path, client_ip, String::new()).await;
    let acknowledged = judge(answer, started, Step::Confirm, 303, stats).is_some();
    if acknowledged {
        stats.acknowledged.push(email);
    }
    Ok(acknowledged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_merge_and_count_errors_once() {
        let mut a = Stats::new();
        a.record(Step::SignPage, Duration::from_millis(2), true);
        a.record(Step::SignPost, Duration::from_millis(4), false);
        a.record(Step::Paced, Duration::from_millis(9), false);
        a.acknowledged.push("a@example.org".into());
        let mut b = Stats::new();
        b.record(Step::SignPost, Duration::from_millis(6), true);
        b.other_errors = 1;
        b.acknowledged.push("b@example.org".into());
        a.merge(b);
        assert_eq!(a.latency(Step::SignPost).len(), 2);
        assert_eq!(a.latency(Step::SignPost).max(), 6_003);
        assert_eq!(a.errors(), 2, "the failed POST and the failed iteration");
        assert_eq!(a.acknowledged, ["a@example.org", "b@example.org"]);
    }
}
