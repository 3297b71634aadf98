//! An update's fixed words (why you get it, how to stop it, the campaign link) are in the
//! language the signature was made in, next to the organiser's own words, and the
//! unsubscribe page is in the visitor's language; over HTTP and real SMTP, on both
//! databases. The English words stay as tests/updates.rs holds them.

mod support;

use std::time::{Duration, Instant};

use missive::auth::Role;
use support::smtp::Inbox;
use support::{spawn_app_with, staff_client, Email, TestApp};

const SLUG: &str = "british-values";
const UPDATES: &str = "/staff/campaigns/british-values/updates";

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

async fn sign(app: &TestApp, client: &reqwest::Client, name: &str, email: &str) {
    let fields = [
        ("full_name", name),
        ("email", email),
        ("postcode", "SW1A 2AA"),
        ("country", "GB"),
        ("website", ""),
        ("updates", "yes"),
    ];
    let path = app.url(&format!("/campaigns/{SLUG}/signatures"));
    let response = client.post(path).form(&fields).send().await.unwrap();
    assert_eq!(response.status(), 303);
}

/// Waits for the email to `to` with `subject` over SMTP.
async fn delivered(inbox: &Inbox, to: &str, subject: &str) -> Email {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let found = inbox
            .delivered
            .lock()
            .unwrap()
            .iter()
            .map(|raw| Email::parse(raw))
            .find(|e| e.to == to && e.subject == subject);
        if let Some(email) = found {
            return email;
        }
        assert!(Instant::now() < deadline, "no “{subject}” to {to}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_russian_signer_gets_updates_framed_in_russian_and_unsubscribes_in_russian() {
    let (inbox, smtp_url) = Inbox::start();
    let app = spawn_app_with(|s| {
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
        s.smtp_url = Some(smtp_url);
    })
    .await;
    let russian = browser("ru-RU, ru;q=0.9");
    let english = browser("en-GB");
    for (client, name, email) in [
        (&russian, "Ольга Петрова", "olga@example.org"),
        (&english, "Ada Lovelace", "ada@example.org"),
    ] {
        sign(&app, client, name, email).await;
        let confirmation = inbox.wait_for(|e| e.to == email).await;
        let link = confirmation.confirmation_path();
        assert_eq!(app.post_form(&link, &[]).await.status, 303);
    }
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);

    let staff = staff_client(&app, "organiser@example.org", Role::Organiser).await;
    let (subject, body) = ("We delivered the letter", "We handed it in **today**.");
    let fields = [
        ("subject", subject),
        ("body", body),
        ("send_at", ""),
        ("action", "send"),
    ];
    let sent = staff.post(&app, UPDATES, &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);

    let olga = delivered(&inbox, "olga@example.org", subject).await;
    assert!(
        olga.text.starts_with("We handed it in **today**."),
        "{}",
        olga.text
    );
    for words in [
        "\n---\nКампания: ",
        "Вы получили это письмо, потому что подписали «",
        "Чтобы больше не получать эти письма (ваша подпись по-прежнему учитывается), откройте эту ссылку и нажмите кнопку:\n",
    ] {
        assert!(olga.text.contains(words), "{words:?} in {}", olga.text);
    }
    assert!(!olga.text.contains("You are receiving"), "{}", olga.text);
    assert!(olga.html.contains("<html lang=\"ru\">"), "{}", olga.html);
    assert!(
        olga.html
            .contains(">Отписаться от этих новостей</a> (ваша подпись по-прежнему учитывается)."),
        "{}",
        olga.html
    );
    let ada = delivered(&inbox, "ada@example.org", subject).await;
    assert!(ada.text.contains("\n---\nThe campaign: "), "{}", ada.text);
    assert!(
        ada.text
            .contains("You are receiving this because you signed “"),
        "{}",
        ada.text
    );
    assert!(
        ada.html
            .contains(">Unsubscribe from these updates</a> (your signature still counts)."),
        "{}",
        ada.html
    );

    // The unsubscribe page speaks the visitor's language.
    let start = olga.text.find("/unsubscribe/").expect("a link");
    let path = olga.text[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let page = TestApp::page(russian.get(app.url(&path)).send().await.unwrap()).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.attr_of("html", "lang").as_deref(), Some("ru"));
    assert_eq!(
        page.text_of("h1").unwrap(),
        "Отписаться от новостей этой кампании?"
    );
    assert_eq!(
        page.text_of("button.primary").unwrap(),
        "Отписаться от новостей"
    );
    let in_english = TestApp::page(english.get(app.url(&path)).send().await.unwrap()).await;
    assert_eq!(
        in_english.text_of("h1").unwrap(),
        "Stop updates about this campaign?"
    );
    let done = TestApp::page(russian.post(app.url(&path)).send().await.unwrap()).await;
    assert_eq!(done.status, 200);
    assert_eq!(done.text_of("h1").unwrap(), "Вы отписались");
    assert!(
        done.body
            .contains("Ваша подпись остаётся и по-прежнему учитывается."),
        "{}",
        done.body
    );
    let again = TestApp::page(russian.get(app.url(&path)).send().await.unwrap()).await;
    assert_eq!(again.text_of("h1").unwrap(), "Вы уже отписались");
    let unknown = TestApp::page(
        russian
            .get(app.url("/unsubscribe/short"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.text_of("h1").unwrap(), "Эта ссылка не распознана");
}
