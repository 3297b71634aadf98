//! Pages and emails in the visitor's language, over HTTP: `Accept-Language` on a first
//! visit, `?lang=` (remembered in a cookie), the `hreflang` alternates and the switcher,
//! Welsh and Russian plural forms for the count, and the confirmation email in the
//! language the signature was made in (over real SMTP). Run on both databases.

mod support;

use diesel::prelude::*;
use missive::db::schema::{letters, signatures};
use support::smtp::Inbox;
use support::{spawn_app, spawn_app_with, Page, TestApp};

const SLUG: &str = "british-values";
const PAGE: &str = "/campaigns/british-values";

/// A browser whose language setting is `accept` (cookies kept, redirects not followed).
fn browser(accept: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("accept-language", accept.parse().unwrap());
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> Page {
    TestApp::page(client.get(app.url(path)).send().await.unwrap()).await
}

async fn post(app: &TestApp, client: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> Page {
    TestApp::page(client.post(app.url(path)).form(form).send().await.unwrap()).await
}

fn sign_form<'a>(name: &'a str, email: &'a str) -> [(&'a str, &'a str); 5] {
    [
        ("full_name", name),
        ("email", email),
        ("postcode", "SW1A 1AA"),
        ("country", "GB"),
        ("website", ""),
    ]
}

fn html_lang(page: &Page) -> String {
    page.attr_of("html", "lang").unwrap_or_default()
}

/// The figure and the word after it, as the page shows them.
fn count_text(page: &Page) -> (String, String) {
    (
        page.text_of("#signature-count").unwrap(),
        page.text_of("[data-live-noun]").unwrap(),
    )
}

#[tokio::test]
async fn a_welsh_visitor_reads_signs_and_is_emailed_in_welsh() {
    let (inbox, smtp_url) = Inbox::start();
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(smtp_url);
        // Two signatures from one address: not over the signing rate limit.
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    let welsh = browser("cy-GB, cy;q=0.9, en;q=0.5");

    let page = get(&app, &welsh, PAGE).await;
    assert_eq!(page.status, 200);
    assert_eq!(html_lang(&page), "cy");
    assert_eq!(
        page.text_of("#sign-heading").unwrap(),
        "Llofnodwch y llythyr hwn"
    );
    assert_eq!(page.text_of("label[for=full_name]").unwrap(), "Enw llawn");
    assert_eq!(page.text_of("button.primary").unwrap(), "Llofnodi");
    assert_eq!(page.text_of("a.skip").unwrap(), "Neidio i'r cynnwys");
    // Welsh "zero": the singular after the numeral, not the general "o lofnodion".
    assert_eq!(count_text(&page), ("0".into(), "llofnod".into()));
    // The live count's script gets every Welsh form to choose from.
    let html = page.html();
    let noun = html
        .select(&scraper::Selector::parse("[data-live-noun]").unwrap())
        .next()
        .unwrap();
    assert_eq!(noun.value().attr("data-noun-two"), Some("lofnod"));
    assert_eq!(noun.value().attr("data-noun-other"), Some("o lofnodion"));

    // The same page over the same URL stays English for an English browser.
    let english = app.get(PAGE).await;
    assert_eq!(html_lang(&english), "en-GB");
    assert_eq!(count_text(&english), ("0".into(), "signatures".into()));

    let signed = post(
        &app,
        &welsh,
        &format!("{PAGE}/signatures"),
        &sign_form("Gwen Jones", "gwen@example.org"),
    )
    .await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let location = signed.location.unwrap();
    let thanks = get(&app, &welsh, &location).await;
    assert_eq!(html_lang(&thanks), "cy");
    assert_eq!(thanks.text_of("h1").unwrap(), "Gwiriwch eich e-bost");
    assert!(
        thanks.body.contains("Rydym wedi anfon dolen at"),
        "{}",
        thanks.body
    );

    let email = inbox.wait_for(|e| e.to == "gwen@example.org").await;
    assert!(
        email.subject.starts_with("Cadarnhewch eich llofnod: "),
        "{}",
        email.subject
    );
    assert!(
        email.text.starts_with("Helo,\n\nDiolch am lofnodi “"),
        "{}",
        email.text
    );
    assert!(
        email
            .text
            .contains("Mae'r ddolen yn gweithio am 7 diwrnod."),
        "{}",
        email.text
    );
    assert!(!email.text.contains("Thank you"), "{}", email.text);
    assert!(email.html.contains("lang=\"cy\""), "{}", email.html);
    assert!(email.html.contains("Cadarnhau fy llofnod"));
    let stored: Vec<String> = app
        .db
        .read(|conn| Ok(signatures::table.select(signatures::language).load(conn)?))
        .await
        .unwrap();
    assert_eq!(stored, vec!["cy".to_owned()]);

    // The confirmation page and the thank-you page in Welsh too.
    let link = email.confirmation_path();
    let prompt = get(&app, &welsh, &link).await;
    assert_eq!(
        prompt.text_of("button.primary").unwrap(),
        "Cadarnhau fy llofnod"
    );
    let confirmed = post(&app, &welsh, &link, &[]).await;
    assert_eq!(confirmed.status, 303);
    let done = get(&app, &welsh, &confirmed.location.unwrap()).await;
    assert_eq!(
        done.text_of("h1").unwrap(),
        "Diolch: mae eich llofnod yn cyfrif"
    );

    // A second signature, confirmed from English: Welsh "two" is "2 lofnod".
    app.sign(SLUG, "Ada Byron", "ada@example.org", "SW1A 1AA")
        .await;
    let english_email = inbox.wait_for(|e| e.to == "ada@example.org").await;
    assert!(english_email.text.starts_with("Hello,"));
    app.post_form(&english_email.confirmation_path(), &[]).await;
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);
    let page = get(&app, &welsh, PAGE).await;
    assert_eq!(count_text(&page), ("2".into(), "lofnod".into()));
    assert_eq!(
        count_text(&app.get(PAGE).await),
        ("2".into(), "signatures".into())
    );
}

