//! SQL that seeds a migrated database for the benchmark, for the `sqlite3` or `psql` command
//! line to run in one transaction each:
//!
//! - confirmed signatures on a campaign (1,000 or 1,000,000), already folded into
//!   `campaign_counts` (`counted`, not `count_dirty`), so the count is right at start-up and
//!   no folding runs during the measurement (see the server's `src/signing/counts.rs`);
//! - pending signatures with confirmation tokens, for the confirm scenario: the database
//!   holds each token's SHA-256 (hex, as `SecretToken::hash` computes it) and the raw tokens
//!   go to a file the generator reads.

use std::io::{self, Write};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::{NaiveDateTime, TimeDelta};
use rand::Rng;
use sha2::{Digest, Sha256};

use crate::tokens::Seeded;

/// Rows per INSERT statement.
const CHUNK: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// A timestamp literal the engine stores in a `TIMESTAMP` column, in any context.
    fn timestamp(self, at: NaiveDateTime) -> String {
        let text = at.format("%Y-%m-%d %H:%M:%S");
        match self {
            Engine::Sqlite => format!("'{text}'"),
            Engine::Postgres => format!("TIMESTAMP '{text}'"),
        }
    }
}

/// A slug or email prefix safe to put between quotes: the benchmark's own names only.
fn literal(text: &str) -> io::Result<&str> {
    let safe = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    if safe {
        Ok(text)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{text:?}: use letters, digits, '-', '_' or '.'"),
        ))
    }
}

/// `count` confirmed signatures on campaign `slug`, spread over the 30 days before `now`,
/// added to the campaign's stored count.
pub fn confirmed(
    out: &mut impl Write,
    engine: Engine,
    slug: &str,
    count: u64,
    now: NaiveDateTime,
) -> io::Result<()> {
    let slug = literal(slug)?;
    let step = (30 * 86_400 / count.max(1)).max(1);
    let first = now - TimeDelta::seconds(i64::try_from(step * count).unwrap_or(i64::MAX / 2));
    // Zero-padded numbers keep the emails in index order, so a million rows go in fast.
    let (numbers, at, padded) = match engine {
        Engine::Sqlite => (
            format!(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})"
            ),
            format!(
                "datetime({} + i * {step}, 'unixepoch')",
                first.and_utc().timestamp()
            ),
            "printf('%09d', i)".to_owned(),
        ),
        Engine::Postgres => (
            String::new(),
            format!(
                "{} + i * INTERVAL '{step} seconds'",
                engine.timestamp(first)
            ),
            "lpad(i::text, 9, '0')".to_owned(),
        ),
    };
    let from = match engine {
        Engine::Sqlite => "n",
        Engine::Postgres => "generate_series(1, {count}) AS n(i)",
    }
    .replace("{count}", &count.to_string());
    writeln!(out, "BEGIN;")?;
    writeln!(
        out,
        "{numbers}
INSERT INTO signatures (campaign_id, full_name, email, email_canonical, postcode, country_code,
    wants_updates, created_at, confirmed_at, counted, count_dirty, emails_sent)
SELECT c.id, 'Supporter ' || i, '{slug}-' || {padded} || '@example.org',
    '{slug}-' || {padded} || '@example.org',
    'SW1A 1AA', 'GB', FALSE, {at}, {at}, TRUE, FALSE, 1
FROM {from}, (SELECT id FROM campaigns WHERE slug = '{slug}') AS c;"
    )?;
    writeln!(
        out,
        "UPDATE campaign_counts SET signature_count = signature_count + {count}, updated_at = {}
WHERE campaign_id = (SELECT id FROM campaigns WHERE slug = '{slug}');",
        engine.timestamp(now)
    )?;
    writeln!(out, "COMMIT;")
}

/// A fresh random token, as the server makes them (32 bytes, unpadded base64url), and the
/// hex SHA-256 the server stores for it.
pub fn random_token(rng: &mut impl Rng) -> (String, String) {
    let mut bytes = [0u8; 32];
    rng.fill(&mut bytes);
    let hash = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    (URL_SAFE_NO_PAD.encode(bytes), hash)
}

