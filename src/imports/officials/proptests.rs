//! Properties of the officials CSV: no file, however broken, makes the parser panic; any
//! set of valid rows, in any column order and quoting, reads back as written (normalised);
//! one bad value refuses the file, naming its line.

use proptest::prelude::*;

use super::parse;
use crate::db::models::official::OfficialRow;

const COLUMNS: [&str; 8] = [
    "code",
    "name",
    "office",
    "salutation",
    "constituency_code",
    "party",
    "email",
    "postal_address",
];

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An official as a file would hold them, and the row the parser should make of it.
fn official(index: usize) -> impl Strategy<Value = (Vec<String>, OfficialRow)> {
    let optional = |pattern: &'static str| proptest::option::of(pattern);
    (
        "[a-zA-Z0-9]{1,10}(-[a-zA-Z0-9]{1,6}){0,2}",
        "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'\t-]{0,40}",
        "[A-Za-z][A-Za-z ,'-]{0,40}",
        optional("Dear [A-Za-z ]{1,20}"),
        optional("[A-Za-z][0-9]{8}"),
        optional("[A-Za-z][A-Za-z &]{0,20}"),
        optional("[a-z0-9]{0,8}[a-z]@[a-z]{1,8}\\.(org|uk|com)"),
        proptest::option::of(proptest::collection::vec("[A-Za-z0-9 ,]{0,20}", 1..5)),
        any::<bool>(),
    )
        .prop_map(
            move |(code, name, office, salutation, constituency, party, email, address, pipes)| {
                let code = format!("{code}-{index}");
                let address_text = address
                    .as_ref()
                    .map(|lines| lines.join(if pipes { "|" } else { "\n" }));
                let address_lines: Option<String> = address
                    .map(|lines| {
                        lines
                            .iter()
                            .map(|l| one_line(l))
                            .filter(|l| !l.is_empty())
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .filter(|a| !a.is_empty());
                let fields = vec![
                    format!(" {code} "),
                    name.clone(),
                    office.clone(),
                    salutation.clone().unwrap_or_default(),
                    constituency.clone().unwrap_or_default(),
                    party.clone().unwrap_or_default(),
                    email.clone().unwrap_or_default(),
                    address_text.unwrap_or_default(),
                ];
                let blank = |v: Option<String>| v.map(|v| one_line(&v)).filter(|v| !v.is_empty());
                let row = OfficialRow {
                    code: code.to_ascii_lowercase(),
                    name: one_line(&name),
                    office: one_line(&office),
                    salutation: blank(salutation),
                    constituency_code: constituency.map(|c| c.to_ascii_uppercase()),
                    party: blank(party),
                    email,
                    postal_address: address_lines,
                };
                (fields, row)
            },
        )
}

fn officials() -> impl Strategy<Value = Vec<(Vec<String>, OfficialRow)>> {
    (1usize..6).prop_flat_map(|n| (0..n).map(official).collect::<Vec<_>>())
}

/// The CSV text of `rows` with the columns in `order` (indexes into `COLUMNS`).
fn csv_of(order: &[usize], rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header: Vec<&str> = order.iter().map(|&i| COLUMNS[i]).collect();
    let mut write = |record: Vec<&str>| writer.write_record(record).map_err(|e| e.to_string());
    let mut result = write(header);
    for row in rows {
        result = result.and(write(order.iter().map(|&i| row[i].as_str()).collect()));
    }
    assert_eq!(result, Ok(()));
    writer.into_inner().unwrap_or_default()
}

proptest! {
    #[test]
    fn any_bytes_are_refused_or_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse(bytes.as_slice()).map(|rows| rows.len());
    }

    #[test]
    fn any_text_after_a_valid_header_is_refused_or_read(body in "[a-zA-Z0-9,\"\n\r |@.\u{feff}é-]{0,300}") {
        let file = format!("code,name,office,email,postal_address\n{}", body);
        if let Ok(rows) = parse(file.as_bytes()) {
            for row in rows {
                prop_assert!(!row.code.is_empty() && !row.name.is_empty() && !row.office.is_empty());
            }
        }
    }

    #[test]
    fn valid_rows_read_back_in_any_column_order(
        rows in officials(),
        order in Just((0..COLUMNS.len()).collect::<Vec<usize>>()).prop_shuffle(),
    ) {
        let (fields, expected): (Vec<Vec<String>>, Vec<OfficialRow>) = rows.into_iter().unzip();
        let file = csv_of(&order, &fields);
        let parsed = parse(file.as_slice()).map_err(|e| e.to_string());
        prop_assert_eq!(parsed, Ok(expected));
    }

    #[test]
    fn one_bad_value_refuses_the_file_and_names_its_line(
        rows in officials(),
        pick in any::<prop::sample::Index>(),
        bad in prop_oneof![
            Just((0usize, "two words")),
            Just((0, "-leading")),
            Just((0, "a--b")),
            Just((6, "not-an-email")),
            Just((4, "E14-001")),
            Just((1, "   ")),
        ],
    ) {
        let (mut fields, _): (Vec<Vec<String>>, Vec<OfficialRow>) = rows.into_iter().unzip();
        let at = pick.index(fields.len());
        let (column, value) = bad;
        fields[at][column] = value.to_owned();
        let file = csv_of(&(0..COLUMNS.len()).collect::<Vec<_>>(), &fields);
        let lines_before: usize = fields[..at]
            .iter()
            .map(|row| 1 + row.iter().map(|f| f.matches('\n').count()).sum::<usize>())
            .sum();
        let error = parse(file.as_slice()).map(|_| ()).map_err(|e| e.to_string());
        let line = format!("line {}: {}", lines_before + 2, COLUMNS[column]);
        prop_assert!(matches!(&error, Err(e) if e.starts_with(&line)), "{error:?}, wanted {line}");
    }
}
