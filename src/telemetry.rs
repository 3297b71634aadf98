//! Logging: structured lines to stderr, level from `RUST_LOG` (default `info`).
//! Nothing personal is logged: request paths are logged with secret tokens cut out.

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Paths whose next segment is a private link's secret.
const PRIVATE_PREFIXES: [&str; 2] = ["/signatures/confirm/", "/letters/"];

/// A request path fit for the log: the secret segment of a private link (confirmation or
/// letter) becomes `:token`. The query string is not part of `path`.
pub fn redact_path(path: &str) -> String {
    for prefix in PRIVATE_PREFIXES {
        if let Some(rest) = path.strip_prefix(prefix) {
            return match rest.split_once('/') {
                Some((_, after)) => format!("{prefix}:token/{after}"),
                None => format!("{prefix}:token"),
            };
        }
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn token_links_are_redacted() {
        assert_eq!(
            super::redact_path("/signatures/confirm/abcDEF123"),
            "/signatures/confirm/:token"
        );
        assert_eq!(super::redact_path("/campaigns/x"), "/campaigns/x");
        assert_eq!(
            super::redact_path("/letters/abcDEF123/print/4"),
            "/letters/:token/print/4"
        );
        assert_eq!(
            super::redact_path("/letters/abc/autosave"),
            "/letters/:token/autosave"
        );
        assert_eq!(
            super::redact_path("/campaigns/x/letters"),
            "/campaigns/x/letters"
        );
    }
}
