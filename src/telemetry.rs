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

/// A request path fit for the log: the secret segment of a token link becomes `:token`.
pub fn redact_path(path: &str) -> String {
    match path.split_once("/confirm/") {
        Some((before, _)) => format!("{before}/confirm/:token"),
        None => path.to_owned(),
    }
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
    }
}
