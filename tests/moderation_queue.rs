//! The moderation queue's tools over HTTP: filters (and the messages for bad filter
//! values), what waits on the staff home page, bulk actions at the top with select-all,
//! claims and take-overs, saved notes used in a rejection, and pages of 500 letters.
//! `queue_timings` (ignored) measures the page with 500 and 5,000 letters waiting.

mod support;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use fantoccini::key::Key;
use fantoccini::Locator;
use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter};
use missive::db::models::campaign;
use missive::db::schema::letters;
use support::browser::{in_browser, press, wait_for_path, Browser, DESKTOP};
use support::{import_campaign, spawn_app, staff_client, Page, TestApp};

const SHIPPED: &str = include_str!("../campaigns/british-values.md");

async fn campaign_id(app: &TestApp, slug: &'static str) -> i64 {
    app.db
        .read(move |conn| Ok(campaign::find_by_slug(conn, slug)?.expect("campaign").id))
        .await
        .unwrap()
}

/// Adds a second campaign beside the shipped one; its id.
async fn second_campaign(app: &TestApp) -> i64 {
    let text = SHIPPED
        .replace("slug = \"british-values\"", "slug = \"second\"")
        .replace("featured = true", "featured = false")
        .replace(
            "headline = \"UK trade props up Kazakh dictatorship\"",
            "headline = \"A second campaign\"",
        );
    import_campaign(app, "second.md", &text);
    campaign_id(app, "second").await
}

/// Stores `n` letters waiting for moderation in `campaign`, `similarity` like the featured
/// letter (per mille), submitted at `at` plus a second each; their ids.
async fn seed(
    app: &TestApp,
    campaign: i64,
    n: usize,
    similarity: i32,
    at: NaiveDateTime,
) -> Vec<i64> {
    let tag = format!("{campaign}-{similarity}-{}", at.and_utc().timestamp());
    let featured = support::letters::featured();
    app.db
        .write(move |conn| {
            let mut ids = Vec::new();
            for chunk in (0..n).collect::<Vec<_>>().chunks(400) {
                let rows: Vec<_> = chunk
                    .iter()
                    .map(|i| {
                        let when = at + Duration::seconds(*i as i64);
                        (
                            letters::campaign_id.eq(campaign),
                            letters::writer_name.eq(format!("Writer {i}")),
                            letters::writer_email.eq(format!("w{i}-{tag}@example.org")),
                            letters::country_code.eq("GB"),
                            letters::subject.eq(format!("Letter {i} of {tag}")),
                            letters::body.eq(format!("{featured}\n\nMy own words, letter {i}.")),
                            letters::similarity.eq(similarity),
                            letters::publish.eq(false),
                            letters::status.eq("pending"),
                            letters::created_at.eq(when),
                            letters::updated_at.eq(when),
                            letters::submitted_at.eq(Some(when)),
                            letters::writer_confirmed_at.eq(Some(when)),
                        )
                    })
                    .collect();
                for row in rows {
                    diesel::insert_into(letters::table)
                        .values(row)
                        .execute(conn)?;
                }
            }
            let pattern = format!("%{tag}@example.org");
            ids.extend(
                letters::table
                    .filter(letters::writer_email.like(pattern))
                    .order(letters::id.asc())
                    .select(letters::id)
                    .load::<i64>(conn)?,
            );
            Ok(ids)
        })
        .await
        .unwrap()
}

fn count(page: &Page, css: &str) -> usize {
    let selector = scraper::Selector::parse(css).unwrap();
    page.html().select(&selector).count()
}

fn matched(page: &Page) -> String {
    page.text_of("#queue-count").unwrap_or_default()
}

