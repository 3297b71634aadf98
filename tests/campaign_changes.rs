//! Organisers change campaigns safely: targets must name officials (picked from a search
//! of the officials list, or typed and checked), and a change to the letter people signed,
//! or a closing time in the past, is saved only once confirmed; each signature keeps the
//! version of the text it was given, and the public page says when the letter was edited.

mod support;

use missive::auth::Role;
use missive::db::models::official::{self, OfficialRow};
use missive::db::models::{campaign, constituency, letter_version, signature, target};
use missive::domain::Target;
use support::forms::{form_fields, pairs, with};
use support::{spawn_app, staff_client, TestApp};

const SEED: &str = include_str!("fixtures/featured-letter.txt");

fn row(code: &str, name: &str, office: &str, constituency: Option<&str>) -> OfficialRow {
    OfficialRow {
        code: code.into(),
        name: name.into(),
        office: office.into(),
        salutation: None,
        constituency_code: constituency.map(str::to_owned),
        party: None,
        email: Some(format!("{code}@parliament.example")),
        postal_address: None,
    }
}

/// The shipped campaign's two ministers and two MPs with their constituencies.
async fn load_officials(app: &TestApp) {
    app.db
        .write(|conn| {
            let now = chrono::Utc::now().naive_utc();
            constituency::upsert_names(
                conn,
                &[
                    ("E14001290".into(), "Holborn and St Pancras".into()),
                    ("E14001111".into(), "Bath".into()),
                ],
            )?;
            for r in [
                row(
                    "prime-minister",
                    "The Rt Hon A Leader MP",
                    "Prime Minister",
                    None,
                ),
                row(
                    "foreign-secretary",
                    "The Rt Hon B Envoy MP",
                    "Foreign Secretary",
                    None,
                ),
                row(
                    "mp-e14001290",
                    "Ada Quill MP",
                    "Member of Parliament",
                    Some("E14001290"),
                ),
                row(
                    "mp-e14001111",
                    "Ben Otter MP",
                    "Member of Parliament",
                    Some("E14001111"),
                ),
            ] {
                official::upsert(conn, &r, now)?;
            }
            Ok(())
        })
        .await
        .expect("officials");
}

async fn stored_targets(app: &TestApp, slug: &'static str) -> Vec<Target> {
    app.db
        .read(move |conn| {
            let c = campaign::find_by_slug(conn, slug)?.expect("campaign");
            target::for_campaign(conn, c.id)
        })
        .await
        .expect("targets")
}

