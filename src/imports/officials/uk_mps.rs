//! The MPs file shipped as `officials/uk-mps.csv` (the shape of the DfE's `mp_lookup.csv`:
//! `pcon_name,pcon_code,…,full_title,display_as,party_text,member_email,…`): one MP per
//! Westminster constituency, read into officials coded `mp-` and the ONS code, and the
//! constituencies' names.

use std::io::Read;

use super::{one_line, read_unique_rows, MAX_TEXT};
use crate::db::models::official::OfficialRow;
use crate::domain::EmailAddress;
use crate::imports::{constituency_code, line_of, position_of, text_field, ImportError};

/// Where every MP's letters go by post.
const HOUSE_OF_COMMONS: &str = "House of Commons\nLondon\nSW1A 0AA";

/// What the file says for an MP with no published address (their letters are printed).
const NO_EMAIL: &str = "No email found";

const HINT: &str = " (a file of this shape has the columns pcon_name,pcon_code,full_title,\
                     display_as,party_text,member_email)";

/// True when a header row is this file's: it names constituencies by `pcon_code`.
pub fn is_header(headers: &[String]) -> bool {
    position_of(headers, "pcon_code").is_some() && position_of(headers, "full_title").is_some()
}

/// One constituency's row: its MP and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MpRow {
    pub official: OfficialRow,
    pub constituency_name: String,
}

struct Columns {
    pcon_name: usize,
    pcon_code: usize,
    full_title: usize,
    display_as: Option<usize>,
    party: Option<usize>,
    email: Option<usize>,
}

impl Columns {
    fn find(headers: &[String]) -> Result<Columns, ImportError> {
        let required = |column: &'static str| {
            position_of(headers, column).ok_or(ImportError::MissingColumn { column, hint: HINT })
        };
        Ok(Columns {
            pcon_name: required("pcon_name")?,
            pcon_code: required("pcon_code")?,
            full_title: required("full_title")?,
            display_as: position_of(headers, "display_as"),
            party: position_of(headers, "party_text"),
            email: position_of(headers, "member_email"),
        })
    }
}

/// Reads and checks every row of a file whose header row `headers` has already been read
/// from `reader`. Stops at the first refused row, naming its line and field.
pub fn parse_rows<R: Read>(
    reader: &mut csv::Reader<R>,
    headers: &[String],
) -> Result<Vec<MpRow>, ImportError> {
    let columns = Columns::find(headers)?;
    read_unique_rows(
        reader,
        |record| parse_row(record, &columns),
        |row| row.official.constituency_code.clone().unwrap_or_default(),
        |code, (first, line)| {
            ImportError::field(
                line,
                "pcon_code",
                format!("{code} is already on line {first}; a constituency has one MP"),
            )
        },
    )
}