async fn status_of(app: &TestApp, id: i64) -> String {
    app.db
        .read(move |conn| {
            Ok(letters::table
                .find(id)
                .select(letters::status)
                .first::<String>(conn)?)
        })
        .await
        .unwrap()
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

#[tokio::test]
async fn filters_narrow_the_queue_and_bad_values_get_a_message() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let second = second_campaign(&app).await;
    seed(&app, shipped, 3, 950, now() - Duration::days(10)).await;
    seed(&app, shipped, 2, 200, now() - Duration::hours(2)).await;
    seed(&app, second, 1, 100, now() - Duration::days(3)).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let get = |q: &'static str| moderator.get(&app, q);

    let all = get("/staff/moderation").await;
    assert_eq!(all.status, 200);
    assert!(
        matched(&all).starts_with("6 letters match"),
        "{}",
        matched(&all)
    );
    let cases = [
        ("/staff/moderation?campaign=second", "1 letter matches."),
        ("/staff/moderation?similarity=near-copy", "3 letters match"),
        ("/staff/moderation?similarity=personal", "3 letters match"),
        ("/staff/moderation?age=7", "3 letters match"),
        ("/staff/moderation?age=1", "4 letters match"),
        (
            "/staff/moderation?age=1&similarity=personal",
            "1 letter matches.",
        ),
        (
            "/staff/moderation?campaign=british-values&age=30",
            "No letters match.",
        ),
        ("/staff/moderation?status=rejected", "No letters match."),
    ];
    for (query, expected) in cases {
        let page = get(query).await;
        assert_eq!(page.status, 200, "{query}");
        assert!(
            matched(&page).starts_with(expected),
            "{query}: {}",
            matched(&page)
        );
    }
    let kept = get("/staff/moderation?campaign=second&similarity=personal&age=1").await;
    assert_eq!(
        kept.attr_of("#filter-campaign option[selected]", "value")
            .as_deref(),
        Some("second")
    );
    assert_eq!(
        kept.attr_of("#filter-similarity option[selected]", "value")
            .as_deref(),
        Some("personal")
    );
    assert_eq!(
        kept.attr_of("#filter-age option[selected]", "value")
            .as_deref(),
        Some("1")
    );
    assert!(kept.attr_of("label[for=filter-age]", "for").is_some());

    let bad = [
        (
            "/staff/moderation?status=draft",
            "filter-status",
            "Choose a status",
        ),
        (
            "/staff/moderation?age=soon",
            "filter-age",
            "whole number of days",
        ),
        (
            "/staff/moderation?similarity=close",
            "filter-similarity",
            "near-copies",
        ),
        (
            "/staff/moderation?campaign=nope",
            "filter-campaign",
            "No campaign has that address",
        ),
        ("/staff/moderation?page=0", "filter-page", "page number"),
    ];
    for (query, field, message) in bad {
        let page = get(query).await;
        assert_eq!(page.status, 400, "{query}");
        let error = page
            .text_of(&format!("#{field}-error, p#{field}"))
            .unwrap_or_default();
        assert!(error.contains(message), "{query}: {error}");
        assert!(page.body.contains("Fix the filter above"), "{query}");
        assert_eq!(count(&page, "article.review"), 0, "{query}");
    }
}

#[tokio::test]
async fn the_staff_home_counts_what_waits_with_links_to_the_queue() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let second = second_campaign(&app).await;
    seed(&app, shipped, 4, 950, now() - Duration::days(1)).await;
    seed(&app, second, 1, 100, now()).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let home = moderator.get(&app, "/staff").await;
    let waiting = home.text_of("section.waiting").expect("waiting section");
    assert!(
        waiting.contains("5 letters wait for moderation"),
        "{waiting}"
    );
    assert!(
        waiting.contains("4 letters: UK trade props up"),
        "{waiting}"
    );
    assert!(waiting.contains("1 letter: A second campaign"), "{waiting}");
    assert!(home
        .body
        .contains("href=\"/staff/moderation?campaign=second\""));
    let filtered = moderator
        .get(&app, "/staff/moderation?campaign=second")
        .await;
    assert!(matched(&filtered).starts_with("1 letter matches."));

    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let theirs = organiser.get(&app, "/staff").await;
    assert_eq!(theirs.status, 200);
    assert!(
        theirs.text_of("section.waiting").is_none(),
        "organisers do not moderate"
    );
}

#[tokio::test]
async fn select_all_and_the_bulk_controls_at_the_top_decide_many_letters() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let ids = seed(&app, shipped, 3, 950, now() - Duration::days(2)).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;

    let plain = moderator.get(&app, "/staff/moderation").await;
    assert_eq!(count(&plain, "input[name=ids][checked]"), 0);
    assert!(
        count(&plain, "#bulk-top button[form=bulk]") >= 2,
        "top controls"
    );
    let tick_all = plain
        .attr_of("#bulk-top .select-links a", "href")
        .expect("tick-all link");
    let ticked = moderator.get(&app, &tick_all).await;
    assert_eq!(count(&ticked, "input[name=ids][checked]"), 3);

    let (a, b) = (ids[0].to_string(), ids[1].to_string());
    let no_reason = moderator
        .post(
            &app,
            "/staff/moderation/bulk",
            &[
                ("ids", &a),
                ("action", "reject-top"),
                ("top_reason", ""),
                ("back", ""),
            ],
        )
        .await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason
        .body
        .contains("Choose why the letter cannot be sent"));
    assert_eq!(count(&no_reason, "input[name=ids][checked]"), 1);

    let rejected = moderator
        .post(
            &app,
            "/staff/moderation/bulk",
            &[
                ("ids", &a),
                ("ids", &b),
                ("action", "reject-top"),
                ("top_reason", "spam"),
                ("reason", ""),
                ("back", "campaign=british-values"),
            ],
        )
        .await;
    assert_eq!(rejected.status, 303, "{}", rejected.body);
    let location = rejected.location.unwrap();
    assert!(
        location.starts_with("/staff/moderation?campaign=british-values&done=rejected&count=2"),
        "{location}"
    );
    assert_eq!(status_of(&app, ids[0]).await, "rejected");
    assert_eq!(status_of(&app, ids[1]).await, "rejected");
    assert_eq!(status_of(&app, ids[2]).await, "pending");
}

