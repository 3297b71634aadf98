//! The confirmation email travels over a real SMTP exchange on loopback.

mod support;

use support::smtp::Inbox;
use support::spawn_app_with;

#[tokio::test]
async fn the_confirmation_email_arrives_over_smtp_and_its_link_works() {
    let (inbox, smtp_url) = Inbox::start();
    let app = spawn_app_with(|s| s.smtp_url = Some(smtp_url)).await;
    let signed = app
        .sign(
            "british-values",
            "Grace Hopper",
            "grace@example.org",
            "SW1A 2AA",
        )
        .await;
    assert_eq!(signed.status, 303);

    let email = inbox.wait_for(|_| true).await;
    assert_eq!(email.to, "grace@example.org");
    // The address is not confirmed yet: the email greets nobody by the name typed.
    assert!(email.text.starts_with("Hello,"));
    assert!(!email.text.contains("Grace Hopper"));
    assert!(!email.html.is_empty(), "has an HTML part");
    assert!(
        !app.data_dir.path().join("outbox").exists(),
        "no file fallback"
    );

    let link = email.confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    assert_eq!(app.wait_for_count("british-values", 1).await, 1);
}
