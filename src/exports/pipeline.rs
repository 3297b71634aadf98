//! The export pipeline: one thread reads pages from the database while the caller's thread
//! encodes the previous ones and hands them on, with at most [`PAGES_AHEAD`] pages waiting
//! between them, so memory stays bounded and reading overlaps encoding and writing.

use std::sync::mpsc::{sync_channel, SyncSender};

use super::{Cell, Encoder, ExportError, Format, Source};
use crate::db::{Database, DbError};

/// Pages read ahead of the encoder (and, on the web, chunks encoded ahead of the socket).
pub const PAGES_AHEAD: usize = 4;

type Page = Result<Vec<Vec<Cell>>, DbError>;

/// Streams `source` as `format` into `sink`: one chunk for the header, one per page and
/// one to close. A pooled connection is held only while a page is read (a slow reader
/// never holds one). Blocking: run it on a blocking thread. Returns the rows written.
/// When `sink` fails (the reader went away), reading stops at the next page.
pub fn run(
    db: &Database,
    source: &mut dyn Source,
    format: Format,
    sink: &mut dyn FnMut(Vec<u8>) -> Result<(), ExportError>,
) -> Result<u64, ExportError> {
    let mut encoder = Encoder::new(format, source.columns());
    sink(encoder.start()?)?;
    let written = std::thread::scope(|scope| {
        let (pages, received) = sync_channel::<Page>(PAGES_AHEAD);
        scope.spawn(move || read_pages(db, source, &pages));
        let mut written = 0;
        // Returning early drops `received`, which stops the reading thread.
        for page in received {
            let rows = page?;
            written += rows.len() as u64;
            sink(encoder.page(&rows)?)?;
        }
        Ok::<u64, ExportError>(written)
    })?;
    sink(encoder.finish())?;
    Ok(written)
}

/// Sends each page in turn, then stops: after the last (empty) page, on an error (sent
/// on), or when the encoder has gone away.
fn read_pages(db: &Database, source: &mut dyn Source, pages: &SyncSender<Page>) {
    loop {
        match db.get().and_then(|mut conn| source.next_page(&mut conn)) {
            Ok(rows) if rows.is_empty() => return,
            page => {
                let failed = page.is_err();
                if pages.send(page).is_err() || failed {
                    return;
                }
            }
        }
    }
}
