//! `missive officials import FILE.csv`: officials from a CSV file with a header row
//! `code,name,office,salutation,constituency_code,party,email,postal_address`, or MPs from
//! a file shaped like the shipped `officials/uk-mps.csv` (told apart by the header row);
//! and the shipped ministers and MPs, loaded into a database that has none.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use chrono::Utc;

use super::{constituency_code, header_names, line_of, position_of, text_field, ImportError};
use crate::db::models::constituency;
use crate::db::models::official::{self, OfficialRow, Upserted};
use crate::db::Database;
use crate::domain::EmailAddress;

pub mod uk_mps;

/// The ministers every new database starts with.
const SHIPPED: &str = include_str!("../../officials/ministers.csv");
/// The 650 MPs and their constituencies every new database starts with.
const SHIPPED_MPS: &str = include_str!("../../officials/uk-mps.csv");

const MAX_CODE: usize = 64;
const MAX_TEXT: usize = 200;
const MAX_ADDRESS: usize = 500;

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OfficialsSummary {
    pub created: usize,
    pub updated: usize,
    /// Constituencies added or renamed (by an MPs file).
    pub constituencies_named: usize,
}

impl fmt::Display for OfficialsSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "officials: {} created, {} updated",
            self.created, self.updated
        )?;
        if self.constituencies_named > 0 {
            write!(f, "\nconstituencies: {} named", self.constituencies_named)?;
        }
        Ok(())
    }
}

/// What a file holds: officials, and (from an MPs file) constituency names as
/// `(code, name)` pairs.
#[derive(Debug, Default)]
pub struct OfficialsFile {
    pub officials: Vec<OfficialRow>,
    pub constituencies: Vec<(String, String)>,
}

/// Checks every row of the file, then adds or updates all of them in one transaction:
/// a refused row means nothing is written.
pub fn import_file(db: &Database, path: &Path) -> Result<OfficialsSummary, ImportError> {
    let file = read(super::open(path)?).map_err(|e| e.in_file(path))?;
    import(db, file)
}

/// Adds or updates the officials (by code) and names the constituencies, in one
/// transaction.
pub fn import(db: &Database, file: OfficialsFile) -> Result<OfficialsSummary, ImportError> {
    let now = Utc::now().naive_utc();
    Ok(db.write_blocking(|conn| {
        let mut summary = OfficialsSummary {
            constituencies_named: file.constituencies.len(),
            ..OfficialsSummary::default()
        };
        constituency::upsert_names(conn, &file.constituencies)?;
        for row in &file.officials {
            match official::upsert(conn, row, now)? {
                Upserted::Created(_) => summary.created += 1,
                Upserted::Updated(_) => summary.updated += 1,
            }
        }
        Ok(summary)
    })?)
}

/// Adds or updates `rows` (by code) in one transaction.
pub fn import_rows(db: &Database, rows: Vec<OfficialRow>) -> Result<OfficialsSummary, ImportError> {
    import(
        db,
        OfficialsFile {
            officials: rows,
            constituencies: Vec::new(),
        },
    )
}

/// What start-up loaded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShippedLoaded {
    pub ministers: usize,
    pub mps: usize,
}

/// Loads the shipped ministers into a database with no officials at all, and the shipped
/// MPs (with their constituencies' names, where a name is missing) into one with no MP
/// (no official coded `mp-…`), so that an install that started before MPs shipped gets
/// them too. One transaction; when both are there already it only counts.
pub fn load_shipped(db: &Database) -> Result<ShippedLoaded, ImportError> {
    let (officials, mps) = {
        let mut conn = db.get()?;
        (
            official::count_all(&mut conn)?,
            official::count_mps(&mut conn)?,
        )
    };
    if officials > 0 && mps > 0 {
        return Ok(ShippedLoaded::default());
    }
    let ministers = parse(SHIPPED.as_bytes())?;
    let mps = read(SHIPPED_MPS.as_bytes())?;
    let now = Utc::now().naive_utc();
    Ok(db.write_blocking(|conn| {
        let mut loaded = ShippedLoaded::default();
        if official::count_all(conn)? == 0 {
            for row in &ministers {
                official::upsert(conn, row, now)?;
            }
            loaded.ministers = ministers.len();
        }
        if official::count_mps(conn)? == 0 {
            constituency::insert_missing_names(conn, &mps.constituencies)?;
            official::insert_all(conn, &mps.officials, now)?;
            loaded.mps = mps.officials.len();
        }
        Ok(loaded)
    })?)
}

