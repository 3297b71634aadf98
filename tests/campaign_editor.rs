//! Organisers make and change campaigns in the browser: paste a published letter, check
//! the parts Missive found, create the campaign, edit it; wrong answers are explained beside
//! their fields; other roles are refused; every change is in the audit log.

mod support;

use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter, AuditRow};
use support::forms::{form_fields, pairs, with};
use support::{spawn_app, staff_client, Page, TestApp};

/// The seed letter exactly as a newspaper's page copies (`seed/featured-letter.txt`).
const SEED: &str = include_str!("fixtures/featured-letter.txt");

fn value(page: &Page, name: &str) -> Option<String> {
    page.attr_of(&format!("input[name={name}]"), "value")
}

async fn campaign_audit(app: &TestApp) -> Vec<AuditRow> {
    let filter = AuditFilter {
        action: Some("campaign.".into()),
        ..AuditFilter::default()
    };
    app.db
        .read(move |conn| audit::list(conn, &filter, 50))
        .await
        .expect("audit log")
}

#[tokio::test]
async fn an_organiser_pastes_a_letter_creates_a_campaign_and_closes_it() {
    let app = spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;

    let paste = organiser.get(&app, "/staff/campaigns/new").await;
    assert_eq!(paste.status, 200);
    assert!(paste.attr_of("textarea[name=letter]", "id").is_some());

    let parsed = organiser
        .post(&app, "/staff/campaigns/new/parse", &[("letter", SEED)])
        .await;
    assert_eq!(parsed.status, 200, "{}", parsed.body);
    let kicker = value(&parsed, "kicker");
    assert_eq!(kicker.as_deref(), Some("Featured letter: ‘British values’"));
    let headline = value(&parsed, "headline");
    assert_eq!(
        headline.as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );
    assert_eq!(
        value(&parsed, "image_caption").as_deref(),
        Some("Blood on hand")
    );
    assert_eq!(
        value(&parsed, "image_credit").as_deref(),
        Some("Giang Gong Du")
    );
    assert_eq!(
        value(&parsed, "image_licence").as_deref(),
        Some("Creative Commons")
    );
    assert_eq!(value(&parsed, "author_name").as_deref(), Some("Mike Whale"));
    let role = value(&parsed, "author_role");
    assert_eq!(role.as_deref(), Some("Secretary, Campaign Kazakhstan"));
    let attribution = value(&parsed, "attribution").unwrap_or_default();
    assert!(
        attribution.ends_with("Guardian on 3 November"),
        "{attribution}"
    );
    let slug = value(&parsed, "slug");
    assert_eq!(
        slug.as_deref(),
        Some("uk-trade-props-up-kazakh-dictatorship")
    );
    let body = parsed.text_of("textarea#body_markdown").unwrap_or_default();
    assert!(body.starts_with("Following the much-publicised"), "{body}");
    assert!(body.contains("\n\n## Shot\n\n") && !body.contains("Click to enlarge"));

    let fields = with(
        &form_fields(&parsed),
        &[
            ("headline", "Trade with Kazakhstan props up a dictator"),
            ("slug", "kazakh-trade"),
            ("goal", "5000"),
        ],
    );
    let created = organiser
        .post(&app, "/staff/campaigns", &pairs(&fields))
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let location = created.location.expect("redirect");
    assert_eq!(location, "/staff/campaigns?saved=kazakh-trade");
    let list = organiser.get(&app, &location).await;
    assert!(list
        .body
        .contains("Saved “Trade with Kazakhstan props up a dictator”"));
    assert!(list.body.contains("kazakh-trade") && list.body.contains(">Open<"));

    let public = app.get("/campaigns/kazakh-trade").await;
    assert_eq!(public.status, 200);
    let h1 = public.text_of("h1");
    assert_eq!(
        h1.as_deref(),
        Some("Trade with Kazakhstan props up a dictator")
    );
    assert_eq!(public.text_of(".letter .body h2").as_deref(), Some("Shot"));
    assert_eq!(
        public.text_of(".credit").as_deref(),
        Some("Photo: Giang Gong Du (Creative Commons)")
    );
    assert!(public.body.contains("5,000"), "goal shown");
    assert!(public.attr_of("form.sign-form", "action").is_some());

    // Not open yet: the letter shows when signing opens, and signing is refused.
    let edit = organiser
        .get(&app, "/staff/campaigns/kazakh-trade/edit")
        .await;
    assert_eq!(edit.status, 200);
    assert_eq!(value(&edit, "goal").as_deref(), Some("5000"));
    assert_eq!(value(&edit, "slug"), None, "the slug cannot change");
    let later = with(&form_fields(&edit), &[("opens_at", "2099-01-01T09:00")]);
    let saved = organiser
        .post(&app, "/staff/campaigns/kazakh-trade", &pairs(&later))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let public = app.get("/campaigns/kazakh-trade").await;
    let heading = public.text_of("#sign-heading").unwrap_or_default();
    assert_eq!(heading, "Opens on 1 January 2099, 09:00 UTC");
    assert!(public.attr_of("form.sign-form", "action").is_none());
    let refused = app
        .sign(
            "kazakh-trade",
            "Ada Lovelace",
            "ada@example.org",
            "SW1A 1AA",
        )
        .await;
    assert_eq!(refused.status, 409);

    // A new goal and a closing time in the past: closed.
    let edit = organiser
        .get(&app, "/staff/campaigns/kazakh-trade/edit")
        .await;
    assert_eq!(
        value(&edit, "opens_at").as_deref(),
        Some("2099-01-01T09:00")
    );
    let closing = with(
        &form_fields(&edit),
        &[
            ("goal", "20000"),
            ("opens_at", ""),
            ("closes_at", "2020-01-31T12:00"),
            ("reason", "The visit is over"),
        ],
    );
    // A closing time in the past is saved only once confirmed.
    let warned = organiser
        .post(&app, "/staff/campaigns/kazakh-trade", &pairs(&closing))
        .await;
    assert_eq!(warned.status, 200, "{}", warned.body);
    assert!(warned.text_of("#confirm-warning").is_some());
    let closing = with(&closing, &[("confirm", "yes")]);
    let saved = organiser
        .post(&app, "/staff/campaigns/kazakh-trade", &pairs(&closing))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let public = app.get("/campaigns/kazakh-trade").await;
    assert!(public.body.contains("This campaign has closed"));
    assert!(public.body.contains("20,000"));
    let refused = app
        .sign(
            "kazakh-trade",
            "Ada Lovelace",
            "ada@example.org",
            "SW1A 1AA",
        )
        .await;
    assert_eq!(refused.status, 409);
    let list = organiser.get(&app, "/staff/campaigns").await;
    assert!(list.body.contains(">Closed<"));

    let entries = campaign_audit(&app).await;
    let summary: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.action.as_str(),
                e.subject_type.as_str(),
                e.subject_id.as_deref(),
                e.old_state.as_deref(),
                e.new_state.as_deref(),
                e.reason.as_deref(),
                e.actor.as_str(),
            )
        })
        .collect();
    let org = "org@example.org";
    let subject = Some("kazakh-trade");
    assert_eq!(
        summary,
        [
            (
                "campaign.update",
                "campaign",
                subject,
                Some("goal=5000, opens 2099-01-01 09:00"),
                Some("goal=20000, closes 2020-01-31 12:00"),
                Some("The visit is over"),
                org
            ),
            (
                "campaign.update",
                "campaign",
                subject,
                Some("goal=5000"),
                Some("goal=5000, opens 2099-01-01 09:00"),
                None,
                org
            ),
            (
                "campaign.create",
                "campaign",
                subject,
                None,
                Some("goal=5000"),
                None,
                org
            ),
        ]
    );
}