#[tokio::test]
async fn lang_in_the_query_is_remembered_and_the_alternates_are_linked() {
    let app = spawn_app().await;
    let page = app.get(&format!("{PAGE}?lang=ru")).await;
    assert_eq!(page.status, 200);
    assert_eq!(html_lang(&page), "ru");
    assert_eq!(
        page.text_of("#sign-heading").unwrap(),
        "Подпишите это письмо"
    );
    // Russian "many" for zero.
    assert_eq!(count_text(&page), ("0".into(), "подписей".into()));
    assert_eq!(
        page.attr_of("nav.languages a[aria-current]", "href")
            .as_deref(),
        Some("/campaigns/british-values?lang=ru")
    );
    assert_eq!(
        page.attr_of("nav.languages a[hreflang=kk]", "lang")
            .as_deref(),
        Some("kk")
    );
    assert_eq!(
        page.text_of("nav.languages a[hreflang=cy]").as_deref(),
        Some("Cymraeg")
    );
    // The share script's words come with the button, in the page's language.
    assert_eq!(
        page.attr_of("[data-copy]", "data-said-copied").as_deref(),
        Some("Скопировано")
    );
    for (hreflang, href) in [
        ("en", "/campaigns/british-values?lang=en"),
        ("cy", "/campaigns/british-values?lang=cy"),
        ("ru", "/campaigns/british-values?lang=ru"),
        ("kk", "/campaigns/british-values?lang=kk"),
        ("x-default", "/campaigns/british-values"),
    ] {
        let selector = format!("link[rel=alternate][hreflang=\"{hreflang}\"]");
        assert_eq!(
            page.attr_of(&selector, "href").as_deref(),
            Some(href),
            "{hreflang}"
        );
    }

    // No query now: the cookie keeps the choice, on this page and the next ones.
    let again = app.get(PAGE).await;
    assert_eq!(html_lang(&again), "ru");
    let signed = app
        .sign(SLUG, "Иван Петров", "ivan@example.org", "SW1A 1AA")
        .await;
    assert_eq!(signed.status, 303);
    let thanks = app.get(&signed.location.unwrap()).await;
    assert_eq!(thanks.text_of("h1").unwrap(), "Проверьте почту");
    let email = app.wait_for_emails(1).await.remove(0);
    assert!(
        email.subject.starts_with("Подтвердите подпись: "),
        "{}",
        email.subject
    );
    assert!(
        email.text.contains("Ссылка действует 7 дней."),
        "{}",
        email.text
    );

    // Back to English with the switcher.
    let english = app.get(&format!("{PAGE}?lang=en")).await;
    assert_eq!(html_lang(&english), "en-GB");
    assert_eq!(html_lang(&app.get(PAGE).await), "en-GB");
}

#[tokio::test]
async fn the_cookie_is_set_only_for_a_language_we_have() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url(&format!("{PAGE}?lang=kk")))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("lang=kk;"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    let page = TestApp::page(response).await;
    assert_eq!(html_lang(&page), "kk");
    assert_eq!(
        page.text_of("#sign-heading").unwrap(),
        "Бұл хатқа қол қойыңыз"
    );

    let response = app
        .client
        .get(app.url(&format!("{PAGE}?lang=fr")))
        .send()
        .await
        .unwrap();
    assert!(response.headers().get("set-cookie").is_none());
    // The Kazakh cookie still holds.
    assert_eq!(html_lang(&TestApp::page(response).await), "kk");
}

