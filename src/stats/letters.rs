//! Supporters' letters and their deliveries by status, and how personal the approved
//! letters are.

use std::cmp::Ordering;

use diesel::dsl::count_star;
use diesel::prelude::*;

use super::Personalisation;
use crate::db::schema::{campaigns, deliveries, letters};
use crate::db::{DbConnection, DbError};

/// Letter statuses in the order a letter passes through them.
const LETTER_ORDER: [&str; 6] = [
    "draft",
    "unconfirmed",
    "pending",
    "approved",
    "rejected",
    "hidden",
];
/// Delivery statuses, waiting first, then done, then failed.
const DELIVERY_ORDER: [&str; 5] = ["queued", "bundled", "print", "sent", "failed"];

/// Sorts `(status, count)` rows by where the status comes in `order`; statuses not in it
/// come last, alphabetically.
fn in_order(mut rows: Vec<(String, i64)>, order: &[&str]) -> Vec<(String, i64)> {
    let rank = |status: &str| {
        order
            .iter()
            .position(|s| *s == status)
            .unwrap_or(order.len())
    };
    rows.sort_by(|(a, _), (b, _)| match rank(a).cmp(&rank(b)) {
        Ordering::Equal => a.cmp(b),
        other => other,
    });
    rows
}

/// The campaign's letters by status (`draft`, `unconfirmed`, `pending`, `approved`,
/// `rejected`, `hidden`), in that order; statuses no letter has are left out.
pub fn letters_by_status(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<(String, i64)>, DbError> {
    let rows = letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .group_by(letters::status)
        .select((letters::status, count_star()))
        .load(conn)?;
    Ok(in_order(rows, &LETTER_ORDER))
}

/// Deliveries of the campaign's letters by status (`queued`, `bundled`, `print`, `sent`,
/// `failed`), in that order; statuses no delivery has are left out.
pub fn deliveries_by_status(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<(String, i64)>, DbError> {
    let rows = deliveries::table
        .inner_join(letters::table)
        .filter(letters::campaign_id.eq(campaign_id))
        .group_by(deliveries::status)
        .select((deliveries::status, count_star()))
        .load(conn)?;
    Ok(in_order(rows, &DELIVERY_ORDER))
}

/// Approved letters below the campaign's similarity threshold, and at or above it: the
/// letters that reach officials, not those waiting, rejected or hidden.
pub fn personalisation(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Personalisation, DbError> {
    let threshold: Option<i32> = campaigns::table
        .find(campaign_id)
        .select(campaigns::similarity_threshold)
        .first(conn)
        .optional()?;
    let Some(threshold) = threshold else {
        return Ok(Personalisation::default());
    };
    let approved = letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::status.eq("approved"));
    let total: i64 = approved.count().get_result(conn)?;
    let near_copies: i64 = approved
        .filter(letters::similarity.ge(threshold))
        .count()
        .get_result(conn)?;
    Ok(Personalisation {
        personal: total - near_copies,
        near_copies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(status: &str, n: i64) -> (String, i64) {
        (status.to_owned(), n)
    }

    #[test]
    fn statuses_come_in_lifecycle_order_then_unknown_ones_alphabetically() {
        let rows = vec![
            row("zeta", 1),
            row("hidden", 2),
            row("draft", 3),
            row("alpha", 4),
        ];
        assert_eq!(
            in_order(rows, &LETTER_ORDER),
            [
                row("draft", 3),
                row("hidden", 2),
                row("alpha", 4),
                row("zeta", 1)
            ]
        );
    }
}
