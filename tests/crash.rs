//! Crash safety: the server binary (the release build; see `support::server_process`) is
//! killed with SIGKILL at random moments while supporters sign and confirm from several
//! concurrent clients, and restarted on the same database and port, again and again.
//! Afterwards nothing it acknowledged may be lost or doubled: every signature answered with
//! 303 is stored exactly once, every confirmation answered is confirmed, the counts equal a
//! fresh recount, the outbox holds every email owed, and every start was clean.
//!
//! `MISSIVE_CRASH_ROUNDS` sets the number of kills (default 10); `MISSIVE_CRASH_SEED`
//! replays a run (the seed is printed).

mod support;

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use missive::db::schema::{campaign_counts, campaigns, outbox, signatures};
use missive::db::Database;
use rand::{Rng, SeedableRng};
use support::server_process::{
    free_port, panics_in, server_binary, ScratchDatabase, ServerProcess,
};
use support::Email;

const SLUG: &str = "british-values";
const SIGNERS: usize = 6;
const CONFIRMERS: usize = 2;
/// Signatures whose sequence number is a multiple of this are left unconfirmed.
const LEAVE_UNCONFIRMED_EVERY: usize = 3;

/// What the server acknowledged, and what happened to the requests it did not.
#[derive(Default)]
struct Ledger {
    /// Emails whose signing was answered 303.
    signed: Mutex<HashSet<String>>,
    /// Emails whose confirmation was answered (303, or 200 "confirmed" when repeated).
    confirmed: Mutex<HashSet<String>>,
    /// Requests sent that got no answer: the server died under them.
    interrupted: AtomicUsize,
    /// Answers that were neither success nor a dead server.
    unexpected: Mutex<Vec<String>>,
}

