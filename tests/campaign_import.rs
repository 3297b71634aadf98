//! `missive campaign import` and closed campaigns.

mod support;

use std::process::Command;

use support::{spawn_app, TestApp};

const SHIPPED: &str = include_str!("../campaigns/british-values.md");

fn import(app: &TestApp, text: &str) -> std::process::Output {
    let file = app.data_dir.path().join("campaign.md");
    std::fs::write(&file, text).unwrap();
    Command::new(env!("CARGO_BIN_EXE_missive"))
        .args(["campaign", "import"])
        .arg(&file)
        .env("DATABASE_URL", &app.database_url)
        .env("MISSIVE_DATA_DIR", app.data_dir.path())
        .output()
        .expect("run missive")
}

fn campaign(slug: &str, headline: &str, extra: &str) -> String {
    SHIPPED
        .replace(
            "slug = \"british-values\"",
            &format!("slug = \"{slug}\"\n{extra}"),
        )
        .replace("featured = true", "featured = false")
        // No officials are loaded here, and an import naming one that is not is refused.
        .replace(
            "targets = [\"prime-minister\", \"foreign-secretary\", \"own-mp\"]",
            "targets = [\"own-mp\"]",
        )
        .replace("UK trade props up Kazakh dictatorship", headline)
}

#[tokio::test]
async fn import_adds_then_updates_a_campaign() {
    let app = spawn_app().await;
    let out = import(&app, &campaign("second-letter", "A second letter", ""));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("created campaign second-letter"));
    let page = app.get("/campaigns/second-letter").await;
    assert_eq!(page.text_of("h1").as_deref(), Some("A second letter"));

    let out = import(&app, &campaign("second-letter", "A better headline", ""));
    assert!(String::from_utf8_lossy(&out.stdout).contains("updated campaign second-letter"));
    // The running server keeps pages for one count refresh (100 ms in tests), so an import
    // from another process shows within that.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    let headline = loop {
        let shown = app.get("/campaigns/second-letter").await.text_of("h1");
        if shown.as_deref() == Some("A better headline") || std::time::Instant::now() > deadline {
            break shown;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(headline.as_deref(), Some("A better headline"));
    // The featured campaign still has the front page.
    assert_eq!(
        app.get("/").await.text_of("h1").as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );
}

#[tokio::test]
async fn a_bad_campaign_file_is_refused_with_the_reason() {
    let app = spawn_app().await;
    let out = import(&app, "no front matter here");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("front matter"));
}

#[tokio::test]
async fn a_closed_campaign_shows_its_final_count_and_refuses_signatures() {
    let app = spawn_app().await;
    let out = import(
        &app,
        &campaign(
            "closed-letter",
            "A closed letter",
            "closes_at = 2020-01-31T12:00:00Z",
        ),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = app.get("/campaigns/closed-letter").await;
    assert_eq!(page.status, 200);
    assert!(page
        .text_of(".closed")
        .unwrap()
        .contains("closed on 31 January 2020"));
    assert!(page.text_of("form.sign-form").is_none());
    assert_eq!(page.text_of("#signature-count").as_deref(), Some("0"));

    let refused = app
        .sign("closed-letter", "Ada", "ada@example.org", "SW1A 1AA")
        .await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("This campaign has closed"));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !app.data_dir.path().join("outbox").exists()
            || std::fs::read_dir(app.data_dir.path().join("outbox"))
                .unwrap()
                .count()
                == 0
    );
}
