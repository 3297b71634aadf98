//! A benchmark, not run by default: a million signatures, then each statistic timed.
//! `cargo test --release --test dashboard -- --ignored --nocapture` (add
//! TEST_DATABASE_URL=postgres://… for PostgreSQL).

use std::time::Instant;

use diesel::connection::SimpleConnection;
use missive::db::{DbConnection, DbError};
use missive::stats::{self, DashboardStats, Period, PublicStats};

use crate::support::TestApp;

const SIGNATURES: i64 = 1_000_000;

/// 10,000 postcodes in 650 constituencies; a million signatures 7 s apart from
/// 1 September 2026, one in 20 abroad, one in 10 unconfirmed, some suspect or invalidated.
fn generate(conn: &mut DbConnection, campaign: i64) -> Result<(), DbError> {
    let sql = match conn {
        DbConnection::Sqlite(_) => format!(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 9999)
             INSERT INTO postcodes SELECT printf('AB%d %dAA', i/10, i%10), printf('E14%06d', i % 650) FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 649)
             INSERT INTO constituencies SELECT printf('E14%06d', i), printf('Constituency %d', i) FROM n;
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < {SIGNATURES})
             INSERT INTO signatures (campaign_id, full_name, email, email_canonical, postcode,
                 country_code, wants_updates, created_at, confirmed_at, suspect, invalidated_at)
             SELECT {campaign}, 'x', 'e'||i, 'e'||i,
               CASE WHEN i % 20 = 1 THEN NULL ELSE printf('AB%d %dAA', (i*7919 % 10000)/10, i*7919 % 10) END,
               CASE WHEN i % 20 = 1 THEN 'KZ' ELSE 'GB' END, 0,
               strftime('%Y-%m-%d %H:%M:%f', '2026-09-01', '+' || (i*7) || ' seconds'),
               CASE WHEN i % 10 = 0 THEN NULL
                    ELSE strftime('%Y-%m-%d %H:%M:%f', '2026-09-01', '+' || (i*7+60) || ' seconds') END,
               i % 97 = 0, CASE WHEN i % 101 = 0 THEN '2026-11-01 00:00:00' END
             FROM n;
             ANALYZE;"
        ),
        DbConnection::Postgres(_) => format!(
            "INSERT INTO postcodes SELECT format('AB%s %sAA', i/10, i%10), format('E14%s', lpad((i % 650)::text, 6, '0'))
               FROM generate_series(0, 9999) i;
             INSERT INTO constituencies SELECT format('E14%s', lpad(i::text, 6, '0')), format('Constituency %s', i)
               FROM generate_series(0, 649) i;
             INSERT INTO signatures (campaign_id, full_name, email, email_canonical, postcode,
                 country_code, wants_updates, created_at, confirmed_at, suspect, invalidated_at)
             SELECT {campaign}, 'x', 'e'||i, 'e'||i,
               CASE WHEN i % 20 = 1 THEN NULL ELSE format('AB%s %sAA', (i::bigint*7919 % 10000)/10, i::bigint*7919 % 10) END,
               CASE WHEN i % 20 = 1 THEN 'KZ' ELSE 'GB' END, false,
               timestamp '2026-09-01' + i * interval '7 seconds',
               CASE WHEN i % 10 = 0 THEN NULL ELSE timestamp '2026-09-01' + (i*7+60) * interval '1 second' END,
               i % 97 = 0, CASE WHEN i % 101 = 0 THEN timestamp '2026-11-01' END
             FROM generate_series(1, {SIGNATURES}) i;
             ANALYZE;"
        ),
    };
    conn.batch_execute(&sql)?;
    Ok(())
}

fn timed<T>(what: &str, work: impl FnOnce() -> Result<T, DbError>) -> T {
    let started = Instant::now();
    let value = work().expect(what);
    println!("{what:>24}: {:>6} ms", started.elapsed().as_millis());
    value
}

pub async fn run(app: &TestApp, campaign: i64) {
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.get().expect("connection");
        let conn: &mut DbConnection = &mut conn;
        timed("generate 1,000,000", || generate(conn, campaign));
        let days = timed("over_time(Day)", || {
            stats::over_time(conn, campaign, Period::Day, None)
        });
        let hours = timed("over_time(Hour)", || {
            stats::over_time(conn, campaign, Period::Hour, None)
        });
        let places = timed("by_constituency", || stats::by_constituency(conn, campaign));
        let countries = timed("by_country", || stats::by_country(conn, campaign));
        let statuses = timed("signature_statuses", || {
            stats::signature_statuses(conn, campaign)
        });
        let campaign_row = missive::db::models::campaign::find_by_id(conn, campaign)
            .expect("campaign")
            .expect("campaign exists");
        let now = chrono::Utc::now().naive_utc();
        timed("DashboardStats::load", || {
            DashboardStats::load(conn, &campaign_row, now)
        });
        timed("PublicStats::compute", || {
            PublicStats::compute(conn, campaign)
        });
        let total = |counts: &mut dyn Iterator<Item = i64>| counts.sum::<i64>();
        let counted = statuses.confirmed;
        assert_eq!(total(&mut days.iter().map(|b| b.count)), counted);
        assert_eq!(total(&mut hours.iter().map(|b| b.count)), counted);
        assert_eq!(total(&mut countries.iter().map(|p| p.count)), counted);
        let uk = countries
            .iter()
            .find(|p| p.code == "GB")
            .map_or(0, |p| p.count);
        assert_eq!(total(&mut places.iter().map(|p| p.count)), uk);
        println!(
            "{counted} counted in {} days, {} constituencies",
            days.len(),
            places.len()
        );
    })
    .await
    .expect("benchmark");
}
