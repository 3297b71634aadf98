//! Campaigns: the letter a campaign features, its goal and whether it is open.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::campaigns::file::CampaignFile;
use crate::db::models::{campaign_translation, letter_version, target};
use crate::db::schema::{campaign_counts, campaigns};
use crate::db::{DbConnection, DbError};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = campaigns)]
pub struct Campaign {
    pub id: i64,
    pub slug: String,
    pub kicker: Option<String>,
    pub headline: String,
    pub summary: Option<String>,
    pub image_file: Option<String>,
    pub image_alt: Option<String>,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
    pub image_licence: Option<String>,
    pub author_name: String,
    pub author_role: Option<String>,
    pub body_markdown: String,
    pub attribution: Option<String>,
    pub goal: i64,
    pub featured: bool,
    pub closes_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub similarity_threshold: i32,
    pub opens_at: Option<NaiveDateTime>,
    /// The uploaded photo (`campaign_images.sha256`); wins over `image_file`.
    pub image_sha256: Option<String>,
    /// When the letter's headline or body last changed after the campaign was made.
    pub letter_edited_at: Option<NaiveDateTime>,
    /// Comma-separated counts; `None`: derived from the goal (see [`Campaign::milestones`]).
    pub milestones: Option<String>,
    /// Whether MPs are written to at milestones (off unless the organiser turns it on).
    pub milestone_letters: bool,
}

impl Campaign {
    /// The campaign's milestones, sorted: its own, else those derived from the goal.
    pub fn milestones(&self) -> Vec<i64> {
        crate::domain::milestones::from_column(self.milestones.as_deref(), self.goal)
    }

    pub fn is_closed(&self, now: NaiveDateTime) -> bool {
        self.closes_at.is_some_and(|closes| closes <= now)
    }

    /// True before the campaign's opening time: it shows the letter but takes no signatures.
    pub fn is_not_yet_open(&self, now: NaiveDateTime) -> bool {
        self.opens_at.is_some_and(|opens| opens > now)
    }
}

/// Sets (or clears) the campaign's uploaded photo, apart from the columns a campaign file
/// sets (a re-imported file keeps the upload).
pub fn set_uploaded_image(
    conn: &mut DbConnection,
    id: i64,
    sha256: Option<&str>,
) -> Result<(), DbError> {
    diesel::update(campaigns::table.find(id))
        .set(campaigns::image_sha256.eq(sha256))
        .execute(conn)?;
    Ok(())
}

/// The columns a campaign file sets; used for both insert and update.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = campaigns, treat_none_as_null = true)]
struct CampaignChanges<'a> {
    slug: &'a str,
    kicker: Option<&'a str>,
    headline: &'a str,
    summary: Option<&'a str>,
    image_file: Option<&'a str>,
    image_alt: Option<&'a str>,
    image_caption: Option<&'a str>,
    image_credit: Option<&'a str>,
    image_licence: Option<&'a str>,
    author_name: &'a str,
    author_role: Option<&'a str>,
    body_markdown: &'a str,
    attribution: Option<&'a str>,
    goal: i64,
    featured: bool,
    closes_at: Option<NaiveDateTime>,
    updated_at: NaiveDateTime,
    similarity_threshold: i32,
    opens_at: Option<NaiveDateTime>,
    milestones: Option<String>,
    milestone_letters: bool,
}

impl<'a> CampaignChanges<'a> {
    fn from_file(file: &'a CampaignFile, now: NaiveDateTime) -> Self {
        let image = file.image.as_ref();
        CampaignChanges {
            slug: file.slug.as_str(),
            kicker: file.kicker.as_deref(),
            headline: &file.headline,
            summary: file.summary.as_deref(),
            image_file: image.and_then(|i| i.file.as_deref()),
            image_alt: image.and_then(|i| i.alt.as_deref()),
            image_caption: image.and_then(|i| i.caption.as_deref()),
            image_credit: image.and_then(|i| i.credit.as_deref()),
            image_licence: image.and_then(|i| i.licence.as_deref()),
            author_name: &file.author_name,
            author_role: file.author_role.as_deref(),
            body_markdown: &file.body_markdown,
            attribution: file.attribution.as_deref(),
            goal: file.goal,
            featured: file.featured,
            closes_at: file.closes_at,
            updated_at: now,
            similarity_threshold: file.similarity_threshold,
            opens_at: file.opens_at,
            milestones: file
                .milestones
                .as_deref()
                .map(crate::domain::milestones::to_column),
            milestone_letters: file.milestone_letters,
        }
    }
}