/// Reads an officials file of either shape, told apart by its header row.
pub fn read<R: Read>(input: R) -> Result<OfficialsFile, ImportError> {
    let text = lf_only(input)?;
    let mut reader = super::reader(text.as_slice());
    let headers = header_names(&mut reader)?;
    if uk_mps::is_header(&headers) {
        let rows = uk_mps::parse_rows(&mut reader, &headers)?;
        let constituencies = rows
            .iter()
            .filter_map(|r| {
                let code = r.official.constituency_code.clone()?;
                Some((code, r.constituency_name.clone()))
            })
            .collect();
        return Ok(OfficialsFile {
            officials: rows.into_iter().map(|r| r.official).collect(),
            constituencies,
        });
    }
    Ok(OfficialsFile {
        officials: parse_rows(&mut reader, &headers)?,
        constituencies: Vec::new(),
    })
}

/// Where each column is. Only `code`, `name` and `office` must be present.
struct Columns {
    code: usize,
    name: usize,
    office: usize,
    salutation: Option<usize>,
    constituency_code: Option<usize>,
    party: Option<usize>,
    email: Option<usize>,
    postal_address: Option<usize>,
}

const COLUMNS_HINT: &str =
    " (the columns are code,name,office,salutation,constituency_code,party,email,postal_address)";

impl Columns {
    fn find(headers: &[String]) -> Result<Columns, ImportError> {
        let required = |column: &'static str| {
            position_of(headers, column).ok_or(ImportError::MissingColumn {
                column,
                hint: COLUMNS_HINT,
            })
        };
        Ok(Columns {
            code: required("code")?,
            name: required("name")?,
            office: required("office")?,
            salutation: position_of(headers, "salutation"),
            constituency_code: position_of(headers, "constituency_code"),
            party: position_of(headers, "party"),
            email: position_of(headers, "email"),
            postal_address: position_of(headers, "postal_address"),
        })
    }
}

/// Reads and checks every row. Stops at the first refused row, naming its line and field.
pub fn parse<R: Read>(input: R) -> Result<Vec<OfficialRow>, ImportError> {
    let text = lf_only(input)?;
    let mut reader = super::reader(text.as_slice());
    let headers = header_names(&mut reader)?;
    parse_rows(&mut reader, &headers)
}

/// The whole (small) file with its line breaks as `\n`. The CSV reader's line numbers
/// count a `\r\n` pair as a break only after the record it ends, one short of the truth
/// for every row of a file saved with Windows line breaks (as spreadsheets and the
/// shipped MPs file are).
fn lf_only<R: Read>(mut input: R) -> Result<Vec<u8>, ImportError> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Read(e.to_string()))?;
    let mut text = Vec::with_capacity(bytes.len());
    let mut after_cr = false;
    for byte in bytes {
        match byte {
            b'\n' if after_cr => {}
            b'\r' => text.push(b'\n'),
            other => text.push(other),
        }
        after_cr = byte == b'\r';
    }
    Ok(text)
}

fn parse_rows<R: Read>(
    reader: &mut csv::Reader<R>,
    headers: &[String],
) -> Result<Vec<OfficialRow>, ImportError> {
    let columns = Columns::find(headers)?;
    read_unique_rows(
        reader,
        |record| parse_row(record, &columns),
        |row| row.code.clone(),
        |code, (first, line)| {
            ImportError::field(
                line,
                "code",
                format!(
                    "{code} is already used on line {first}; each official needs their own code"
                ),
            )
        },
    )
}

/// Reads and checks every non-blank row with `parse`; a row whose `key` an earlier row
/// already had is refused by `twice(key, (earlier line, this line))`.
fn read_unique_rows<R: Read, T>(
    reader: &mut csv::Reader<R>,
    parse: impl Fn(&csv::ByteRecord) -> Result<T, ImportError>,
    key: impl Fn(&T) -> String,
    twice: impl Fn(&str, (u64, u64)) -> ImportError,
) -> Result<Vec<T>, ImportError> {
    let mut record = csv::ByteRecord::new();
    let mut rows = Vec::new();
    let mut first_seen: HashMap<String, u64> = HashMap::new();
    while reader.read_byte_record(&mut record)? {
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let line = line_of(&record);
        let row = parse(&record)?;
        let key = key(&row);
        if let Some(first) = first_seen.insert(key.clone(), line) {
            return Err(twice(&key, (first, line)));
        }
        rows.push(row);
    }
    Ok(rows)
}

