//! How mail leaves: SMTP when configured, else `.eml` files in the data directory.

use std::path::PathBuf;
use std::sync::Arc;

use lettre::Message;

use super::error::MailError;
use super::smtp::SmtpPool;

#[derive(Clone)]
pub enum Transport {
    Smtp(Arc<SmtpPool>),
    /// One `<id>.eml` file per email in this folder.
    Files(PathBuf),
}

impl Transport {
    /// An SMTP transport keeping up to `connections` connections open, one for each email
    /// the sender sends at once.
    pub fn smtp(url: &str, connections: usize) -> Result<Transport, MailError> {
        Ok(Transport::Smtp(Arc::new(SmtpPool::new(url, connections)?)))
    }

    /// Delivers one outbox email. Writing the file for the same outbox id twice replaces it,
    /// so a retry after a crash leaves exactly one copy.
    pub async fn deliver(&self, outbox_id: i64, message: Message) -> Result<(), MailError> {
        match self {
            Transport::Smtp(pool) => {
                pool.send(message.envelope(), &message.formatted()).await?;
            }
            Transport::Files(dir) => {
                let dir = dir.clone();
                let bytes = message.formatted();
                tokio::task::spawn_blocking(move || write_file(&dir, outbox_id, &bytes))
                    .await
                    .map_err(|e| MailError::Build(e.to_string()))??;
            }
        }
        Ok(())
    }

    /// Closes SMTP connections left unused for a minute.
    pub async fn close_idle(&self) {
        if let Transport::Smtp(pool) = self {
            pool.close_idle().await;
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "SMTP".to_owned(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        }
    }
}

fn write_file(dir: &std::path::Path, outbox_id: i64, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    crate::plumbing::private_files::create_dir(dir)?;
    let name = format!("{outbox_id:010}.eml");
    let partial = dir.join(format!(".{name}.part"));
    let _ = std::fs::remove_file(&partial);
    let mut file = crate::plumbing::private_files::create_new(&partial)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&partial, dir.join(name))
}
