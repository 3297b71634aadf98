//! `missive officials import`, `missive postcodes import` and the shipped ministers (the
//! shipped MPs: tests/mps.rs).

mod support;

use std::process::{Command, Output};

use missive::db::models::constituency::{self, Constituency};
use missive::db::models::official::{self, Official};
use missive::domain::Postcode;
use support::{spawn_app, TestApp};

/// Runs the `missive` binary against the test app's database.
fn missive(app: &TestApp, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_missive"))
        .args(args)
        .current_dir(app.data_dir.path())
        .env("DATABASE_URL", &app.database_url)
        .env("MISSIVE_DATA_DIR", app.data_dir.path())
        .output()
        .expect("run missive")
}

/// Writes `text` to `name` in the app's data folder and returns the path as a string.
fn fixture(app: &TestApp, name: &str, text: &str) -> String {
    let path = app.data_dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "missive failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

async fn official(app: &TestApp, code: &'static str) -> Option<Official> {
    app.db
        .read(move |conn| official::find_by_code(conn, code))
        .await
        .unwrap()
}

async fn officials_count(app: &TestApp) -> i64 {
    app.db.read(official::count_all).await.unwrap()
}

async fn lookup(app: &TestApp, input: &str) -> Option<Constituency> {
    let postcode = Postcode::parse(input).unwrap();
    app.db
        .read(move |conn| constituency::lookup_postcode(conn, &postcode))
        .await
        .unwrap()
}

async fn search(app: &TestApp, query: &'static str, limit: i64) -> Vec<String> {
    app.db
        .read(move |conn| constituency::search(conn, query, limit))
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[tokio::test]
async fn the_shipped_ministers_are_there_after_start_up() {
    let app = spawn_app().await;
    // The two ministers and the 650 MPs.
    assert_eq!(officials_count(&app).await, 652);
    let pm = official(&app, "prime-minister").await.unwrap();
    assert_eq!(pm.name, "The Rt Hon Keir Starmer MP");
    assert_eq!(pm.office, "Prime Minister");
    assert_eq!(pm.salutation(), "Dear Prime Minister");
    assert_eq!(
        pm.address_lines(),
        ["10 Downing Street", "London", "SW1A 2AA"]
    );
    assert_eq!(pm.email, None);
    let fs = official(&app, "foreign-secretary").await.unwrap();
    assert_eq!(fs.salutation(), "Dear Foreign Secretary");
    assert_eq!(
        fs.office,
        "Secretary of State for Foreign, Commonwealth and Development Affairs"
    );
    assert_eq!(fs.address_lines().len(), 4);
}

const OFFICIALS: &str = "\
code,name,office,salutation,constituency_code,party,email,postal_address
mp-e14001172,Jane Doe MP,Member of Parliament for Cities of London and Westminster,,E14001172,Labour,jane.doe@parliament.uk,\"House of Commons
London
SW1A 0AA\"
mp-e14001290,John Roe MP,Member of Parliament for Holborn and St Pancras,Dear Mr Roe,e14001290,,,House of Commons|London|SW1A 0AA
";

#[tokio::test]
async fn officials_import_creates_then_updates_and_never_duplicates() {
    let app = spawn_app().await;
    let file = fixture(&app, "officials.csv", OFFICIALS);
    // Both MPs shipped: the file's details replace theirs.
    let out = stdout(&missive(&app, &["officials", "import", &file]));
    assert!(out.contains("officials: 0 created, 2 updated"), "{out}");
    assert_eq!(officials_count(&app).await, 652);
    let jane = official(&app, "mp-e14001172").await.unwrap();
    assert_eq!(jane.salutation(), "Dear Jane Doe MP");
    assert_eq!(jane.email.as_deref(), Some("jane.doe@parliament.uk"));
    assert_eq!(
        jane.address_lines(),
        ["House of Commons", "London", "SW1A 0AA"]
    );
    let john = official(&app, "mp-e14001290").await.unwrap();
    assert_eq!(john.constituency_code.as_deref(), Some("E14001290"));
    assert_eq!(john.salutation(), "Dear Mr Roe");

    // A new office holder, a new minister, and the same MP again.
    let file = fixture(
        &app,
        "officials.csv",
        &format!(
            "{OFFICIALS}prime-minister,The Rt Hon A N Other MP,Prime Minister,Dear Prime Minister,,,,\
             10 Downing Street|London|SW1A 2AA\n\
             home-secretary,The Rt Hon B Person MP,Home Secretary,Dear Home Secretary,,,,\n"
        ),
    );
    let out = stdout(&missive(&app, &["officials", "import", &file]));
    assert!(out.contains("officials: 1 created, 3 updated"), "{out}");
    assert_eq!(officials_count(&app).await, 653);
    let pm = official(&app, "prime-minister").await.unwrap();
    assert_eq!(pm.name, "The Rt Hon A N Other MP");
    let again = official(&app, "mp-e14001172").await.unwrap();
    assert_eq!(again.id, jane.id);
    assert!(again.updated_at >= jane.updated_at);
    let by_id = app
        .db
        .read(move |conn| official::find_by_id(conn, jane.id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_id.code, "mp-e14001172");
}

#[tokio::test]
async fn a_bad_officials_row_is_refused_with_its_line_and_nothing_is_written() {
    let app = spawn_app().await;
    let file = fixture(
        &app,
        "officials.csv",
        &format!("{OFFICIALS}mp-e14000001,Ann Example MP,MP,,,,ann.example@,\n"),
    );
    let out = missive(&app, &["officials", "import", &file]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .contains("officials.csv: line 6: email: Enter an email address in the correct format"),
        "{stderr}"
    );
    assert_eq!(officials_count(&app).await, 652);
    assert_eq!(
        official(&app, "mp-e14001172").await.unwrap().name,
        "Rachel Blake MP",
        "the shipped MP is left as she was"
    );

    let file = fixture(&app, "no-office.csv", "code,name\nmp-x,X\n");
    let out = missive(&app, &["officials", "import", &file]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no office column"));
}

/// An NSPL-shaped file: the real file's columns, a terminated postcode with no
/// constituency, a Channel Islands pseudo-code, and a badly formed postcode.
const NSPL: &str = "\
pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,ward,nhser,ctry,rgn,pcon,ttwa,itl,park,lsoa21,msoa21,wz11,sicbl,bua24,ruc21ind,oac11,lat,long,lep1,lep2,pfa,imd,icb
SW1A1AA,SW1A 1AA,SW1A 1AA,199801,,1,529090,179645,1,E00166756,E99999999,E99999999,E09000033,E05013806,E40000003,E92000001,E12000007,E14001172,E30000234,E06000057,E65000001,E01004736,E02000977,E33000254,E38000031,E63004900,UN1,7B3,51.501009,-0.141588,E37000051,,E23000001,17202,E54000027
SW1A2AA,SW1A 2AA,SW1A 2AA,199801,,1,530047,179951,1,E00166756,E99999999,E99999999,E09000033,E05013806,E40000003,E92000001,E12000007,E14001172,E30000234,E06000057,E65000001,E01004736,E02000977,E33000254,E38000031,E63004900,UN1,7B3,51.50354,-0.127695,E37000051,,E23000001,17202,E54000027
WC1E6BT,WC1E 6BT,WC1E 6BT,199801,,0,529680,182150,1,E00004212,E99999999,E99999999,E09000007,E05013660,E40000003,E92000001,E12000007,E14001290,E30000234,E06000057,E65000001,E01000918,E02000193,E33000186,E38000027,E63004900,UN1,2A1,51.523202,-0.132398,E37000051,,E23000001,8434,E54000028
M1  1AE,M1 1AE,M1 1AE,200012,,0,384545,398150,1,E00172618,E99999999,E99999999,E08000003,E05011368,E40000010,E92000001,E12000002,E14000807,E30000239,E06000061,E65000001,E01033658,E02001062,E33015367,E38000217,E63007706,UN1,2B3,53.479781,-2.237548,E37000015,,E23000005,3054,E54000057
EC1A1AB,EC1A 1AB,EC1A 1AB,198001,199606,1,531884,181479,1,E00166732,E99999999,E99999999,E09000001,E05009303,E40000003,E92000001,E12000007,,E30000234,E06000057,E65000001,E01032739,E02000001,E33000251,E38000255,E63004900,UN1,7B3,51.517,-0.0997,E37000051,,E23000034,29280,E54000027
GY1 1AA,GY1  1AA,GY1 1AA,198001,,0,,,9,L99999999,L99999999,L99999999,L99999999,L99999999,L99999999,L93000001,L99999999,L99999999,L99999999,L99999999,L99999999,L99999999,L99999999,L99999999,L99999999,L99999999,,,99.999999,0.000000,L99999999,,L99999999,,L99999999
SW1A1,SW1A1,SW1A1,199801,,1,,,9,,,,,,,,,E14001172,,,,,,,,,,,,,,,,,
";

const NAMES: &str = "\
PCON24CD,PCON24NM,PCON24NMW
E14001172,Cities of London and Westminster,
E14001290,Holborn and St Pancras,
E14001999,Wellingborough and Rushden,
";

#[tokio::test]
async fn postcodes_import_finds_the_constituency_and_its_mp() {
    let app = spawn_app().await;
    let nspl = fixture(&app, "nspl.csv", NSPL);
    let names = fixture(&app, "names.csv", NAMES);
    let out = stdout(&missive(
        &app,
        &["postcodes", "import", &nspl, "--names", &names],
    ));
    assert!(
        out.contains(
            "postcodes: 4 imported, 3 skipped (1 not a valid postcode, 2 with no constituency)"
        ),
        "{out}"
    );
    assert!(out.contains("constituencies: 3 named"), "{out}");

    let westminster = Constituency {
        code: "E14001172".into(),
        name: "Cities of London and Westminster".into(),
    };
    assert_eq!(lookup(&app, "sw1a1aa").await, Some(westminster.clone()));
    assert_eq!(lookup(&app, " SW1A  2AA").await, Some(westminster.clone()));
    // A constituency with no name loaded is named by its code.
    assert_eq!(
        lookup(&app, "m11ae").await.map(|c| c.name),
        Some("E14000807".into())
    );
    assert_eq!(lookup(&app, "EC1A 1AB").await, None);
    assert_eq!(lookup(&app, "GY1 1AA").await, None);
    assert_eq!(lookup(&app, "N1 9GU").await, None);

    assert_eq!(
        search(&app, "westMIN", 10).await,
        ["Cities of London and Westminster"]
    );
    // Among the 650 shipped constituencies, in name order.
    assert_eq!(
        search(&app, "  AND ", 3).await,
        [
            "Aberdeenshire North and Moray East",
            "Airdrie and Shotts",
            "Alloa and Grangemouth"
        ]
    );
    assert_eq!(
        search(&app, "", 2).await,
        ["Aberafan Maesteg", "Aberdeen North"]
    );
    assert!(search(&app, "%", 10).await.is_empty());
    assert!(search(&app, "_", 10).await.is_empty());
    assert!(search(&app, "Holborn%Pancras", 10).await.is_empty());
    let found = app
        .db
        .read(|conn| constituency::find(conn, "E14001290"))
        .await
        .unwrap();
    assert_eq!(
        found.map(|c| c.name).as_deref(),
        Some("Holborn and St Pancras")
    );

    // The writer's MP, once the MPs are imported.
    let officials = fixture(&app, "officials.csv", OFFICIALS);
    stdout(&missive(&app, &["officials", "import", &officials]));
    let code = lookup(&app, "SW1A 1AA").await.unwrap().code;
    let mp = app
        .db
        .read(move |conn| official::mp_for(conn, &code))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(mp.name, "Jane Doe MP");
    assert!(app
        .db
        .read(|conn| official::mp_for(conn, "E14000807"))
        .await
        .unwrap()
        .is_none());
}

#[tokio::test]
async fn postcodes_reimport_replaces_entries_and_names() {
    let app = spawn_app().await;
    let nspl = fixture(&app, "nspl.csv", NSPL);
    let names = fixture(&app, "names.csv", NAMES);
    stdout(&missive(
        &app,
        &["postcodes", "import", &nspl, "--names", &names],
    ));
    // A boundary change moves SW1A 1AA; the new names file renames a constituency.
    let moved = fixture(
        &app,
        "moved.csv",
        "pcd,pcds,pcon\nSW1A1AA,SW1A 1AA,E14001290\nSW1A1AA,sw1a1aa,E14001290\n",
    );
    let renamed = fixture(&app, "renamed.csv", "code,name\nE14001290,Holborn\n");
    let out = stdout(&missive(
        &app,
        &["postcodes", "import", &moved, "--names", &renamed],
    ));
    assert!(out.contains("postcodes: 2 imported, 0 skipped"), "{out}");
    assert_eq!(
        lookup(&app, "SW1A 1AA").await,
        Some(Constituency {
            code: "E14001290".into(),
            name: "Holborn".into()
        })
    );
    let postcodes = app.db.read(constituency::count_postcodes).await.unwrap();
    assert_eq!(postcodes, 4);

    let wrong = fixture(&app, "wrong.csv", "postcode,constituency\nSW1A 1AA,E1\n");
    let out = missive(&app, &["postcodes", "import", &wrong]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("wrong.csv: line 1: the header row has no pcds column"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
