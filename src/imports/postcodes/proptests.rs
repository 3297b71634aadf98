//! Properties of the postcode lookup's rows and the constituency names file: no bytes make
//! either panic; valid rows are normalised, rows without a place are skipped, and names
//! read back as written.

use proptest::prelude::*;

use super::{parse_names, row, Row};

/// A postcode of any valid shape as typed, and as stored.
fn postcode() -> impl Strategy<Value = (String, String)> {
    (
        "[A-Z]{1,2}[0-9][0-9A-Z]?",
        "[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}",
        " {0,2}",
        any::<bool>(),
    )
        .prop_map(|(outward, inward, gap, lower)| {
            let typed = format!("{outward}{gap}{inward}");
            let typed = if lower { typed.to_lowercase() } else { typed };
            (typed, format!("{outward} {inward}"))
        })
}

proptest! {
    #[test]
    fn any_fields_give_a_row_or_a_skip(fields in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..20), 0..4)) {
        let record = csv::ByteRecord::from(fields);
        match row(&record, 0, 1) {
            Row::Valid((postcode, code)) => {
                prop_assert!(crate::domain::Postcode::parse(&postcode).is_ok());
                prop_assert_eq!(code.to_ascii_uppercase(), code.clone());
                prop_assert!(!code.ends_with("99999999"));
            }
            Row::InvalidPostcode | Row::NoConstituency => {}
        }
    }

    #[test]
    fn valid_rows_are_normalised_and_placeless_ones_skipped(
        (typed, canonical) in postcode(),
        code in "[a-zA-Z][0-9]{8}",
    ) {
        let valid = |fields: [&str; 2]| match row(&csv::ByteRecord::from(fields.to_vec()), 0, 1) {
            Row::Valid(pair) => Some(pair),
            Row::InvalidPostcode | Row::NoConstituency => None,
        };
        prop_assert_eq!(valid([&typed, &format!(" {} ", code)]), Some((canonical, code.to_ascii_uppercase())));
        prop_assert!(matches!(
            row(&csv::ByteRecord::from(vec![typed.as_str(), "L99999999"]), 0, 1),
            Row::NoConstituency
        ));
        prop_assert!(matches!(
            row(&csv::ByteRecord::from(vec![typed.as_str(), ""]), 0, 1),
            Row::NoConstituency
        ));
    }

    #[test]
    fn any_names_file_is_refused_or_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_names(bytes.as_slice());
        let mut with_header = b"PCON24CD,PCON24NM\n".to_vec();
        with_header.extend_from_slice(&bytes);
        let _ = parse_names(with_header.as_slice());
    }

    #[test]
    fn names_read_back_as_written(names in proptest::collection::vec(("[a-zA-Z][0-9]{8}", "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,'-]{0,40}"), 1..8)) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut written = writer.write_record(["PCON24CD", "PCON24NM"]).map_err(|e| e.to_string());
        for (code, name) in &names {
            written = written.and(writer.write_record([code, name]).map_err(|e| e.to_string()));
        }
        prop_assert_eq!(written, Ok(()));
        let file = writer.into_inner().unwrap_or_default();
        let expected: Vec<(String, String)> = names
            .iter()
            .map(|(code, name)| {
                (code.to_ascii_uppercase(), name.split_whitespace().collect::<Vec<_>>().join(" "))
            })
            .collect();
        prop_assert_eq!(parse_names(file.as_slice()).map_err(|e| e.to_string()), Ok(expected));
    }
}
