//! Everything that goes in before the pages are opened, as browsers and organisers would
//! send it: a campaign from the staff form, an official, an MP and a constituency from
//! import files, signers, another staff account, and supporters' letters.

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::schema::letters;

use super::corpus::{every, one, Fields, MARKER, PAYLOADS};
use crate::support::{staff_client, StaffClient, TestApp};

pub const SLUG: &str = "xss-corpus";

/// What went in, as the markers each page should show.
pub struct Planted {
    pub admin: StaffClient,
    pub admin_email: String,
    /// The admin's email, on every staff page.
    pub staff: Vec<String>,
    pub headline: Vec<String>,
    /// Campaign fields shown as text on its page.
    pub campaign_page: Vec<String>,
    /// Campaign fields in attributes there (description, alt text).
    pub campaign_meta: Vec<String>,
    pub body: Vec<String>,
    pub audit_reason: Vec<String>,
    /// The imported official's name and office; salutation and address.
    pub official: Vec<String>,
    pub official_print: Vec<String>,
    pub mp: Vec<String>,
    pub place: Vec<String>,
    pub place_name: String,
    pub signers: Vec<String>,
    pub added_account: Vec<String>,
}

struct Imported {
    official: Vec<String>,
    official_print: Vec<String>,
    mp: Vec<String>,
    place: Vec<String>,
    place_name: String,
}

