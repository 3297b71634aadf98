//! `missive updates …`: sending an update to a campaign's supporters from the terminal,
//! through the same checks and code as the staff pages.

use std::path::PathBuf;

use anyhow::Context as _;
use chrono::Utc;
use clap::Subcommand;

use crate::campaigns::updates::{self, Actor, Context};
use crate::db::models::campaign;
use crate::domain::EmailAddress;
use crate::forms::update::Draft;
use crate::plumbing::config::Settings;
use crate::plumbing::shipped::prepare_database;

#[derive(Debug, Subcommand)]
pub enum UpdatesCommand {
    /// Send an update to every confirmed signer of a campaign who asked to hear about
    /// progress (each once, in the bulk lane), or only a preview to one address.
    Send {
        /// The campaign's slug.
        #[arg(long)]
        campaign: String,
        /// Up to 150 characters.
        #[arg(long)]
        subject: String,
        /// The update in Markdown, up to 6,000 characters.
        #[arg(long, value_name = "FILE")]
        body_file: PathBuf,
        /// Send only a preview, to this address; nothing reaches supporters.
        #[arg(long, value_name = "EMAIL")]
        preview_to: Option<String>,
    },
}

pub fn run(settings: &Settings, command: UpdatesCommand) -> anyhow::Result<()> {
    let UpdatesCommand::Send {
        campaign: slug,
        subject,
        body_file,
        preview_to,
    } = command;
    let body = std::fs::read_to_string(&body_file)
        .with_context(|| format!("cannot read {}", body_file.display()))?;
    let draft = Draft::parse(&subject, &body).map_err(|errors| {
        let messages: Vec<String> = errors
            .iter()
            .map(|(field, message)| format!("{field}: {}", message.english()))
            .collect();
        anyhow::anyhow!("{}", messages.join("; "))
    })?;
    let preview_to = preview_to
        .map(|address| {
            EmailAddress::parse(&address).map_err(|e| anyhow::anyhow!("--preview-to: {e}"))
        })
        .transpose()?;
    let db = prepare_database(settings)?;
    let found = campaign::find_by_slug(&mut *db.get()?, &slug)?;
    let Some(campaign) = found else {
        anyhow::bail!("there is no campaign {slug}");
    };
    let base_url = settings.base_url();
    let at = Context {
        campaign: &campaign,
        base_url: &base_url,
    };
    let actor = Actor {
        id: None,
        email: "cli".to_owned(),
    };
    let now = Utc::now().naive_utc();
    match preview_to {
        Some(to) => {
            updates::preview(&db, &at, &draft, &to, crate::i18n::Lang::En, &actor, now)?;
            println!("preview of “{}” queued for {}", draft.subject, to.as_str());
        }
        None => {
            let published = updates::publish(&db, &at, &draft, &actor, now, now)?;
            println!(
                "update {} “{}” queued for {} supporters of {slug}",
                published.id, draft.subject, published.queued
            );
        }
    }
    Ok(())
}