/// Whether an import made a new campaign or changed an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    Created(i64),
    Updated(i64),
}

/// Adds the campaign, or updates the one with the same slug (its signatures stay).
/// A featured campaign takes the front page from any other.
pub fn import(
    conn: &mut DbConnection,
    file: &CampaignFile,
    now: NaiveDateTime,
) -> Result<Imported, DbError> {
    import_by(conn, file, now, None)
}

/// [`import`], by a staff account (`created_by`, kept with a new version of the letter
/// text when the headline or body changed).
pub fn import_by(
    conn: &mut DbConnection,
    file: &CampaignFile,
    now: NaiveDateTime,
    created_by: Option<i64>,
) -> Result<Imported, DbError> {
    let changes = CampaignChanges::from_file(file, now);
    if file.featured {
        diesel::update(campaigns::table.filter(campaigns::slug.ne(file.slug.as_str())))
            .set(campaigns::featured.eq(false))
            .execute(conn)?;
    }
    let existing = id_of(conn, file.slug.as_str())?;
    let imported = match existing {
        Some(id) => {
            diesel::update(campaigns::table.find(id))
                .set(&changes)
                .execute(conn)?;
            Imported::Updated(id)
        }
        None => {
            diesel::insert_into(campaigns::table)
                .values((&changes, campaigns::created_at.eq(now)))
                .execute(conn)?;
            let id = id_of(conn, file.slug.as_str())?.ok_or(diesel::result::Error::NotFound)?;
            diesel::insert_into(campaign_counts::table)
                .values((
                    campaign_counts::campaign_id.eq(id),
                    campaign_counts::signature_count.eq(0),
                    campaign_counts::updated_at.eq(now),
                ))
                .execute(conn)?;
            Imported::Created(id)
        }
    };
    let id = match imported {
        Imported::Created(id) | Imported::Updated(id) => id,
    };
    target::replace(conn, id, &file.targets)?;
    campaign_translation::replace(conn, id, &file.translations)?;
    let version = letter_version::record_if_changed(
        conn,
        id,
        &file.headline,
        &file.body_markdown,
        created_by,
        now,
    )?;
    if version.is_some() && matches!(imported, Imported::Updated(_)) {
        diesel::update(campaigns::table.find(id))
            .set(campaigns::letter_edited_at.eq(now))
            .execute(conn)?;
    }
    Ok(imported)
}

fn id_of(conn: &mut DbConnection, slug: &str) -> Result<Option<i64>, DbError> {
    Ok(campaigns::table
        .filter(campaigns::slug.eq(slug))
        .select(campaigns::id)
        .first(conn)
        .optional()?)
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> Result<Option<Campaign>, DbError> {
    Ok(campaigns::table
        .filter(campaigns::slug.eq(slug))
        .select(Campaign::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> Result<Option<Campaign>, DbError> {
    Ok(campaigns::table
        .find(id)
        .select(Campaign::as_select())
        .first(conn)
        .optional()?)
}

/// The campaign for the front page: the featured one, else the newest.
pub fn front_page(conn: &mut DbConnection) -> Result<Option<Campaign>, DbError> {
    Ok(campaigns::table
        .order((campaigns::featured.desc(), campaigns::created_at.desc()))
        .select(Campaign::as_select())
        .first(conn)
        .optional()?)
}

/// Every campaign, newest first.
pub fn list(conn: &mut DbConnection) -> Result<Vec<Campaign>, DbError> {
    Ok(campaigns::table
        .order((campaigns::created_at.desc(), campaigns::id.desc()))
        .select(Campaign::as_select())
        .load(conn)?)
}

pub fn count_all(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(campaigns::table.count().get_result(conn)?)
}
