//! The confirmation links the confirm scenario presses: raw tokens seeded beforehand (their
//! SHA-256 in the database, see `seed`), each pressed once.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One seeded pending signature: its raw token and the email it was signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seeded {
    pub token: String,
    pub email: String,
}

/// Hands out each seeded token once, across all simulated browsers.
#[derive(Debug)]
pub struct TokenQueue {
    seeded: Vec<Seeded>,
    next: AtomicUsize,
}

impl TokenQueue {
    /// Reads a file of `TOKEN EMAIL` lines, as `loadgen seed` writes it.
    pub fn load(path: &Path) -> anyhow::Result<TokenQueue> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
        let seeded = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .enumerate()
            .map(|(i, line)| match line.split_once(' ') {
                Some((token, email)) => Ok(Seeded {
                    token: token.to_owned(),
                    email: email.trim().to_owned(),
                }),
                None => Err(anyhow::anyhow!(
                    "{}: line {}: expected TOKEN EMAIL",
                    path.display(),
                    i + 1
                )),
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(TokenQueue::new(seeded))
    }

    pub fn new(seeded: Vec<Seeded>) -> TokenQueue {
        TokenQueue {
            seeded,
            next: AtomicUsize::new(0),
        }
    }

    /// The next unused token, or `None` once all have been handed out.
    pub fn take(&self) -> Option<&Seeded> {
        self.seeded.get(self.next.fetch_add(1, Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hands_out_each_token_once_then_none() {
        let path = std::env::temp_dir().join(format!("loadgen-tokens-{}", std::process::id()));
        std::fs::write(&path, "abc one@example.org\n\ndef two@example.org\n").unwrap();
        let queue = TokenQueue::load(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(queue.take().map(|s| s.token.as_str()), Some("abc"));
        assert_eq!(
            queue.take().map(|s| s.email.as_str()),
            Some("two@example.org")
        );
        assert_eq!(queue.take(), None);
        assert_eq!(queue.take(), None);
    }

    #[test]
    fn a_line_without_an_email_is_an_error_naming_it() {
        let path = std::env::temp_dir().join(format!("loadgen-bad-{}", std::process::id()));
        std::fs::write(&path, "abc one@example.org\nlonely\n").unwrap();
        let error = TokenQueue::load(&path).unwrap_err().to_string();
        std::fs::remove_file(&path).unwrap();
        assert!(error.contains("line 2"), "{error}");
    }
}
