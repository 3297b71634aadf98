//! Properties of the pasted-letter reader: no text makes it panic, line endings and blank
//! lines never change what it finds, its one-line parts stay on one line, and whatever it
//! proposes goes into the campaign form without trouble.

use proptest::prelude::*;

use super::parse;
use crate::forms::campaign::CampaignForm;

/// A line of the kind found in pasted letters, with the markers the reader looks for.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z ,.'’”!?;:()|–-]{0,140}",
        "[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}, [A-Za-z ,]{0,40}",
        "(By )?[A-Z][a-z]+ [A-Z][a-z]+, [A-Z][a-z ]+",
        "[A-Za-z ]{0,30}[,.|–-] ?[Pp]hoto(graph)?( by|:) [A-Za-z ]{0,30}( ?\\([A-Za-z ]{0,15}\\))?",
        "\\(?[Cc]lick to enlarge[a-z :]{0,20}\\)?[A-Za-z ]{0,10}",
        "[Aa] version of this letter (first )?appeared in [A-Za-z ]{0,40}",
        "(Sir|Madam|Dear [A-Z][a-z]+),",
        "[0-9]{1,10}[.)] [A-Za-z ]{0,40}",
        "[#>*+-]{1,3} ?[A-Za-z ]{0,30}",
        "Yours( sincerely| faithfully)?,?",
        "[\u{feff}\u{200b}\u{2028}\r\t ]{0,3}[^\n]{0,20}",
    ]
}

fn letter() -> impl Strategy<Value = String> {
    proptest::collection::vec(line(), 0..30).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #[test]
    fn no_text_makes_the_reader_panic(text in prop_oneof![any::<String>(), letter()]) {
        let pasted = parse(&text);
        let form = CampaignForm::from_paste(pasted);
        let _ = form.parse();
    }

    #[test]
    fn line_endings_and_blank_lines_change_nothing(text in letter(), blank in "[ \t]{0,2}") {
        let spaced = text.replace('\n', &format!("\r\n{}\r\n", blank));
        prop_assert_eq!(parse(&spaced), parse(&text));
        if !text.starts_with('\u{feff}') {
            prop_assert_eq!(parse(&format!("\u{feff}\n\n{}\n\n", text)), parse(&text));
        }
    }

    #[test]
    fn one_line_parts_stay_on_one_line_and_nothing_is_blank(text in letter()) {
        let pasted = parse(&text);
        let parts = [
            &pasted.kicker,
            &pasted.headline,
            &pasted.summary,
            &pasted.caption,
            &pasted.credit,
            &pasted.licence,
            &pasted.author_name,
            &pasted.author_role,
            &pasted.attribution,
        ];
        for part in parts.into_iter().flatten() {
            prop_assert!(!part.contains('\n'), "{part:?}");
            prop_assert!(!part.trim().is_empty(), "{part:?}");
        }
        prop_assert_eq!(pasted.body_markdown.trim(), pasted.body_markdown.as_str());
        prop_assert!(!pasted.body_markdown.contains("\n\n\n"));
    }

    #[test]
    fn blank_text_gives_nothing(text in "\u{feff}?[ \t\r\n]{0,20}") {
        prop_assert_eq!(parse(&text), super::PastedLetter::default());
    }
}
