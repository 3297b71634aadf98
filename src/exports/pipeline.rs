//! The export loop: read a page by keyset, encode it, hand the bytes on, repeat; memory
//! holds one page at a time (plus, on the web, [`PAGES_AHEAD`] encoded chunks).

use super::{Encoder, ExportError, Format, Source};
use crate::db::Database;

/// Encoded pages waiting for a slow download, at most (the web's channel).
pub const PAGES_AHEAD: usize = 4;

/// Streams `source` as `format` into `sink`: one chunk for the header, one per page and
/// one to close. A pooled connection is held only while a page is read (a slow reader
/// never holds one). Blocking: run it on a blocking thread. Returns the rows written.
///
/// Reading and encoding stay on one thread on purpose: handing each page's rows to a
/// second thread made glibc's allocator free them across threads, which cost more CPU
/// than the overlap saved (measured: 4.4 s against 2.5 s for a million rows).
pub fn run(
    db: &Database,
    source: &mut dyn Source,
    format: Format,
    sink: &mut dyn FnMut(Vec<u8>) -> Result<(), ExportError>,
) -> Result<u64, ExportError> {
    let width = source.columns().len().max(1);
    let mut encoder = Encoder::new(format, source.columns());
    sink(encoder.start()?)?;
    let mut written = 0;
    loop {
        let cells = source.next_page(&mut *db.get()?)?;
        if cells.is_empty() {
            break;
        }
        written += (cells.len() / width) as u64;
        sink(encoder.page(&cells)?)?;
    }
    sink(encoder.finish())?;
    Ok(written)
}
