//! The `missive` command: serve the site, migrate the database, import campaigns.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use missive::campaigns::file::{CampaignFile, CampaignFileError};
use missive::commands;
use missive::db::models::campaign::{self, Imported};
use missive::db::models::official_pick;
use missive::plumbing::config::Settings;
use missive::plumbing::shipped::prepare_database;
use missive::web::startup::Application;

#[derive(Parser)]
#[command(name = "missive", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the website (what `missive` does with no command).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage campaigns.
    #[command(subcommand)]
    Campaign(CampaignCommand),
    /// Manage the officials letters are addressed to.
    #[command(subcommand)]
    Officials(OfficialsCommand),
    /// Manage the postcode lookup that finds a writer's constituency.
    #[command(subcommand)]
    Postcodes(PostcodesCommand),
    /// Moderate and deliver supporters' letters.
    #[command(subcommand)]
    Letters(LettersCommand),
    /// Manage staff accounts (admins, moderators, organisers).
    #[command(subcommand)]
    User(UserCommand),
    /// Export a campaign's counts, letters or consenting signers as CSV or JSON to stdout.
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    /// Supporters' personal data: anonymise closed campaigns.
    #[command(subcommand)]
    Privacy(commands::privacy::PrivacyCommand),
    /// Updates to a campaign's supporters.
    #[command(subcommand)]
    Updates(commands::updates::UpdatesCommand),
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a staff account; asks for its password (or reads one line from standard input).
    Add {
        email: String,
        /// admin, moderator or organiser.
        #[arg(long)]
        role: String,
    },
    /// Set a new password for an account; its sessions end.
    Passwd { email: String },
    /// List the staff accounts: email, role, enabled or disabled, last login.
    List,
    /// Stop an account signing in; its sessions end. The last enabled admin stays.
    Disable { email: String },
    /// Let a disabled account sign in again.
    Enable { email: String },
}

#[derive(Subcommand)]
enum LettersCommand {
    /// List the letters waiting for moderation, oldest first.
    Pending,
    /// Approve a letter: it is delivered, and published if its writer asked.
    Approve {
        /// The letter's number, as `missive letters pending` shows it.
        id: i64,
    },
    /// Send joint letters now for the near-copies approved since the last ones.
    SendJoint,
}

#[derive(Subcommand)]
enum OfficialsCommand {
    /// Add officials from a CSV file, or update those with the same code.
    Import {
        /// CSV with a header row: code,name,office,salutation,constituency_code,party,
        /// email,postal_address (only code, name and office are required).
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum PostcodesCommand {
    /// Load postcode → constituency entries from the ONS National Statistics Postcode
    /// Lookup (NSPL), replacing entries with the same postcode.
    Import {
        /// The NSPL CSV file (its pcds and pcon columns are used).
        file: PathBuf,
        /// CSV of constituency codes and names, e.g. with columns PCON24CD,PCON24NM.
        #[arg(long, value_name = "NAMES.csv")]
        names: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Add a campaign from a campaign file, or update the one with the same slug.
    Import {
        /// A campaign file: TOML front matter between +++ lines, then the letter in Markdown.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    missive::plumbing::telemetry::init();
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.settings),
        Command::Migrate => prepare_database(&cli.settings).map(drop),
        Command::Campaign(CampaignCommand::Import { file }) => import(&cli.settings, &file),
        Command::Officials(OfficialsCommand::Import { file }) => {
            import_officials(&cli.settings, &file)
        }
        Command::Postcodes(PostcodesCommand::Import { file, names }) => {
            import_postcodes(&cli.settings, &file, names.as_deref())
        }
        Command::Letters(action) => letters(&cli.settings, action),
        Command::User(action) => users(&cli.settings, action),
        Command::Export(action) => commands::export::run(&cli.settings, action),
        Command::Privacy(action) => commands::privacy::run(&cli.settings, action),
        Command::Updates(action) => commands::updates::run(&cli.settings, action),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("missive: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn letters(settings: &Settings, action: LettersCommand) -> anyhow::Result<()> {
    let db = prepare_database(settings)?;
    match action {
        LettersCommand::Pending => commands::letters::pending(&db),
        LettersCommand::Approve { id } => commands::letters::approve(&db, settings, id),
        LettersCommand::SendJoint => commands::letters::send_joint(&db),
    }
}

fn users(settings: &Settings, action: UserCommand) -> anyhow::Result<()> {
    let db = prepare_database(settings)?;
    match action {
        UserCommand::Add { email, role } => commands::users::add(&db, &email, &role),
        UserCommand::Passwd { email } => commands::users::passwd(&db, &email),
        UserCommand::List => commands::users::list(&db),
        UserCommand::Disable { email } => commands::users::disable(&db, &email),
        UserCommand::Enable { email } => commands::users::enable(&db, &email),
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let app = Application::build(settings).await?;
        app.run_until_stopped().await?;
        Ok(())
    })
}

fn import(settings: &Settings, file: &std::path::Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let parsed =
        CampaignFile::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let db = prepare_database(settings)?;
    let now = chrono::Utc::now().naive_utc();
    let imported = db.write_blocking(|conn| {
        let unknown = official_pick::unknown_codes(conn, &parsed.official_codes())?;
        if !unknown.is_empty() {
            return Ok(Err(CampaignFileError::UnknownTargets(unknown)));
        }
        campaign::import(conn, &parsed, now).map(Ok)
    })?;
    match imported.map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))? {
        Imported::Created(_) => println!("created campaign {}", parsed.slug),
        Imported::Updated(_) => println!("updated campaign {}", parsed.slug),
    }
    Ok(())
}

fn import_officials(settings: &Settings, file: &std::path::Path) -> anyhow::Result<()> {
    let db = prepare_database(settings)?;
    let summary = missive::imports::officials::import_file(&db, file)?;
    println!("{summary}");
    Ok(())
}

fn import_postcodes(
    settings: &Settings,
    file: &std::path::Path,
    names: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let db = prepare_database(settings)?;
    let summary = missive::imports::postcodes::import(&db, file, names)?;
    println!("{summary}");
    Ok(())
}
