//! Exports over HTTP and from the CLI, against a fixture inserted with diesel: each count
//! table, CSV that parses back to the same rows with formula cells neutralised, letters
//! without writers' details for organisers, signers' contact details for admins only, and
//! the CLI writing the same bytes as the browser download.

#[path = "exports/fixture.rs"]
mod fixture;
mod support;

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::schema::{audit_log, signatures};
use support::{spawn_app, staff_client, StaffClient, TestApp};

use fixture::{at, FORMULA_NAME, FORMULA_SUBJECT, SLUG};

struct Download {
    status: u16,
    content_type: String,
    disposition: String,
    cache: String,
    chunked: bool,
    body: Vec<u8>,
}

async fn download(app: &TestApp, who: &StaffClient, path: &str) -> Download {
    let url = app.url(&format!("/staff/campaigns/{SLUG}/exports/{path}"));
    let response = who.client.get(url).send().await.expect("GET");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let (content_type, disposition) = (header("content-type"), header("content-disposition"));
    let cache = header("cache-control");
    let chunked = response.content_length().is_none();
    let status = response.status().as_u16();
    let body = response.bytes().await.expect("body").to_vec();
    Download {
        status,
        content_type,
        disposition,
        cache,
        chunked,
        body,
    }
}

/// The header and rows of a CSV document, read back with the csv crate.
fn csv_table(bytes: &[u8]) -> (Vec<String>, Table) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn json_rows(bytes: &[u8]) -> Vec<serde_json::Value> {
    match serde_json::from_slice(bytes).expect("a JSON document") {
        serde_json::Value::Array(rows) => rows,
        other => panic!("expected a JSON array, got {other}"),
    }
}

/// Rows of cells, as read back.
type Table = Vec<Vec<String>>;