fn parse_row(record: &csv::ByteRecord, columns: &Columns) -> Result<MpRow, ImportError> {
    let line = line_of(record);
    let field = |index, name| text_field(record, index, name);
    let code = field(Some(columns.pcon_code), "pcon_code")?
        .ok_or_else(|| ImportError::field(line, "pcon_code", "Enter the constituency's ONS code"))
        .and_then(|c| constituency_code(line, "pcon_code", &c))?;
    let constituency_name = one_line(
        line,
        "pcon_name",
        field(Some(columns.pcon_name), "pcon_name")?,
        MAX_TEXT,
    )?
    .ok_or_else(|| ImportError::field(line, "pcon_name", "Enter the constituency's name"))?;
    let name = one_line(
        line,
        "full_title",
        field(Some(columns.full_title), "full_title")?,
        MAX_TEXT,
    )?
    .ok_or_else(|| ImportError::field(line, "full_title", "Enter the MP's name"))?;
    let display_as = one_line(
        line,
        "display_as",
        field(columns.display_as, "display_as")?,
        MAX_TEXT,
    )?;
    let party = one_line(
        line,
        "party_text",
        field(columns.party, "party_text")?,
        MAX_TEXT,
    )?;
    let email = field(columns.email, "member_email")?
        .filter(|e| !e.eq_ignore_ascii_case(NO_EMAIL))
        .map(|e| {
            EmailAddress::parse(&e)
                .map(|e| e.as_str().to_owned())
                .map_err(|err| ImportError::field(line, "member_email", err.to_string()))
        })
        .transpose()?;
    Ok(MpRow {
        official: OfficialRow {
            code: format!("mp-{}", code.to_ascii_lowercase()),
            name,
            office: format!("Member of Parliament for {constituency_name}"),
            salutation: display_as.map(|shown| format!("Dear {shown}")),
            constituency_code: Some(code),
            party,
            email,
            postal_address: Some(HOUSE_OF_COMMONS.to_owned()),
        },
        constituency_name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::imports::header_names;

    fn parsed(csv: &str) -> Result<Vec<MpRow>, String> {
        let mut reader = crate::imports::reader(csv.as_bytes());
        let headers = header_names(&mut reader).map_err(|e| e.to_string())?;
        assert!(is_header(&headers));
        parse_rows(&mut reader, &headers).map_err(|e| e.to_string())
    }

    const HEAD: &str = "\"pcon_name\",\"pcon_code\",\"member_id\",\"full_title\",\"display_as\",\
                        \"party_text\",\"member_email\",\"country_name\"\n";

    #[test]
    fn a_row_becomes_the_constituencys_mp() {
        let rows = parsed(&format!(
            "{HEAD}\"Aldershot\",\"e14001063\",\"5173\",\"Alex Baker MP\",\"Alex Baker\",\
             \"Labour\",\"alex.baker.mp@parliament.uk\",\"England\"\n"
        ))
        .unwrap();
        assert_eq!(
            rows,
            [MpRow {
                official: OfficialRow {
                    code: "mp-e14001063".into(),
                    name: "Alex Baker MP".into(),
                    office: "Member of Parliament for Aldershot".into(),
                    salutation: Some("Dear Alex Baker".into()),
                    constituency_code: Some("E14001063".into()),
                    party: Some("Labour".into()),
                    email: Some("alex.baker.mp@parliament.uk".into()),
                    postal_address: Some(HOUSE_OF_COMMONS.into()),
                },
                constituency_name: "Aldershot".into(),
            }]
        );
    }

    #[test]
    fn refusals_name_the_line_and_field() {
        let row = |code: &str, email: &str| {
            format!(
                "\"Place\",\"{code}\",\"1\",\"A B MP\",\"A B\",\"Party\",\"{email}\",\"England\"\n"
            )
        };
        let twice = format!("{HEAD}{}{}", row("E1", "a@b.uk"), row("E1", "c@d.uk"));
        assert_eq!(
            parsed(&twice).unwrap_err(),
            "line 3: pcon_code: E1 is already on line 2; a constituency has one MP"
        );
        let bad_email = format!("{HEAD}{}", row("E1", "nope"));
        assert!(parsed(&bad_email)
            .unwrap_err()
            .starts_with("line 2: member_email:"));
        let no_email = format!("{HEAD}{}", row("E1", "No email found"));
        assert_eq!(parsed(&no_email).unwrap()[0].official.email, None);
        let no_code = format!("{HEAD}{}", row("", "a@b.uk"));
        assert!(parsed(&no_code)
            .unwrap_err()
            .starts_with("line 2: pcon_code: Enter"));
    }

    #[test]
    fn a_constituency_with_two_mps_is_refused_at_the_second() {
        let row = "\"Aldershot\",\"E14001063\",\"5173\",\"Alex Baker MP\",\"Alex Baker\",\
                   \"Labour\",\"alex.baker.mp@parliament.uk\",\"England\"\n";
        assert_eq!(
            parsed(&format!("{HEAD}{row}{row}")).unwrap_err(),
            "line 3: pcon_code: E14001063 is already on line 2; a constituency has one MP"
        );
    }
}
