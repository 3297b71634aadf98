//! Every MP and constituency ships, `missive officials import` updates them from a newer MPs
//! file, and a writer's postcode finds their MP through a postcodes.io-compatible API
//! (a fake on loopback) when the local lookup has no answer.

mod support;

use std::time::{Duration, Instant};

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::official::{self, Official};
use missive::db::schema::{letters, officials};
use missive::postcode_lookup::ApiSetting;
use support::letters::ADDRESS;
use support::postcodes_io::{self, FakePostcodesIo, Known};
use support::smtp::Inbox;
use support::{spawn_app, spawn_app_with, staff_client, Page, TestApp};

const WRITE: &str = "/campaigns/british-values/letters";
const ALDERSHOT: &str = "E14001063";

const PERSONAL: &str = "I grew up in Aldershot and my family still lives there. I do not \
think our trade should come at the price of looking away from jailed lawyers and poets. \
Please raise the Zhanaozen shootings with the Kazakh government, and make any new trade deal \
depend on the release of political prisoners and on free trade unions.";

fn fields<'a>(email: &'a str, postcode: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("full_name", "Ada Lovelace"),
        ("email", email),
        ("postcode", postcode),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", PERSONAL),
        ("website", ""),
        ("action", action),
        ADDRESS[0],
        ADDRESS[1],
    ]
}

