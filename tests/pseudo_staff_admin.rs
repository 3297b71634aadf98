//! The staff pages for campaigns and administration speak the staff member's language: each
//! page rendered in the pseudo-language `en-XA` shows no word that is not from the message
//! files (the campaign list and form, the target picker and its warnings, updates, exports,
//! the embed code, the dashboard, staff accounts, passwords and API tokens), and a Welsh
//! dashboard and a Kazakh accounts page carry real words, plural forms and dates.
//!
//! The staff frame around each page (its menu and sign-out button) is checked with the
//! other staff pages; here only the page's own content and `<title>` are.

#[path = "dashboard/fixture.rs"]
#[allow(dead_code)]
mod fixture;
mod support;

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::official_pick;
use missive::db::schema::campaigns;
use scraper::{Html, Selector};
use support::pseudo::assert_translated;
use support::{spawn_app_with, staff_client, Page, StaffClient, TestApp};

const SLUG: &str = "british-values";
const HEADLINE: &str = "UK trade props up Kazakh dictatorship";

async fn pseudo_app() -> TestApp {
    spawn_app_with(|s| s.pseudo_language = true).await
}

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

/// The names and offices of every official the page may name, and their constituencies.
async fn officials(app: &TestApp, search: &'static str) -> Vec<String> {
    let found = app
        .db
        .read(move |conn| {
            let mut found =
                official_pick::by_codes(conn, &["prime-minister", "foreign-secretary"])?;
            found.extend(official_pick::search(conn, search, 25)?);
            Ok(found)
        })
        .await
        .unwrap();
    found
        .into_iter()
        .flat_map(|f| {
            [f.official.name, f.official.office, f.official.code]
                .into_iter()
                .chain(f.constituency)
        })
        .collect()
}

/// The page's own content (`<main>` without the staff menu) and its `<title>`, as a page.
fn content(page: &Page) -> String {
    let html = Html::parse_document(&page.body);
    let main = Selector::parse("main").unwrap();
    let nav = Selector::parse("main nav.staff").unwrap();
    let title = Selector::parse("title").unwrap();
    let mut body = html.select(&main).next().expect("a <main>").inner_html();
    if let Some(menu) = html.select(&nav).next() {
        body = body.replace(&menu.html(), "");
    }
    let title: String = html
        .select(&title)
        .next()
        .map(|t| t.text().collect())
        .unwrap_or_default();
    format!("<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>")
}

fn check(what: &str, page: &Page, data: &[&str]) {
    assert!(
        page.status == 200 || page.status == 422,
        "{what}: {}",
        page.status
    );
    assert_translated(what, &content(page), data);
}

fn text(page: &Page, selector: &str) -> String {
    page.text_of(selector)
        .unwrap_or_else(|| panic!("{selector} in {}", page.body))
}

/// Signs in as an admin and chooses the pseudo-language (remembered in the cookie).
async fn admin(app: &TestApp) -> StaffClient {
    let admin = staff_client(app, "admin@example.org", Role::Admin).await;
    let first = admin.get(app, "/staff/campaigns?lang=en-XA").await;
    assert_eq!(first.status, 200);
    admin
}

