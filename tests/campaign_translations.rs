//! A campaign's words in further languages: given in the campaign file or the staff form,
//! shown to a visitor in their language, with the original (and a note, and `lang` on each
//! untranslated part) where a part was not translated. Run on both databases.

mod support;

use missive::auth::Role;
use support::forms::{form_fields, pairs, with};
use support::{import_campaign, spawn_app, staff_client, Page};

const SHIPPED: &str = include_str!("../campaigns/british-values.md");
const PAGE: &str = "/campaigns/british-values";

/// The shipped campaign file with `tables` added at the end of its front matter.
fn with_translations(tables: &str) -> String {
    let end = SHIPPED[4..].find("\n+++").expect("front matter") + 4;
    format!("{}\n{tables}{}", &SHIPPED[..end], &SHIPPED[end..])
}

const WELSH: &str = r#"
[translations.cy]
headline = "Masnach y DU yn cynnal unbennaeth Kazakhstan"
summary = "Mae llywodraeth Prydain yn croesawu unben Kazakhstan. Llofnodwch y llythyr hwn."
image_caption = "Gwaed ar law"
letter = '''
Yn dilyn ymweliad arweinydd Tsieina, mae llywodraeth Prydain yn croesawu arweinydd Kazakhstan.

## Saethu

Yn 2011, saethwyd 70 o weithwyr olew yn Zhanaozen.
'''
"#;

fn lang_of(page: &Page, selector: &str) -> Option<String> {
    page.attr_of(selector, "lang")
}

#[tokio::test]
async fn a_file_gives_welsh_words_and_a_language_without_them_shows_the_original_with_a_note() {
    let app = spawn_app().await;
    import_campaign(&app, "campaign.md", &with_translations(WELSH));

    let welsh = app.get(&format!("{PAGE}?lang=cy")).await;
    assert_eq!(welsh.status, 200);
    assert_eq!(
        welsh.text_of("h1").as_deref(),
        Some("Masnach y DU yn cynnal unbennaeth Kazakhstan")
    );
    assert_eq!(
        lang_of(&welsh, "h1"),
        None,
        "translated: the page's own language"
    );
    assert_eq!(welsh.text_of(".letter .body h2").as_deref(), Some("Saethu"));
    assert!(welsh
        .text_of(".standfirst")
        .unwrap()
        .starts_with("Mae llywodraeth"));
    assert!(welsh
        .text_of(".caption")
        .unwrap()
        .starts_with("Gwaed ar law"));
    // The kicker was not translated: it is shown as written, marked as English, with a note.
    assert_eq!(lang_of(&welsh, ".kicker").as_deref(), Some("en-GB"));
    let note = welsh.text_of(".in-original").expect("note");
    assert!(note.starts_with("Dangosir rhannau"), "{note}");
    assert!(
        welsh.body.contains("<title>Masnach y DU"),
        "the tab is named in Welsh"
    );

    let russian = app.get(&format!("{PAGE}?lang=ru")).await;
    assert_eq!(
        russian.text_of("h1").as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );
    assert_eq!(lang_of(&russian, "h1").as_deref(), Some("en-GB"));
    assert_eq!(lang_of(&russian, ".letter .body").as_deref(), Some("en-GB"));
    let note = russian.text_of(".in-original").expect("note");
    assert!(
        note.starts_with("Эта кампания показана на английском"),
        "{note}"
    );

    let english = app.get(&format!("{PAGE}?lang=en")).await;
    assert!(english.text_of(".in-original").is_none());
    assert_eq!(lang_of(&english, "h1"), None);
    assert_eq!(
        english.text_of("h1").as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );

    // The staff form shows the file's translation, ready to edit.
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let form = organiser
        .get(&app, "/staff/campaigns/british-values/edit")
        .await;
    assert_eq!(
        form.attr_of("input[name=cy_headline]", "value").as_deref(),
        Some("Masnach y DU yn cynnal unbennaeth Kazakhstan")
    );
    assert_eq!(
        form.attr_of("input[name=cy_headline]", "lang").as_deref(),
        Some("cy")
    );
    assert!(form
        .text_of("textarea[name=cy_letter]")
        .unwrap()
        .contains("## Saethu"));
}

#[tokio::test]
async fn a_file_naming_a_language_missive_does_not_speak_is_refused() {
    let app = spawn_app().await;
    for code in ["fr", "en"] {
        let file = with_translations(&format!("[translations.{code}]\nheadline = \"Titre\"\n"));
        let path = app.data_dir.path().join("bad.md");
        std::fs::write(&path, file).unwrap();
        let out = app.run_cli(&["campaign", "import", &path.to_string_lossy()]);
        assert!(!out.status.success(), "{code} accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("translations"), "{stderr}");
    }
}

#[tokio::test]
async fn an_organiser_gives_a_russian_translation_in_the_staff_form_and_can_take_it_away() {
    let app = spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let edit = "/staff/campaigns/british-values/edit";
    let form = organiser.get(&app, edit).await;
    assert_eq!(form.status, 200);
    let fields = with(
        &form_fields(&form),
        &[
            ("ru_headline", "Британская торговля поддерживает казахскую диктатуру"),
            ("ru_letter", "После визита лидера Китая британское правительство\r\nприветствует лидера Казахстана."),
        ],
    );
    let saved = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&fields))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let russian = app.get(&format!("{PAGE}?lang=ru")).await;
    assert_eq!(
        russian.text_of("h1").as_deref(),
        Some("Британская торговля поддерживает казахскую диктатуру")
    );
    assert!(russian
        .text_of(".letter .body")
        .unwrap()
        .contains("британское правительство\nприветствует"));
    // The kicker and summary are still English: the note says some parts are.
    let note = russian.text_of(".in-original").expect("note");
    assert!(note.starts_with("Некоторые части"), "{note}");
    assert_eq!(lang_of(&russian, ".standfirst").as_deref(), Some("en-GB"));
    // Kazakh has no translation: the original, whole.
    let kazakh = app.get(&format!("{PAGE}?lang=kk")).await;
    assert!(kazakh
        .text_of(".in-original")
        .unwrap()
        .starts_with("Бұл науқан"));
    // The form shows it back, and the open section is Russian's.
    let again = organiser.get(&app, edit).await;
    assert_eq!(
        again.attr_of("input[name=ru_headline]", "value").as_deref(),
        Some("Британская торговля поддерживает казахскую диктатуру")
    );
    let cleared = with(
        &form_fields(&again),
        &[("ru_headline", " "), ("ru_letter", "")],
    );
    let saved = organiser
        .post(&app, "/staff/campaigns/british-values", &pairs(&cleared))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let russian = app.get(&format!("{PAGE}?lang=ru")).await;
    assert_eq!(
        russian.text_of("h1").as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );
    assert!(russian
        .text_of(".in-original")
        .unwrap()
        .starts_with("Эта кампания"));
}