impl Ledger {
    fn note_failure(&self, error: &reqwest::Error) {
        if !error.is_connect() {
            self.interrupted.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// A confirmation link found in a delivered email, waiting to be followed.
type Pending = Arc<Mutex<VecDeque<(String, String)>>>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_acknowledged_is_lost_when_the_server_is_killed() {
    let rounds: usize = std::env::var("MISSIVE_CRASH_ROUNDS")
        .ok()
        .map(|n| n.parse().expect("MISSIVE_CRASH_ROUNDS is a number"))
        .unwrap_or(10);
    let seed: u64 = std::env::var("MISSIVE_CRASH_SEED")
        .ok()
        .map(|n| n.parse().expect("MISSIVE_CRASH_SEED is a number"))
        .unwrap_or_else(rand::random);
    let binary = server_binary();
    eprintln!(
        "crash test: {rounds} rounds, seed {seed}, binary {}",
        binary.display()
    );
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);

    let dir = tempfile::tempdir().expect("temp dir");
    let database = ScratchDatabase::new(dir.path());
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let env = vec![
        (
            "MISSIVE_DATA_DIR",
            dir.path().to_string_lossy().into_owned(),
        ),
        ("DATABASE_URL", database.url.clone()),
        ("MISSIVE_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
        ("MISSIVE_COUNT_INTERVAL_MS", "100".to_owned()),
        ("MISSIVE_WORKERS", "2".to_owned()),
        (
            "RUST_LOG",
            "info,actix_web::middleware::logger=warn".to_owned(),
        ),
    ];
    let start = |n: usize| {
        let log = dir.path().join(format!("server-{n:03}.log"));
        ServerProcess::start(&binary, port, &env, log)
    };

    let ledger = Arc::new(Ledger::default());
    let stop_signing = Arc::new(AtomicBool::new(false));
    let stop_confirming = Arc::new(AtomicBool::new(false));
    let pending: Pending = Arc::default();
    let busy = Arc::new(AtomicUsize::new(0));
    let scanned = Arc::new(AtomicUsize::new(0));
    let mut signers = Vec::new();
    for n in 0..SIGNERS {
        signers.push(tokio::spawn(signer(
            n,
            base.clone(),
            ledger.clone(),
            stop_signing.clone(),
        )));
    }
    let mut confirmers = vec![tokio::spawn(scan_outbox(
        dir.path().join("outbox"),
        pending.clone(),
        scanned.clone(),
        stop_confirming.clone(),
    ))];
    for _ in 0..CONFIRMERS {
        confirmers.push(tokio::spawn(confirmer(
            base.clone(),
            pending.clone(),
            busy.clone(),
            ledger.clone(),
            stop_confirming.clone(),
        )));
    }

    let started = Instant::now();
    let mut logs = Vec::new();
    let mut early_kills = 0;
    let mut slowest_start = Duration::ZERO;
    for round in 0..rounds {
        let mut server = start(round);
        // Now and then the kill lands while the server is still starting up.
        if rng.random_ratio(1, 4) {
            early_kills += 1;
            tokio::time::sleep(Duration::from_millis(rng.random_range(0..300))).await;
        } else {
            slowest_start = slowest_start.max(server.wait_healthy(Duration::from_secs(30)).await);
            tokio::time::sleep(Duration::from_millis(rng.random_range(150..1500))).await;
        }
        server.kill_hard();
        logs.push(server.log.clone());
        tokio::time::sleep(Duration::from_millis(rng.random_range(0..100))).await;
    }
    let killing = started.elapsed();

    let mut last = start(rounds);
    slowest_start = slowest_start.max(last.wait_healthy(Duration::from_secs(30)).await);
    logs.push(last.log.clone());
    stop_signing.store(true, Ordering::Relaxed);
    for task in signers {
        task.await.expect("signer");
    }
    let db = Database::connect(&database.url, 2).expect("test database handle");
    wait_for_mail_and_confirmations(&db, &dir.path().join("outbox"), &pending, &busy, &scanned)
        .await;
    stop_confirming.store(true, Ordering::Relaxed);
    for task in confirmers {
        task.await.expect("confirmer");
    }
    let settling = started.elapsed() - killing;

    let signed = ledger.signed.lock().unwrap().clone();
    let confirmed = ledger.confirmed.lock().unwrap().clone();
    eprintln!(
        "crash test: {rounds} kills ({early_kills} during start-up) in {:.1} s, then {:.1} s \
         for the last server to send the mail; {} signatures and {} confirmations \
         acknowledged; {} requests cut off by a kill; slowest start {slowest_start:?}",
        killing.as_secs_f64(),
        settling.as_secs_f64(),
        signed.len(),
        confirmed.len(),
        ledger.interrupted.load(Ordering::Relaxed),
    );
    let unexpected = ledger.unexpected.lock().unwrap().clone();
    assert!(unexpected.is_empty(), "unexpected answers: {unexpected:?}");
    assert!(
        ledger.interrupted.load(Ordering::Relaxed) > 0 || rounds == 0,
        "no kill caught a request in flight; the test proved nothing"
    );
    assert!(!signed.is_empty() && !confirmed.is_empty());

    let stored = check_signatures(&db, &signed, &confirmed).await;
    check_counts(&db, &last, &stored).await;
    check_outbox(&db, &dir.path().join("outbox"), &stored).await;

    last.terminate();
    let status = last.wait_exit(Duration::from_secs(30)).await;
    assert!(
        status.is_some_and(|s| s.success()),
        "the last server did not stop cleanly on SIGTERM: {status:?}\n{}",
        last.log_text()
    );
    for log in &logs {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let panics = panics_in(&text);
        assert!(panics.is_empty(), "{}: {panics:?}", log.display());
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

/// Signs with a new address again and again, retrying each until it is acknowledged (the
/// same address: a retry after a crash must neither fail nor sign twice).
async fn signer(n: usize, base: String, ledger: Arc<Ledger>, stop: Arc<AtomicBool>) {
    let client = client();
    let url = format!("{base}/campaigns/{SLUG}/signatures");
    for seq in 0.. {
        let email = format!("signer-{n}-{seq}@crash.example.org");
        // Each signature from its own address, so no rate limit makes any of them suspect.
        let ip = format!("10.{n}.{}.{}", seq / 250 % 250, seq % 250 + 1);
        loop {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let response = client
                .post(&url)
                .header("X-Forwarded-For", &ip)
                .form(&[
                    ("full_name", "Ada Lovelace"),
                    ("email", email.as_str()),
                    ("postcode", "SW1A 2AA"),
                    ("country", "GB"),
                    ("website", ""),
                ])
                .send()
                .await;
            match response {
                Ok(r) if r.status() == 303 => {
                    ledger.signed.lock().unwrap().insert(email.clone());
                    // A breath between signers' visits keeps the mail backlog (and the
                    // test's run time) modest; the kills still catch several in flight.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    break;
                }
                Ok(r) => {
                    let status = r.status();
                    let body = r.text().await.unwrap_or_default();
                    let head: String = body.chars().take(200).collect();
                    ledger
                        .unexpected
                        .lock()
                        .unwrap()
                        .push(format!("sign {email}: {status} {head}"));
                }
                Err(e) => ledger.note_failure(&e),
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Reads each new `.eml` file the server writes and queues its confirmation link, for the
/// signatures meant to be confirmed.
async fn scan_outbox(
    dir: PathBuf,
    pending: Pending,
    scanned: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
) {
    let mut seen = HashSet::new();
    while !stop.load(Ordering::Relaxed) {
        for path in eml_files(&dir) {
            if !seen.insert(path.clone()) {
                continue;
            }
            let email = Email::parse(&std::fs::read(&path).expect("read email"));
            let wanted = sequence_of(&email.to) % LEAVE_UNCONFIRMED_EVERY != 0;
            if let (true, Some(link)) = (wanted, email.link_path("/signatures/confirm/")) {
                pending.lock().unwrap().push_back((email.to.clone(), link));
            }
        }
        scanned.store(seen.len(), Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The signer's sequence number in an address like `signer-3-17@…`.
fn sequence_of(address: &str) -> usize {
    address
        .split('@')
        .next()
        .and_then(|local| local.rsplit('-').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("an email to an address the test never signed: {address}"))
}

fn eml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Follows queued confirmation links (the POST of the Confirm button), putting a link back
/// when the server is down.
async fn confirmer(
    base: String,
    pending: Pending,
    busy: Arc<AtomicUsize>,
    ledger: Arc<Ledger>,
    stop: Arc<AtomicBool>,
) {
    let client = client();
    while !stop.load(Ordering::Relaxed) {
        let next = {
            let mut queue = pending.lock().unwrap();
            let next = queue.pop_front();
            if next.is_some() {
                busy.fetch_add(1, Ordering::SeqCst);
            }
            next
        };
        let Some((email, link)) = next else {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        match client.post(format!("{base}{link}")).send().await {
            // 303 to "thank you"; 200 is the "confirmed" page for a link already used (its
            // first answer was lost to a kill).
            Ok(r) if r.status() == 303 || r.status() == 200 => {
                ledger.confirmed.lock().unwrap().insert(email);
            }
            Ok(r) => {
                let status = r.status();
                ledger
                    .unexpected
                    .lock()
                    .unwrap()
                    .push(format!("confirm {email}: {status}"));
            }
            Err(e) => {
                ledger.note_failure(&e);
                pending.lock().unwrap().push_back((email, link));
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        busy.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Waits, with the last server up, until every email that is due has been sent and every
/// confirmation link in them followed; a long backlog may take its time, as long as it
/// keeps moving.
async fn wait_for_mail_and_confirmations(
    db: &Database,
    dir: &Path,
    pending: &Pending,
    busy: &AtomicUsize,
    scanned: &AtomicUsize,
) {
    let stuck_after = Duration::from_secs(20);
    let mut deadline = Instant::now() + stuck_after;
    let mut quiet_checks = 0;
    let mut state = String::new();
    while quiet_checks < 3 {
        assert!(
            Instant::now() < deadline,
            "mail and confirmations stopped moving for {stuck_after:?}: {state}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        let now = chrono::Utc::now().naive_utc();
        let due: i64 = db
            .read(move |c| {
                Ok(outbox::table
                    .filter(outbox::sent_at.is_null())
                    .filter(outbox::next_attempt_at.le(now))
                    .count()
                    .get_result(c)?)
            })
            .await
            .expect("due emails");
        let (files, read) = (eml_files(dir).len(), scanned.load(Ordering::Relaxed));
        let (queued, following) = (pending.lock().unwrap().len(), busy.load(Ordering::SeqCst));
        let now_state = format!(
            "{due} emails due, {read} of {files} files read, {queued} links queued and \
             {following} being followed"
        );
        if now_state != state {
            deadline = Instant::now() + stuck_after;
            state = now_state;
        }
        let settled = due == 0 && read == files && queued == 0 && following == 0;
        quiet_checks = if settled { quiet_checks + 1 } else { 0 };
    }
}

/// A stored signature, by email.
struct Stored {
    confirmed: bool,
    counts: bool,
    emails_sent: i32,
}

/// Every acknowledged signature is stored exactly once, and confirmed if its confirmation
/// was acknowledged.
async fn check_signatures(
    db: &Database,
    signed: &HashSet<String>,
    confirmed: &HashSet<String>,
) -> HashMap<String, Stored> {
    type Row = (String, bool, bool, bool, i32);
    let rows: Vec<Row> = db
        .read(|c| {
            Ok(signatures::table
                .inner_join(campaigns::table)
                .filter(campaigns::slug.eq(SLUG))
                .select((
                    signatures::email,
                    signatures::confirmed_at.is_not_null(),
                    signatures::suspect,
                    signatures::invalidated_at.is_not_null(),
                    signatures::emails_sent,
                ))
                .load(c)?)
        })
        .await
        .expect("signatures");
    let mut stored = HashMap::new();
    for (email, is_confirmed, suspect, invalidated, emails_sent) in rows {
        let row = Stored {
            confirmed: is_confirmed,
            counts: is_confirmed && !suspect && !invalidated,
            emails_sent,
        };
        assert!(
            stored.insert(email.clone(), row).is_none(),
            "{email} is stored twice"
        );
    }
    let missing: Vec<_> = signed.iter().filter(|e| !stored.contains_key(*e)).collect();
    assert!(missing.is_empty(), "acknowledged but lost: {missing:?}");
    let unconfirmed: Vec<_> = confirmed
        .iter()
        .filter(|e| !stored.get(*e).is_some_and(|s| s.confirmed))
        .collect();
    assert!(
        unconfirmed.is_empty(),
        "confirmation acknowledged but lost: {unconfirmed:?}"
    );
    stored
}

/// Once the count folder has caught up, the stored count equals a fresh count, and the
/// public figure shows it.
async fn check_counts(db: &Database, server: &ServerProcess, stored: &HashMap<String, Stored>) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let dirty: i64 = db
            .read(|c| {
                Ok(signatures::table
                    .filter(signatures::count_dirty.eq(true))
                    .count()
                    .get_result(c)?)
            })
            .await
            .expect("dirty signatures");
        if dirty == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{dirty} confirmations never counted"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let kept: i64 = db
        .read(|c| {
            Ok(campaign_counts::table
                .inner_join(campaigns::table)
                .filter(campaigns::slug.eq(SLUG))
                .select(campaign_counts::signature_count)
                .first(c)?)
        })
        .await
        .expect("campaign count");
    let recount = stored.values().filter(|s| s.counts).count() as i64;
    assert_eq!(kept, recount, "campaign_counts against a fresh count");

    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let body: serde_json::Value = client()
            .get(server.url(&format!("/campaigns/{SLUG}/count.json")))
            .send()
            .await
            .expect("count.json")
            .json()
            .await
            .expect("count.json body");
        if body["signature_count"].as_i64() == Some(recount) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "count.json says {} against a recount of {recount}",
            body["signature_count"]
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every email a signature caused is in the outbox (one per email its row records, so at
/// least its confirmation); every sent one was written out as its `.eml` file to the right
/// address, every file belongs to an outbox row, and an unsent one still has its text.
async fn check_outbox(db: &Database, dir: &Path, stored: &HashMap<String, Stored>) {
    type Row = (i64, String, bool, String);
    let rows: Vec<Row> = db
        .read(|c| {
            Ok(outbox::table
                .select((
                    outbox::id,
                    outbox::recipient,
                    outbox::sent_at.is_not_null(),
                    outbox::body_text,
                ))
                .load(c)?)
        })
        .await
        .expect("outbox");
    let mut per_recipient: HashMap<&str, i32> = HashMap::new();
    for (_, recipient, _, _) in &rows {
        *per_recipient.entry(recipient.as_str()).or_default() += 1;
    }
    for (email, signature) in stored {
        assert!(signature.emails_sent >= 1, "{email} was never emailed");
        assert_eq!(
            per_recipient.get(email.as_str()).copied().unwrap_or(0),
            signature.emails_sent,
            "emails in the outbox for {email}"
        );
    }
    let by_id: HashMap<i64, &Row> = rows.iter().map(|row| (row.0, row)).collect();
    let mut unsent = 0;
    for row @ (id, recipient, sent, body) in &rows {
        let file = dir.join(format!("{id:010}.eml"));
        if *sent {
            let raw = std::fs::read(&file)
                .unwrap_or_else(|e| panic!("sent email {id} has no file {}: {e}", file.display()));
            assert_eq!(&Email::parse(&raw).to, recipient, "{row:?}");
        } else {
            unsent += 1;
            assert!(!body.is_empty(), "unsent email {id} lost its text");
        }
    }
    for file in eml_files(dir) {
        let id: i64 = file
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("unexpected file {}", file.display()));
        let row = by_id
            .get(&id)
            .unwrap_or_else(|| panic!("{} belongs to no outbox row", file.display()));
        let email = Email::parse(&std::fs::read(&file).expect("read email"));
        assert_eq!(email.to, row.1, "{}", file.display());
    }
    eprintln!(
        "crash test: {} emails in the outbox, {unsent} still waiting (claimed by a killed \
         sender, so left alone until their lease ends)",
        rows.len()
    );
}
