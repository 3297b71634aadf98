//! The key that encrypts staff session cookies: from configuration, or generated once into
//! the data directory (readable by the owner only) so restarts keep people signed in.

use std::path::Path;

use actix_web::cookie::Key;
use base64::Engine;

const FILE: &str = "session.key";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("MISSIVE_SESSION_KEY must be base64 of at least 64 random bytes")]
    Invalid,
    #[error("could not read or write {0}: {1}")]
    File(String, std::io::Error),
}

pub fn load(configured: Option<&str>, data_dir: &Path) -> Result<Key, KeyError> {
    if let Some(text) = configured {
        return from_base64(text.trim());
    }
    let path = data_dir.join(FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => from_base64(text.trim()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = Key::generate();
            write_private(
                &path,
                &base64::engine::general_purpose::STANDARD.encode(key.master()),
            )
            .map_err(|e| KeyError::File(path.display().to_string(), e))?;
            tracing::info!(path = %path.display(), "generated a new session key");
            Ok(key)
        }
        Err(e) => Err(KeyError::File(path.display().to_string(), e)),
    }
}

fn from_base64(text: &str) -> Result<Key, KeyError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| KeyError::Invalid)?;
    Key::try_from(bytes.as_slice()).map_err(|_| KeyError::Invalid)
}

/// Writes the key to a temporary file and links it into place, so that a crash part-way
/// never leaves a half-written key behind (the next start would refuse it); linking fails,
/// as `create_new` would, if another process got there first.
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        crate::plumbing::private_files::create_dir(dir)?;
    }
    let partial = path.with_extension(format!("key.{}.part", std::process::id()));
    let _ = std::fs::remove_file(&partial);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&partial).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    let linked = written.and_then(|()| std::fs::hard_link(&partial, path));
    let _ = std::fs::remove_file(&partial);
    linked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_is_kept_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load(None, dir.path()).unwrap();
        let second = load(None, dir.path()).unwrap();
        assert_eq!(first.master(), second.master());
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            files,
            vec![std::ffi::OsString::from(FILE)],
            "no partial file left"
        );
        assert!(matches!(
            load(Some("too-short"), dir.path()),
            Err(KeyError::Invalid)
        ));
    }
}