#[tokio::test]
async fn a_letter_keeps_the_language_it_was_started_in() {
    let app = spawn_app().await;
    let kazakh = browser("kk");
    let fields = [
        ("full_name", "Айгүл Сейітова"),
        ("email", "aigul@example.org"),
        ("postcode", "SW1A 1AA"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", "A draft."),
        ("website", ""),
        ("action", "save"),
    ];
    let saved = post(&app, &kazakh, &format!("{PAGE}/write"), &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let stored: Vec<String> = app
        .db
        .read(|conn| Ok(letters::table.select(letters::language).load(conn)?))
        .await
        .unwrap();
    assert_eq!(stored, vec!["kk".to_owned()]);
}

/// The text a visitor reads on `page` that came from Missive, not from the campaign or
/// the visitor: every text node of `<body>` outside the campaign's own words (the letter,
/// its photo), brand names, the country list and the switcher's language names.
fn missive_text(page: &Page) -> Vec<String> {
    let html = page.html();
    let outside = [
        "article.letter h1",
        "article.letter .kicker",
        "article.letter .standfirst",
        "article.letter .byline",
        "article.letter .body",
        "article.letter .attribution",
        "figure",
        ".photo-note .caption",
        ".photo-note .credit",
        "select",
        "script",
        ".brand",
        ".share-links",
        "nav.languages",
        "strong.address",
    ];
    let mut skipped = std::collections::HashSet::new();
    for selector in outside {
        for element in html.select(&scraper::Selector::parse(selector).unwrap()) {
            skipped.extend(element.descendants().map(|n| n.id()));
        }
    }
    let body = html
        .select(&scraper::Selector::parse("body").unwrap())
        .next()
        .unwrap();
    body.descendants()
        .filter(|n| !skipped.contains(&n.id()))
        .filter_map(|n| n.value().as_text().map(|t| t.trim().to_owned()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Text with Latin letters and no Cyrillic: English left on a Russian or Kazakh page.
fn english_left(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .filter(|t| t.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|t| !t.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)))
        .cloned()
        .collect()
}

/// The translated pages of the supporter's path hold no English in Russian or Kazakh (a
/// check that stands in for a pseudo-locale: both are written in Cyrillic, so a Latin-only
/// text node is one that did not come from the message files).
#[tokio::test]
async fn the_supporters_path_has_no_english_left_in_cyrillic_languages() {
    let app = spawn_app_with(|s| s.sign_allow = vec!["127.0.0.1".parse().unwrap()]).await;
    // The check sees English where there is some: the English page is full of it.
    let english = app.get(PAGE).await;
    assert!(english_left(&missive_text(&english)).len() > 10);

    for (lang, who) in [("ru", "ru@example.org"), ("kk", "kk@example.org")] {
        let client = browser(lang);
        let mut pages = vec![get(&app, &client, PAGE).await];
        let signed = post(
            &app,
            &client,
            &format!("{PAGE}/signatures"),
            &sign_form("Test", who),
        )
        .await;
        pages.push(get(&app, &client, &signed.location.unwrap()).await);
        let email = app.wait_for_emails_to(who, 1).await.remove(0);
        let link = email.confirmation_path();
        pages.push(get(&app, &client, &link).await);
        let confirmed = post(&app, &client, &link, &[]).await;
        pages.push(get(&app, &client, &link).await);
        pages.push(get(&app, &client, &confirmed.location.unwrap()).await);
        pages.push(get(&app, &client, "/signatures/confirm/not-a-token").await);
        for page in &pages {
            let texts = missive_text(page);
            assert!(texts.len() > 5, "{lang}: {texts:?}");
            assert_eq!(
                english_left(&texts),
                Vec::<String>::new(),
                "{lang}: {}",
                page.body
            );
        }
        assert!(email
            .text
            .chars()
            .any(|c| ('\u{400}'..='\u{4ff}').contains(&c)));
    }
}

/// Emails about a signature stay in the language it was made in, whoever asks next: a
/// repeat attempt from an English browser gets the Welsh "already signed" note.
#[tokio::test]
async fn a_repeat_attempt_is_answered_in_the_signatures_language() {
    let app = spawn_app_with(|s| s.sign_allow = vec!["127.0.0.1".parse().unwrap()]).await;
    let welsh = browser("cy");
    let form = sign_form("Gwen Jones", "gwen@example.org");
    assert_eq!(
        post(&app, &welsh, &format!("{PAGE}/signatures"), &form)
            .await
            .status,
        303
    );
    let first = app
        .wait_for_emails_to("gwen@example.org", 1)
        .await
        .remove(0);
    assert_eq!(
        app.post_form(&first.confirmation_path(), &[]).await.status,
        303
    );

    let again = app
        .sign(SLUG, "Gwen Jones", "gwen@example.org", "SW1A 1AA")
        .await;
    assert_eq!(again.status, 303);
    let emails = app.wait_for_emails_to("gwen@example.org", 2).await;
    let notice = emails.last().unwrap();
    assert!(
        notice.subject.starts_with("Rydych eisoes wedi llofnodi: "),
        "{}",
        notice.subject
    );
    assert!(notice.text.starts_with("Helo,\n\n"), "{}", notice.text);
    // The page the English browser sees after the form is English all the same.
    let thanks = app.get(&again.location.unwrap()).await;
    assert_eq!(thanks.text_of("h1").unwrap(), "Check your email");
}
