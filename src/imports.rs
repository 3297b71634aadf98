//! Data organisers load from CSV files: officials, and the ONS postcode lookup with
//! constituency names. Each file is checked row by row at this boundary; a refused row is
//! reported by its line number and field, in words an organiser can act on.

pub mod officials;
pub mod postcodes;

use std::path::{Path, PathBuf};

use crate::db::DbError;

/// The imports layer's one error type. Every message is meant for the organiser running
/// the import, so it says where the problem is and what to change.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {}: {reason}", path.display())]
    Open {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// A problem inside a named file; shown as "FILE: problem".
    #[error("{}: {error}", path.display())]
    InFile {
        path: PathBuf,
        error: Box<ImportError>,
    },
    #[error("the file is empty: the first line should be a header row naming the columns")]
    Empty,
    #[error("line 1: the header row has no {column} column{hint}")]
    MissingColumn {
        column: &'static str,
        hint: &'static str,
    },
    #[error("line {line}: {field}: {message}")]
    Field {
        line: u64,
        field: &'static str,
        message: String,
    },
    #[error("line {line}: {message}")]
    Row { line: u64, message: String },
    #[error("reading the file failed: {0}")]
    Read(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl ImportError {
    /// Tags this error with the file it came from.
    pub fn in_file(self, path: &Path) -> ImportError {
        match self {
            ImportError::Open { .. } | ImportError::InFile { .. } | ImportError::Db(_) => self,
            other => ImportError::InFile {
                path: path.to_owned(),
                error: Box::new(other),
            },
        }
    }

    fn field(line: u64, field: &'static str, message: impl Into<String>) -> ImportError {
        ImportError::Field {
            line,
            field,
            message: message.into(),
        }
    }
}

impl From<csv::Error> for ImportError {
    fn from(error: csv::Error) -> ImportError {
        let line = error.position().map(csv::Position::line);
        match (error.kind(), line) {
            (
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                },
                Some(line),
            ) => ImportError::Row {
                line,
                message: format!(
                    "this row has {len} fields but the header row has {expected_len}; \
                     check for a missing comma, or a comma inside a value that is not in quotes"
                ),
            },
            (csv::ErrorKind::Utf8 { .. }, Some(line)) => ImportError::Row {
                line,
                message: "this row is not UTF-8 text; save the file as \"CSV UTF-8\"".into(),
            },
            _ => ImportError::Read(error.to_string()),
        }
    }
}

/// Opens a file to import.
fn open(path: &Path) -> Result<std::fs::File, ImportError> {
    std::fs::File::open(path).map_err(|reason| ImportError::Open {
        path: path.to_owned(),
        reason,
    })
}

/// A CSV reader expecting a header row and the same number of fields on every row.
fn reader<R: std::io::Read>(input: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(input)
}

/// The header row's names, trimmed and lower-cased (a leading byte-order mark removed).
fn header_names<R: std::io::Read>(reader: &mut csv::Reader<R>) -> Result<Vec<String>, ImportError> {
    let headers = reader.byte_headers()?;
    if headers.is_empty()
        || headers
            .iter()
            .all(|h| h.iter().all(u8::is_ascii_whitespace))
    {
        return Err(ImportError::Empty);
    }
    Ok(headers
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_lowercase()
        })
        .collect())
}

/// Where a column is, by its exact (lower-case) name.
fn position_of(headers: &[String], name: &str) -> Option<usize> {
    headers.iter().position(|h| h == name)
}

/// The line a record starts on (1 is the header row).
fn line_of(record: &csv::ByteRecord) -> u64 {
    record.position().map_or(0, csv::Position::line)
}

/// A field as text, trimmed; `None` when the column is absent or the value is blank.
fn text_field(
    record: &csv::ByteRecord,
    index: Option<usize>,
    field: &'static str,
) -> Result<Option<String>, ImportError> {
    let Some(bytes) = index.and_then(|i| record.get(i)) else {
        return Ok(None);
    };
    let text = std::str::from_utf8(bytes).map_err(|_| {
        ImportError::field(
            line_of(record),
            field,
            "this value is not UTF-8 text; save the file as \"CSV UTF-8\"",
        )
    })?;
    let text = text.trim();
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// An ONS constituency code such as `E14001172`, upper-cased.
fn constituency_code(line: u64, field: &'static str, value: &str) -> Result<String, ImportError> {
    normal_constituency_code(value).ok_or_else(|| {
        ImportError::field(
            line,
            field,
            format!("\"{value}\" is not a constituency code: use the ONS code, like E14001172"),
        )
    })
}

/// `value` upper-cased if it has the shape of an ONS code (letters and digits, at most 16).
fn normal_constituency_code(value: &str) -> Option<String> {
    let value = value.trim();
    let valid =
        !value.is_empty() && value.len() <= 16 && value.bytes().all(|b| b.is_ascii_alphanumeric());
    valid.then(|| value.to_ascii_uppercase())
}
