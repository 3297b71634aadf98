//! Settings: every one a command-line flag and an environment variable, with defaults that
//! make a fresh clone run with no configuration at all.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use url::Url;

#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "MISSIVE_BIND",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind: SocketAddr,

    /// Folder for the SQLite database, outgoing mail files and other local state.
    #[arg(long, env = "MISSIVE_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Database: a postgres:// URL for PostgreSQL, or a SQLite file path
    /// [default: <data dir>/missive.sqlite3].
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Public address of the site, used for links in emails [default: http://<bind>].
    #[arg(long, env = "MISSIVE_BASE_URL", global = true)]
    pub base_url: Option<Url>,

    /// SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example.org:587?tls=required.
    /// Unset: each email is written as a .eml file to <data dir>/outbox/.
    #[arg(long, env = "MISSIVE_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of outgoing mail.
    #[arg(
        long,
        env = "MISSIVE_MAIL_FROM",
        default_value = "Missive <no-reply@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// Largest number of open database connections.
    #[arg(
        long,
        env = "MISSIVE_DB_CONNECTIONS",
        default_value_t = 8,
        global = true
    )]
    pub db_connections: u32,

    /// Seconds a request waits for a free database connection before failing.
    #[arg(
        long,
        env = "MISSIVE_DB_TIMEOUT_SECS",
        default_value_t = 10,
        global = true
    )]
    pub db_timeout_secs: u64,

    /// HTTP worker threads [default: one per CPU core].
    #[arg(long, env = "MISSIVE_WORKERS", global = true)]
    pub workers: Option<usize>,

    /// How often, in milliseconds, new confirmations are added to the counts.
    #[arg(
        long,
        env = "MISSIVE_COUNT_INTERVAL_MS",
        default_value_t = 500,
        global = true
    )]
    pub count_interval_ms: u64,

    /// Milliseconds before the first retry of an email that could not be sent; each further
    /// failure doubles the wait, up to an hour.
    #[arg(
        long,
        env = "MISSIVE_MAIL_RETRY_BASE_MS",
        default_value_t = 30_000,
        global = true
    )]
    pub mail_retry_base_ms: u64,

    /// Emails the sender delivers at once, each over its own pooled SMTP connection.
    #[arg(
        long,
        env = "MISSIVE_MAIL_CONCURRENCY",
        default_value_t = 8,
        global = true
    )]
    pub mail_concurrency: usize,

    /// Seconds the server gives requests in flight to finish once asked to stop (SIGTERM);
    /// the mail sender and the count folder then get up to ten more to reach a safe point.
    #[arg(
        long,
        env = "MISSIVE_SHUTDOWN_TIMEOUT_SECS",
        default_value_t = 20,
        global = true
    )]
    pub shutdown_timeout_secs: u64,

    /// Hours between joint letters, counted from midnight UTC (24: every day at midnight
    /// UTC): near-copies approved in that time go to each official together, as one letter.
    #[arg(
        long,
        env = "MISSIVE_JOINT_LETTER_HOURS",
        default_value_t = 24,
        global = true
    )]
    pub joint_letter_hours: u32,

    /// Key for encrypting staff session cookies: at least 64 random bytes, base64
    /// [default: generated once into <data dir>/session.key].
    #[arg(
        long,
        env = "MISSIVE_SESSION_KEY",
        global = true,
        hide_env_values = true
    )]
    pub session_key: Option<String>,

    /// Send staff session cookies over plain HTTP too. Only for http://localhost testing;
    /// on by default when the base URL is plain http on localhost or 127.0.0.1.
    #[arg(long, env = "MISSIVE_INSECURE_COOKIES", global = true)]
    pub insecure_cookies: Option<bool>,

    /// Minutes of inactivity after which a staff session ends.
    #[arg(
        long,
        env = "MISSIVE_SESSION_IDLE_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub session_idle_minutes: u32,

    /// Hours after login after which a staff session ends whatever happens.
    #[arg(
        long,
        env = "MISSIVE_SESSION_MAX_HOURS",
        default_value_t = 12,
        global = true
    )]
    pub session_max_hours: u32,

    /// Proxies whose X-Forwarded-For header is believed, as comma-separated addresses or
    /// CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8). Others' headers are ignored.
    #[arg(
        long,
        env = "MISSIVE_TRUSTED_PROXIES",
        global = true,
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<crate::domain::net::Net>,

    /// Signing burst limit per address per campaign, as signatures/seconds: after this many
    /// in this time, the next new signature is marked suspect (it is confirmed as usual but
    /// counts only once a moderator clears it).
    #[arg(
        long,
        env = "MISSIVE_SIGN_BURST",
        default_value = "1/60",
        global = true
    )]
    pub sign_burst: crate::fraud::rate_limit::RateLimit,

    /// Signing sustained limit per address per campaign, as signatures/seconds.
    #[arg(
        long,
        env = "MISSIVE_SIGN_SUSTAINED",
        default_value = "5/300",
        global = true
    )]
    pub sign_sustained: crate::fraud::rate_limit::RateLimit,

    /// Networks exempt from the signing limits, as comma-separated addresses or CIDR ranges
    /// (shared networks such as a university's, where many people share one address).
    #[arg(long, env = "MISSIVE_SIGN_ALLOW", global = true, value_delimiter = ',')]
    pub sign_allow: Vec<crate::domain::net::Net>,

    /// Days a confirmation link stays valid.
    #[arg(long, env = "MISSIVE_TOKEN_DAYS", default_value_t = 7, global = true)]
    pub token_days: u32,

    /// Days after a campaign closes before its supporters' personal data is erased
    /// (names, emails, postcodes, addresses, private links); its figures stay.
    #[arg(
        long,
        env = "MISSIVE_ANONYMISE_AFTER_DAYS",
        default_value_t = 183,
        global = true
    )]
    pub anonymise_after_days: u32,

    /// New letters one address may start, as letters/seconds, before their private links
    /// stop being emailed (the letter is still saved; the page says why). Networks in
    /// MISSIVE_SIGN_ALLOW are exempt.
    #[arg(
        long,
        env = "MISSIVE_DRAFT_EMAILS",
        default_value = "10/3600",
        global = true
    )]
    pub draft_emails: crate::fraud::rate_limit::RateLimit,

    /// Emails one mailbox may receive from Missive (sign and letter links, notices), as
    /// emails/seconds; past it, what a visitor's form would send is not sent. Addresses
    /// are folded (case, +tags) so that tags do not multiply a mailbox.
    #[arg(
        long,
        env = "MISSIVE_MAILBOX_EMAILS",
        default_value = "10/86400",
        global = true
    )]
    pub mailbox_emails: crate::fraud::rate_limit::RateLimit,

    /// Milliseconds between two emails of suspect signatures (the slow lane): a flood of
    /// signatures over the signing limit is emailed at this pace, not at once.
    #[arg(
        long,
        env = "MISSIVE_SLOW_MAIL_INTERVAL_MS",
        default_value_t = 1_000,
        global = true
    )]
    pub slow_mail_interval_ms: u64,

    /// Milliseconds an accepted sign form takes at least to be answered, whether the
    /// address is new or has signed before, so the answer's timing does not tell which.
    #[arg(
        long,
        env = "MISSIVE_SIGN_ANSWER_MS",
        default_value_t = 20,
        global = true
    )]
    pub sign_answer_ms: u64,

    /// Also speak the pseudo-language `en-XA` (English with every letter accented), so a
    /// page's untranslated words stand out. For tests and translators, not for visitors.
    #[arg(long, env = "MISSIVE_PSEUDO_LANGUAGE", global = true)]
    pub pseudo_language: bool,

    /// Milliseconds a client may take to send a request's line and headers; a slower one is
    /// answered 408 and disconnected (so slow clients cannot hold connections open).
    #[arg(
        long,
        env = "MISSIVE_REQUEST_TIMEOUT_MS",
        default_value_t = 5_000,
        global = true
    )]
    pub request_timeout_ms: u64,

    /// Seconds an idle keep-alive connection stays open for the client's next request.
    #[arg(
        long,
        env = "MISSIVE_KEEP_ALIVE_SECS",
        default_value_t = 5,
        global = true
    )]
    pub keep_alive_secs: u64,

    /// A postcodes.io-compatible API (its root URL) asked for postcodes the local lookup
    /// does not hold, with a 2-second timeout; its answers are stored. `off` turns it off.
    #[arg(
        long,
        env = "MISSIVE_POSTCODE_API",
        default_value = "https://api.postcodes.io",
        global = true
    )]
    pub postcode_api: crate::postcode_lookup::ApiSetting,
}