#[tokio::test]
async fn a_claim_shows_to_a_second_moderator_who_can_take_it_over() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let ids = seed(&app, shipped, 2, 950, now() - Duration::days(2)).await;
    let first = staff_client(&app, "first@example.org", Role::Moderator).await;
    let second = staff_client(&app, "second@example.org", Role::Moderator).await;
    let path = format!("/staff/moderation/{}/claim", ids[0]);

    let claimed = first.post(&app, &path, &[]).await;
    assert_eq!(claimed.status, 303);
    assert_eq!(
        claimed.location.as_deref(),
        Some(format!("/staff/moderation/{}", ids[0]).as_str())
    );
    let seen = second.get(&app, "/staff/moderation").await;
    assert!(
        seen.body.contains("Being read by first@example.org"),
        "claim shown in the queue"
    );
    let mine = first
        .get(&app, &format!("/staff/moderation/{}", ids[0]))
        .await;
    assert!(mine.body.contains("You are reading this letter"));

    let refused = second.post(&app, &path, &[]).await;
    assert_eq!(refused.status, 409);
    assert!(refused
        .body
        .contains("first@example.org is reading this letter"));
    assert!(refused.body.contains("Take over from first@example.org"));

    let taken = second.post(&app, &path, &[("take_over", "yes")]).await;
    assert_eq!(taken.status, 303);
    let now_seen = first.get(&app, "/staff/moderation").await;
    assert!(now_seen.body.contains("Being read by second@example.org"));
    let entries = app
        .db
        .read(|conn| audit::list(conn, &AuditFilter::default(), 100))
        .await
        .unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"letter.claim"), "{actions:?}");
    assert!(actions.contains(&"letter.take-over"), "{actions:?}");
}

#[tokio::test]
async fn a_saved_note_is_sent_when_the_note_box_is_empty() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let ids = seed(&app, shipped, 1, 950, now() - Duration::days(2)).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let text = "Please write again without the names of private people.";

    let empty = moderator
        .post(&app, "/staff/moderation/notes", &[("body", "  ")])
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Write the note to save"));
    let added = moderator
        .post(&app, "/staff/moderation/notes", &[("body", text)])
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let letter = moderator
        .get(&app, &format!("/staff/moderation/{}", ids[0]))
        .await;
    assert!(
        letter.body.contains(&format!("<option value=\"{text}\">")),
        "saved note offered"
    );

    let rejected = moderator
        .post(
            &app,
            &format!("/staff/moderation/{}/reject", ids[0]),
            &[
                ("reason", "personal-data"),
                ("note", ""),
                ("saved_note", text),
            ],
        )
        .await;
    assert_eq!(rejected.status, 303, "{}", rejected.body);
    let id = ids[0];
    let note = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .find(id)
                .select(letters::moderator_note)
                .first::<Option<String>>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(note.as_deref(), Some(text));

    let list = moderator.get(&app, "/staff/moderation/notes").await;
    let remove = list
        .attr_of("ul.saved-notes form", "action")
        .expect("remove button");
    let removed = moderator.post(&app, &remove, &[]).await;
    assert_eq!(removed.status, 303);
    let after = moderator.get(&app, "/staff/moderation/notes").await;
    assert!(after.body.contains("No notes are saved yet."));
}

#[tokio::test]
async fn five_hundred_letters_come_fifty_to_a_page() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let ids = seed(&app, shipped, 500, 950, now() - Duration::days(3)).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;

    let first = moderator.get(&app, "/staff/moderation").await;
    assert_eq!(first.status, 200);
    assert_eq!(count(&first, "article.review"), 50);
    assert!(
        matched(&first).contains("500 letters match"),
        "{}",
        matched(&first)
    );
    assert!(
        matched(&first).contains("page 1 of 10"),
        "{}",
        matched(&first)
    );
    let next = first
        .attr_of("nav.pager a[rel=next]", "href")
        .expect("next");
    assert_eq!(next, "/staff/moderation?page=2");
    let last = moderator.get(&app, "/staff/moderation?page=10").await;
    assert_eq!(count(&last, "article.review"), 50);
    let oldest_last = format!("/staff/moderation/{}", ids[499]);
    assert!(
        last.body.contains(&oldest_last),
        "the newest letter is on the last page"
    );
    assert!(!first.body.contains(&format!("href=\"{oldest_last}\"")));
    let beyond = moderator.get(&app, "/staff/moderation?page=11").await;
    assert_eq!(beyond.status, 200);
    assert_eq!(count(&beyond, "article.review"), 0);
}