#[tokio::test]
async fn campaign_pages_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let admin = admin(&app).await;
    let mut officials = officials(&app, "Holborn").await;
    officials.extend(
        [
            HEADLINE,
            SLUG,
            "own-mp",
            "/campaigns/british-values",
            "prime-minister\nforeign-secretary\nown-mp",
        ]
        .map(str::to_owned),
    );
    let data: Vec<&str> = officials.iter().map(String::as_str).collect();

    let list = admin
        .get(&app, "/staff/campaigns?saved=british-values")
        .await;
    assert!(list.body.contains("Ðášĥƀóáŕð"), "{}", list.body);
    check("the campaign list", &list, &data);

    check(
        "the paste page",
        &admin.get(&app, "/staff/campaigns/new").await,
        &data,
    );
    let letter =
        "Featured letter\n\nA short headline\n\nBy Ada Quill\n\nA paragraph of the letter.";
    let parsed = admin
        .post(&app, "/staff/campaigns/new/parse", &[("letter", letter)])
        .await;
    assert!(parsed.body.contains("notice-banner"), "{}", parsed.body);
    let mut with_letter = data.clone();
    with_letter.extend([
        "A paragraph of the letter.",
        "By Ada Quill",
        "Ada Quill",
        "A short headline",
        "Featured letter",
    ]);
    check("the form from a pasted letter", &parsed, &with_letter);

    let edit = admin
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    let body = text(&edit, "textarea#body_markdown");
    let summary = text(&edit, "textarea#summary");
    let mut with_text = data.clone();
    with_text.extend([body.as_str(), summary.as_str()]);
    check("the campaign form", &edit, &with_text);

    let mut fields: Vec<(&str, String)> = Vec::new();
    let html = edit.html();
    for input in html.select(&Selector::parse("form input[name], form textarea[name]").unwrap()) {
        let name = input.value().attr("name").unwrap();
        let skipped = matches!(
            name,
            "csrf" | "find" | "target_search" | "featured" | "milestone_letters" | "remove_image"
        );
        if skipped || input.value().attr("type") == Some("file") {
            continue;
        }
        let value = match input.value().name() {
            "textarea" => input.text().collect(),
            _ => input.value().attr("value").unwrap_or_default().to_owned(),
        };
        fields.push((name, value));
    }
    let mut searched = fields.clone();
    searched.extend([
        ("target_search", "Holborn".to_owned()),
        ("find", "yes".to_owned()),
    ]);
    let searched: Vec<(&str, &str)> = searched.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let picker = admin
        .post(&app, "/staff/campaigns/british-values", &searched)
        .await;
    assert!(picker.body.contains("target-results"), "{}", picker.body);
    let mut with_search = with_text.clone();
    with_search.push("Holborn");
    check("the target search", &picker, &with_search);

    let mut closing = fields.clone();
    closing.retain(|(k, _)| *k != "closes_at");
    closing.push(("closes_at", "2020-01-31T12:00".to_owned()));
    let closing: Vec<(&str, &str)> = closing.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let warned = admin
        .post(&app, "/staff/campaigns/british-values", &closing)
        .await;
    assert!(warned.body.contains("confirm-warning"), "{}", warned.body);
    check("the warning before saving", &warned, &with_text);

    let exports = admin
        .get(&app, "/staff/campaigns/british-values/exports")
        .await;
    check(
        "the exports page",
        &exports,
        &[
            HEADLINE,
            "missive export counts --campaign british-values --by day --format csv",
        ],
    );

    let embed = admin
        .get(&app, "/staff/campaigns/british-values/embed")
        .await;
    let code = text(&embed, "textarea#embed-code");
    check(
        "the embed page",
        &embed,
        &[HEADLINE, &code, "WhatsApp", "X (Twitter)", "Facebook"],
    );
}

#[tokio::test]
async fn the_dashboard_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let id = campaign_id(&app).await;
    fixture::load(&app, id).await;
    let admin = admin(&app).await;
    let page = admin
        .get(&app, "/staff/campaigns/british-values/dashboard")
        .await;
    assert!(page.body.contains("per-hour-desc"), "{}", page.body);
    check(
        "the dashboard",
        &page,
        &[
            HEADLINE,
            "Holborn and St Pancras",
            "Cities of London and Westminster",
            "Jane Member MP",
            "Rachel Blake MP",
            fixture::UNNAMED,
            "United Kingdom",
            "Kazakhstan",
            "United States",
            "GB",
            "KZ",
            "US",
        ],
    );
    let sorted = admin
        .get(&app, "/staff/campaigns/british-values/dashboard?sort=name")
        .await;
    assert!(sorted.body.contains("aria-sort=\"ascending\""));
}

#[tokio::test]
async fn the_updates_pages_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let id = campaign_id(&app).await;
    fixture::load(&app, id).await;
    let admin = admin(&app).await;
    let base = "/staff/campaigns/british-values/updates";
    let subject = "Progress so far";
    let words = "We met the minister today.";
    let data = [HEADLINE, subject, words, "admin@example.org"];

    check("the updates page", &admin.get(&app, base).await, &data);
    let update = [("subject", subject), ("body", words), ("send_at", "")];
    let mut review = update.to_vec();
    review.push(("action", "review"));
    let confirm = admin.post(&app, base, &review).await;
    assert!(confirm.body.contains("value=\"send\""), "{}", confirm.body);
    check("the confirmation", &confirm, &data);

    let mut preview = update.to_vec();
    preview.push(("action", "preview"));
    let previewed = admin.post(&app, base, &preview).await;
    assert!(previewed.body.contains("admin@example.org"));
    check("the preview notice", &previewed, &data);

    let mut send = update.to_vec();
    send.push(("action", "send"));
    let sent = admin.post(&app, base, &send).await;
    assert_eq!(sent.status, 303);
    let listed = admin.get(&app, sent.location.as_deref().unwrap()).await;
    assert!(listed.body.contains("notice-banner"), "{}", listed.body);
    check("the updates so far", &listed, &data);

    let edit = listed
        .attr_of("ol.update-list a[href$='/edit']", "href")
        .expect("an edit link");
    check("the update editor", &admin.get(&app, &edit).await, &data);
    let mut save = update.to_vec();
    save.push(("action", "save"));
    let saved = admin
        .post(&app, edit.trim_end_matches("/edit"), &save)
        .await;
    assert!(saved.body.contains("notice-banner"), "{}", saved.body);
    check("the saved update", &saved, &data);
}

