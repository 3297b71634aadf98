//! The staff frame and the pages of moderation, signature review, the audit log and
//! officials' responses take every word from the message files: each page, with the data
//! the test made, is fetched in the pseudo-language `en-XA` and must show no plain English
//! word that is not that data. Then the same pages in real languages: a Welsh moderation
//! queue and letter, a Russian sign-in page (before anyone signs in), Russian signature
//! review; and English stays the default.

mod support;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use missive::auth::Role;
use missive::db::schema::{campaigns, letters, officials};
use support::pseudo::{assert_translated, untranslated};
use support::{spawn_app_with, staff_client, Page, StaffClient, TestApp};

const SLUG: &str = "british-values";
const BODY_END: &str = "Call me on 07700 900123 about it.";

/// `path` asking for `lang`.
fn in_lang(path: &str, lang: &str) -> String {
    let join = if path.contains('?') { '&' } else { '?' };
    format!("{path}{join}lang={lang}")
}

fn pseudo(path: &str) -> String {
    in_lang(path, "en-XA")
}

async fn app() -> TestApp {
    spawn_app_with(|settings| {
        settings.pseudo_language = true;
        settings.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        settings.sign_allow = vec!["192.0.2.0/24".parse().unwrap()];
    })
    .await
}

/// Like `assert_translated`, but a text that is wholly a piece of one of `letters` (the
/// featured letter and the writers' letters, which the moderation pages show as changes,
/// cut anywhere) is the writers' words too.
fn assert_translated_letters(what: &str, page: &Page, data: &[&str], letters: &[String]) {
    let left: Vec<String> = untranslated(&page.body, data)
        .into_iter()
        .filter(|text| !letters.iter().any(|l| l.contains(text.as_str())))
        .collect();
    assert!(
        left.is_empty(),
        "{what} shows words that are not in the message files:\n  {}",
        left.join("\n  ")
    );
}

async fn campaign(app: &TestApp) -> (i64, String) {
    app.db
        .read(|conn| {
            Ok(campaigns::table
                .filter(campaigns::slug.eq(SLUG))
                .select((campaigns::id, campaigns::headline))
                .first(conn)?)
        })
        .await
        .unwrap()
}

/// Letters waiting for moderation, oldest first: `n` of them, confirmed by their writers
/// (and one more that is not), each a copy of the featured letter with a line added.
async fn seed(app: &TestApp, campaign: i64, n: usize) -> Vec<i64> {
    let featured = support::letters::featured();
    let at = Utc::now().naive_utc() - Duration::days(3);
    app.db
        .write(move |conn| {
            for i in 0..=n {
                let when: NaiveDateTime = at + Duration::seconds(i as i64);
                let confirmed = (i < n).then_some(when);
                diesel::insert_into(letters::table)
                    .values((
                        letters::campaign_id.eq(campaign),
                        letters::writer_name.eq(format!("Writer {i}")),
                        letters::writer_email.eq(format!("w{i}@example.org")),
                        letters::country_code.eq("GB"),
                        letters::subject.eq(format!("Subject {i}")),
                        letters::body.eq(format!("{featured}\n\n{BODY_END}")),
                        letters::similarity.eq(if i % 2 == 0 { 950 } else { 300 }),
                        letters::publish.eq(i % 3 == 0),
                        letters::status.eq(if i < n { "pending" } else { "unconfirmed" }),
                        letters::created_at.eq(when),
                        letters::updated_at.eq(when),
                        letters::submitted_at.eq(Some(when)),
                        letters::writer_confirmed_at.eq(confirmed),
                    ))
                    .execute(conn)?;
            }
            Ok(letters::table
                .filter(letters::campaign_id.eq(campaign))
                .filter(letters::status.eq("pending"))
                .order(letters::id.asc())
                .select(letters::id)
                .load(conn)?)
        })
        .await
        .unwrap()
}

