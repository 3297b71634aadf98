//! Builds the application: database ready, background tasks running, HTTP server bound
//! with its middleware and routes.

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::config::CookieContentSecurity;
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::{Compress, Logger};
use actix_web::{web, App, HttpServer};
use lettre::message::Mailbox;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::auth::password::PasswordHasher;
use crate::db::Database;
use crate::mail::links::Links;
use crate::mail::{sender::Sender, Transport};
use crate::plumbing::config::Settings;
use crate::plumbing::shipped::prepare_database;
use crate::plumbing::shutdown::{self, StopHandle};
use crate::plumbing::telemetry;
use crate::signing::counts::{self, CountCache};
use crate::web::middleware::{http_limits, http_methods};
use crate::web::state::AppState;
use crate::web::{routes, session_key};

pub struct Application {
    port: u16,
    server: Server,
    background: Vec<JoinHandle<()>>,
    stop: StopHandle,
    db: Database,
}

/// How long background tasks get, once the HTTP server has drained, to reach a safe point.
const BACKGROUND_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// Encrypted cookie sessions for staff: `__Host-` name (Secure, path /, no domain) unless
/// cookies are allowed over plain HTTP for localhost testing; HttpOnly; SameSite=Strict.
fn staff_sessions(key: Key, secure: bool) -> SessionMiddleware<CookieSessionStore> {
    let name = if secure {
        "__Host-missive-staff"
    } else {
        "missive-staff"
    };
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name(name.to_owned())
        .cookie_secure(secure)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Strict)
        .cookie_path("/".to_owned())
        .cookie_content_security(CookieContentSecurity::Private)
        .build()
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        if settings.pseudo_language {
            crate::i18n::allow_pseudo();
        }
        let prepared = settings.clone();
        let db = tokio::task::spawn_blocking(move || prepare_database(&prepared)).await??;

        let listener = TcpListener::bind(settings.bind)?;
        let address = listener.local_addr()?;
        let base_url = match settings.base_url {
            Some(_) => settings.base_url(),
            None if address.ip().is_unspecified() => format!("http://localhost:{}", address.port()),
            None => format!("http://{address}"),
        };

        let counts = Arc::new(CountCache::new(base_url.clone()));
        let public_stats = Arc::new(crate::stats::PublicStatsCache::default());
        counts.refresh(&db).await?;

        let transport = match &settings.smtp_url {
            Some(url) => Transport::smtp(url, settings.mail_concurrency())?,
            None => {
                let dir = settings.outbox_dir();
                tracing::info!(dir = %dir.display(), "no SMTP server set: emails are written as .eml files");
                Transport::Files(dir)
            }
        };
        let from: Mailbox = settings
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("MISSIVE_MAIL_FROM is not a valid mailbox: {e}"))?;
        let mail_wake = Arc::new(Notify::new());
        let sender = Sender {
            db: db.clone(),
            transport,
            from,
            wake: mail_wake.clone(),
            retry_base: settings.mail_retry_base(),
            concurrency: settings.mail_concurrency(),
        };
        let (stop, stopping) = shutdown::channel();
        let kept_db = db.clone();
        let background = vec![
            tokio::spawn(sender.run(stopping.clone())),
            tokio::spawn(counts::run(
                counts.clone(),
                db.clone(),
                settings.count_interval(),
                stopping.clone(),
            )),
            tokio::spawn(crate::stats::public::run(
                public_stats.clone(),
                db.clone(),
                crate::stats::public::interval_for(settings.count_interval()),
                stopping.clone(),
            )),
            tokio::spawn(crate::letters::joint::run(
                db.clone(),
                settings.joint_schedule(),
                mail_wake.clone(),
                stopping.clone(),
            )),
            tokio::spawn(crate::letters::replies::run(
                db.clone(),
                base_url.clone(),
                mail_wake.clone(),
                stopping.clone(),
            )),
            tokio::spawn(crate::privacy::anonymise::run(
                db.clone(),
                settings.anonymise_after(),
                stopping,
            )),
        ];

        let postcodes = crate::postcode_lookup::Finder::new(&settings.postcode_api)?;
        let session_key = session_key::load(settings.session_key.as_deref(), &settings.data_dir)?;
        let secure_cookies = !settings.insecure_cookies().map_err(anyhow::Error::msg)?;
        let https = base_url.starts_with("https://");
        let workers = settings.workers;
        let shutdown_timeout = settings.shutdown_timeout().as_secs();
        let (request_timeout, keep_alive) = (settings.request_timeout(), settings.keep_alive());
        let state = web::Data::new(AppState {
            db,
            counts,
            public_stats,
            public_json: Arc::default(),
            campaigns: Arc::default(),
            translations: Arc::default(),
            pages: Arc::default(),
            links: Links::new(&base_url, settings.token_lifetime()),
            settings: Arc::new(settings),
            base_url,
            mail_wake,
            hasher: PasswordHasher::new(2),
            signed_address: crate::web::routes::signed_address::SignedAddress::new(
                session_key.clone(),
                secure_cookies,
            ),
            postcodes,
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap(actix_web::middleware::from_fn(
                    crate::web::middleware::language::remember,
                ))
                .wrap(staff_sessions(session_key.clone(), secure_cookies))
                .wrap(actix_web::middleware::from_fn(
                    http_methods::implied_methods,
                ))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::not_found::localise,
                ))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::middleware::nul_guard::refuse_nul,
                ))
                .wrap(actix_web::middleware::from_fn(http_limits::check_headers))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::api::problem::as_problems,
                ))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::middleware::security_headers::deny_framing,
                ))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::middleware::security_headers::no_store_private,
                ))
                .wrap(crate::web::middleware::security_headers::headers(https))
                .wrap(Compress::default())
                .wrap(
                    Logger::new("%{route}xi %s %b %Dms").custom_request_replace("route", |req| {
                        format!("{} {}", req.method(), telemetry::redact_path(req.path()))
                    }),
                )
                .app_data(state.clone())
                .app_data(http_limits::form_config())
                .app_data(http_limits::json_config())
                .app_data(http_limits::payload_config())
                .app_data(crate::web::not_found::path_config())
                .configure(routes::configure)
                .configure(http_methods::configure)
        })
        .client_request_timeout(request_timeout)
        .client_disconnect_timeout(http_limits::DISCONNECT_TIMEOUT)
        .keep_alive(keep_alive)
        .shutdown_timeout(shutdown_timeout)
        // Without it a compressed page's last segment waits for the client's delayed ACK
        // (40 ms) on a kept-alive connection.
        .tcp_nodelay(true)
        .listen(listener)?;
        if let Some(workers) = workers {
            server = server.workers(workers.max(1));
        }
        tracing::info!(%address, "listening");
        Ok(Application {
            port: address.port(),
            server: server.run(),
            background,
            stop,
            db: kept_db,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is asked to stop (SIGTERM, or Ctrl-C), then shuts down in
    /// order: the server stops accepting and lets requests in flight finish (for up to the
    /// shutdown timeout), the background tasks stop at their next safe point, and the
    /// database is checkpointed (SQLite) before its last handles are dropped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        tracing::info!("HTTP server stopped; stopping background tasks");
        self.stop.stop();
        let deadline = tokio::time::Instant::now() + BACKGROUND_GRACE;
        for mut task in self.background {
            if tokio::time::timeout_at(deadline, &mut task).await.is_err() {
                tracing::warn!("a background task did not stop in time; abandoning it");
                task.abort();
            }
        }
        let db = self.db;
        match tokio::task::spawn_blocking(move || shutdown::checkpoint(&db)).await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::warn!(%error, "could not checkpoint the database"),
            Err(error) => tracing::warn!(%error, "could not checkpoint the database"),
        }
        tracing::info!("shutdown complete");
        result
    }
}
