//! Properties of the campaign form's answers that are not plain text: no answer panics,
//! and goals read back whatever thousands separator was typed.

use proptest::prelude::*;

use super::answers::{parse_goal, parse_threshold, parse_when};

proptest! {
    #[test]
    fn campaign_answers_parse_or_say_why(text in prop_oneof![any::<String>(), "[0-9.,_ eE+-]{0,25}", "[+-]?(26214[23]|[0-9]{1,6})-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?"]) {
        let _ = (parse_goal(&text), parse_threshold(&text));
        if let Ok(Some(when)) = parse_when(&text) {
            use chrono::Datelike;
            prop_assert!((1..=9999).contains(&when.year()), "{}", when);
        }
    }

    #[test]
    fn goals_read_back_with_or_without_separators(goal in 0i64.., separator in prop_oneof![Just(""), Just(","), Just("_"), Just(" ")]) {
        let digits = goal.to_string();
        let grouped: Vec<String> = digits
            .as_bytes()
            .rchunks(3)
            .rev()
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect();
        prop_assert_eq!(parse_goal(&grouped.join(separator)), Ok(goal));
    }
}