/// Prints how long the queue page takes with 500 and with 5,000 letters waiting:
/// `cargo test --test moderation_queue queue_timings -- --ignored --nocapture`.
#[tokio::test]
#[ignore]
async fn queue_timings() {
    let app = spawn_app().await;
    let shipped = campaign_id(&app, "british-values").await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let mut seeded = 0;
    for total in [500, 5000] {
        seed(
            &app,
            shipped,
            total - seeded,
            950,
            now() - Duration::days(9),
        )
        .await;
        seeded = total;
        for query in [
            "/staff/moderation",
            "/staff/moderation?page=50",
            "/staff/moderation?similarity=personal&age=7",
        ] {
            let mut times = Vec::new();
            for _ in 0..5 {
                let start = std::time::Instant::now();
                let page = moderator.get(&app, query).await;
                times.push(start.elapsed());
                assert_eq!(page.status, 200);
            }
            times.sort();
            let backend = if app.database_url.starts_with("postgres") {
                "postgres"
            } else {
                "sqlite"
            };
            println!(
                "{backend} {total} letters {query}: median {:?}, worst {:?}",
                times[2], times[4]
            );
        }
    }
}

/// The page's width (`scrollWidth`) and the room it has (`clientWidth`), in CSS pixels.
async fn widths(browser: &Browser) -> (u64, u64) {
    let measured = browser
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
            vec![],
        )
        .await
        .expect("measure");
    (measured[0].as_u64().unwrap(), measured[1].as_u64().unwrap())
}

/// The queue with 500 letters, filtered, ticked and its notes page, at 1280 and 390 px:
/// screenshots in `target/screenshots/queue-*.png`, and no page wider than the window.
#[tokio::test]
async fn the_queue_with_500_letters_fits_a_phone_and_a_desktop() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        let shipped = campaign_id(&app, "british-values").await;
        seed(&app, shipped, 450, 950, now() - Duration::days(9)).await;
        seed(&app, shipped, 50, 300, now() - Duration::hours(3)).await;
        let email = "a.moderator.with.a.long.address@example.org";
        let moderator = staff_client(&app, email, Role::Moderator).await;
        let added = moderator
            .post(&app, "/staff/moderation/notes", &[("body", "Please write again in your own words, without the names of people who are not public figures.")])
            .await;
        assert_eq!(added.status, 303);
        let other = staff_client(&app, "other@example.org", Role::Moderator).await;
        let first = moderator.get(&app, "/staff/moderation").await;
        let claim = first
            .attr_of("form[action$='/claim']", "action")
            .expect("a claim button");
        assert_eq!(other.post(&app, &claim, &[]).await.status, 303);

        browser.goto(&app.url("/staff/login")).await.expect("login");
        browser.find(Locator::Css("#email")).await.expect("email").send_keys(email).await.expect("type");
        browser
            .find(Locator::Css("#password"))
            .await
            .expect("password")
            .send_keys(&moderator.password)
            .await
            .expect("type");
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff").await;

        let pages = [
            ("home", "/staff"),
            ("queue", "/staff/moderation"),
            ("filtered", "/staff/moderation?campaign=british-values&similarity=near-copy&age=7&page=2"),
            ("ticked", "/staff/moderation?similarity=personal&select=all"),
            ("bad-filter", "/staff/moderation?age=soon&status=draft"),
            ("notes", "/staff/moderation/notes"),
        ];
        let mut report = Vec::new();
        for (width, height) in [DESKTOP, (390, 844)] {
            browser.viewport((width, height)).await;
            for (name, path) in pages {
                browser.goto(&app.url(path)).await.expect("page");
                let (page, room) = widths(&browser).await;
                // The queue is taller than a full-page capture allows: its first 2,400 px.
                browser.viewport((width, 2400)).await;
                support::browser::screenshot(&browser, &format!("queue-{width}-{name}.png")).await;
                browser.viewport((width, height)).await;
                report.push((width, path, page, room));
            }
        }
        eprintln!("{report:#?}");
        let too_wide: Vec<_> = report.iter().filter(|(_, _, page, room)| page > room).collect();
        assert!(too_wide.is_empty(), "wider than the window: {too_wide:#?}");
    })
    .await;
}
