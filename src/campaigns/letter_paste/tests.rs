//! The seed letter, pasted, gives exactly the shipped campaign's parts; and variations.

use super::{parse, PastedLetter};
use crate::campaigns::file::CampaignFile;

const SEED: &str = include_str!("../../../tests/fixtures/featured-letter.txt");
const SHIPPED: &str = include_str!("../../../campaigns/british-values.md");

fn some(text: &str) -> Option<String> {
    Some(text.to_owned())
}

#[test]
fn the_seed_letter_gives_the_shipped_campaigns_parts() {
    let pasted = parse(SEED);
    let shipped = CampaignFile::parse(SHIPPED).expect("shipped campaign");
    let image = shipped.image.expect("image");
    assert_eq!(pasted.kicker, shipped.kicker);
    assert_eq!(pasted.headline, some(&shipped.headline));
    assert_eq!(pasted.summary, None);
    assert_eq!(pasted.caption, image.caption);
    assert_eq!(pasted.credit, image.credit);
    assert_eq!(pasted.licence, image.licence);
    assert_eq!(pasted.author_name, some(&shipped.author_name));
    assert_eq!(pasted.author_role, shipped.author_role);
    assert_eq!(pasted.attribution, shipped.attribution);
    assert_eq!(pasted.body_markdown, shipped.body_markdown);
}

#[test]
fn windows_line_endings_and_extra_blank_lines_change_nothing() {
    let messy = format!("\u{feff}\r\n{}\r\n\r\n", SEED.replace('\n', "\r\n\r\n"));
    assert_eq!(parse(&messy), parse(SEED));
}

#[test]
fn a_letter_without_kicker_photo_or_attribution() {
    let text = "Keep our library open\n\n\
                Ada Lovelace, Chair, Friends of Marylebone Library\n\n\
                The council plans to close the library on Saturdays. Hundreds of children use it.\n\n\
                Closing it would save very little and cost the town a great deal.";
    let pasted = parse(text);
    assert_eq!(
        pasted,
        PastedLetter {
            headline: some("Keep our library open"),
            author_name: some("Ada Lovelace"),
            author_role: some("Chair, Friends of Marylebone Library"),
            body_markdown: "The council plans to close the library on Saturdays. Hundreds of children use it.\n\n\
                            Closing it would save very little and cost the town a great deal."
                .to_owned(),
            ..PastedLetter::default()
        }
    );
}

#[test]
fn a_photo_without_licence_and_the_author_signing_at_the_end() {
    let text = "Letters: rivers\nOur rivers are sewers\nThe Thames at dawn. Photo: Jo Bloggs\n\
                Sir, water companies pour sewage into our rivers every day of the year.\n\
                Fines\n\
                - they are too small to matter.\n\
                Sam Green, Swindon";
    let pasted = parse(text);
    assert_eq!(pasted.kicker.as_deref(), Some("Letters: rivers"));
    assert_eq!(pasted.headline.as_deref(), Some("Our rivers are sewers"));
    assert_eq!(pasted.caption.as_deref(), Some("The Thames at dawn"));
    assert_eq!(pasted.credit.as_deref(), Some("Jo Bloggs"));
    assert_eq!(pasted.licence, None);
    assert_eq!(pasted.author_name.as_deref(), Some("Sam Green"));
    assert_eq!(pasted.author_role.as_deref(), Some("Swindon"));
    assert_eq!(
        pasted.body_markdown,
        "Sir, water companies pour sewage into our rivers every day of the year.\n\n\
         ## Fines\n\n\\- they are too small to matter."
    );
}

#[test]
fn click_to_enlarge_debris_goes_wherever_it_is() {
    assert_eq!(super::strip_debris("A (click to enlarge) B"), "A  B");
    assert_eq!(super::strip_debris("A  Click to enlarge"), "A  ");
    assert_eq!(super::strip_debris("No debris"), "No debris");
}

#[test]
fn nothing_recognisable_is_all_body() {
    assert_eq!(parse(""), PastedLetter::default());
    let pasted = parse("just a few words");
    assert_eq!(pasted.headline, None);
    assert_eq!(pasted.body_markdown, "just a few words");
}

#[test]
fn odd_pastes_never_panic() {
    for text in [
        "(",
        ")",
        "(click to enlarge",
        "Click to enlarge)",
        "photo by",
        "Photo: ()",
        "x, photo by )(",
        "By , ",
        "A B, ",
        "Ünïcødé Ñame, Rôle\n\nÉté, photo by Zoë (CC)\n\n1) First.",
        "\n\n\n",
        "## Already markdown\n\n> quoted",
    ] {
        let _ = parse(text);
    }
}

/// A letter whose author signs at the end, in `sign_off`'s lines.
fn signed(sign_off: &str) -> PastedLetter {
    parse(&format!(
        "Keep our library open\n\n\
         Sir, the council plans to close the library on Saturdays. Hundreds of children use it.\n\n\
         Closing it would save very little and cost the town a great deal.\n\n{sign_off}"
    ))
}

const BODY: &str =
    "Sir, the council plans to close the library on Saturdays. Hundreds of children use it.\n\n\
                    Closing it would save very little and cost the town a great deal.";

#[test]
fn an_author_signing_off_at_the_end_is_read_with_name_and_role() {
    let chair = "Chair, Friends of Marylebone Library";
    for (sign_off, role) in [
        (
            "Dr Amara Okonkwo, Chair, Friends of Marylebone Library",
            Some(chair),
        ),
        (
            "Dr Amara Okonkwo, Chair,\nFriends of Marylebone Library",
            Some(chair),
        ),
        (
            "Dr Amara Okonkwo\nChair, Friends of Marylebone Library",
            Some(chair),
        ),
        (
            "Dr Amara Okonkwo\nChair\nFriends of Marylebone Library",
            Some(chair),
        ),
        (
            "Yours sincerely,\nDr Amara Okonkwo\nChair, Friends of Marylebone Library",
            Some(chair),
        ),
        (
            "Yours faithfully\nDr Amara Okonkwo,\nChair,\nFriends of Marylebone Library",
            Some(chair),
        ),
        ("Yours sincerely,\nDr Amara Okonkwo", None),
    ] {
        let pasted = signed(sign_off);
        assert_eq!(
            pasted.author_name.as_deref(),
            Some("Dr Amara Okonkwo"),
            "{sign_off}"
        );
        assert_eq!(pasted.author_role.as_deref(), role, "{sign_off}");
        assert_eq!(pasted.body_markdown, BODY, "{sign_off}");
        assert!(!pasted.body_markdown.contains("##"), "{sign_off}");
    }
}

#[test]
fn a_last_paragraph_that_is_a_sentence_or_a_subheading_stays_in_the_letter() {
    let sentence = "We ask the council, please, to think again before it is too late.";
    let pasted = signed(sentence);
    assert_eq!(pasted.author_name, None);
    assert_eq!(pasted.author_role, None);
    assert!(pasted.body_markdown.ends_with(sentence));
    // A short line before the signature is a subheading, not the author's name.
    let pasted = signed("Our Answer\nWe will fight this.\nAda Lovelace, Chair");
    assert_eq!(pasted.author_name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(pasted.author_role.as_deref(), Some("Chair"));
    assert!(pasted.body_markdown.contains("## Our Answer"));
    // A name alone, with no "Yours sincerely" above it, may be a slogan: it stays.
    let pasted = signed("Save Our Library");
    assert_eq!(pasted.author_name, None);
}
