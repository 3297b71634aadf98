//! The campaign statistics, the organiser dashboard and the campaign page's public
//! figures, against a known fixture (see `dashboard/fixture.rs`), on SQLite or (with
//! TEST_DATABASE_URL) PostgreSQL.

#[path = "dashboard/fixture.rs"]
mod fixture;
#[path = "dashboard/scale.rs"]
mod scale;
mod support;

use std::time::{Duration, Instant};

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::schema::campaigns;
use missive::stats::{self, Bucket, Period, Personalisation, PlaceCount, SignatureStatuses};
use support::{spawn_app, staff_client, Page, TestApp};

use fixture::{at, day, hour, HOLBORN, UNNAMED, WESTMINSTER};

const SLUG: &str = "british-values";

async fn campaign_id(app: &TestApp) -> i64 {
    app.db
        .read(|conn| {
            Ok(campaigns::table
                .filter(campaigns::slug.eq(SLUG))
                .select(campaigns::id)
                .first(conn)?)
        })
        .await
        .unwrap()
}

async fn with_fixture() -> (TestApp, i64) {
    let app = spawn_app().await;
    let id = campaign_id(&app).await;
    fixture::load(&app, id).await;
    (app, id)
}

fn b(label: String, count: i64) -> Bucket {
    Bucket { label, count }
}

fn place(code: &str, name: &str, mp: Option<&str>, count: i64) -> PlaceCount {
    PlaceCount {
        code: code.into(),
        name: name.into(),
        mp: mp.map(str::to_owned),
        count,
    }
}

/// The text of each cell of each body row of the tables matching `selector`.
fn rows(page: &Page, selector: &str) -> Vec<Vec<String>> {
    let html = page.html();
    let rows = scraper::Selector::parse(&format!("{selector} tbody tr")).unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    html.select(&rows)
        .map(|row| {
            row.select(&cells)
                .map(|cell| cell.text().collect::<String>().trim().to_owned())
                .collect()
        })
        .collect()
}

fn count(page: &Page, selector: &str) -> usize {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.html().select(&selector).count()
}

fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().map(|s| s.to_string()).collect())
        .collect()
}

#[tokio::test]
async fn every_stats_function_counts_the_fixture_exactly() {
    let (app, id) = with_fixture().await;
    let all = app
        .db
        .read(move |conn| {
            Ok((
                stats::over_time(conn, id, Period::Day, None)?,
                stats::over_time(conn, id, Period::Hour, None)?,
                stats::over_time(conn, id, Period::Hour, Some(at(1, 9, 30)))?,
                stats::by_constituency(conn, id)?,
                stats::by_country(conn, id)?,
                stats::signature_statuses(conn, id)?,
                (
                    stats::letters_by_status(conn, id)?,
                    stats::deliveries_by_status(conn, id)?,
                ),
                stats::personalisation(conn, id)?,
            ))
        })
        .await
        .unwrap();
    let (days, hours, recent, constituencies, countries, statuses, by_status, personal) = all;
    assert_eq!(days, [b(day(3), 3), b(day(1), 5)]);
    assert_eq!(
        hours,
        [
            b(hour(3, 10), 2),
            b(hour(3, 18), 1),
            b(hour(1, 9), 3),
            b(hour(1, 10), 1),
            b(hour(1, 14), 1),
        ]
    );
    // `since` is a confirmation time: the 09:10 signature is left out of its hour.
    assert_eq!(
        recent,
        [b(hour(1, 9), 2), b(hour(1, 10), 1), b(hour(1, 14), 1)]
    );
    assert_eq!(
        constituencies,
        [
            place(HOLBORN, "Holborn and St Pancras", Some("Jane Member MP"), 3),
            place(
                WESTMINSTER,
                "Cities of London and Westminster",
                Some("Rachel Blake MP"),
                1
            ),
            place(UNNAMED, UNNAMED, None, 1),
            place("", "Unknown constituency", None, 1),
        ]
    );
    assert_eq!(
        countries,
        [
            place("GB", "United Kingdom", None, 6),
            place("KZ", "Kazakhstan", None, 1),
            place("US", "United States", None, 1),
        ]
    );
    // Signers 0, 3 and 6 are counted and asked for updates; 9 asked but was invalidated.
    let expected = SignatureStatuses {
        confirmed: 8,
        opted_in: 3,
        pending: 1,
        suspect: 1,
        invalidated: 1,
    };
    assert_eq!(statuses, expected);
    let (letters, deliveries) = by_status;
    let pairs = |v: &[(&str, i64)]| {
        v.iter()
            .map(|(s, n)| (s.to_string(), *n))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        letters,
        pairs(&[
            ("draft", 1),
            ("pending", 1),
            ("approved", 2),
            ("rejected", 1)
        ])
    );
    assert_eq!(
        deliveries,
        pairs(&[("bundled", 1), ("print", 1), ("sent", 1)])
    );
    // Approved letters only: 300 is personal, 800 (the threshold itself) a near-copy; the
    // pending 200 and the rejected 850 are not counted.
    let expected = Personalisation {
        personal: 1,
        near_copies: 1,
    };
    assert_eq!(personal, expected);

    // An unknown campaign has nothing.
    let empty = app
        .db
        .read(|conn| {
            Ok((
                stats::over_time(conn, 999, Period::Day, None)?,
                stats::by_constituency(conn, 999)?,
                stats::signature_statuses(conn, 999)?,
                stats::personalisation(conn, 999)?,
            ))
        })
        .await
        .unwrap();
    assert_eq!(
        empty,
        (
            vec![],
            vec![],
            SignatureStatuses::default(),
            Personalisation::default()
        )
    );
}

