//! The streaming response body of an export: chunks arrive through a bounded channel from
//! the blocking thread that reads and encodes the rows, so at most a few pages wait in
//! memory and a slow download slows the reading down instead of filling memory.

use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BodySize, MessageBody};
use actix_web::web::Bytes;
use tokio::sync::mpsc;

use crate::exports::{ExportError, PAGES_AHEAD};

/// The receiving end of an export's chunks, as a response body of unknown length.
pub struct ExportBody {
    chunks: mpsc::Receiver<Result<Bytes, ExportError>>,
}

impl ExportBody {
    /// A body and the sender that feeds it.
    pub fn channel() -> (mpsc::Sender<Result<Bytes, ExportError>>, ExportBody) {
        let (sender, chunks) = mpsc::channel(PAGES_AHEAD);
        (sender, ExportBody { chunks })
    }
}

impl MessageBody for ExportBody {
    type Error = ExportError;

    fn size(&self) -> BodySize {
        BodySize::Stream
    }

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, ExportError>>> {
        self.get_mut().chunks.poll_recv(cx)
    }
}
