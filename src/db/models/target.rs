//! A campaign's targets: the officials its supporters' letters go to.

use diesel::prelude::*;

use crate::db::schema::campaign_targets;
use crate::db::{DbConnection, DbError};
use crate::domain::Target;

/// Sets the campaign's targets to `targets`, in that order.
pub fn replace(
    conn: &mut DbConnection,
    campaign_id: i64,
    targets: &[Target],
) -> Result<(), DbError> {
    diesel::delete(campaign_targets::table.filter(campaign_targets::campaign_id.eq(campaign_id)))
        .execute(conn)?;
    for (position, target) in (0_i32..).zip(targets) {
        diesel::insert_into(campaign_targets::table)
            .values((
                campaign_targets::campaign_id.eq(campaign_id),
                campaign_targets::position.eq(position),
                campaign_targets::official_code.eq(target.official_code()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn for_campaign(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<Target>, DbError> {
    let codes: Vec<Option<String>> = campaign_targets::table
        .filter(campaign_targets::campaign_id.eq(campaign_id))
        .order(campaign_targets::position)
        .select(campaign_targets::official_code)
        .load(conn)?;
    Ok(codes
        .iter()
        .filter_map(|code| Target::from_stored(code.as_deref()))
        .collect())
}