/// Saves a new letter and returns its private path.
async fn save_new(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let saved = app.post_form(WRITE, fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location.unwrap();
    location.split('?').next().unwrap().to_owned()
}

async fn official(app: &TestApp, code: &'static str) -> Option<Official> {
    app.db
        .read(move |conn| official::find_by_code(conn, code))
        .await
        .unwrap()
}

async fn mp_count(app: &TestApp) -> i64 {
    app.db.read(official::count_mps).await.unwrap()
}

async fn app_with_api(url: &str) -> TestApp {
    let setting: ApiSetting = url.parse().unwrap();
    spawn_app_with(move |s| s.postcode_api = setting).await
}

/// A fake postcodes.io that knows an Aldershot postcode, a terminated one, one in the
/// Channel Islands and one in the Isle of Man.
async fn fake(delay: Duration) -> FakePostcodesIo {
    FakePostcodesIo::start(
        &[
            (
                "GU11 1AA",
                Known::Live {
                    code: ALDERSHOT,
                    name: "Aldershot",
                    country: "England",
                },
            ),
            (
                "AB1 0AA",
                Known::Terminated {
                    year: 1996,
                    month: 6,
                },
            ),
            (
                "GY1 1AA",
                Known::Crown {
                    country: "Channel Islands",
                    pseudo_code: "L99999999",
                },
            ),
            (
                "IM1 1AA",
                Known::Crown {
                    country: "Isle of Man",
                    pseudo_code: "M99999999",
                },
            ),
        ],
        delay,
    )
    .await
}

fn your_mp(page: &Page) -> String {
    page.text_of("#your-mp").unwrap_or_default()
}

/// Asks the editor to find constituencies named like `search`, with `postcode` typed.
async fn find_mp(app: &TestApp, postcode: &str, search: &str) -> Page {
    let mut form = fields("ada@example.org", postcode, "find_mp");
    form.push(("mp_search", search));
    let page = app.post_form(WRITE, &form).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page
}

/// Picks Aldershot by name and saves: the letter goes to its shipped MP.
async fn pick_aldershot_by_name(app: &TestApp, postcode: &str) {
    let found = find_mp(app, postcode, "aldershot").await;
    assert_eq!(
        found
            .attr_of(&format!("#constituency option[value={ALDERSHOT}]"), "value")
            .as_deref(),
        Some(ALDERSHOT),
        "{}",
        your_mp(&found)
    );
    let mut pick = fields("ada@example.org", postcode, "save");
    pick.push(("constituency", ALDERSHOT));
    let path = save_new(app, &pick).await;
    let page = app.get(&path).await;
    assert!(your_mp(&page).contains("Aldershot"), "{}", your_mp(&page));
    let recipients = page.text_of(".recipients").unwrap();
    assert!(recipients.contains("Alex Baker MP"), "{recipients}");
    assert!(page
        .text_of(".preview")
        .unwrap()
        .contains("Dear Alex Baker,"));
}

#[tokio::test]
async fn a_fresh_install_has_every_mp_and_constituency_to_choose_by_name() {
    let app = spawn_app().await;
    assert_eq!(mp_count(&app).await, 650);
    assert_eq!(app.db.read(official::count_all).await.unwrap(), 652);
    let mp = official(&app, "mp-e14001063").await.unwrap();
    assert_eq!(mp.name, "Alex Baker MP");
    assert_eq!(mp.office, "Member of Parliament for Aldershot");
    assert_eq!(mp.email.as_deref(), Some("alex.baker.mp@parliament.uk"));
    assert_eq!(mp.party.as_deref(), Some("Labour"));
    assert_eq!(mp.constituency_code.as_deref(), Some(ALDERSHOT));
    assert_eq!(mp.salutation(), "Dear Alex Baker");

    // Without a postcode (the lookup is off in tests), by name alone.
    pick_aldershot_by_name(&app, "").await;
}

#[tokio::test]
async fn an_install_with_ministers_but_no_mps_gets_the_mps_once() {
    let app = spawn_app().await;
    app.db
        .write(|conn| {
            diesel::delete(officials::table.filter(officials::code.like("mp-%"))).execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    assert_eq!(app.db.read(official::count_all).await.unwrap(), 2);
    let db = app.db.clone();
    let loaded = tokio::task::spawn_blocking(move || {
        missive::imports::officials::load_shipped(&db).unwrap()
    })
    .await
    .unwrap();
    assert_eq!((loaded.ministers, loaded.mps), (0, 650));
    assert_eq!(mp_count(&app).await, 650);
    let db = app.db.clone();
    let again = tokio::task::spawn_blocking(move || {
        missive::imports::officials::load_shipped(&db).unwrap()
    })
    .await
    .unwrap();
    assert_eq!((again.ministers, again.mps), (0, 0));
    assert_eq!(app.db.read(official::count_all).await.unwrap(), 652);
}

#[tokio::test]
async fn importing_a_newer_mps_file_updates_a_by_election_in_place() {
    let app = spawn_app().await;
    let before = official(&app, "mp-e14001063").await.unwrap();
    let shipped = include_str!("../officials/uk-mps.csv");
    let newer = shipped.replacen(
        "\"Aldershot\",\"E14001063\",\"5173\",\"Alex Baker MP\",\"Alex Baker\",\"Labour\",\"alex.baker.mp@parliament.uk\"",
        "\"Aldershot\",\"E14001063\",\"9999\",\"Dr Jo Newcomer MP\",\"Dr Jo Newcomer\",\"Green Party\",\"jo.newcomer.mp@parliament.uk\"",
        1,
    );
    assert_ne!(newer, shipped, "the fixture changed the Aldershot row");
    let file = app.data_dir.path().join("uk-mps-newer.csv");
    std::fs::write(&file, newer).unwrap();
    let out = app.run_cli(&["officials", "import", &file.to_string_lossy()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("officials: 0 created, 650 updated"),
        "{printed}"
    );
    assert!(printed.contains("constituencies: 650 named"), "{printed}");

    assert_eq!(mp_count(&app).await, 650);
    let after = official(&app, "mp-e14001063").await.unwrap();
    assert_eq!(after.id, before.id, "updated in place");
    assert_eq!(after.name, "Dr Jo Newcomer MP");
    assert_eq!(after.email.as_deref(), Some("jo.newcomer.mp@parliament.uk"));
    assert_eq!(after.party.as_deref(), Some("Green Party"));
    assert_eq!(after.salutation(), "Dear Dr Jo Newcomer");
    let neighbour = official(&app, "mp-e14001064").await.unwrap();
    assert_eq!(neighbour.name, "Rt Hon Wendy Morton MP");

    // A bad row refuses the whole file, naming its line.
    let broken = shipped.replacen("alex.baker.mp@parliament.uk", "not-an-email", 1);
    std::fs::write(&file, broken).unwrap();
    let out = app.run_cli(&["officials", "import", &file.to_string_lossy()]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 2: member_email:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        official(&app, "mp-e14001063").await.unwrap().name,
        "Dr Jo Newcomer MP"
    );
}

#[tokio::test]
async fn a_postcode_the_api_knows_finds_the_shipped_mp_and_is_then_looked_up_locally() {
    let api = fake(Duration::ZERO).await;
    let app = app_with_api(&api.url).await;
    let path = save_new(&app, &fields("ada@example.org", "gu11 1aa", "save")).await;
    let page = app.get(&path).await;
    assert!(your_mp(&page).contains("Aldershot"), "{}", your_mp(&page));
    assert!(page
        .text_of(".recipients")
        .unwrap()
        .contains("Alex Baker MP"));
    assert_eq!(api.requests(), 1);

    let second = save_new(&app, &fields("bo@example.org", "GU11 1AA", "save")).await;
    let page = app.get(&second).await;
    assert!(page
        .text_of(".recipients")
        .unwrap()
        .contains("Alex Baker MP"));
    assert_eq!(api.requests(), 1, "the answer was stored");
    let stored = app
        .db
        .read(|conn| {
            Ok(letters::table
                .select(letters::constituency_code)
                .load::<Option<String>>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(stored, [Some(ALDERSHOT.into()), Some(ALDERSHOT.into())]);
}

#[tokio::test]
async fn with_the_lookup_off_down_or_slow_the_writer_is_told_and_picks_by_name() {
    let off = spawn_app().await;
    let down = app_with_api(&postcodes_io::down()).await;
    let slow_api = fake(Duration::from_secs(10)).await;
    let slow = app_with_api(&slow_api.url).await;
    for app in [&off, &down, &slow] {
        let started = Instant::now();
        let page = find_mp(app, "GU11 1AA", "").await;
        assert!(started.elapsed() < Duration::from_secs(5), "not held up");
        let words = your_mp(&page);
        assert!(words.contains("lookup is unavailable"), "{words}");
        assert!(!words.contains("could not find"), "{words}");
        assert!(
            words.contains("Search for your constituency by name"),
            "{words}"
        );
        pick_aldershot_by_name(app, "GU11 1AA").await;
    }
    assert_eq!(
        slow_api.requests(),
        1,
        "after a timeout the API is left alone for a while: nobody else waits"
    );
}

#[tokio::test]
async fn terminated_unknown_and_crown_dependency_postcodes_are_told_so() {
    let api = fake(Duration::ZERO).await;
    let app = app_with_api(&api.url).await;
    let cases = [
        (
            "AB1 0AA",
            "The postcode AB1 0AA is no longer in use since June 1996",
        ),
        (
            "GY1 1AA",
            "The postcode GY1 1AA is in the Channel Islands, which has no MP",
        ),
        (
            "IM1 1AA",
            "The postcode IM1 1AA is in the Isle of Man, which has no MP",
        ),
        ("ZZ1 1ZZ", "We could not find the postcode ZZ1 1ZZ"),
    ];
    for (postcode, expected) in cases {
        let words = your_mp(&find_mp(&app, postcode, "").await);
        assert!(words.contains(expected), "{postcode}: {words}");
        assert!(!words.contains("unavailable"), "{postcode}: {words}");
    }
}

#[tokio::test]
async fn no_lookup_message_before_a_postcode_is_typed() {
    let app = spawn_app().await;
    let words = your_mp(&app.get("/campaigns/british-values/write").await);
    assert!(!words.contains("could not find"), "{words}");
    assert!(!words.contains("unavailable"), "{words}");
    assert!(words.contains("Enter your postcode"), "{words}");
}

#[tokio::test]
async fn a_writer_found_through_the_api_reaches_their_shipped_mp_by_email() {
    let api = fake(Duration::ZERO).await;
    let reached = reaches_the_mp(&api.url, None).await;
    assert!(reached, "the letter reached the MP");
    assert_eq!(api.requests(), 1);
}

#[tokio::test]
async fn with_the_lookup_down_a_writer_who_picks_their_constituency_reaches_the_mp() {
    assert!(reaches_the_mp(&postcodes_io::down(), Some(ALDERSHOT)).await);
}

/// A new writer in Aldershot saves and submits a letter (choosing their constituency by
/// name when `picked`), confirms their email, a moderator approves, and the letter reaches
/// the shipped MP over SMTP in the writer's words, with their postal address.
async fn reaches_the_mp(api_url: &str, picked: Option<&str>) -> bool {
    let (inbox, smtp_url) = Inbox::start();
    let setting: ApiSetting = api_url.parse().unwrap();
    let app = spawn_app_with(move |s| {
        s.postcode_api = setting;
        s.smtp_url = Some(smtp_url);
    })
    .await;
    let with_pick = |action| {
        let mut form = fields("ada@example.org", "GU11 1AA", action);
        if let Some(code) = picked {
            form.push(("constituency", code));
        }
        form
    };
    let path = save_new(&app, &with_pick("save")).await;
    let submitted = app.post_form(&path, &with_pick("submit")).await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);

    let id = app
        .db
        .read(|conn| Ok(letters::table.select(letters::id).first::<i64>(conn)?))
        .await
        .unwrap();
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    // Not before the writer has confirmed their email.
    moderator
        .post(&app, &format!("/staff/moderation/{id}/approve"), &[])
        .await;

    // The writer confirms their signature (a GET shows the button; the POST confirms).
    let confirmation = inbox
        .wait_for(|e| e.to == "ada@example.org" && e.link_path("/signatures/confirm/").is_some())
        .await
        .confirmation_path();
    assert_eq!(app.get(&confirmation).await.status, 200);
    let confirmed = app.post_form(&confirmation, &[]).await;
    assert!(confirmed.status < 400, "{}", confirmed.body);
    let status = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .find(id)
                .select(letters::status)
                .first::<String>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(
        status, "pending",
        "approval waited for the writer's confirmation"
    );

    let approved = moderator
        .post(&app, &format!("/staff/moderation/{id}/approve"), &[])
        .await;
    assert_eq!(approved.status, 303, "{}", approved.body);

    // Over SMTP, to the address shipped for Aldershot's MP.
    let letter = inbox
        .wait_for(|e| e.to == "alex.baker.mp@parliament.uk")
        .await;
    assert_eq!(letter.subject, "Trade with Kazakhstan");
    assert_eq!(letter.reply_to.as_deref(), Some("ada@example.org"));
    assert!(
        letter.text.starts_with("Dear Alex Baker,"),
        "{}",
        letter.text
    );
    assert!(
        letter.text.contains("I grew up in Aldershot"),
        "{}",
        letter.text
    );
    assert!(letter.text.contains("Ada Lovelace\n"), "{}", letter.text);
    assert!(
        letter.text.contains("1 Gordon Square\nLondon\nGU11 1AA"),
        "{}",
        letter.text
    );
    assert!(letter.text.contains("Aldershot\n") || letter.text.ends_with("Aldershot"));
    true
}

#[tokio::test]
async fn the_data_licences_are_credited_on_a_page_linked_from_the_footer() {
    let app = spawn_app().await;
    let front = app.get("/campaigns/british-values").await;
    let link = front.attr_of("footer a[href='/data-sources']", "href");
    assert_eq!(link.as_deref(), Some("/data-sources"));
    let page = app.get("/data-sources").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Open Parliament Licence v3.0"));
    assert!(page.body.contains("Open Government Licence v3.0"));
    assert!(page
        .body
        .contains("Contains Parliamentary information licensed under the"));
}