fn parse_row(record: &csv::ByteRecord, columns: &Columns) -> Result<OfficialRow, ImportError> {
    let line = line_of(record);
    let field = |index, name| text_field(record, index, name);
    let code = parse_code(line, field(Some(columns.code), "code")?)?;
    let name = one_line(line, "name", field(Some(columns.name), "name")?, MAX_TEXT)?
        .ok_or_else(|| ImportError::field(line, "name", "Enter the official's name"))?;
    let office = one_line(
        line,
        "office",
        field(Some(columns.office), "office")?,
        MAX_TEXT,
    )?
    .ok_or_else(|| {
        ImportError::field(
            line,
            "office",
            "Enter the official's office, like Prime Minister",
        )
    })?;
    let salutation = one_line(
        line,
        "salutation",
        field(columns.salutation, "salutation")?,
        MAX_TEXT,
    )?;
    let party = one_line(line, "party", field(columns.party, "party")?, MAX_TEXT)?;
    let constituency_code = field(columns.constituency_code, "constituency_code")?
        .map(|c| constituency_code(line, "constituency_code", &c))
        .transpose()?;
    let email = field(columns.email, "email")?
        .map(|e| {
            EmailAddress::parse(&e)
                .map(|e| e.as_str().to_owned())
                .map_err(|err| ImportError::field(line, "email", err.to_string()))
        })
        .transpose()?;
    let postal_address = field(columns.postal_address, "postal_address")?
        .map(|a| parse_address(line, &a))
        .transpose()?
        .flatten();
    Ok(OfficialRow {
        code,
        name,
        office,
        salutation,
        constituency_code,
        party,
        email,
        postal_address,
    })
}

/// Codes are lower-case letters, digits and single hyphens, like `mp-e14001172`; upper-case
/// letters are lower-cased.
fn parse_code(line: u64, value: Option<String>) -> Result<String, ImportError> {
    const HINT: &str = "like prime-minister or mp-e14001172";
    let Some(value) = value else {
        return Err(ImportError::field(
            line,
            "code",
            format!("Enter a code for this official, {HINT}"),
        ));
    };
    let code = value.to_ascii_lowercase();
    let valid = code.len() <= MAX_CODE
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !code.starts_with('-')
        && !code.ends_with('-')
        && !code.contains("--");
    if !valid {
        return Err(ImportError::field(
            line,
            "code",
            format!(
                "\"{value}\" is not a code: use letters, digits and single hyphens \
                 (at most {MAX_CODE} characters), {HINT}"
            ),
        ));
    }
    Ok(code)
}

/// A one-line value: runs of white space (line breaks included) become one space.
fn one_line(
    line: u64,
    field: &'static str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>, ImportError> {
    let Some(value) = value else {
        return Ok(None);
    };
    let joined = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() > max {
        return Err(ImportError::field(
            line,
            field,
            format!("this is longer than {max} characters"),
        ));
    }
    Ok(Some(joined))
}