#[tokio::test]
async fn accounts_passwords_and_tokens_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let admin = admin(&app).await;
    let newcomer = "new@example.org";
    let emails = ["admin@example.org", newcomer];

    check(
        "the accounts page",
        &admin.get(&app, "/staff/users").await,
        &emails,
    );
    let account = [
        ("email", newcomer),
        ("role", "moderator"),
        ("password", "a fine first passphrase"),
    ];
    let added = admin.post(&app, "/staff/users", &account).await;
    assert_eq!(added.status, 303);
    let listed = admin.get(&app, added.location.as_deref().unwrap()).await;
    assert!(listed.body.contains("notice-banner"));
    check("an account added", &listed, &emails);
    let taken = admin.post(&app, "/staff/users", &account).await;
    assert_eq!(taken.status, 422);
    check("an address already taken", &taken, &emails);

    let id = user_id(&app, newcomer).await;
    let set = format!("/staff/users/{id}/password");
    let page = admin.get(&app, &set).await;
    assert_eq!(page.status, 200, "{set}");
    check("setting a colleague's password", &page, &emails);
    let enabled = set.replace("/password", "/enabled");
    let ask = admin.post(&app, &enabled, &[("enabled", "no")]).await;
    assert!(ask.body.contains("name=\"confirm\""), "{}", ask.body);
    check("disabling an account", &ask, &emails);
    let role = set.replace("/password", "/role");
    let changed = admin.post(&app, &role, &[("role", "organiser")]).await;
    let notice = admin.get(&app, changed.location.as_deref().unwrap()).await;
    check("a role changed", &notice, &emails);

    let tokens = admin.get(&app, "/staff/api-tokens").await;
    let api = format!("{}/api/v1", app.address);
    let openapi = format!("{api}/openapi.json");
    let petitions = format!("{api}/petitions");
    let with_api = [HEADLINE, SLUG, "OSDI", &petitions, &openapi];
    check("the tokens page", &tokens, &with_api);
    let campaign = tokens
        .attr_of("input[name=campaign]", "value")
        .expect("a campaign box");
    let made = admin
        .post(
            &app,
            "/staff/api-tokens",
            &[("name", "Newsletter tool"), ("campaign", &campaign)],
        )
        .await;
    assert_eq!(made.status, 303);
    let issued = admin.get(&app, "/staff/api-tokens").await;
    let example = text(&issued, ".notice-banner code");
    let mut with_token = with_api.to_vec();
    with_token.extend(["Newsletter tool", "admin@example.org", &example]);
    check("a new token", &issued, &with_token);
    let revoke = issued
        .attr_of("form[action$='/revoke']", "action")
        .expect("a revoke form");
    let revoked = admin.post(&app, &revoke, &[]).await;
    let notice = admin.get(&app, revoked.location.as_deref().unwrap()).await;
    assert!(notice.body.contains("notice-banner"));
    check("a token revoked", &notice, &with_token);

    check(
        "your password",
        &admin.get(&app, "/staff/password").await,
        &emails,
    );
    let password = "an even better passphrase 2026";
    let done = admin
        .post(
            &app,
            "/staff/password",
            &[
                ("current", admin.password.as_str()),
                ("password", password),
                ("confirm", password),
            ],
        )
        .await;
    assert!(done.body.contains("notice-banner"), "{}", done.body);
    check("a password changed", &done, &emails);
}