/// An official (no email: letters to them are printed), the MP of a constituency and the
/// constituency's name, through `missive officials import` and `missive postcodes import`.
fn import_officials_and_places(app: &TestApp) -> Imported {
    let official = Fields::new(&[
        ("name", "on", 7),
        ("office", "oo", 11),
        ("salutation", "os", 19),
        ("address", "op", 22),
    ]);
    let (mp_name, mp_m) = one("mn", 16);
    let (place, place_m) = one("pn", 3);
    let quoted = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let officials_csv = format!(
        "code,name,office,salutation,postal_address,constituency_code\n\
         xss-official,{},{},{},{},\n\
         mp-e14001290,{},Member of Parliament,,House of Commons,E14001290\n",
        quoted(official.payload("name")),
        quoted(official.payload("office")),
        quoted(official.payload("salutation")),
        quoted(&format!("{}|London", official.payload("address"))),
        quoted(&mp_name),
    );
    let dir = app.data_dir.path();
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let (officials, postcodes, names) = (
        path("officials.csv"),
        path("postcodes.csv"),
        path("names.csv"),
    );
    std::fs::write(&officials, officials_csv).expect("officials file");
    std::fs::write(&postcodes, "pcds,pcon\nWC1H 9JE,E14001290\n").expect("postcodes file");
    std::fs::write(&names, format!("code,name\nE14001290,{}\n", quoted(&place)))
        .expect("names file");
    for args in [
        vec!["officials", "import", &officials],
        vec!["postcodes", "import", &postcodes, "--names", &names],
    ] {
        let out = app.run_cli(&args);
        assert!(
            out.status.success(),
            "missive {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Imported {
        official: official.markers_of(&["name", "office"]),
        official_print: official.markers_of(&["salutation", "address"]),
        mp: vec![mp_m],
        place: vec![place_m],
        place_name: place,
    }
}

pub async fn plant(app: &TestApp) -> Planted {
    let admin_email = format!("{MARKER}-ae00'onfocus=alert`1`'{{{{7*7}}}}@example.org");
    let admin = staff_client(app, &admin_email, Role::Admin).await;
    let imported = import_officials_and_places(app);

    let campaign = Fields::new(&[
        ("kicker", "ck", 2),
        ("headline", "ch", 8),
        ("summary", "cs", 4),
        ("author_name", "ca", 1),
        ("author_role", "cr", 5),
        ("attribution", "ct", 12),
        ("image_caption", "ic", 3),
        ("image_credit", "ir", 17),
        ("image_licence", "il", 13),
        ("image_file", "if", 9),
        ("image_alt", "ia", 6),
        ("reason", "cn", 10),
    ]);
    let (body, body_markers) = every("cb");
    let mut form = campaign.pairs();
    form.extend([
        ("body_markdown", body.as_str()),
        ("slug", SLUG),
        ("goal", "1000"),
        ("targets", "own-mp\nxss-official"),
        ("similarity_threshold", "0.8"),
        ("featured", "yes"),
    ]);
    let created = admin.post(app, "/staff/campaigns", &form).await;
    assert_eq!(created.status, 303, "create the campaign: {}", created.body);

    // Signers, one payload each, all in the payload-named constituency.
    let mut signers = Vec::new();
    for i in 0..PAYLOADS.len() {
        let (name, marker) = one("sn", i);
        let signed = app
            .sign(SLUG, &name, &format!("signer{i}@example.org"), "WC1H 9JE")
            .await;
        assert_eq!(signed.status, 303, "sign as {name}: {}", signed.body);
        signers.push(marker);
    }

    let account = format!("{MARKER}-ua01'autofocus/onfocus=alert`2`@example.org");
    let added = admin
        .post(
            app,
            "/staff/users",
            &[
                ("email", account.as_str()),
                ("role", "moderator"),
                ("password", "a long enough password for staff"),
            ],
        )
        .await;
    assert_eq!(added.status, 303, "add an account: {}", added.body);

    Planted {
        admin,
        admin_email,
        staff: vec![format!("{MARKER}-ae00")],
        headline: campaign.markers_of(&["headline"]),
        campaign_page: campaign.markers_of(&[
            "kicker",
            "author_name",
            "author_role",
            "attribution",
            "image_caption",
            "image_credit",
            "image_licence",
            "summary",
        ]),
        campaign_meta: campaign.markers_of(&["summary", "image_alt"]),
        body: body_markers,
        audit_reason: campaign.markers_of(&["reason"]),
        official: imported.official,
        official_print: imported.official_print,
        mp: imported.mp,
        place: imported.place,
        place_name: imported.place_name,
        signers,
        added_account: vec![format!("{MARKER}-ua01")],
    }
}

/// A letter saved and submitted: its private path, id and markers.
pub struct Written {
    pub path: String,
    pub id: i64,
    pub name: Vec<String>,
    pub subject: Vec<String>,
    pub public_name: Vec<String>,
    pub body: Vec<String>,
}

/// Saves a letter whose every field is a payload (the text holds them all), then
/// submits it from its private page, as a writer would.
pub async fn write_letter(app: &TestApp, slot: &str, email: &str, index: usize) -> Written {
    let fields = Fields::new(&[
        ("full_name", &format!("{slot}n"), index),
        ("subject", &format!("{slot}s"), (index + 1) % PAYLOADS.len()),
        (
            "public_name",
            &format!("{slot}p"),
            (index + 2) % PAYLOADS.len(),
        ),
    ]);
    let (body, body_markers) = every(&format!("{slot}b"));
    let mut form = fields.pairs();
    form.extend([
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("body", body.as_str()),
        ("publish", "yes"),
        ("website", ""),
        ("action", "save"),
    ]);
    form.extend(crate::support::letters::ADDRESS);
    let saved = app
        .post_form(&format!("/campaigns/{SLUG}/letters"), &form)
        .await;
    assert_eq!(saved.status, 303, "save a letter: {}", saved.body);
    let location = saved.location.expect("a Location header");
    let path = location.split('?').next().unwrap_or_default().to_owned();
    if let Some(action) = form.iter_mut().find(|(name, _)| *name == "action") {
        action.1 = "submit";
    }
    let submitted = app.post_form(&path, &form).await;
    assert_eq!(submitted.status, 303, "submit a letter: {}", submitted.body);
    crate::support::letters::confirm_writer(app, email).await;
    let email = email.to_owned();
    let id = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(email))
                .select(letters::id)
                .first::<i64>(conn)?)
        })
        .await
        .expect("the letter's id");
    Written {
        path,
        id,
        name: fields.markers_of(&["full_name"]),
        subject: fields.markers_of(&["subject"]),
        public_name: fields.markers_of(&["public_name"]),
        body: body_markers,
    }
}