#[tokio::test]
async fn unknown_codes_are_refused_beside_the_field_and_officials_are_picked_by_search() {
    let app = spawn_app().await;
    load_officials(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let parsed = organiser
        .post(&app, "/staff/campaigns/new/parse", &[("letter", SEED)])
        .await;
    let targets = "own-mp\nhousing-secretary\nprime-minister\nschools-tsar";
    let fields = with(
        &form_fields(&parsed),
        &[("slug", "picked"), ("goal", "100"), ("targets", targets)],
    );
    let page = organiser
        .post(&app, "/staff/campaigns", &pairs(&fields))
        .await;
    assert_eq!(page.status, 422, "{}", page.body);
    let error = page.text_of("#targets-error").unwrap_or_default();
    assert!(
        error.contains("“housing-secretary” and “schools-tsar”"),
        "{error}"
    );
    assert!(!error.contains("prime-minister"), "{error}");
    assert_eq!(
        page.text_of("textarea#targets").as_deref(),
        Some(targets),
        "kept"
    );
    assert!(page
        .attr_of("textarea#targets", "aria-describedby")
        .unwrap_or_default()
        .contains("targets-error"));
    assert_eq!(app.get("/campaigns/picked").await.status, 404, "not saved");

    // Search by constituency, then by part of a name, ignoring case.
    let search = with(
        &form_fields(&page),
        &[("target_search", "holborn"), ("find", "yes")],
    );
    let found = organiser
        .post(&app, "/staff/campaigns", &pairs(&search))
        .await;
    assert_eq!(found.status, 200, "{}", found.body);
    let results = found.text_of(".target-results").unwrap_or_default();
    assert!(results.contains("Ada Quill MP"), "{results}");
    assert!(results.contains("Holborn and St Pancras"), "{results}");
    assert!(!results.contains("Ben Otter"), "{results}");
    let search = with(
        &form_fields(&page),
        &[("target_search", "OTTER"), ("find", "yes")],
    );
    let found = organiser
        .post(&app, "/staff/campaigns", &pairs(&search))
        .await;
    let add = found.attr_of(".target-results button[name=add_target]", "value");
    assert_eq!(add.as_deref(), Some("mp-e14001111"));

    // Add the MP found, remove the two unknown codes: each press shows the form again.
    let added = organiser
        .post(
            &app,
            "/staff/campaigns",
            &pairs(&with(
                &form_fields(&found),
                &[("add_target", "mp-e14001111")],
            )),
        )
        .await;
    assert_eq!(added.status, 200);
    let chosen = added.text_of(".chosen-targets").unwrap_or_default();
    assert!(
        chosen.contains("Ben Otter MP") && chosen.contains("Bath"),
        "{chosen}"
    );
    let mut page = added;
    for code in ["housing-secretary", "schools-tsar"] {
        page = organiser
            .post(
                &app,
                "/staff/campaigns",
                &pairs(&with(&form_fields(&page), &[("remove_target", code)])),
            )
            .await;
        assert_eq!(page.status, 200);
    }
    assert_eq!(
        page.text_of("textarea#targets").as_deref(),
        Some("own-mp\nprime-minister\nmp-e14001111")
    );
    assert_eq!(
        app.get("/campaigns/picked").await.status,
        404,
        "still not saved"
    );
    let saved = organiser
        .post(&app, "/staff/campaigns", &pairs(&form_fields(&page)))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let codes: Vec<Option<String>> = stored_targets(&app, "picked")
        .await
        .iter()
        .map(|t| t.official_code().map(str::to_owned))
        .collect();
    assert_eq!(
        codes,
        [
            None,
            Some("prime-minister".to_owned()),
            Some("mp-e14001111".to_owned())
        ]
    );
}

#[tokio::test]
async fn a_campaign_file_naming_an_unknown_official_is_refused() {
    let app = spawn_app().await;
    let text = include_str!("../campaigns/british-values.md")
        .replace("slug = \"british-values\"", "slug = \"housing\"")
        .replace("featured = true", "featured = false")
        .replace(
            "targets = [\"prime-minister\", \"foreign-secretary\", \"own-mp\"]",
            "targets = [\"housing-secretary\", \"own-mp\"]",
        );
    let file = app.data_dir.path().join("housing.md");
    std::fs::write(&file, &text).expect("write");
    let out = app.run_cli(&["campaign", "import", &file.to_string_lossy()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no official has the code housing-secretary"),
        "{stderr}"
    );
    assert_eq!(app.get("/campaigns/housing").await.status, 404);

    load_officials(&app).await;
    let fixed = text.replace("housing-secretary", "mp-e14001290");
    std::fs::write(&file, &fixed).expect("write");
    let out = app.run_cli(&["campaign", "import", &file.to_string_lossy()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

async fn signature_version(app: &TestApp, email: &'static str) -> Option<i64> {
    app.db
        .read(move |conn| {
            let c = campaign::find_by_slug(conn, "british-values")?.expect("campaign");
            let s = signature::find(conn, c.id, email)?.expect("signature");
            letter_version::of_signature(conn, s.id)
        })
        .await
        .expect("version")
}

async fn versions(app: &TestApp) -> Vec<letter_version::LetterVersion> {
    app.db
        .read(|conn| {
            let c = campaign::find_by_slug(conn, "british-values")?.expect("campaign");
            letter_version::all(conn, c.id)
        })
        .await
        .expect("versions")
}

#[tokio::test]
async fn changing_signed_text_warns_first_and_each_signature_keeps_its_version() {
    let app = spawn_app().await;
    load_officials(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let first = versions(&app).await;
    assert_eq!(first.len(), 1, "the shipped campaign has its first version");
    let public = app.get("/campaigns/british-values").await;
    assert!(public.text_of(".letter-edited").is_none());

    let signed = app
        .sign(
            "british-values",
            "Ada Lovelace",
            "ada@example.org",
            "SW1A 1AA",
        )
        .await;
    assert!(signed.status < 400, "{}", signed.body);
    assert_eq!(
        signature_version(&app, "ada@example.org").await,
        Some(first[0].id)
    );

    // A new paragraph: a warning, nothing saved.
    let edit = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    let body = edit.text_of("textarea#body_markdown").unwrap_or_default();
    let new_body = format!("{body}\n\nA paragraph added later.");
    let changed = with(&form_fields(&edit), &[("body_markdown", &new_body)]);
    let warned = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&changed))
        .await;
    assert_eq!(warned.status, 200, "{}", warned.body);
    let warning = warned.text_of("#confirm-warning").unwrap_or_default();
    assert!(
        warning.contains("1 person signed the earlier text; they will keep the text they signed"),
        "{warning}"
    );
    assert!(warned.attr_of("input#confirm", "type").is_some());
    assert_eq!(
        warned.text_of("textarea#body_markdown").as_deref(),
        Some(new_body.as_str()),
        "the change is kept in the form"
    );
    assert_eq!(versions(&app).await.len(), 1, "nothing saved");
    let public = app.get("/campaigns/british-values").await;
    assert!(!public.body.contains("A paragraph added later"));

    // Confirmed: saved as a second version; the earlier signature keeps the first.
    let confirmed = with(&form_fields(&warned), &[("confirm", "yes")]);
    let saved = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&confirmed))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let all = versions(&app).await;
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].body_markdown, body.trim());
    assert!(all[1].body_markdown.ends_with("A paragraph added later."));
    assert!(all[1].created_by.is_some() && all[0].created_by.is_none());
    assert_eq!(
        signature_version(&app, "ada@example.org").await,
        Some(all[0].id)
    );
    let signed = app
        .sign(
            "british-values",
            "Bob Babbage",
            "bob@example.org",
            "SW1A 1AA",
        )
        .await;
    assert!(signed.status < 400, "{}", signed.body);
    assert_eq!(
        signature_version(&app, "bob@example.org").await,
        Some(all[1].id)
    );

    let public = app.get("/campaigns/british-values").await;
    assert!(public.body.contains("A paragraph added later"));
    let today = chrono::Utc::now().format("%-d %B %Y").to_string();
    let edited = public.text_of(".letter-edited").unwrap_or_default();
    assert!(edited.contains(&format!("edited on {today}")), "{edited}");
    let link = public.attr_of(".letter-edited a", "href");
    assert_eq!(link.as_deref(), Some("/campaigns/british-values/versions"));
    let listed = app.get("/campaigns/british-values/versions").await;
    assert_eq!(listed.status, 200);
    let newest = listed.text_of("article h2").unwrap_or_default();
    assert!(
        newest.starts_with("Version 2, from") && newest.ends_with("(current)"),
        "{newest}"
    );
    assert!(listed.body.contains("Version 1, from"));
    assert_eq!(listed.body.matches("A paragraph added later").count(), 1);

    // A change that leaves the text alone needs no confirmation and makes no version.
    let edit = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    let goal = with(&form_fields(&edit), &[("goal", "12000")]);
    let saved = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&goal))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(versions(&app).await.len(), 2);
}

#[tokio::test]
async fn a_closing_time_in_the_past_is_saved_only_when_confirmed() {
    let app = spawn_app().await;
    load_officials(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let edit = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    let closing = with(&form_fields(&edit), &[("closes_at", "2020-01-31T12:00")]);
    let warned = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&closing))
        .await;
    assert_eq!(warned.status, 200, "{}", warned.body);
    let warning = warned.text_of("#confirm-warning").unwrap_or_default();
    assert!(
        warning.contains("The closing time, 31 January 2020, 12:00 UTC, is in the past"),
        "{warning}"
    );
    let public = app.get("/campaigns/british-values").await;
    assert!(
        !public.body.contains("This campaign has closed"),
        "not saved"
    );

    let confirmed = with(&form_fields(&warned), &[("confirm", "yes")]);
    let saved = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&confirmed))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let public = app.get("/campaigns/british-values").await;
    assert!(public.body.contains("This campaign has closed"));

    // Saving again with the same past closing time asks nothing more.
    let edit = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    let again = organiser
        .post(
            &app,
            "/staff/campaigns/british-values",
            &pairs(&form_fields(&edit)),
        )
        .await;
    assert_eq!(again.status, 303, "{}", again.body);
}