/// `count` pending signatures on campaign `slug` (emails `{prefix}-{n}@example.org`), each
/// with a confirmation token valid for a week from `now`. Returns the raw tokens.
pub fn pending(
    out: &mut impl Write,
    engine: Engine,
    slug: &str,
    prefix: &str,
    count: usize,
    now: NaiveDateTime,
) -> io::Result<Vec<Seeded>> {
    let slug = literal(slug)?;
    let prefix = literal(prefix)?;
    let mut rng = rand::rng();
    let created = engine.timestamp(now);
    let expires = engine.timestamp(now + TimeDelta::days(7));
    let mut seeded = Vec::with_capacity(count);
    writeln!(out, "BEGIN;")?;
    for start in (0..count).step_by(CHUNK) {
        let end = (start + CHUNK).min(count);
        let mut rows = Vec::with_capacity(end - start);
        let mut hashes = Vec::with_capacity(end - start);
        for n in start..end {
            let email = format!("{prefix}-{n}@example.org");
            let (raw, hash) = random_token(&mut rng);
            rows.push(format!(
                "((SELECT id FROM campaigns WHERE slug = '{slug}'), 'Pending Signer', '{email}', \
                 '{email}', 'SW1A 1AA', 'GB', FALSE, {created}, 1)"
            ));
            hashes.push(format!("('{hash}', '{email}')"));
            seeded.push(Seeded { token: raw, email });
        }
        writeln!(
            out,
            "INSERT INTO signatures (campaign_id, full_name, email, email_canonical, postcode,
    country_code, wants_updates, created_at, emails_sent) VALUES\n{};",
            rows.join(",\n")
        )?;
        writeln!(
            out,
            "WITH v(hash, email) AS (VALUES {})
INSERT INTO confirmation_tokens (token_hash, signature_id, created_at, expires_at)
SELECT v.hash, s.id, {created}, {expires} FROM v JOIN signatures s
    ON s.email_canonical = v.email
    AND s.campaign_id = (SELECT id FROM campaigns WHERE slug = '{slug}');",
            hashes.join(", ")
        )?;
    }
    writeln!(out, "COMMIT;")?;
    Ok(seeded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_hash_like_the_server_does() {
        // The server's `SecretToken::hash`: SHA-256 of the 32 decoded bytes, lower-case hex.
        let (raw, hash) = random_token(&mut rand::rng());
        let bytes = URL_SAFE_NO_PAD.decode(&raw).unwrap();
        assert_eq!(raw.len(), 43);
        assert_eq!(bytes.len(), 32);
        let expected: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hash, expected);
        assert_eq!(hash.len(), 64);
    }

    #[test]
    fn pending_writes_one_token_row_per_signature_in_one_transaction() {
        let now = chrono::DateTime::from_timestamp(1_795_000_000, 0)
            .unwrap()
            .naive_utc();
        let mut sql = Vec::new();
        let seeded = pending(
            &mut sql,
            Engine::Postgres,
            "british-values",
            "confirm-c16",
            1_001,
            now,
        )
        .unwrap();
        let sql = String::from_utf8(sql).unwrap();
        assert_eq!(seeded.len(), 1_001);
        assert_eq!(seeded[1_000].email, "confirm-c16-1000@example.org");
        assert!(sql.starts_with("BEGIN;\n") && sql.ends_with("COMMIT;\n"));
        assert_eq!(sql.matches("INSERT INTO signatures").count(), 3);
        assert_eq!(sql.matches("INSERT INTO confirmation_tokens").count(), 3);
        assert!(sql.contains("TIMESTAMP '2026-11-18 "), "{}", &sql[..400]);
    }

    #[test]
    fn names_that_would_break_out_of_a_literal_are_refused() {
        let now = chrono::Utc::now().naive_utc();
        let mut sql = Vec::new();
        assert!(confirmed(
            &mut sql,
            Engine::Sqlite,
            "x'; DROP TABLE signatures; --",
            1,
            now
        )
        .is_err());
        assert!(pending(&mut sql, Engine::Sqlite, "ok", "bad prefix", 1, now).is_err());
    }
}
