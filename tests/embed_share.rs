//! The embeddable counter (the one page other sites may frame), the organiser's copy-paste
//! snippet, Open Graph and Twitter card tags on campaign pages, and share links.

mod support;

use missive::auth::Role;
use missive::web::middleware::security_headers::{
    CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY,
};
use support::{import_campaign, spawn_app, staff_client, Page, TestApp};

const SHIPPED: &str = include_str!("../campaigns/british-values.md");
const SLUG: &str = "british-values";
const HEADLINE: &str = "UK trade props up Kazakh dictatorship";
/// A headline with everything that needs escaping in HTML and encoding in URLs.
const TRICKY: &str = r#"Fish & "chips" <b>now</b>? 100% #fair"#;
const TRICKY_SLUG: &str = "fish-and-chips";
const FIRST_SENTENCE: &str = "Following the much-publicised and criticised recent visit of \
Chinese leader Xi Jinping, the British government is greeting Kazakhstan’s leader Nursultan \
Nazarbayev.";

/// Adds a campaign with the tricky headline, no summary, and a photo file with a space.
fn import_tricky(app: &TestApp) {
    let toml_headline = TRICKY.replace('"', "\\\"");
    let text = SHIPPED
        .replace("slug = \"british-values\"", &format!("slug = \"{TRICKY_SLUG}\""))
        .replace("featured = true", "featured = false")
        .replace(&format!("\"{HEADLINE}\""), &format!("\"{toml_headline}\""))
        .lines()
        .filter(|line| !line.starts_with("summary ="))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(
            "caption = \"Blood on hand\"",
            "caption = \"Blood on hand\"\nfile = \"images/blood on hand.jpg\"\nalt = \"A hand, \\\"red\\\"\"",
        );
    import_campaign(app, "tricky.md", &text);
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn meta(page: &Page, key: &str) -> Option<String> {
    page.attr_of(&format!("meta[property=\"{key}\"]"), "content")
        .or_else(|| page.attr_of(&format!("meta[name=\"{key}\"]"), "content"))
}

async fn sign_and_confirm(app: &TestApp, email: &str) {
    let signed = app.sign(SLUG, "Ada Lovelace", email, "SW1A 1AA").await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let link = app.wait_for_emails_to(email, 1).await[0].confirmation_path();
    let confirmed = app.post_form(&link, &[]).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
}

#[tokio::test]
async fn the_embed_shows_the_live_count_and_goal_and_any_site_may_frame_it() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/campaigns/british-values/embed"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let csp = header(&response, "content-security-policy").expect("a CSP");
    assert_eq!(csp, EMBED_CONTENT_SECURITY_POLICY);
    assert!(csp.contains("frame-ancestors *"), "{csp}");
    assert!(!csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"));
    assert!(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"));
    assert_eq!(header(&response, "x-frame-options"), None);
    assert_eq!(
        header(&response, "x-content-type-options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(
        header(&response, "referrer-policy").as_deref(),
        Some("same-origin")
    );
    let page = TestApp::page(response).await;
    assert_eq!(page.text_of(".headline").as_deref(), Some(HEADLINE));
    assert_eq!(page.text_of(".figure").as_deref(), Some("0"));
    assert_eq!(
        page.attr_of(".figure", "data-live-count").as_deref(),
        Some("/campaigns/british-values/count.json")
    );
    assert_eq!(
        page.attr_of(".figure", "data-goal").as_deref(),
        Some("10000")
    );
    assert_eq!(
        page.attr_of(".total", "aria-live").as_deref(),
        Some("polite")
    );
    assert_eq!(page.attr_of("progress", "max").as_deref(), Some("10000"));
    assert_eq!(page.attr_of("progress", "value").as_deref(), Some("0"));
    let goal = page.text_of("#embed-goal").expect("goal text");
    assert!(goal.contains("0% of the 10,000 goal"), "{goal}");
    assert_eq!(
        page.attr_of("a.sign", "href").as_deref(),
        Some("/campaigns/british-values")
    );
    assert_eq!(page.attr_of("a.sign", "target").as_deref(), Some("_blank"));
    assert_eq!(page.attr_of("a.sign", "rel").as_deref(), Some("noopener"));
    assert!(page.text_of("a.sign").unwrap().starts_with("Sign"));
    assert_eq!(
        page.attr_of("link[rel=stylesheet]", "href").as_deref(),
        Some("/static/embed.css")
    );
    assert_eq!(
        page.attr_of("script", "src").as_deref(),
        Some("/static/live-count.js")
    );
    assert!(!page.body.contains("<script>") && !page.body.contains(" style=\""));

    sign_and_confirm(&app, "ada@example.com").await;
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);
    let page = app.get("/campaigns/british-values/embed").await;
    assert_eq!(page.text_of(".figure").as_deref(), Some("1"));
    assert_eq!(
        page.text_of("[data-live-noun]").as_deref(),
        Some("signature")
    );
    assert_eq!(page.attr_of("progress", "value").as_deref(), Some("1"));

    let missing = app.get("/campaigns/no-such-campaign/embed").await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn every_other_response_still_refuses_to_be_framed() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/campaigns/british-values",
        "/campaigns/british-values/count.json",
        "/campaigns/british-values/signed",
        "/campaigns/british-values/confirmed",
        "/campaigns/no-such-campaign/embed",
        "/campaigns/british-values/embed/more",
        "/static/embed.css",
        "/static/live-count.js",
        "/static/share.js",
        "/staff/login",
        "/staff/campaigns/british-values/embed",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(
            header(&response, "content-security-policy").as_deref(),
            Some(CONTENT_SECURITY_POLICY),
            "{path}"
        );
        assert_eq!(
            header(&response, "x-frame-options").as_deref(),
            Some("DENY"),
            "{path}"
        );
    }
    for (path, kind) in [
        ("/static/embed.css", "text/css"),
        ("/static/live-count.js", "javascript"),
        ("/static/share.js", "javascript"),
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert!(header(&response, "content-type").unwrap().contains(kind));
    }
}

#[tokio::test]
async fn campaign_pages_have_open_graph_and_twitter_tags_with_absolute_urls() {
    let app = spawn_app().await;
    let page = app.get("/campaigns/british-values").await;
    let url = app.url("/campaigns/british-values");
    assert!(url.starts_with("http://"));
    let summary = "The British government is welcoming Kazakhstan’s dictator. Sign this letter, \
                   then write your own to your MP and to the ministers who decide.";
    assert_eq!(
        page.attr_of("link[rel=canonical]", "href").as_deref(),
        Some(url.as_str())
    );
    assert_eq!(meta(&page, "og:url").as_deref(), Some(url.as_str()));
    assert_eq!(meta(&page, "og:type").as_deref(), Some("article"));
    assert_eq!(meta(&page, "og:site_name").as_deref(), Some("Missive"));
    assert_eq!(meta(&page, "og:title").as_deref(), Some(HEADLINE));
    assert_eq!(meta(&page, "twitter:title").as_deref(), Some(HEADLINE));
    for key in ["description", "og:description", "twitter:description"] {
        assert_eq!(meta(&page, key).as_deref(), Some(summary), "{key}");
    }
    assert_eq!(meta(&page, "twitter:card").as_deref(), Some("summary"));
    assert_eq!(meta(&page, "og:image"), None, "no photo file, no og:image");
    // The front page is the same campaign, with the same canonical address.
    let front = app.get("/").await;
    assert_eq!(meta(&front, "og:url").as_deref(), Some(url.as_str()));

    import_tricky(&app);
    let page = app.get(&format!("/campaigns/{TRICKY_SLUG}")).await;
    assert_eq!(page.status, 200);
    assert_eq!(meta(&page, "og:title").as_deref(), Some(TRICKY));
    assert_eq!(meta(&page, "twitter:title").as_deref(), Some(TRICKY));
    assert!(!page.body.contains("<b>now"), "the headline is escaped");
    assert!(page
        .body
        .contains(r#"content="Fish &amp; &quot;chips&quot; &lt;b&gt;now&lt;/b&gt;? 100% #fair""#));
    for key in ["description", "og:description", "twitter:description"] {
        assert_eq!(meta(&page, key).as_deref(), Some(FIRST_SENTENCE), "{key}");
    }
    let image = app.url("/static/images/blood%20on%20hand.jpg");
    assert_eq!(meta(&page, "og:image").as_deref(), Some(image.as_str()));
    assert_eq!(
        meta(&page, "twitter:image").as_deref(),
        Some(image.as_str())
    );
    assert_eq!(
        meta(&page, "og:image:alt").as_deref(),
        Some("A hand, \"red\"")
    );
    assert_eq!(
        meta(&page, "twitter:card").as_deref(),
        Some("summary_large_image")
    );
    assert_eq!(
        meta(&page, "og:url"),
        Some(app.url(&format!("/campaigns/{TRICKY_SLUG}")))
    );
}

/// The query of a share link, decoded; the raw link must hold nothing unencoded.
fn query(href: &str) -> Vec<(String, String)> {
    let (_, raw) = href.split_once('?').expect("a query");
    for part in raw.split('&') {
        let (_, value) = part.split_once('=').expect("name=value");
        assert!(
            value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
            "{href}: {value} is not fully percent-encoded"
        );
    }
    url::Url::parse(&format!("http://x/?{raw}"))
        .expect("a URL")
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn share_link(page: &Page, site: &str) -> String {
    let selector = scraper::Selector::parse(".share-links a").unwrap();
    page.html()
        .select(&selector)
        .filter_map(|a| a.value().attr("href"))
        .find(|href| href.starts_with(site))
        .unwrap_or_else(|| panic!("a {site} share link in {}", page.body))
        .to_owned()
}

fn assert_share_links(page: &Page, url: &str, headline: &str, context: &str) {
    let invitation = format!("Sign the letter: {headline}");
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    let facebook = share_link(page, "https://www.facebook.com/sharer/sharer.php?");
    assert_eq!(query(&facebook), pairs(&[("u", url)]), "{context}");
    let x = share_link(page, "https://twitter.com/intent/tweet?");
    assert_eq!(
        query(&x),
        pairs(&[("text", &invitation), ("url", url)]),
        "{context}"
    );
    let whatsapp = share_link(page, "https://wa.me/?");
    let text = format!("{invitation} {url}");
    assert_eq!(query(&whatsapp), pairs(&[("text", &text)]), "{context}");
    let email = share_link(page, "mailto:?");
    let body = format!("{headline}\r\n\r\nRead it and add your name: {url}");
    assert_eq!(
        query(&email),
        pairs(&[("subject", &invitation), ("body", &body)]),
        "{context}"
    );
    assert!(email.contains("%20") && !email.contains('+'), "{email}");
    // The JavaScript-only buttons start hidden and carry the page's address.
    assert_eq!(
        page.attr_of("button[data-copy]", "data-copy").as_deref(),
        Some(url),
        "{context}"
    );
    assert!(page.attr_of("button[data-copy]", "hidden").is_some());
    assert_eq!(
        page.attr_of("button[data-web-share]", "data-url")
            .as_deref(),
        Some(url)
    );
    assert!(page.attr_of("button[data-web-share]", "hidden").is_some());
    assert_eq!(
        page.attr_of("script[src=\"/static/share.js\"]", "src")
            .as_deref(),
        Some("/static/share.js")
    );
    for href in [facebook, x, whatsapp, email] {
        for tracker in ["utm_", "fbclid", "ref%3D", "via="] {
            assert!(!href.contains(tracker), "{context}: {href}");
        }
    }
}

#[tokio::test]
async fn share_links_are_encoded_on_the_campaign_check_email_and_thank_you_pages() {
    let app = spawn_app().await;
    let url = app.url("/campaigns/british-values");
    for path in [
        "/campaigns/british-values",
        "/campaigns/british-values/signed",
        "/campaigns/british-values/confirmed",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert_share_links(&page, &url, HEADLINE, path);
    }

    import_tricky(&app);
    let url = app.url(&format!("/campaigns/{TRICKY_SLUG}"));
    let page = app.get(&format!("/campaigns/{TRICKY_SLUG}")).await;
    assert_share_links(&page, &url, TRICKY, "tricky headline");
    let x = share_link(&page, "https://twitter.com/intent/tweet?");
    assert!(
        x.contains("Fish%20%26%20%22chips%22%20%3Cb%3Enow%3C%2Fb%3E%3F%20100%25%20%23fair"),
        "{x}"
    );

    // After signing and after confirming, the same links.
    let signed = app
        .sign(TRICKY_SLUG, "Ada Lovelace", "ada@example.com", "SW1A 1AA")
        .await;
    let check = app
        .get(signed.location.as_deref().expect("a redirect"))
        .await;
    assert_share_links(&check, &url, TRICKY, "check your email");
    let link = app.wait_for_emails(1).await[0].confirmation_path();
    let confirmed = app.post_form(&link, &[]).await;
    let thanks = app
        .get(confirmed.location.as_deref().expect("a redirect"))
        .await;
    assert!(thanks.body.contains("Thank you"));
    assert_share_links(&thanks, &url, TRICKY, "thank you");
    let again = app.get(&link).await;
    assert_share_links(&again, &url, TRICKY, "confirmation link opened again");
}

#[tokio::test]
async fn organisers_get_the_embed_snippet_and_a_preview() {
    let app = spawn_app().await;
    import_tricky(&app);
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let list = organiser.get(&app, "/staff/campaigns").await;
    assert!(list
        .body
        .contains(r#"href="/staff/campaigns/british-values/embed""#));

    let page = organiser
        .get(&app, "/staff/campaigns/british-values/embed")
        .await;
    assert_eq!(page.status, 200);
    let snippet = format!(
        r#"<iframe src="{}" width="320" height="160" title="Signatures: {HEADLINE}" loading="lazy" style="border:0"></iframe>"#,
        app.url("/campaigns/british-values/embed")
    );
    assert_eq!(
        page.text_of("textarea#embed-code").as_deref(),
        Some(snippet.as_str())
    );
    assert!(page.attr_of("textarea#embed-code", "readonly").is_some());
    assert!(page
        .text_of("label[for=embed-code]")
        .is_some_and(|l| l.contains("Code to paste")));
    assert_eq!(
        page.attr_of("iframe.embed-preview", "src").as_deref(),
        Some("/campaigns/british-values/embed")
    );
    assert!(page.attr_of("iframe.embed-preview", "title").is_some());
    assert!(
        !page.body.contains(" style=\""),
        "the preview has no inline style"
    );

    let tricky = organiser
        .get(&app, &format!("/staff/campaigns/{TRICKY_SLUG}/embed"))
        .await;
    let snippet = tricky.text_of("textarea#embed-code").expect("snippet");
    assert!(
        snippet.contains(
            r#"title="Signatures: Fish &amp; &quot;chips&quot; &lt;b&gt;now&lt;/b&gt;? 100% #fair""#
        ),
        "{snippet}"
    );

    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let refused = moderator
        .get(&app, "/staff/campaigns/british-values/embed")
        .await;
    assert_eq!(refused.status, 403);
    let anonymous = app.get("/staff/campaigns/british-values/embed").await;
    assert_ne!(anonymous.status, 200);
    assert!(!anonymous.body.contains("embed-code"));
}
