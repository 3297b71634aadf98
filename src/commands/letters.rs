//! `missive letters …`: the moderation queue from the terminal, until staff pages exist.

use chrono::Utc;

use crate::db::models::letter;
use crate::db::Database;
use crate::letters::joint;
use crate::letters::moderation::{self, Moderator, Outcome};
use crate::mail::links::Links;
use crate::plumbing::config::Settings;

/// Prints the letters waiting for moderation, oldest first.
pub fn pending(db: &Database) -> anyhow::Result<()> {
    let letters = letter::pending(&mut *db.get()?)?;
    if letters.is_empty() {
        println!("no letters are waiting for moderation");
    }
    for l in letters {
        println!(
            "{}\t{}\tsimilarity {:.2}\t{}",
            l.id,
            l.submitted_at
                .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default(),
            f64::from(l.similarity) / 1000.0,
            l.subject
        );
    }
    Ok(())
}

/// Approves a letter and queues its deliveries.
pub fn approve(db: &Database, settings: &Settings, id: i64) -> anyhow::Result<()> {
    let base_url = settings.base_url();
    let links = Links::new(&base_url, settings.token_lifetime());
    let now = Utc::now().naive_utc();
    let cli = Moderator {
        id: None,
        email: "cli".to_owned(),
    };
    let outcome = db.write_blocking(|conn| {
        moderation::approve(conn, id, &cli, &links, settings.joint_schedule(), now)
    })?;
    match outcome {
        Outcome::Done => {}
        Outcome::NotFound => anyhow::bail!("there is no letter {id}"),
        Outcome::Unchanged(status) => {
            anyhow::bail!(
                "letter {id} is not waiting for moderation (it is {})",
                status.as_str()
            )
        }
    }
    let deliveries = crate::db::models::delivery::for_letter(&mut *db.get()?, id)?;
    let count = |method: &str| deliveries.iter().filter(|d| d.method == method).count();
    println!(
        "approved letter {id}: {} by email, {} to print, {} for joint letters",
        count("email"),
        count("print"),
        count("joint")
    );
    Ok(())
}

/// Sends the joint letters for every near-copy approved since the last run.
pub fn send_joint(db: &Database) -> anyhow::Result<()> {
    let now = Utc::now().naive_utc();
    let made = db.write_blocking(|conn| joint::send_joint_letters(conn, now))?;
    if made.is_empty() {
        println!("no near-copies are waiting for a joint letter");
    }
    for joint in made {
        let how = if joint.emailed {
            "queued by email"
        } else {
            "ready to print"
        };
        println!(
            "joint letter {} to {}: {} signers, {how}",
            joint.id, joint.official_name, joint.signers
        );
        if !joint.emailed {
            println!("{}", joint.text);
        }
    }
    Ok(())
}