/// Two signatures from one address (the second is suspect), one from another.
async fn sign_three(app: &TestApp) {
    for (ip, name, email, postcode) in [
        ("203.0.113.10", "Sam Spam", "sam@spam.example", "SW1A 1AA"),
        ("203.0.113.10", "Sid Spam", "sid@spam.example", "SW1A 2AA"),
        (
            "198.51.100.20",
            "Gail Good",
            "gail@good.example",
            "EC1A 1BB",
        ),
    ] {
        let response = app
            .client
            .post(app.url(&format!("/campaigns/{SLUG}/signatures")))
            .header("x-forwarded-for", ip)
            .form(&[
                ("full_name", name),
                ("email", email),
                ("postcode", postcode),
                ("country", "GB"),
                ("website", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{name} signs");
    }
}

async fn ok(staff: &StaffClient, app: &TestApp, path: &str) -> Page {
    let page = staff.get(app, path).await;
    assert_eq!(page.status, 200, "{path}: {}", page.body);
    page
}

async fn done(staff: &StaffClient, app: &TestApp, path: &str, fields: &[(&str, &str)]) {
    let page = staff.post(app, path, fields).await;
    assert_eq!(page.status, 303, "{path}: {}", page.body);
}

#[tokio::test]
async fn the_moderation_pages_are_wholly_translated() {
    let app = app().await;
    let (campaign_id, headline) = campaign(&app).await;
    let ids = seed(&app, campaign_id, 51).await;
    sign_three(&app).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let other = staff_client(&app, "other@example.org", Role::Moderator).await;

    // A history for some letters: approved, hidden, shown again; hidden; rejected with a
    // note; edited then approved; one claimed by a colleague; a saved note.
    let letter = |id: i64, action: &str| format!("/staff/moderation/{id}/{action}");
    done(&moderator, &app, &letter(ids[0], "approve"), &[]).await;
    let hide = [("reason", "Hid it: Ώ")];
    done(&moderator, &app, &letter(ids[0], "hide"), &hide).await;
    let restore = [("reason", "Shown: Ώ")];
    done(&moderator, &app, &letter(ids[0], "restore"), &restore).await;
    done(&moderator, &app, &letter(ids[1], "approve"), &[]).await;
    done(&moderator, &app, &letter(ids[1], "hide"), &[("reason", "")]).await;
    let reject = [("reason", "spam"), ("note", "A note: Ώ")];
    done(&moderator, &app, &letter(ids[2], "reject"), &reject).await;
    let featured = support::letters::featured();
    let redact = [
        ("body", featured.as_str()),
        ("change_note", "Took the number out: Ώ"),
    ];
    done(&moderator, &app, &letter(ids[3], "redact"), &redact).await;
    done(&other, &app, &letter(ids[4], "claim"), &[]).await;
    let note = [("body", "Write again: Ώ")];
    done(&moderator, &app, "/staff/moderation/notes", &note).await;

    let officials: Vec<String> = app
        .db
        .read(|conn| {
            Ok(officials::table
                .select((officials::name, officials::office))
                .load::<(String, String)>(conn)?)
        })
        .await
        .unwrap()
        .into_iter()
        .map(|(name, office)| format!("{name}, {office}"))
        .collect();
    let subjects: Vec<String> = (0..=51).map(|i| format!("Subject {i}")).collect();
    let writers: Vec<String> = (0..=51).map(|i| format!("Writer {i}")).collect();
    let mut data: Vec<&str> = vec![
        &headline,
        "mod@example.org",
        "other@example.org",
        "Hid it: Ώ",
        "Shown: Ώ",
        "A note: Ώ",
        "Took the number out: Ώ",
        "Write again: Ώ",
        "United Kingdom",
        "UTC",
    ];
    data.extend(subjects.iter().map(String::as_str));
    data.extend(writers.iter().map(String::as_str));
    data.extend(officials.iter().map(String::as_str));
    let letters = vec![
        featured.clone(),
        format!("{featured}\n\n{BODY_END}"),
        BODY_END.to_owned(),
    ];

    let pages = [
        ("the staff home", "/staff".to_owned()),
        ("the moderation queue", "/staff/moderation".to_owned()),
        (
            "the queue after a bulk decision",
            "/staff/moderation?done=approved&count=2&skipped=1".to_owned(),
        ),
        (
            "the queue's second page",
            "/staff/moderation?page=2".to_owned(),
        ),
        (
            "approved letters",
            "/staff/moderation?status=approved".to_owned(),
        ),
        (
            "letters waiting for their writers",
            "/staff/moderation?status=unconfirmed&similarity=personal&age=7".to_owned(),
        ),
        (
            "a letter shown again",
            format!("/staff/moderation/{}", ids[0]),
        ),
        ("a hidden letter", format!("/staff/moderation/{}", ids[1])),
        ("a rejected letter", format!("/staff/moderation/{}", ids[2])),
        ("an edited letter", format!("/staff/moderation/{}", ids[3])),
        (
            "a letter a colleague reads",
            format!("/staff/moderation/{}", ids[4]),
        ),
        ("a pending letter", format!("/staff/moderation/{}", ids[5])),
        (
            "the saved notes",
            "/staff/moderation/notes?done=added".to_owned(),
        ),
    ];
    for (what, path) in &pages {
        let page = ok(&moderator, &app, &pseudo(path)).await;
        assert!(page.body.contains("<html lang=\"en-XA\""), "{what}");
        assert_translated_letters(what, &page, &data, &letters);
    }

    // Why nothing changed: a decision on a letter decided already, a claim held by another.
    let again = moderator
        .post(&app, &pseudo(&letter(ids[2], "approve")), &[])
        .await;
    assert_eq!(again.status, 409);
    assert_translated_letters("a decision too late", &again, &data, &letters);
    let held = moderator
        .post(&app, &pseudo(&letter(ids[4], "claim")), &[])
        .await;
    assert_eq!(held.status, 409);
    assert_translated_letters("a claim held by another", &held, &data, &letters);
    let unknown = moderator
        .get(&app, &pseudo("/staff/moderation?campaign=no-such-campaign"))
        .await;
    assert_eq!(unknown.status, 400);
    assert_translated_letters("an unknown campaign", &unknown, &data, &letters);
    let duplicate = moderator
        .post(&app, &pseudo("/staff/moderation/notes"), &note)
        .await;
    assert_eq!(duplicate.status, 422, "{}", duplicate.body);
    assert_translated("a saved note twice", &duplicate.body, &data);

    // Signature review: a search with results, an invalidation and its revert.
    let search = [("campaign", SLUG), ("email_domain", "spam.example")];
    let mut invalidate = search.to_vec();
    invalidate.extend([("expected", "2"), ("reason", "Spam: Ώ")]);
    done(
        &moderator,
        &app,
        "/staff/signatures/invalidate",
        &invalidate,
    )
    .await;
    let mut again = search.to_vec();
    again.extend([("expected", "2"), ("reason", "Again: Ώ")]);
    let moved = moderator
        .post(&app, &pseudo("/staff/signatures/invalidate"), &again)
        .await;
    assert_eq!(moved.status, 409, "{}", moved.body);
    let sig_data = [
        &headline,
        "mod@example.org",
        "other@example.org",
        SLUG,
        "Sam Spam",
        "Sid Spam",
        "Gail Good",
        "spam.example",
        "good.example",
        "SW1A 1AA",
        "SW1A 2AA",
        "EC1A 1BB",
        "Spam: Ώ",
        "UTC",
    ];
    assert_translated("signatures that moved", &moved.body, &sig_data);
    for (what, path) in [
        (
            "signature review",
            format!("/staff/signatures?campaign={SLUG}"),
        ),
        (
            "an invalidation done",
            format!(
                "/staff/signatures?campaign={SLUG}&email_domain=spam.example&done=invalidated&n=2"
            ),
        ),
        (
            "suspect signatures",
            format!("/staff/signatures?campaign={SLUG}&status=suspect"),
        ),
    ] {
        let page = ok(&moderator, &app, &pseudo(&path)).await;
        assert_translated(what, &page.body, &sig_data);
    }
    // The log shows each entry's action by its code, as the filter takes it.
    let mut codes = data.clone();
    codes.extend([
        "letter.approve",
        "letter.reject",
        "letter.hide",
        "letter.restore",
        "letter.redact",
        "letter.claim",
    ]);
    let log = ok(&moderator, &app, &pseudo("/staff/audit/moderation")).await;
    assert_translated_letters("the moderation log", &log, &codes, &letters);
}

#[tokio::test]
async fn sign_in_password_reset_audit_and_responses_are_wholly_translated() {
    let app = app().await;
    let (_, headline) = campaign(&app).await;

    // Before anyone signs in: the sign-in page, and a wrong password.
    let login = app.get(&pseudo("/staff/login")).await;
    assert_eq!(login.status, 200);
    assert_translated("the sign-in page", &login.body, &[]);
    let csrf = login.attr_of("input[name=csrf]", "value").unwrap();
    let wrong = app
        .post_form(
            "/staff/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "not the password"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert_translated("a wrong password", &wrong.body, &[]);

    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    support::create_staff(
        &app,
        "mod@example.org",
        Role::Moderator,
        "a long enough passphrase",
    )
    .await;
    let moderator_id: i64 = app
        .db
        .read(|conn| {
            use missive::db::schema::users;
            Ok(users::table
                .filter(users::email.eq("mod@example.org"))
                .select(users::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    done(
        &admin,
        &app,
        &format!("/staff/users/{moderator_id}/reset"),
        &[],
    )
    .await;
    let email = &app.wait_for_emails_to("mod@example.org", 1).await[0];
    assert!(
        email.subject.contains("Choose a new password"),
        "an admin's reset email is in English: {}",
        email.subject
    );
    let link = email.link_path("/staff/reset/").expect("the reset link");

    let visitor = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let form = TestApp::page(visitor.get(app.url(&pseudo(&link))).send().await.unwrap()).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert_translated("the password-reset form", &form.body, &["mod@example.org"]);
    let csrf = form.attr_of("input[name=csrf]", "value").unwrap();
    let set = TestApp::page(
        visitor
            .post(app.url(&link))
            .form(&[
                ("password", "a new and long passphrase"),
                ("confirm", "a new and long passphrase"),
                ("csrf", &csrf),
            ])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_translated("the password set", &set.body, &[]);
    let gone = TestApp::page(visitor.get(app.url(&link)).send().await.unwrap()).await;
    assert_eq!(gone.status, 404);
    assert_translated("a used reset link", &gone.body, &[]);

    // Officials' responses: the list with one recorded, and the correction form.
    let (official, name, office): (i64, String, String) = app
        .db
        .read(|conn| {
            Ok(officials::table
                .order(officials::id.asc())
                .select((officials::id, officials::name, officials::office))
                .first(conn)?)
        })
        .await
        .unwrap();
    let everyone: Vec<(String, String)> = app
        .db
        .read(|conn| {
            Ok(officials::table
                .select((officials::name, officials::office))
                .load(conn)?)
        })
        .await
        .unwrap();
    let path = format!("/staff/campaigns/{SLUG}/responses");
    let today = Utc::now().format("%Y-%m-%d").to_string();
    let official_text = official.to_string();
    let response = [
        ("official", official_text.as_str()),
        ("received_on", today.as_str()),
        ("summary", "A summary: Ώ"),
        ("body", "The answer: Ώ"),
    ];
    done(&admin, &app, &path, &response).await;
    let mut data: Vec<&str> = vec![
        &headline,
        &name,
        &office,
        "admin@example.org",
        "mod@example.org",
        "A summary: Ώ",
        "The answer: Ώ",
    ];
    for (name, office) in &everyone {
        data.push(name);
        data.push(office);
    }
    let list = ok(
        &admin,
        &app,
        &pseudo(&format!("{path}?done=recorded&emails=3")),
    )
    .await;
    assert_translated("officials' responses", &list.body, &data);
    let id: i64 = app
        .db
        .read(|conn| {
            use missive::db::schema::official_responses;
            Ok(official_responses::table
                .select(official_responses::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let edit = ok(&admin, &app, &pseudo(&format!("{path}/{id}/edit"))).await;
    assert_translated("correcting a response", &edit.body, &data);
    let corrected = ok(&admin, &app, &pseudo(&format!("{path}?done=corrected"))).await;
    assert_translated("a correction saved", &corrected.body, &data);

    // The whole audit log: its own words translated; what entries stored (actions' codes,
    // addresses, notes, a record's fields by name) shown as stored.
    let log = ok(&admin, &app, &pseudo("/staff/audit")).await;
    let found = untranslated(&log.body, &data);
    let own: Vec<&String> = found
        .iter()
        .filter(|text| {
            !(text.contains('.') && !text.contains(' ')
                || text.starts_with("from ")
                || text.contains("reset link")
                || text.contains("new password")
                || text.contains(": ") && text.contains(", "))
        })
        .collect();
    assert!(own.is_empty(), "the audit log's own words: {own:#?}");
    let wrong_date = admin.get(&app, &pseudo("/staff/audit?since=soon")).await;
    assert_eq!(wrong_date.status, 422);
    assert_translated("a wrong date in the audit filter", &wrong_date.body, &data);
}

#[tokio::test]
async fn staff_pages_speak_welsh_and_russian_and_english_by_default() {
    let app = app().await;
    let (campaign_id, _) = campaign(&app).await;
    let ids = seed(&app, campaign_id, 3).await;
    sign_three(&app).await;

    // Russian before signing in: the page, the switcher's choice, and what went wrong.
    let login = app.get("/staff/login?lang=ru").await;
    assert!(login.body.contains("<html lang=\"ru\""));
    assert_eq!(
        login.text_of("main h1").as_deref(),
        Some("Вход для сотрудников")
    );
    assert_eq!(login.text_of("form button").as_deref(), Some("Войти"));
    let csrf = login.attr_of("input[name=csrf]", "value").unwrap();
    let wrong = app
        .post_form(
            "/staff/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "not the password"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert!(
        wrong.body.contains("Неверный адрес или пароль"),
        "{}",
        wrong.body
    );

    // English stays the default.
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let queue = ok(&moderator, &app, "/staff/moderation").await;
    assert!(queue.body.contains("<html lang=\"en-GB\""));
    assert_eq!(
        queue.text_of("main h1").as_deref(),
        Some("Letters to moderate")
    );
    assert_eq!(
        queue.text_of("#queue-count").as_deref(),
        Some("3 letters match, oldest first.")
    );
    assert_eq!(
        queue.text_of("form.sign-out button").as_deref(),
        Some("Sign out")
    );

    // A Welsh moderation queue and letter.
    let queue = ok(&moderator, &app, "/staff/moderation?lang=cy").await;
    assert!(queue.body.contains("<html lang=\"cy\""));
    assert!(queue.body.contains("hreflang=\"ru\""));
    assert_eq!(
        queue.text_of("main h1").as_deref(),
        Some("Llythyrau i'w cymedroli")
    );
    assert_eq!(
        queue.text_of("#queue-count").as_deref(),
        Some("Mae 3 llythyr yn cyfateb, yr hynaf yn gyntaf.")
    );
    assert_eq!(
        queue.text_of("form.sign-out button").as_deref(),
        Some("Allgofnodi")
    );
    assert!(queue.body.contains("Cymeradwyo'r llythyrau a diciwyd"));
    assert_eq!(
        queue.text_of("nav.staff a[aria-current=page]").as_deref(),
        Some("Llythyrau i'w cymedroli")
    );
    // The choice is remembered: the letter's page, without `?lang`, is Welsh too.
    let page = ok(&moderator, &app, &format!("/staff/moderation/{}", ids[0])).await;
    assert!(page.body.contains("Eich penderfyniad"), "{}", page.body);
    assert!(page.body.contains("Rheswm dros wrthod"));
    done(
        &moderator,
        &app,
        &format!("/staff/moderation/{}/approve", ids[0]),
        &[],
    )
    .await;
    let after = ok(&moderator, &app, "/staff/moderation?done=approved").await;
    assert!(
        after.body.contains("Cymeradwywyd y llythyr."),
        "{}",
        after.body
    );
    let two = ok(&moderator, &app, "/staff/moderation?done=rejected&count=2").await;
    assert!(two.body.contains("Gwrthodwyd 2 lythyr."), "{}", two.body);

    // Russian signature review, with its counts' plural forms.
    let review = ok(
        &moderator,
        &app,
        &format!("/staff/signatures?campaign={SLUG}&lang=ru"),
    )
    .await;
    assert_eq!(
        review.text_of("main h1").as_deref(),
        Some("Проверка подписей")
    );
    assert_eq!(
        review.text_of("#match-count").as_deref(),
        Some("Подходят 3 подписи")
    );
    let home = ok(&moderator, &app, "/staff").await;
    assert!(
        home.body.contains("2 письма ждут модерации"),
        "{}",
        home.body
    );
    let log = ok(&moderator, &app, "/staff/audit/moderation").await;
    assert!(log.body.contains("Журнал модерации"));
}