#[tokio::test]
async fn wrong_answers_are_explained_beside_their_fields_and_kept() {
    let app = spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let parsed = organiser
        .post(&app, "/staff/campaigns/new/parse", &[("letter", SEED)])
        .await;
    let fields = with(
        &form_fields(&parsed),
        &[
            ("headline", ""),
            ("slug", "Bad Slug!"),
            ("goal", "0"),
            ("similarity_threshold", "2"),
            ("targets", "own-mp\nPrime Minister"),
        ],
    );
    let page = organiser
        .post(&app, "/staff/campaigns", &pairs(&fields))
        .await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(page
        .text_of("title")
        .unwrap_or_default()
        .starts_with("Error: "));
    let error = |field: &str| page.text_of(&format!("#{field}-error")).unwrap_or_default();
    assert_eq!(error("headline"), "Error: Enter a headline");
    assert!(
        error("slug").contains("lower-case letters"),
        "{}",
        error("slug")
    );
    assert!(error("goal").contains("at least 1"));
    assert!(error("similarity_threshold").contains("from 0 to 1"));
    assert!(error("targets").contains("“Prime Minister” is not a target"));
    assert!(page.text_of(".error-summary").is_some());
    let described = page
        .attr_of("input#slug", "aria-describedby")
        .unwrap_or_default();
    assert!(described.contains("slug-error"), "{described}");
    assert_eq!(value(&page, "slug").as_deref(), Some("Bad Slug!"));
    assert_eq!(value(&page, "goal").as_deref(), Some("0"));
    assert_eq!(value(&page, "similarity_threshold").as_deref(), Some("2"));
    assert_eq!(value(&page, "author_name").as_deref(), Some("Mike Whale"));
    let body = page.text_of("textarea#body_markdown").unwrap_or_default();
    assert!(body.contains("## Shot"));

    // A slug already in use is refused; so is a bad edit, which changes nothing.
    let taken = with(
        &form_fields(&parsed),
        &[("slug", "british-values"), ("goal", "10")],
    );
    let page = organiser
        .post(&app, "/staff/campaigns", &pairs(&taken))
        .await;
    assert_eq!(page.status, 422);
    let error = page.text_of("#slug-error").unwrap_or_default();
    assert!(error.contains("already uses this web address"), "{error}");
    let edit = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    let bad = with(
        &form_fields(&edit),
        &[("goal", "lots"), ("closes_at", "soon")],
    );
    let page = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&bad))
        .await;
    assert_eq!(page.status, 422);
    assert!(page
        .text_of("#goal-error")
        .unwrap_or_default()
        .contains("whole number"));
    assert!(page.text_of("#closes_at-error").is_some());
    assert_eq!(value(&page, "closes_at").as_deref(), Some("soon"));
    assert!(campaign_audit(&app).await.is_empty(), "nothing was saved");
    assert!(app.get("/campaigns/bad-slug").await.status == 404);
}

#[tokio::test]
async fn only_organisers_and_admins_reach_the_campaign_pages() {
    let app = spawn_app().await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    for path in [
        "/staff/campaigns",
        "/staff/campaigns/new",
        "/staff/campaigns/british-values/edit",
    ] {
        assert_eq!(moderator.get(&app, path).await.status, 403, "GET {path}");
    }
    let parse = moderator
        .post(&app, "/staff/campaigns/new/parse", &[("letter", SEED)])
        .await;
    assert_eq!(parse.status, 403);
    let create = moderator
        .post(
            &app,
            "/staff/campaigns",
            &[("slug", "x"), ("headline", "X"), ("goal", "1")],
        )
        .await;
    assert_eq!(create.status, 403);
    let update = moderator
        .post(&app, "/staff/campaigns/british-values", &[("goal", "1")])
        .await;
    assert_eq!(update.status, 403);
    assert!(campaign_audit(&app).await.is_empty());

    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let list = admin.get(&app, "/staff/campaigns").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("UK trade props up Kazakh dictatorship"));
    assert!(list.body.contains("Featured"));
    let missing = admin
        .get(&app, "/staff/campaigns/no-such-campaign/edit")
        .await;
    assert_eq!(missing.status, 404);
}
