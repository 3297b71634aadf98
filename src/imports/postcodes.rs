//! `missive postcodes import FILE.csv [--names NAMES.csv]`: the postcode → constituency
//! lookup from the ONS National Statistics Postcode Lookup (NSPL), and constituency names.
//!
//! The NSPL has about 2.7 million rows, so it is streamed: one record buffer is reused and
//! rows are written a batch at a time, each batch its own short transaction. Memory stays
//! the same whatever the file's size, and a running server's writes wait at most one batch.
//! Re-importing replaces entries with the same postcode; an interrupted import can simply
//! be run again.

use std::fmt;
use std::io::Read;
use std::path::Path;

use super::{constituency_code, header_names, line_of, normal_constituency_code, open, text_field};
use super::{position_of, ImportError};
use crate::db::models::constituency;
use crate::db::Database;
use crate::domain::Postcode;

/// Rows written per transaction.
const BATCH_ROWS: usize = 5_000;
/// A names file lists a few hundred constituencies; more than this is the wrong file.
const MAX_NAMES: usize = 100_000;
/// How often a long import reports progress to the log.
const PROGRESS_EVERY: u64 = 500_000;

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PostcodesSummary {
    pub imported: u64,
    /// Rows whose postcode is not a valid UK postcode.
    pub skipped_invalid: u64,
    /// Rows with no Westminster constituency (terminated postcodes, or the Channel Islands
    /// and Isle of Man, whose ONS pseudo-codes end in 99999999).
    pub skipped_no_constituency: u64,
    pub constituencies_named: u64,
}

impl PostcodesSummary {
    pub fn skipped(&self) -> u64 {
        self.skipped_invalid + self.skipped_no_constituency
    }
}

impl fmt::Display for PostcodesSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "postcodes: {} imported, {} skipped ({} not a valid postcode, {} with no constituency)\n\
             constituencies: {} named",
            self.imported,
            self.skipped(),
            self.skipped_invalid,
            self.skipped_no_constituency,
            self.constituencies_named
        )
    }
}

/// Imports the names file (if given) and then the postcode file.
pub fn import(
    db: &Database,
    postcodes: &Path,
    names: Option<&Path>,
) -> Result<PostcodesSummary, ImportError> {
    let constituencies_named = match names {
        Some(path) => import_names(db, open(path)?).map_err(|e| e.in_file(path))?,
        None => 0,
    };
    let summary = import_postcodes(db, open(postcodes)?).map_err(|e| e.in_file(postcodes))?;
    Ok(PostcodesSummary {
        constituencies_named,
        ..summary
    })
}

/// Streams an NSPL-shaped file (a header row naming `pcds` and `pcon` among any others).
pub fn import_postcodes<R: Read>(db: &Database, input: R) -> Result<PostcodesSummary, ImportError> {
    let mut reader = super::reader(input);
    let headers = header_names(&mut reader)?;
    const HINT: &str =
        " (use the ONS National Statistics Postcode Lookup, whose columns include pcds and pcon)";
    let pcds = position_of(&headers, "pcds").ok_or(ImportError::MissingColumn {
        column: "pcds",
        hint: HINT,
    })?;
    let pcon = position_of(&headers, "pcon")
        .or_else(|| headers.iter().position(|h| h.starts_with("pcon")))
        .ok_or(ImportError::MissingColumn {
            column: "pcon",
            hint: HINT,
        })?;

    let mut summary = PostcodesSummary::default();
    let mut record = csv::ByteRecord::new();
    let mut batch: Vec<(String, String)> = Vec::with_capacity(BATCH_ROWS);
    let mut read: u64 = 0;
    while reader.read_byte_record(&mut record)? {
        read += 1;
        if read % PROGRESS_EVERY == 0 {
            tracing::info!(rows = read, "reading postcodes");
        }
        match row(&record, pcds, pcon) {
            Row::Valid(pair) => batch.push(pair),
            Row::InvalidPostcode => summary.skipped_invalid += 1,
            Row::NoConstituency => summary.skipped_no_constituency += 1,
        }
        if batch.len() >= BATCH_ROWS {
            summary.imported += write_batch(db, &mut batch)?;
        }
    }
    summary.imported += write_batch(db, &mut batch)?;
    Ok(summary)
}

enum Row {
    Valid((String, String)),
    InvalidPostcode,
    NoConstituency,
}

fn row(record: &csv::ByteRecord, pcds: usize, pcon: usize) -> Row {
    let text = |i| record.get(i).and_then(|b| std::str::from_utf8(b).ok());
    let Some(postcode) = text(pcds).and_then(|p| Postcode::parse(p).ok()) else {
        return Row::InvalidPostcode;
    };
    match text(pcon).and_then(normal_constituency_code) {
        Some(code) if !code.ends_with("99999999") => {
            Row::Valid((postcode.as_str().to_owned(), code))
        }
        _ => Row::NoConstituency,
    }
}

/// Writes and empties the batch in one transaction; returns how many rows it held.
fn write_batch(db: &Database, batch: &mut Vec<(String, String)>) -> Result<u64, ImportError> {
    if batch.is_empty() {
        return Ok(0);
    }
    db.write_blocking(|conn| constituency::upsert_postcodes(conn, batch))?;
    let written = batch.len() as u64;
    batch.clear();
    Ok(written)
}