/// The id of the staff account with this email.
async fn user_id(app: &TestApp, email: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            Ok(missive::db::models::user::list(conn)?
                .into_iter()
                .find(|u| u.email == email)
                .expect("the account")
                .id)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_welsh_dashboard_counts_in_welsh() {
    let app = pseudo_app().await;
    let id = campaign_id(&app).await;
    fixture::load(&app, id).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let page = organiser
        .get(&app, "/staff/campaigns/british-values/dashboard?lang=cy")
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(text(&page, "h1 + p a"), "Tudalen gyhoeddus");
    assert_eq!(text(&page, "h2#signatures"), "Llofnodion");
    // Two approved letters: Welsh's "two" form, with the soft mutation (llythyr → lythyr).
    let share = text(&page, "#personalisation");
    let share = share.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(share.starts_with("O 2 lythyr a gymeradwywyd"), "{share}");
    // Eight counted of a goal of 20: "other", with "o" and the plural noun.
    let goal = text(&page, "#goal label");
    assert!(goal.contains("8 o’r nod o 20 o lofnodion (40%)"), "{goal}");
    let desc = text(&page, "#per-hour-desc");
    assert!(desc.starts_with("Siart bar o 48 awr"), "{desc}");
    assert!(desc.contains("5 o lofnodion i gyd"), "{desc}");
    assert_eq!(
        page.text_of("section[aria-labelledby=letters] caption")
            .as_deref(),
        Some("Llythyrau cefnogwyr yn ôl statws")
    );
    // The page stays in Welsh for the campaign list (the choice is remembered).
    let list = organiser.get(&app, "/staff/campaigns").await;
    assert_eq!(text(&list, "main h1"), "Ymgyrchoedd");
}

#[tokio::test]
async fn a_kazakh_accounts_page() {
    let app = pseudo_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let page = admin.get(&app, "/staff/users?lang=kk").await;
    assert_eq!(page.status, 200);
    assert_eq!(text(&page, "main h1"), "Қызметкер тіркелгілері");
    assert_eq!(
        text(&page, "#role option[selected]"),
        "ұйымдастырушы",
        "a role by its Kazakh name"
    );
    assert_eq!(
        page.attr_of("#role option[selected]", "value").as_deref(),
        Some("organiser"),
        "its value stays the code"
    );
    let signed_in = text(&page, "tbody tr td:nth-child(4)");
    assert!(
        signed_in.contains(" жылғы ") && signed_in.ends_with("UTC"),
        "a Kazakh date: {signed_in}"
    );
    let added = admin
        .post(
            &app,
            "/staff/users",
            &[
                ("email", "admin@example.org"),
                ("role", "admin"),
                ("password", "a fine first passphrase"),
            ],
        )
        .await;
    assert_eq!(added.status, 422);
    assert_eq!(
        text(&added, "#email-error")
            .trim_start_matches("Қате:")
            .trim(),
        "Бұл электрондық пошта мекенжайымен тіркелгі бұрыннан бар"
    );
    let tokens = admin.get(&app, "/staff/api-tokens").await;
    assert_eq!(text(&tokens, "main h1"), "API токендері");
}

#[tokio::test]
async fn russian_campaign_pages() {
    let app = pseudo_app().await;
    let id = campaign_id(&app).await;
    fixture::load(&app, id).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let list = organiser.get(&app, "/staff/campaigns?lang=ru").await;
    assert_eq!(text(&list, "main h1"), "Кампании");
    assert_eq!(text(&list, "tbody td:nth-child(3)"), "Открыта");
    let edit = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    assert_eq!(text(&edit, "label[for=headline]"), "Заголовок");
    assert_eq!(text(&edit, "form button.primary"), "Сохранить изменения");

    let confirm = organiser
        .post(
            &app,
            "/staff/campaigns/british-values/updates",
            &[
                ("subject", "Новости"),
                ("body", "Текст."),
                ("send_at", ""),
                ("action", "review"),
            ],
        )
        .await;
    assert_eq!(text(&confirm, "main h1"), "Отправить эту новость?");
    let people = text(&confirm, "main p strong");
    let (figure, noun) = people.split_once(' ').expect("a figure and a noun");
    let n: i64 = figure.parse().expect("a figure");
    let expected = match (n % 10, n % 100) {
        (1, r) if r != 11 => "человек",
        (2..=4, r) if !(12..=14).contains(&r) => "человека",
        _ => "человек",
    };
    assert_eq!(noun, expected, "{people}");
    let exports = organiser
        .get(&app, "/staff/campaigns/british-values/exports")
        .await;
    assert_eq!(text(&exports, "main h1"), format!("Выгрузки: {HEADLINE}"));
    let embed = organiser
        .get(&app, "/staff/campaigns/british-values/embed")
        .await;
    assert!(
        text(&embed, "textarea#embed-code").contains(&format!("title=\"Подписи: {HEADLINE}\"")),
        "the pasted frame's title in Russian"
    );
    let tokens = organiser.get(&app, "/staff/api-tokens").await;
    assert_eq!(text(&tokens, "main h1"), "Токены API");
}
