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

/// Text from elsewhere (an SMTP server's reply often quotes the recipient) made fit for the
/// log: each run of characters shaped like an email address, text on both sides of an `@`,
/// becomes `[address]`.
pub fn without_addresses(text: &str) -> String {
    let local = |c: char| c.is_alphanumeric() || "._%+-!#$&'*/=?^`{|}~".contains(c);
    let domain = |c: char| c.is_alphanumeric() || c == '.' || c == '-';
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && local(chars[i]) {
            i += 1;
        }
        let at = i;
        if at > start && at < chars.len() && chars[at] == '@' {
            let mut end = at + 1;
            while end < chars.len() && domain(chars[end]) {
                end += 1;
            }
            if end > at + 1 {
                out.push_str("[address]");
                i = end;
                continue;
            }
        }
        out.extend(&chars[start..at]);
        if at < chars.len() {
            out.push(chars[at]);
        }
        i = at + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_are_cut_out_of_error_text() {
        assert_eq!(
            super::without_addresses(
                "permanent error (550): 5.1.1 <ann.o'neil+x@mail.example.org>: unknown"
            ),
            "permanent error (550): 5.1.1 <[address]>: unknown"
        );
        assert_eq!(
            super::without_addresses("refused: a@b and c@d.e"),
            "refused: [address] and [address]"
        );
        for kept in [
            "connection refused (os error 111)",
            "x @ y",
            "@home",
            "mail@",
            "",
        ] {
            assert_eq!(super::without_addresses(kept), kept);
        }
    }

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