/// Reads a names file (a code column and a name column) and adds or renames every
/// constituency in one transaction: a refused row means nothing is written.
pub fn import_names<R: Read>(db: &Database, input: R) -> Result<u64, ImportError> {
    let names = parse_names(input)?;
    db.write_blocking(|conn| constituency::upsert_names(conn, &names))?;
    Ok(names.len() as u64)
}

/// The `(code, name)` pairs of a names file. The code column is `code`, else a header like
/// `PCON24CD`, else any header ending in `CD`; likewise `name` / `PCON24NM` / `…NM`.
pub fn parse_names<R: Read>(input: R) -> Result<Vec<(String, String)>, ImportError> {
    let mut reader = super::reader(input);
    let headers = header_names(&mut reader)?;
    const HINT: &str = " (name the columns code,name or like PCON24CD,PCON24NM)";
    let find = |exact: &str, suffix: &str| {
        position_of(&headers, exact)
            .or_else(|| {
                headers
                    .iter()
                    .position(|h| h.starts_with("pcon") && h.ends_with(suffix))
            })
            .or_else(|| headers.iter().position(|h| h.ends_with(suffix)))
    };
    let code = find("code", "cd").ok_or(ImportError::MissingColumn {
        column: "code",
        hint: HINT,
    })?;
    let name = find("name", "nm").ok_or(ImportError::MissingColumn {
        column: "name",
        hint: HINT,
    })?;

    let mut record = csv::ByteRecord::new();
    let mut names = Vec::new();
    while reader.read_byte_record(&mut record)? {
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let line = line_of(&record);
        if names.len() >= MAX_NAMES {
            return Err(ImportError::Row {
                line,
                message: format!(
                    "a names file lists at most {MAX_NAMES} constituencies; is this the right file?"
                ),
            });
        }
        let code = text_field(&record, Some(code), "code")?
            .ok_or_else(|| ImportError::field(line, "code", "Enter the constituency's ONS code"))
            .and_then(|c| constituency_code(line, "code", &c))?;
        let name = text_field(&record, Some(name), "name")?
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .ok_or_else(|| ImportError::field(line, "name", "Enter the constituency's name"))?;
        names.push((code, name));
    }
    Ok(names)
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    fn record(fields: &[&str]) -> csv::ByteRecord {
        csv::ByteRecord::from(fields.to_vec())
    }

    fn names(csv: &str) -> Result<Vec<(String, String)>, String> {
        parse_names(csv.as_bytes()).map_err(|e| e.to_string())
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn nspl_rows_are_normalised_or_skipped() {
        let valid = |fields: &[&str]| match row(&record(fields), 0, 1) {
            Row::Valid(pair) => Some(pair),
            _ => None,
        };
        assert_eq!(
            valid(&["sw1a1aa", "e14001172"]),
            Some(pair("SW1A 1AA", "E14001172"))
        );
        assert_eq!(
            valid(&["M1  1AE", " E14000807 "]),
            Some(pair("M1 1AE", "E14000807"))
        );
        assert!(matches!(
            row(&record(&["NOT A PC", "E1"]), 0, 1),
            Row::InvalidPostcode
        ));
        assert!(matches!(
            row(&record(&["", "E1"]), 0, 1),
            Row::InvalidPostcode
        ));
        assert!(matches!(
            row(&record(&["M1 1AE", ""]), 0, 1),
            Row::NoConstituency
        ));
        assert!(matches!(
            row(&record(&["GY1 1AA", "L99999999"]), 0, 1),
            Row::NoConstituency
        ));
        assert!(matches!(
            row(&record(&["M1 1AE", "E1-2"]), 0, 1),
            Row::NoConstituency
        ));
    }

    #[test]
    fn names_headers_are_found_by_suffix_or_plain_name() {
        assert_eq!(
            names("FID,PCON24CD,PCON24NM,PCON24NMW\n1,W07000080,Ynys Môn,Ynys Môn\n"),
            Ok(vec![pair("W07000080", "Ynys Môn")])
        );
        assert_eq!(
            names("LAD24CD,PCON24CD,PCON24NM\nE06000001,e14001172,Holborn and  St Pancras\n"),
            Ok(vec![pair("E14001172", "Holborn and St Pancras")])
        );
        assert_eq!(
            names("Name,Code\nCities of London and Westminster,E14001172\n"),
            Ok(vec![pair("E14001172", "Cities of London and Westminster")])
        );
    }

    #[test]
    fn names_refusals_name_the_line() {
        assert!(names("pcon,label\nE1,x\n")
            .unwrap_err()
            .starts_with("line 1: the header row has no code column"));
        assert_eq!(
            names("code,name\nE1,One\n,Two\n").unwrap_err(),
            "line 3: code: Enter the constituency's ONS code"
        );
        assert_eq!(
            names("code,name\nE1,\n").unwrap_err(),
            "line 2: name: Enter the constituency's name"
        );
    }
}