fn strings(rows: &[&[&str]]) -> Table {
    rows.iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[tokio::test]
async fn each_count_table_matches_the_fixture_in_csv_and_json() {
    let app = spawn_app().await;
    fixture::load(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let expected: [(&str, &[&str], Table); 4] = [
        (
            "day",
            &["day", "count"],
            strings(&[
                &["2026-11-01", "2"],
                &["2026-11-02", "2"],
                &["2026-11-03", "1"],
            ]),
        ),
        (
            "hour",
            &["hour", "count"],
            strings(&[
                &["2026-11-01T09:00", "1"],
                &["2026-11-01T10:00", "1"],
                &["2026-11-02T09:00", "2"],
                &["2026-11-03T14:00", "1"],
            ]),
        ),
        (
            "constituency",
            &["code", "name", "mp", "count"],
            strings(&[
                &["E14000001", "Alpha North", "Ada Member MP", "2"],
                &["E14000002", "Beta South", "", "2"],
            ]),
        ),
        (
            "country",
            &["code", "name", "count"],
            strings(&[&["GB", "United Kingdom", "4"], &["FR", "France", "1"]]),
        ),
    ];
    for (by, columns, rows) in expected {
        let csv = download(&app, &organiser, &format!("counts.csv?by={by}")).await;
        assert_eq!(csv.status, 200, "counts by {by}");
        assert_eq!(csv.content_type, "text/csv; charset=utf-8");
        assert_eq!(
            csv.disposition,
            format!("attachment; filename=\"{SLUG}-counts-by-{by}.csv\"")
        );
        assert_eq!(csv.cache, "no-store");
        let (header, got) = csv_table(&csv.body);
        assert_eq!(header, columns, "columns by {by}");
        assert_eq!(
            got, rows,
            "counts by {by}, in the order stats gives (most first)"
        );

        let json = download(&app, &organiser, &format!("counts.json?by={by}")).await;
        assert_eq!(json.status, 200);
        assert_eq!(json.content_type, "application/json");
        let from_json: Table = json_rows(&json.body)
            .iter()
            .map(|row| {
                columns
                    .iter()
                    .map(|c| match &row[*c] {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(from_json, rows, "JSON counts by {by}");
    }
    let bad = download(&app, &organiser, "counts.csv?by=week").await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn signers_export_holds_only_consenting_signers_for_admins() {
    let app = spawn_app().await;
    fixture::load(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    for file in ["signers.csv", "signers.json", "letters.csv?writers=yes"] {
        assert_eq!(
            download(&app, &organiser, file).await.status,
            403,
            "organiser {file}"
        );
        assert_eq!(
            download(&app, &moderator, file).await.status,
            403,
            "moderator {file}"
        );
    }
    let anonymous = app
        .client
        .get(app.url(&format!("/staff/campaigns/{SLUG}/exports/signers.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 303);
    assert_eq!(anonymous.headers()["location"], "/staff/login");

    let csv = download(&app, &admin, "signers.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.chunked, "streamed, without a length");
    let (header, rows) = csv_table(&csv.body);
    assert_eq!(
        header,
        [
            "name",
            "email",
            "postcode",
            "country",
            "constituency",
            "signed_at",
            "confirmed_at"
        ]
    );
    let hyperlink = format!("'{FORMULA_NAME}");
    let want = strings(&[
        &[
            "Ann One",
            "ann@example.org",
            "SW1A 1AA",
            "GB",
            "Alpha North",
            "2026-11-01T09:10:00Z",
            "2026-11-01T09:15:00Z",
        ],
        &[
            &hyperlink,
            "hyper@example.org",
            "SW1A 1AA",
            "GB",
            "Alpha North",
            "2026-11-01T10:05:00Z",
            "2026-11-01T10:06:00Z",
        ],
        &[
            "Cat Three",
            "cat@example.org",
            "",
            "FR",
            "",
            "2026-11-02T09:40:00Z",
            "2026-11-02T09:45:00Z",
        ],
    ]);
    assert_eq!(
        rows, want,
        "consenting, confirmed, valid signers of this campaign only"
    );

    let json = json_rows(&download(&app, &admin, "signers.json").await.body);
    assert_eq!(json.len(), 3);
    assert_eq!(
        json[1]["name"], FORMULA_NAME,
        "JSON keeps the value as it is"
    );
    assert_eq!(json[2]["postcode"], serde_json::Value::Null);

    let audited: Vec<(String, String, Option<String>)> = app
        .db
        .read(|conn| {
            Ok(audit_log::table
                .filter(audit_log::action.like("export.%"))
                .order(audit_log::id)
                .select((audit_log::actor, audit_log::action, audit_log::subject_id))
                .load(conn)?)
        })
        .await
        .unwrap();
    let entry = |action: &str| {
        (
            "admin@example.org".to_owned(),
            action.to_owned(),
            Some(SLUG.to_owned()),
        )
    };
    assert_eq!(
        audited,
        [entry("export.signers"), entry("export.signers")],
        "refusals are not exports"
    );
}

#[tokio::test]
async fn letters_export_has_writers_details_only_for_admins_who_ask() {
    let app = spawn_app().await;
    fixture::load(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let plain = download(&app, &organiser, "letters.csv").await;
    assert_eq!(plain.status, 200);
    let text = String::from_utf8(plain.body.clone()).expect("UTF-8");
    assert!(
        !text.contains("Writer of") && !text.contains("@example.org"),
        "{text}"
    );
    let (header, rows) = csv_table(&plain.body);
    let columns = [
        "id",
        "status",
        "submitted_at",
        "decided_at",
        "constituency",
        "similarity",
        "subject",
        "body",
    ];
    assert_eq!(header, columns);
    assert_eq!(
        rows.len(),
        2,
        "submitted letters of this campaign, no drafts"
    );
    assert_eq!(
        rows[0][1..7],
        [
            "pending",
            "2026-11-02T12:00:00Z",
            "",
            "Alpha North",
            "0.85",
            &format!("'{FORMULA_SUBJECT}")
        ]
    );
    assert_eq!(
        rows[1][1..7],
        [
            "approved",
            "2026-11-02T13:00:00Z",
            "2026-11-03T09:00:00Z",
            "",
            "0.85",
            "Trade with care"
        ]
    );
    assert_eq!(
        rows[1][7],
        "Dear official,\n\nTrade with care: in my own words."
    );

    let json = json_rows(&download(&app, &organiser, "letters.json").await.body);
    assert_eq!(json.len(), 2);
    assert!(json[0].get("writer_email").is_none());
    assert_eq!(json[0]["similarity"], 0.85);

    let full = download(&app, &admin, "letters.csv?writers=yes").await;
    assert_eq!(full.status, 200);
    assert_eq!(
        full.disposition,
        format!("attachment; filename=\"{SLUG}-letters-with-writers.csv\"")
    );
    let (header, rows) = csv_table(&full.body);
    assert_eq!(header[8..], ["writer_name", "writer_email"]);
    assert_eq!(
        rows[1][8..],
        ["Writer of Trade with care", "writer15@example.org"]
    );
    let admin_plain = download(&app, &admin, "letters.csv").await;
    assert_eq!(
        admin_plain.body, plain.body,
        "without ?writers=yes, admins get the same"
    );
}

#[tokio::test]
async fn the_cli_writes_the_same_bytes_as_the_download() {
    let app = spawn_app().await;
    fixture::load(&app).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let cases: [(&str, &[&str]); 6] = [
        (
            "counts.csv?by=day",
            &["counts", "--by", "day", "--format", "csv"],
        ),
        (
            "counts.json?by=hour",
            &["counts", "--by", "hour", "--format", "json"],
        ),
        (
            "counts.csv?by=constituency",
            &["counts", "--by", "constituency", "--format", "csv"],
        ),
        (
            "counts.json?by=country",
            &["counts", "--by", "country", "--format", "json"],
        ),
        (
            "letters.json?writers=yes",
            &["letters", "--with-writers", "--format", "json"],
        ),
        ("signers.csv", &["signers", "--format", "csv"]),
    ];
    for (file, args) in cases {
        let http = download(&app, &admin, file).await;
        assert_eq!(http.status, 200, "{file}");
        let mut all = vec!["export", args[0], "--campaign", SLUG];
        all.extend_from_slice(&args[1..]);
        let output = app.run_cli(&all);
        assert!(
            output.status.success(),
            "{all:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&http.body),
            "missive {all:?} = GET {file}"
        );
    }
    let missing = app.run_cli(&[
        "export",
        "signers",
        "--campaign",
        "no-such",
        "--format",
        "csv",
    ]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no campaign"));
    let bad = app.run_cli(&["export", "counts", "--campaign", SLUG, "--by", "week"]);
    assert!(!bad.status.success());
}

#[tokio::test]
async fn a_large_export_is_read_page_by_page_in_order() {
    let app = spawn_app().await;
    let id = fixture::load(&app).await;
    let extra = 2_345;
    app.db
        .write(move |conn| {
            // One row per statement: diesel's multi-connection has no batch inserts.
            for i in 0..extra {
                let email = format!("bulk{i:05}@example.org");
                diesel::insert_into(signatures::table)
                    .values((
                        signatures::campaign_id.eq(id),
                        signatures::full_name.eq(format!("Bulk {i:05}")),
                        signatures::email.eq(&email),
                        signatures::email_canonical.eq(&email),
                        signatures::country_code.eq("GB"),
                        signatures::wants_updates.eq(true),
                        signatures::created_at.eq(at(5, 9, 0)),
                        signatures::confirmed_at.eq(Some(at(5, 9, 1))),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let (_, rows) = csv_table(&download(&app, &admin, "signers.csv").await.body);
    assert_eq!(rows.len(), 3 + extra);
    let names: Vec<&str> = rows[3..].iter().map(|r| r[0].as_str()).collect();
    let want: Vec<String> = (0..extra).map(|i| format!("Bulk {i:05}")).collect();
    assert_eq!(names, want, "each row once, in order, across pages");
    assert_eq!(
        json_rows(&download(&app, &admin, "signers.json").await.body).len(),
        3 + extra
    );
}

#[tokio::test]
async fn the_exports_page_links_what_the_role_allows() {
    let app = spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let list = organiser.get(&app, "/staff/campaigns").await;
    assert!(list
        .body
        .contains(&format!("/staff/campaigns/{SLUG}/exports")));
    let page = organiser
        .get(&app, &format!("/staff/campaigns/{SLUG}/exports"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("exports/counts.csv?by=constituency"));
    assert!(page.body.contains("exports/letters.json"));
    assert!(!page.body.contains("signers.csv") && !page.body.contains("writers=yes"));
    let page = admin
        .get(&app, &format!("/staff/campaigns/{SLUG}/exports"))
        .await;
    assert!(page.body.contains("exports/signers.csv") && page.body.contains("writers=yes"));
    assert_eq!(
        organiser
            .get(&app, "/staff/campaigns/no-such/exports")
            .await
            .status,
        404
    );
    assert_eq!(download(&app, &organiser, "nothing.csv").await.status, 404);
}