/// Address lines, separated in the file by line breaks or `|`, stored one per line.
fn parse_address(line: u64, value: &str) -> Result<Option<String>, ImportError> {
    let lines: Vec<String> = value
        .split(['\n', '\r', '|'])
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let address = lines.join("\n");
    if address.chars().count() > MAX_ADDRESS {
        return Err(ImportError::field(
            line,
            "postal_address",
            format!("this is longer than {MAX_ADDRESS} characters"),
        ));
    }
    Ok((!address.is_empty()).then_some(address))
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(csv: &str) -> Vec<OfficialRow> {
        match parse(csv.as_bytes()) {
            Ok(rows) => rows,
            Err(e) => panic!("{csv:?} should parse: {e}"),
        }
    }

    fn refused(csv: &str) -> String {
        match parse(csv.as_bytes()) {
            Ok(rows) => panic!("{csv:?} should be refused, parsed {rows:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn shipped_ministers_parse() {
        let rows = parsed(SHIPPED);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].code, "prime-minister");
        assert_eq!(rows[0].salutation.as_deref(), Some("Dear Prime Minister"));
        assert_eq!(
            rows[0].postal_address.as_deref(),
            Some("10 Downing Street\nLondon\nSW1A 2AA")
        );
        assert_eq!(rows[1].code, "foreign-secretary");
        assert_eq!(
            rows[1].office,
            "Secretary of State for Foreign, Commonwealth and Development Affairs"
        );
        assert_eq!(
            rows[1].postal_address.as_deref(),
            Some("Foreign, Commonwealth and Development Office\nKing Charles Street\nLondon\nSW1A 2AH")
        );
        assert!(rows.iter().all(|r| r.email.is_none()));
    }

    #[test]
    fn shipped_mps_parse_one_per_constituency() {
        let file = match read(SHIPPED_MPS.as_bytes()) {
            Ok(file) => file,
            Err(e) => panic!("shipped MPs should parse: {e}"),
        };
        assert_eq!(file.officials.len(), 650);
        assert_eq!(file.constituencies.len(), 650);
        // Four MPs publish no address ("No email found"): their letters are printed.
        assert_eq!(
            file.officials.iter().filter(|o| o.email.is_none()).count(),
            4
        );
        let aldershot = &file.officials[0];
        assert_eq!(aldershot.code, "mp-e14001063");
        assert_eq!(aldershot.name, "Alex Baker MP");
        assert_eq!(aldershot.office, "Member of Parliament for Aldershot");
        assert_eq!(aldershot.salutation.as_deref(), Some("Dear Alex Baker"));
        assert_eq!(
            file.constituencies[0],
            ("E14001063".into(), "Aldershot".into())
        );
    }

    #[test]
    fn a_code_used_twice_is_refused_at_its_second_line() {
        let csv = "code,name,office\npm,A,Prime Minister\npm,B,Prime Minister\n";
        assert_eq!(
            refused(csv),
            "line 3: code: pm is already used on line 2; each official needs their own code"
        );
    }

    #[test]
    fn only_code_name_and_office_are_needed_in_any_order_and_case() {
        let rows = parsed("Office,NAME,Code,notes\nMP for Holborn,Jane Doe,MP-E14001172,ignored\n");
        assert_eq!(
            rows,
            [OfficialRow {
                code: "mp-e14001172".into(),
                name: "Jane Doe".into(),
                office: "MP for Holborn".into(),
                salutation: None,
                constituency_code: None,
                party: None,
                email: None,
                postal_address: None,
            }]
        );
    }

    #[test]
    fn optional_values_are_trimmed_normalised_or_left_empty() {
        let csv = "\u{feff}code,name,office,salutation,constituency_code,party,email,postal_address\n\
                   mp-x, Jane  Doe ,MP,,e14001172, Labour ,jane.doe@parliament.uk,\"House of Commons\n London | SW1A 0AA \"\n\
                   mp-y,John Roe,MP, , , , ,\n";
        let rows = parsed(csv);
        assert_eq!(rows[0].name, "Jane Doe");
        assert_eq!(rows[0].constituency_code.as_deref(), Some("E14001172"));
        assert_eq!(rows[0].party.as_deref(), Some("Labour"));
        assert_eq!(rows[0].email.as_deref(), Some("jane.doe@parliament.uk"));
        assert_eq!(
            rows[0].postal_address.as_deref(),
            Some("House of Commons\nLondon\nSW1A 0AA")
        );
        assert_eq!(rows[1].salutation, None);
        assert_eq!(rows[1].email, None);
        assert_eq!(rows[1].postal_address, None);
    }

    #[test]
    fn blank_lines_are_ignored() {
        assert_eq!(parsed("code,name,office\n\na,B,C\n,,\n").len(), 1);
    }

    #[test]
    fn refusals_name_the_line_and_field() {
        let head = "code,name,office,email\n";
        assert_eq!(
            refused(&format!("{head}a,B,C,\nb,B,C,not-an-email\n")),
            "line 3: email: Enter an email address in the correct format, like name@example.com"
        );
        assert!(refused(&format!("{head},B,C,\n")).starts_with("line 2: code: Enter a code"));
        assert!(refused(&format!("{head}prime minister,B,C,\n"))
            .starts_with("line 2: code: \"prime minister\" is not a code"));
        assert!(refused(&format!("{head}a,,C,\n")).starts_with("line 2: name: Enter"));
        assert!(refused(&format!("{head}a,B,,\n")).starts_with("line 2: office: Enter"));
        assert_eq!(
            refused(&format!("{head}a,B,C,\nb,B,C,\nA,B,C,\n")),
            "line 4: code: a is already used on line 2; each official needs their own code"
        );
        assert!(refused(&format!("{head}a,B,C\n")).starts_with("line 2: this row has 3 fields"));
        assert!(
            refused("code,name,office,constituency_code\na,B,C,E14-001\n")
                .starts_with("line 2: constituency_code:")
        );
    }

    #[test]
    fn windows_line_breaks_give_the_true_line_numbers() {
        let csv = "code,name,office,email\r\na,B,C,\r\nb,B,C,\r\nc,B,C,bad\r\n";
        assert!(
            refused(csv).starts_with("line 4: email:"),
            "{}",
            refused(csv)
        );
        assert_eq!(parsed("code,name,office\r\na,B,C\rb,B,C\r\n").len(), 2);
    }

    #[test]
    fn a_quoted_line_break_counts_toward_later_line_numbers() {
        let csv = "code,name,office,postal_address,email\na,B,C,\"1 Road\nTown\",\nb,B,C,,bad\n";
        assert!(refused(csv).starts_with("line 4: email:"));
    }

    #[test]
    fn header_problems_are_explained() {
        assert!(
            refused("code,name\na,b\n").starts_with("line 1: the header row has no office column")
        );
        assert!(refused("").starts_with("the file is empty"));
    }
}
