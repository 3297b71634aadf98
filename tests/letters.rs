//! Supporters write their own letters: drafts, private links, autosave, the meter,
//! submission, approval and delivery, joint letters and the published page.

mod support;

use support::letters::*;

use support::{spawn_app, Page, TestApp};

const SLUG: &str = "british-values";
const WRITE: &str = "/campaigns/british-values/letters";

const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. When I visited, people told me quietly that they were afraid of \
their own police. Please raise the Zhanaozen shootings with the Kazakh government, and make \
any new trade deal depend on the release of political prisoners and on free trade unions.";

fn letter_fields<'a>(
    name: &'a str,
    email: &'a str,
    postcode: &'a str,
    body: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", postcode),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", body),
        ("website", ""),
        ("action", action),
    ];
    fields.extend(ADDRESS);
    fields
}

/// Saves a new letter and returns its private path.
async fn save_new(app: &TestApp, fields: &[(&str, &str)]) -> String {
    let saved = app.post_form(WRITE, fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location.unwrap();
    location.split('?').next().unwrap().to_owned()
}

async fn autosave(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> (u16, serde_json::Value) {
    let response = app
        .client
        .post(app.url(&format!("{path}/autosave")))
        .form(fields)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn a_new_letter_starts_from_the_featured_text_or_blank() {
    let app = spawn_app().await;
    let page = app.get("/campaigns/british-values/write").await;
    assert_eq!(page.status, 200);
    let body = page.text_of("textarea#body").unwrap();
    assert!(body.starts_with("Following the much-publicised"));
    assert!(
        !body.contains("Shot\n"),
        "crossheads are not part of a personal letter"
    );
    assert_eq!(
        page.attr_of("#subject", "value").as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );
    assert_eq!(page.text_of("#own-percent").as_deref(), Some("0%"));
    let recipients = page.text_of(".recipients").unwrap();
    assert!(recipients.contains("Prime Minister"), "{recipients}");
    assert!(recipients.contains("your MP"), "{recipients}");
    assert!(page
        .text_of(".preview")
        .unwrap()
        .contains("Dear Prime Minister,"));

    let blank = app.get("/campaigns/british-values/write?start=blank").await;
    assert_eq!(blank.text_of("textarea#body").as_deref(), Some(""));
    assert_eq!(blank.text_of("#own-percent").as_deref(), Some("100%"));
    assert!(app
        .get("/campaigns/british-values")
        .await
        .body
        .contains("/campaigns/british-values/write"));
}

#[tokio::test]
async fn a_draft_needs_an_email_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let page = app
        .post_form(
            WRITE,
            &letter_fields("Ada", "", "", "Half a thought <b>bold</b>", "save"),
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(page
        .text_of("#email-error")
        .unwrap()
        .contains("Enter your email address"));
    assert_eq!(
        page.text_of("textarea#body").as_deref(),
        Some("Half a thought <b>bold</b>")
    );
    assert!(
        !page.body.contains("<b>bold</b>"),
        "HTML the writer typed is shown as text"
    );
}

#[tokio::test]
async fn saving_emails_a_private_link_that_works_in_another_browser() {
    let app = spawn_app().await;
    let path = save_new(
        &app,
        &letter_fields(
            "Ada Lovelace",
            "ada@example.org",
            "",
            "Dear all, a first draft.",
            "save",
        ),
    )
    .await;
    assert!(path.starts_with("/letters/"));
    let emails = app.wait_for_emails_to("ada@example.org", 1).await;
    let link = emails[0]
        .link_path("/letters/")
        .expect("private link in email");
    assert_eq!(link, path);

    let other_device = reqwest::Client::new();
    let page = other_device.get(app.url(&link)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = Page {
        status: 200,
        location: None,
        body: page.text().await.unwrap(),
    };
    assert_eq!(
        page.text_of("textarea#body").as_deref(),
        Some("Dear all, a first draft.")
    );
    assert_eq!(
        page.attr_of("#email", "value").as_deref(),
        Some("ada@example.org")
    );
    assert_eq!(
        page.attr_of("form.letter-form", "data-autosave"),
        Some(format!("{path}/autosave"))
    );

    // The Save button (no JavaScript) updates the same draft.
    let saved = app
        .post_form(
            &path,
            &letter_fields(
                "Ada Lovelace",
                "ada@example.org",
                "",
                "Second thoughts.",
                "save",
            ),
        )
        .await;
    assert_eq!(saved.status, 303);
    assert_eq!(
        app.get(&path).await.text_of("textarea#body").as_deref(),
        Some("Second thoughts.")
    );
    let unknown = format!("/letters/{}", "B".repeat(43));
    assert_eq!(app.get(&unknown).await.status, 404);
    assert_eq!(app.get("/letters/not-a-token").await.status, 404);
}

#[tokio::test]
async fn autosave_saves_and_the_meter_scores_known_texts() {
    let app = spawn_app().await;
    let featured = featured();
    let path = save_new(
        &app,
        &letter_fields("Ada", "ada@example.org", "", &featured, "save"),
    )
    .await;

    let (status, identical) = autosave(
        &app,
        &path,
        &letter_fields("Ada", "ada@example.org", "", &featured, "save"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(identical["saved"], true);
    assert_eq!(identical["similarity"], 1000);
    assert_eq!(identical["own_percent"], 0);

    let edited = featured
        .replacen(
            "Following the much-publicised",
            "As a lifelong trade unionist in your constituency, I was appalled to read that our \
             government is rolling out the red carpet. Following the much-publicised",
            1,
        )
        .replacen(
            "should look at the facts.",
            "should look hard at what has happened since.",
            1,
        );
    let (_, light) = autosave(
        &app,
        &path,
        &letter_fields("Ada", "ada@example.org", "", &edited, "save"),
    )
    .await;
    let light = light["similarity"].as_i64().unwrap();
    assert!((800..1000).contains(&light), "lightly edited: {light}");

    let (_, own) = autosave(
        &app,
        &path,
        &letter_fields("Ada", "ada@example.org", "", PERSONAL, "save"),
    )
    .await;
    assert!(
        own["similarity"].as_i64().unwrap() <= 200,
        "rewritten: {own}"
    );
    assert_eq!(own["meter_words"], "Your own letter");
    assert_eq!(
        app.get(&path).await.text_of("textarea#body").as_deref(),
        Some(PERSONAL)
    );

    let (status, refused) = autosave(
        &app,
        &path,
        &letter_fields("Ada", "nope", "", PERSONAL, "save"),
    )
    .await;
    assert_eq!(status, 422);
    assert!(refused["errors"]["email"]
        .as_str()
        .unwrap()
        .contains("correct format"));
}

#[tokio::test]
async fn a_postcode_finds_the_mp_or_the_writer_picks_a_constituency() {
    let app = spawn_app().await;
    holborn(&app).await;
    let matched = save_new(
        &app,
        &letter_fields("Ada", "ada@example.org", "wc1h9je", PERSONAL, "save"),
    )
    .await;
    let page = app.get(&matched).await;
    assert!(page
        .text_of("#your-mp")
        .unwrap()
        .contains("Holborn and St Pancras"));
    assert!(page
        .text_of(".recipients")
        .unwrap()
        .contains("Jane Member MP"));
    assert!(page
        .text_of(".preview")
        .unwrap()
        .contains("Dear Jane Member,"));

    // A real postcode not in the local lookup, with the postcode API off (as in every
    // test that starts no fake of it): told plainly, and can search.
    let unmatched = save_new(
        &app,
        &letter_fields("Bo", "bo@example.org", "SW1A 1AA", PERSONAL, "save"),
    )
    .await;
    let page = app.get(&unmatched).await;
    assert!(page
        .text_of("#your-mp")
        .unwrap()
        .contains("postcode lookup is unavailable"));
    let mut search = letter_fields("Bo", "bo@example.org", "SW1A 1AA", PERSONAL, "find_mp");
    search.push(("mp_search", "westMINSTER"));
    let found = app.post_form(&unmatched, &search).await;
    assert_eq!(found.status, 200);
    assert_eq!(
        found
            .attr_of("#constituency option[value=E14001172]", "value")
            .as_deref(),
        Some("E14001172")
    );
    let mut pick = letter_fields("Bo", "bo@example.org", "SW1A 1AA", PERSONAL, "save");
    pick.push(("constituency", "E14001172"));
    assert_eq!(app.post_form(&unmatched, &pick).await.status, 303);
    let page = app.get(&unmatched).await;
    assert!(page
        .text_of("#your-mp")
        .unwrap()
        .contains("Cities of London and Westminster"));
    assert!(
        page.text_of(".recipients")
            .unwrap()
            .contains("Rachel Blake MP"),
        "the shipped MP"
    );

    // An invalid postcode is refused at submission, with the writer's text kept.
    let invalid = app
        .post_form(
            &unmatched,
            &letter_fields("Bo", "bo@example.org", "nowhere", PERSONAL, "submit"),
        )
        .await;
    assert_eq!(invalid.status, 422);
    assert!(invalid
        .text_of("#postcode-error")
        .unwrap()
        .contains("UK postcode"));
    assert_eq!(invalid.text_of("textarea#body").as_deref(), Some(PERSONAL));
}

#[tokio::test]
async fn a_submitted_letter_waits_for_approval_then_reaches_officials() {
    let app = spawn_app().await;
    holborn(&app).await;
    let path = save_new(
        &app,
        &letter_fields(
            "Ada Lovelace",
            "ada@example.org",
            "WC1H 9JE",
            PERSONAL,
            "save",
        ),
    )
    .await;
    let short = app
        .post_form(
            &path,
            &letter_fields(
                "Ada Lovelace",
                "ada@example.org",
                "WC1H 9JE",
                "Too short",
                "submit",
            ),
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short
        .text_of("#body-error")
        .unwrap()
        .contains("at least 50"));

    let submitted = app
        .post_form(
            &path,
            &letter_fields(
                "Ada Lovelace",
                "ada@example.org",
                "WC1H 9JE",
                PERSONAL,
                "submit",
            ),
        )
        .await;
    assert_eq!(submitted.status, 303);
    let page = app.get(&path).await;
    assert!(page
        .body
        .contains("Waiting for you to confirm your email address"));
    // Submitting signed the campaign: the confirmation email went out, and the letter
    // goes to moderation once Ada confirms.
    let to_ada = app.wait_for_emails_to("ada@example.org", 3).await;
    assert!(to_ada
        .iter()
        .any(|e| e.link_path("/signatures/confirm/").is_some()));
    confirm_writer(&app, "ada@example.org").await;
    assert!(app
        .get(&path)
        .await
        .body
        .contains("Waiting for a moderator"));
    // Nothing reaches the MP before a moderator approves.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app
        .wait_for_emails_to("jane.member@parliament.example", 0)
        .await
        .is_empty());

    let pending = app.run_cli(&["letters", "pending"]);
    let listed = String::from_utf8_lossy(&pending.stdout).to_string();
    let id = listed.split('\t').next().unwrap().trim().to_owned();
    assert!(listed.contains("Trade with Kazakhstan"), "{listed}");
    let approved = app.run_cli(&["letters", "approve", &id]);
    assert!(
        approved.status.success(),
        "{}",
        String::from_utf8_lossy(&approved.stderr)
    );
    assert!(String::from_utf8_lossy(&approved.stdout).contains("1 by email, 2 to print"));
    assert!(
        !app.run_cli(&["letters", "approve", &id]).status.success(),
        "approving twice is refused"
    );
    // The running server's sender picks up what the CLI queued.
    let _ = app.get("/health").await;

    let to_mp = app
        .wait_for_emails_to("jane.member@parliament.example", 1)
        .await;
    assert_eq!(to_mp.len(), 1);
    assert_eq!(to_mp[0].reply_to.as_deref(), Some("ada@example.org"));
    assert_eq!(to_mp[0].subject, "Trade with Kazakhstan");
    assert!(to_mp[0].text.starts_with("Dear Jane Member,"));
    assert!(to_mp[0]
        .text
        .contains("Ada Lovelace\n1 Gordon Square\nLondon\nWC1H 9JE\nHolborn and St Pancras"));

    let approval = app.wait_for_emails_to("ada@example.org", 4).await;
    let link = approval.last().unwrap().link_path("/letters/").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let page = loop {
        let page = app.get(&link).await;
        if page
            .text_of("table.deliveries")
            .unwrap_or_default()
            .contains("Sent")
            || std::time::Instant::now() > deadline
        {
            break page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let table = page.text_of("table.deliveries").unwrap();
    assert!(
        table.contains("Jane Member MP") && table.contains("Sent"),
        "{table}"
    );
    assert!(table.contains("Ready to print"), "{table}");
    let print_link = page
        .attr_of("table.deliveries a[href*='/print/']", "href")
        .unwrap();
    let printable = app.get(&print_link).await;
    assert_eq!(printable.status, 200);
    assert!(printable.body.contains("10 Downing Street"));
    assert!(printable.body.contains("Dear Prime Minister,"));
    assert!(printable.body.contains("print.css"));
    // No email address for the ministers: no `mailto:` that goes nowhere, but words that say
    // to print and post (tests/supporter_path.rs has the mailto once there is an address).
    assert!(page.attr_of("a[href^='mailto:?']", "href").is_none());
    assert!(table.contains("We have no email address for"), "{table}");
}

#[tokio::test]
async fn near_copies_go_as_one_joint_letter_and_published_letters_are_escaped() {
    let app = spawn_app().await;
    holborn(&app).await;
    let featured = featured();
    for (name, email) in [
        ("Ann Copy", "ann@example.org"),
        ("Ben Copy", "ben@example.org"),
    ] {
        let path = save_new(
            &app,
            &letter_fields(name, email, "WC1H 9JE", &featured, "save"),
        )
        .await;
        assert_eq!(
            app.post_form(
                &path,
                &letter_fields(name, email, "WC1H 9JE", &featured, "submit")
            )
            .await
            .status,
            303
        );
    }
    let mut own = letter_fields(
        "Cy <script>alert(1)</script>",
        "cy@example.org",
        "WC1H 9JE",
        "",
        "submit",
    );
    let body = format!("{PERSONAL}\n\n<script>alert('xss')</script>");
    own[5] = ("body", body.as_str());
    own[0] = ("full_name", "Cy Writer");
    own.push(("publish", "yes"));
    own.push(("public_name", "Cy <img src=x onerror=alert(1)>"));
    let published = app.post_form(WRITE, &own).await;
    assert_eq!(published.status, 303, "{}", published.body);
    for writer in ["ann@example.org", "ben@example.org", "cy@example.org"] {
        confirm_writer(&app, writer).await;
    }

    let pending = String::from_utf8_lossy(&app.run_cli(&["letters", "pending"]).stdout).to_string();
    for line in pending.lines() {
        let id = line.split('\t').next().unwrap();
        assert!(app.run_cli(&["letters", "approve", id]).status.success());
    }
    let joint = app.run_cli(&["letters", "send-joint"]);
    let out = String::from_utf8_lossy(&joint.stdout).to_string();
    assert!(
        out.contains("to Jane Member MP: 2 signers, queued by email"),
        "{out}"
    );
    assert!(out.contains("2 signers, ready to print"), "{out}");
    let _ = app.get("/health").await;
    let to_mp = app
        .wait_for_emails_to("jane.member@parliament.example", 2)
        .await;
    let joint_email = to_mp
        .iter()
        .find(|e| e.text.contains("sent jointly"))
        .expect("one joint letter");
    assert!(joint_email
        .text
        .contains("Ann Copy, Holborn and St Pancras"));
    assert!(joint_email
        .text
        .contains("Ben Copy, Holborn and St Pancras"));
    assert_eq!(
        to_mp
            .iter()
            .filter(|e| e.text.contains("sent jointly"))
            .count(),
        1
    );
    assert!(
        String::from_utf8_lossy(&app.run_cli(&["letters", "send-joint"]).stdout)
            .contains("no near-copies")
    );

    let page = app.get("/campaigns/british-values/letters").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.html()
            .select(&scraper::Selector::parse(".supporter-letter").unwrap())
            .count(),
        1
    );
    assert!(
        page.body
            .contains("&lt;script&gt;alert('xss')&lt;/script&gt;")
            || page
                .body
                .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
    );
    assert!(!page.body.contains("<script>alert"));
    assert!(!page.body.contains("<img src=x"));
    assert!(page
        .text_of(".supporter-letter .byline")
        .unwrap()
        .contains("Holborn and St Pancras"));
    assert!(!page.body.contains("cy@example.org"));
    assert_eq!(
        app.get("/campaigns/british-values/letters?page=abc")
            .await
            .status,
        200
    );
    let _ = SLUG;
}