impl Settings {
    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            self.data_dir
                .join("missive.sqlite3")
                .to_string_lossy()
                .into_owned()
        })
    }

    /// The site's public root, ending without a slash.
    pub fn base_url(&self) -> String {
        match &self.base_url {
            Some(url) => url.as_str().trim_end_matches('/').to_owned(),
            None if self.bind.ip().is_unspecified() => {
                format!("http://localhost:{}", self.bind.port())
            }
            None => format!("http://{}", self.bind),
        }
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    pub fn count_interval(&self) -> Duration {
        Duration::from_millis(self.count_interval_ms.max(10))
    }

    /// Emails sent at once: at least 1, at most 256.
    pub fn mail_concurrency(&self) -> usize {
        self.mail_concurrency.clamp(1, 256)
    }

    /// The wait before an email's first retry (at least 10 ms, so failures never spin).
    pub fn mail_retry_base(&self) -> Duration {
        Duration::from_millis(self.mail_retry_base_ms.max(10))
    }

    pub fn shutdown_timeout(&self) -> Duration {
        Duration::from_secs(self.shutdown_timeout_secs)
    }

    pub fn joint_schedule(&self) -> crate::letters::joint::Schedule {
        crate::letters::joint::Schedule {
            hours: self.joint_letter_hours.max(1),
        }
    }

    /// Whether staff cookies may travel over plain HTTP: only ever for a plain-http site on
    /// localhost (the default there); asking for it anywhere else is an error.
    pub fn insecure_cookies(&self) -> Result<bool, String> {
        let base = self.base_url();
        let local = ["http://localhost", "http://127.0.0.1", "http://[::1]"]
            .iter()
            .any(|prefix| base.starts_with(prefix));
        match self.insecure_cookies {
            Some(true) if !local => Err(format!(
                "MISSIVE_INSECURE_COOKIES is only allowed for http://localhost, not {base}"
            )),
            Some(choice) => Ok(choice),
            None => Ok(local),
        }
    }

    pub fn sign_limits(&self) -> crate::fraud::rate_limit::SignLimits {
        crate::fraud::rate_limit::SignLimits {
            limits: vec![self.sign_burst, self.sign_sustained],
            allow: self.sign_allow.clone(),
        }
    }

    /// How long a client may take to send a request's head (at least 100 ms).
    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.request_timeout_ms.max(100))
    }

    /// How long an idle connection is kept for another request (at least a second).
    pub fn keep_alive(&self) -> Duration {
        Duration::from_secs(self.keep_alive_secs.max(1))
    }

    pub fn token_lifetime(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::days(i64::from(self.token_days.max(1)))
    }

    /// How long a closed campaign keeps its supporters' personal data.
    pub fn anonymise_after(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::days(i64::from(self.anonymise_after_days))
    }

    /// How long an accepted sign form takes at least to be answered.
    pub fn sign_answer_floor(&self) -> std::time::Duration {
        std::time::Duration::from_millis(self.sign_answer_ms)
    }

    /// The cap on one mailbox's emails and the slow lane's pace.
    pub fn mail_limits(&self) -> crate::mail::quota::MailLimits {
        crate::mail::quota::MailLimits {
            per_mailbox: self.mailbox_emails,
            slow_interval: chrono::TimeDelta::milliseconds(
                i64::try_from(self.slow_mail_interval_ms).unwrap_or(i64::MAX / 2),
            ),
        }
    }

    /// The limit on emailing new letters' private links, with the signing allow list.
    pub fn draft_limits(&self) -> crate::fraud::rate_limit::SignLimits {
        crate::fraud::rate_limit::SignLimits {
            limits: vec![self.draft_emails],
            allow: self.sign_allow.clone(),
        }
    }
}
