//! The exports layer's one error type. The web layer logs it (mid-stream it can only cut
//! the download short, so the file is visibly incomplete); the CLI prints it.

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("could not encode the export: {0}")]
    Encode(String),
    #[error("could not write the export: {0}")]
    Io(#[from] std::io::Error),
    /// Whoever was reading the export went away (a closed download, `| head`).
    #[error("the reader of the export went away")]
    Closed,
}

impl From<csv::Error> for ExportError {
    fn from(error: csv::Error) -> ExportError {
        ExportError::Encode(error.to_string())
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(error: serde_json::Error) -> ExportError {
        ExportError::Encode(error.to_string())
    }
}