#[tokio::test]
async fn the_dashboard_shows_statuses_charts_and_sortable_places() {
    let (app, _) = with_fixture().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let page = organiser
        .get(&app, "/staff/campaigns/british-values/dashboard")
        .await;
    assert_eq!(page.status, 200);

    assert_eq!(
        rows(&page, "section[aria-labelledby=signatures] table"),
        strings(&[
            &["Confirmed (counted)", "8"],
            &["Waiting for email confirmation", "1"],
            &["Suspect (waiting for review)", "1"],
            &["Invalidated", "1"],
        ])
    );
    assert_eq!(
        rows(
            &page,
            "section[aria-labelledby=letters] table.statuses:first-of-type"
        ),
        strings(&[
            &["Drafts (not submitted)", "1"],
            &["Waiting for moderation", "1"],
            &["Approved", "2"],
            &["Rejected", "1"],
        ])
    );
    assert_eq!(
        rows(
            &page,
            "section[aria-labelledby=letters] table.statuses:nth-of-type(2)"
        ),
        strings(&[
            &["In a joint letter", "1"],
            &["Ready to print and post", "1"],
            &["Sent", "1"],
        ])
    );
    let share = page.text_of("#personalisation").unwrap();
    let share = share.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        share
            .starts_with("Of 2 approved letters, 1 (50%) are personal and 1 (50%) are near-copies"),
        "{share}"
    );
    assert!(share.contains("(80% similar or more)"), "{share}");
    let goal = page.text_of("#goal").unwrap();
    let goal = goal.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        goal.starts_with("8 of the goal of 20 signatures (40%)"),
        "{goal}"
    );
    assert_eq!(
        page.attr_of("#goal-progress", "value").as_deref(),
        Some("8")
    );
    assert_eq!(page.attr_of("#goal-progress", "max").as_deref(), Some("20"));
    let opted = page.text_of("#opted-in").unwrap();
    let opted = opted.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        opted.starts_with("3 of the 8 counted signers asked to hear"),
        "{opted}"
    );

    // Charts: an accessible SVG each, one bar per hour or day, and the figures beside it.
    for chart in ["per-hour", "per-day"] {
        let svg = format!("#{chart} svg[role=img]");
        assert_eq!(
            page.attr_of(&svg, "aria-labelledby").as_deref(),
            Some(format!("{chart}-title {chart}-desc").as_str())
        );
        assert_eq!(count(&page, &format!("{svg} > title#{chart}-title")), 1);
        assert_eq!(count(&page, &format!("{svg} > desc#{chart}-desc")), 1);
        let bars = count(&page, &format!("{svg} rect.bar"));
        assert_eq!(
            bars,
            rows(&page, &format!("#{chart} table")).len(),
            "{chart}"
        );
    }
    assert_eq!(count(&page, "#per-hour rect.bar"), 48);
    let hours: Vec<Vec<String>> = rows(&page, "#per-hour table")
        .into_iter()
        .filter(|row| row[1] != "0")
        .collect();
    let readable = |days: i64, hh: u32| hour(days, hh).replace('T', " ");
    assert_eq!(
        hours,
        [
            vec![readable(1, 9), "3".to_owned()],
            vec![readable(1, 10), "1".to_owned()],
            vec![readable(1, 14), "1".to_owned()],
        ]
    );
    let desc = page.text_of("#per-hour-desc").unwrap();
    assert!(
        desc.contains("48 hours") && desc.contains("5 signatures in all"),
        "{desc}"
    );
    // Days: from three days ago (before the campaign was created, today) to today.
    let days = rows(&page, "#per-day table");
    assert_eq!(
        days,
        [
            vec![day(3), "3".to_owned()],
            vec![day(2), "0".to_owned()],
            vec![day(1), "5".to_owned()],
            vec![day(0), "0".to_owned()],
        ]
    );
    assert_eq!(
        page.text_of("#per-day-title").as_deref(),
        Some("Signatures per day since launch")
    );

    // Places, by count (the default), then by name.
    let by_count = strings(&[
        &["Holborn and St Pancras", "Jane Member MP", "3"],
        &["Cities of London and Westminster", "Rachel Blake MP", "1"],
        &[UNNAMED, "—", "1"],
        &["Unknown constituency", "—", "1"],
    ]);
    assert_eq!(
        rows(&page, "section[aria-labelledby=constituencies] table"),
        by_count
    );
    assert_eq!(
        rows(&page, "section[aria-labelledby=countries] table"),
        strings(&[
            &["United Kingdom (GB)", "6"],
            &["Kazakhstan (KZ)", "1"],
            &["United States (US)", "1"],
        ])
    );
    let header = "section[aria-labelledby=constituencies] th[aria-sort]";
    assert_eq!(
        page.attr_of(header, "aria-sort").as_deref(),
        Some("descending")
    );
    assert_eq!(
        page.attr_of(&format!("{header} a"), "href").as_deref(),
        Some("?sort=count#constituencies")
    );
    assert!(page.body.contains(r##"href="?sort=name#constituencies""##));
    let explicit = organiser
        .get(&app, "/staff/campaigns/british-values/dashboard?sort=count")
        .await;
    assert_eq!(
        rows(&explicit, "section[aria-labelledby=constituencies] table"),
        by_count
    );

    let by_name = organiser
        .get(&app, "/staff/campaigns/british-values/dashboard?sort=name")
        .await;
    assert_eq!(
        rows(&by_name, "section[aria-labelledby=constituencies] table"),
        strings(&[
            &["Cities of London and Westminster", "Rachel Blake MP", "1"],
            &[UNNAMED, "—", "1"],
            &["Holborn and St Pancras", "Jane Member MP", "3"],
            &["Unknown constituency", "—", "1"],
        ])
    );
    assert_eq!(
        rows(&by_name, "section[aria-labelledby=countries] table"),
        strings(&[
            &["Kazakhstan (KZ)", "1"],
            &["United Kingdom (GB)", "6"],
            &["United States (US)", "1"],
        ])
    );
    assert_eq!(
        by_name
            .attr_of(
                "section[aria-labelledby=countries] th[aria-sort]",
                "aria-sort"
            )
            .as_deref(),
        Some("ascending")
    );
    assert!(!page.body.contains("<script"), "no JavaScript needed");

    // The campaign list links to it.
    let list = organiser.get(&app, "/staff/campaigns").await;
    assert!(list
        .body
        .contains(r#"href="/staff/campaigns/british-values/dashboard""#));
}

#[tokio::test]
async fn only_organisers_and_admins_see_the_dashboard() {
    let app = spawn_app().await;
    let path = "/staff/campaigns/british-values/dashboard";
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    assert_eq!(moderator.get(&app, path).await.status, 403);
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let page = admin.get(&app, path).await;
    assert_eq!(page.status, 200);
    // No signatures yet: no charts but a sentence each.
    assert_eq!(count(&page, "#per-day svg"), 0);
    assert_eq!(count(&page, "#per-hour svg"), 0);
    assert!(page.body.contains("No letters have been approved yet."));
    assert_eq!(
        app.get(path).await.status,
        303,
        "anonymous: to the login page"
    );
    assert_eq!(
        admin
            .get(&app, "/staff/campaigns/no-such/dashboard")
            .await
            .status,
        404
    );
}

/// The campaign page, once its statistics snapshot shows `rows` constituencies.
async fn public_page_with(app: &TestApp, rows_wanted: usize) -> Page {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let page = app.get("/campaigns/british-values").await;
        if rows(&page, "table.top-constituencies").len() == rows_wanted || Instant::now() > deadline
        {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_campaign_page_shows_top_constituencies_and_signatures_per_day() {
    let app = spawn_app().await;
    let before = app.get("/campaigns/british-values").await;
    assert_eq!(
        count(&before, ".campaign-stats"),
        0,
        "nothing before anyone signs"
    );
    let id = campaign_id(&app).await;
    fixture::load(&app, id).await;
    assert_eq!(app.wait_for_count(SLUG, 8).await, 8);

    let page = public_page_with(&app, 3).await;
    assert_eq!(
        rows(&page, "table.top-constituencies"),
        strings(&[
            &["Holborn and St Pancras", "Jane Member MP", "3"],
            &["Cities of London and Westminster", "Rachel Blake MP", "1"],
            &[UNNAMED, "—", "1"],
        ]),
        "known constituencies only, most first"
    );
    let svg = "#signatures-per-day svg[role=img]";
    assert_eq!(count(&page, &format!("{svg} > title")), 1);
    assert_eq!(count(&page, &format!("{svg} > desc")), 1);
    assert_eq!(count(&page, &format!("{svg} rect.bar")), 4);
    assert_eq!(
        rows(&page, "#signatures-per-day table"),
        [
            vec![day(3), "3".to_owned()],
            vec![day(2), "0".to_owned()],
            vec![day(1), "5".to_owned()],
            vec![day(0), "0".to_owned()],
        ]
    );
    assert_eq!(page.text_of("#signature-count").as_deref(), Some("8"));
    // The front page is the same campaign, with the same figures.
    let front = app.get("/").await;
    assert_eq!(rows(&front, "table.top-constituencies").len(), 3);
}

/// A benchmark: see `dashboard/scale.rs`.
#[tokio::test]
#[ignore = "a benchmark: a million signatures"]
async fn a_million_signatures() {
    let app = spawn_app().await;
    let id = campaign_id(&app).await;
    scale::run(&app, id).await;
}
