//! How many of a campaign's signatures are counted (and of those, opted in to updates),
//! pending, suspect or invalidated, in one pass over them.

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool};

use super::SignatureStatuses;
use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// The condition for a signature to count: confirmed, not suspect, not invalidated.
/// Written out as SQL, word for word the predicate of the partial indexes
/// `signatures_counted_time` and `signatures_counted_place`, so both planners use them
/// (a bound `suspect = ?` would not match them).
pub(super) const COUNTED: &str = "signatures.confirmed_at IS NOT NULL AND NOT signatures.suspect \
                                  AND signatures.invalidated_at IS NULL";

/// [`COUNTED`] as a filter for diesel queries on `signatures`.
pub(super) fn counted() -> diesel::expression::SqlLiteral<Bool> {
    sql::<Bool>(COUNTED)
}

/// `SUM` of the signatures matching `condition` (0 when none do), on both backends.
fn tally(condition: &str) -> diesel::expression::SqlLiteral<BigInt> {
    sql::<BigInt>(&format!(
        "COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"
    ))
}

pub fn signature_statuses(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<SignatureStatuses, DbError> {
    const INVALIDATED: &str = "invalidated_at IS NOT NULL";
    const SUSPECT: &str = "invalidated_at IS NULL AND suspect";
    const PENDING: &str = "invalidated_at IS NULL AND NOT suspect AND confirmed_at IS NULL";
    let opted_in = format!("{COUNTED} AND signatures.wants_updates");
    let (confirmed, opted_in, pending, suspect, invalidated): (i64, i64, i64, i64, i64) =
        signatures::table
            .filter(signatures::campaign_id.eq(campaign_id))
            .select((
                tally(COUNTED),
                tally(&opted_in),
                tally(PENDING),
                tally(SUSPECT),
                tally(INVALIDATED),
            ))
            .first(conn)?;
    Ok(SignatureStatuses {
        confirmed,
        opted_in,
        pending,
        suspect,
        invalidated,
    })
}
