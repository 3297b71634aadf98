//! Counted signatures by Westminster constituency (UK signatures, through the postcode
//! lookup) and by country.

use std::collections::HashMap;

use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};

use super::signatures::{counted, COUNTED};
use super::PlaceCount;
use crate::db::schema::{officials, signatures};
use crate::db::{DbConnection, DbError};
use crate::domain::Country;

/// The name of the group of UK signatures whose postcode is in no known constituency
/// (its code is "").
pub const UNKNOWN_CONSTITUENCY: &str = "Unknown constituency";

/// UK signatures by constituency, with the MP's name where an official sits for it;
/// most signatures first, then by name. A constituency with no name loaded is named by
/// its code; signatures with no known constituency are one row, code "".
pub fn by_constituency(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<PlaceCount>, DbError> {
    let rows = constituency_rows(conn, campaign_id)?;
    let mps = mps_by_constituency(conn)?;
    let mut places: Vec<PlaceCount> = rows
        .into_iter()
        .map(|ConstituencyRow { code, name, count }| match code {
            Some(code) => PlaceCount {
                name: name.unwrap_or_else(|| code.clone()),
                mp: mps.get(&code).cloned(),
                code,
                count,
            },
            None => PlaceCount {
                code: String::new(),
                name: UNKNOWN_CONSTITUENCY.to_owned(),
                mp: None,
                count,
            },
        })
        .collect();
    places.sort_by(|a, b| {
        (b.count.cmp(&a.count))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.code.cmp(&b.code))
    });
    Ok(places)
}

#[derive(QueryableByName)]
struct ConstituencyRow {
    #[diesel(sql_type = Nullable<Text>)]
    code: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    name: Option<String>,
    #[diesel(sql_type = BigInt)]
    count: i64,
}

/// Signatures are grouped by postcode first (one index range, see the migrations
/// `counted_signature_indexes` and `privacy`), then each postcode is looked up once, not
/// once per signature. An anonymised signature has no postcode but keeps the constituency
/// it was in (`signatures.constituency_code`), which wins over the lookup. `{id}` is the
/// campaign id's placeholder; `{uk}` and `{counted}` are filled in from constants.
const BY_CONSTITUENCY: &str = "\
    SELECT COALESCE(s.kept, p.constituency_code) AS code, MAX(c.name) AS name, \
           CAST(SUM(s.n) AS BIGINT) AS count \
    FROM (SELECT signatures.postcode AS postcode, signatures.constituency_code AS kept, \
                 COUNT(*) AS n FROM signatures \
          WHERE signatures.campaign_id = {id} AND signatures.country_code = '{uk}' AND {counted} \
          GROUP BY signatures.postcode, signatures.constituency_code) s \
    LEFT JOIN postcodes p ON p.postcode = s.postcode \
    LEFT JOIN constituencies c ON c.code = COALESCE(s.kept, p.constituency_code) \
    GROUP BY COALESCE(s.kept, p.constituency_code)";

fn constituency_rows(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<ConstituencyRow>, DbError> {
    let query = |placeholder: &str| {
        let text = BY_CONSTITUENCY
            .replace("{id}", placeholder)
            .replace("{uk}", Country::UNITED_KINGDOM.code())
            .replace("{counted}", COUNTED);
        diesel::sql_query(text).bind::<BigInt, _>(campaign_id)
    };
    Ok(match conn {
        DbConnection::Sqlite(c) => query("?").load(c)?,
        DbConnection::Postgres(c) => query("$1").load(c)?,
    })
}

/// Each constituency's MP by name: as `official::mp_for` picks one (the most recently
/// updated official for the constituency), for all constituencies in one query.
fn mps_by_constituency(conn: &mut DbConnection) -> Result<HashMap<String, String>, DbError> {
    let rows: Vec<(Option<String>, String)> = officials::table
        .filter(officials::constituency_code.is_not_null())
        .order((officials::updated_at.asc(), officials::id.asc()))
        .select((officials::constituency_code, officials::name))
        .load(conn)?;
    // Later rows (more recently updated) replace earlier ones.
    Ok(rows
        .into_iter()
        .filter_map(|(code, name)| code.map(|code| (code, name)))
        .collect())
}

/// Counted signatures by country (ISO code, English name); most first, then by name.
pub fn by_country(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<PlaceCount>, DbError> {
    let rows: Vec<(String, i64)> = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(counted())
        .group_by(signatures::country_code)
        .select((signatures::country_code, count_star()))
        .load(conn)?;
    let mut places: Vec<PlaceCount> = rows
        .into_iter()
        .map(|(code, count)| PlaceCount {
            name: Country::parse(&code).map_or_else(|_| code.clone(), |c| c.name().to_owned()),
            code,
            mp: None,
            count,
        })
        .collect();
    places.sort_by(|a, b| {
        (b.count.cmp(&a.count))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.code.cmp(&b.code))
    });
    Ok(places)
}
