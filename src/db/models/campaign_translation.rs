//! A campaign's words in further languages, one row per language.

use diesel::prelude::*;

use crate::campaigns::file::{TranslatedParts, Translation};
use crate::db::schema::campaign_translations as ct;
use crate::db::{DbConnection, DbError};
use crate::i18n::Lang;

type Row = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const COLUMNS: (
    ct::language,
    ct::kicker,
    ct::headline,
    ct::summary,
    ct::body_markdown,
    ct::image_alt,
    ct::image_caption,
) = (
    ct::language,
    ct::kicker,
    ct::headline,
    ct::summary,
    ct::body_markdown,
    ct::image_alt,
    ct::image_caption,
);

fn translation(row: Row) -> Translation {
    let (language, kicker, headline, summary, letter, image_alt, image_caption) = row;
    Translation {
        lang: Lang::stored(&language),
        parts: TranslatedParts {
            kicker,
            headline,
            summary,
            letter,
            image_alt,
            image_caption,
        },
    }
}

/// Sets the campaign's translations to `translations` (a language left out loses its row).
pub fn replace(
    conn: &mut DbConnection,
    campaign_id: i64,
    translations: &[Translation],
) -> Result<(), DbError> {
    diesel::delete(ct::table.filter(ct::campaign_id.eq(campaign_id))).execute(conn)?;
    for Translation { lang, parts } in translations {
        diesel::insert_into(ct::table)
            .values((
                ct::campaign_id.eq(campaign_id),
                ct::language.eq(lang.code()),
                ct::kicker.eq(parts.kicker.as_deref()),
                ct::headline.eq(parts.headline.as_deref()),
                ct::summary.eq(parts.summary.as_deref()),
                ct::body_markdown.eq(parts.letter.as_deref()),
                ct::image_alt.eq(parts.image_alt.as_deref()),
                ct::image_caption.eq(parts.image_caption.as_deref()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Every translation of the campaign, by language.
pub fn for_campaign(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<Translation>, DbError> {
    let rows: Vec<Row> = ct::table
        .filter(ct::campaign_id.eq(campaign_id))
        .order(ct::language)
        .select(COLUMNS)
        .load(conn)?;
    Ok(rows.into_iter().map(translation).collect())
}

/// The campaign's words in `lang`, if the organiser gave any.
pub fn find(
    conn: &mut DbConnection,
    campaign_id: i64,
    lang: Lang,
) -> Result<Option<Translation>, DbError> {
    let row: Option<Row> = ct::table
        .filter(ct::campaign_id.eq(campaign_id))
        .filter(ct::language.eq(lang.code()))
        .select(COLUMNS)
        .first(conn)
        .optional()?;
    Ok(row.map(translation))
}
