//! Organisers' API tokens: a name, the campaigns the token may read, and only the SHA-256
//! of its secret. A revoked token stays listed, and never works again. A token works only
//! while the account that made it is enabled and may still manage campaigns.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::auth::{Area, Role};
use crate::db::schema::{api_token_campaigns, api_tokens, campaigns, users};
use crate::db::{DbConnection, DbError};
use crate::domain::TokenHash;

/// Stores a new token and its campaigns; returns its id.
pub fn create(
    conn: &mut DbConnection,
    name: &str,
    hash: &TokenHash,
    created_by: i64,
    campaign_ids: &[i64],
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    let id: i64 = diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(hash.as_str()),
            api_tokens::created_by.eq(created_by),
            api_tokens::created_at.eq(now),
        ))
        .returning(api_tokens::id)
        .get_result(conn)?;
    for campaign_id in campaign_ids {
        diesel::insert_into(api_token_campaigns::table)
            .values((
                api_token_campaigns::token_id.eq(id),
                api_token_campaigns::campaign_id.eq(campaign_id),
            ))
            .execute(conn)?;
    }
    Ok(id)
}

/// One token as the staff page lists it.
#[derive(Debug, Clone)]
pub struct TokenListing {
    pub id: i64,
    pub name: String,
    /// The email of the account that made it.
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
    /// Slugs of the campaigns it may read.
    pub campaigns: Vec<String>,
}

type ListingRow = (
    i64,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

/// Every token, newest first, revoked ones too.
pub fn list(conn: &mut DbConnection) -> Result<Vec<TokenListing>, DbError> {
    let rows: Vec<ListingRow> = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .order((api_tokens::created_at.desc(), api_tokens::id.desc()))
        .select((
            api_tokens::id,
            api_tokens::name,
            users::email,
            api_tokens::created_at,
            api_tokens::last_used_at,
            api_tokens::revoked_at,
        ))
        .load(conn)?;
    let scopes: Vec<(i64, String)> = api_token_campaigns::table
        .inner_join(campaigns::table)
        .order(campaigns::slug.asc())
        .select((api_token_campaigns::token_id, campaigns::slug))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, name, created_by, created_at, last_used_at, revoked_at)| {
                let campaigns = scopes
                    .iter()
                    .filter(|(token, _)| *token == id)
                    .map(|(_, slug)| slug.clone())
                    .collect();
                TokenListing {
                    id,
                    name,
                    created_by,
                    created_at,
                    last_used_at,
                    revoked_at,
                    campaigns,
                }
            },
        )
        .collect())
}

/// What revoking found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revoked {
    /// Revoked now; the token's name.
    Now(String),
    Already,
    NoSuchToken,
}

pub fn revoke(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<Revoked, DbError> {
    let found: Option<(String, Option<NaiveDateTime>)> = api_tokens::table
        .find(id)
        .select((api_tokens::name, api_tokens::revoked_at))
        .first(conn)
        .optional()?;
    match found {
        None => Ok(Revoked::NoSuchToken),
        Some((_, Some(_))) => Ok(Revoked::Already),
        Some((name, None)) => {
            diesel::update(api_tokens::table.find(id))
                .set(api_tokens::revoked_at.eq(now))
                .execute(conn)?;
            Ok(Revoked::Now(name))
        }
    }
}

/// A token that works now, and what it may read.
#[derive(Debug, Clone)]
pub struct ActiveToken {
    pub id: i64,
    pub last_used_at: Option<NaiveDateTime>,
    pub campaign_ids: Vec<i64>,
}

/// The unrevoked token with this hash, if its maker's account is enabled and may still
/// manage campaigns. The stored hash is compared again in constant time.
pub fn find_active(
    conn: &mut DbConnection,
    hash: &TokenHash,
) -> Result<Option<ActiveToken>, DbError> {
    let found: Option<(i64, String, Option<NaiveDateTime>, String, bool)> = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .filter(api_tokens::token_hash.eq(hash.as_str()))
        .filter(api_tokens::revoked_at.is_null())
        .select((
            api_tokens::id,
            api_tokens::token_hash,
            api_tokens::last_used_at,
            users::role,
            users::disabled,
        ))
        .first(conn)
        .optional()?;
    let Some((id, stored, last_used_at, role, disabled)) = found else {
        return Ok(None);
    };
    let maker_may = !disabled && Role::parse(&role).is_some_and(|r| r.may(Area::Campaigns));
    if TokenHash::from_stored(stored) != *hash || !maker_may {
        return Ok(None);
    }
    let campaign_ids = api_token_campaigns::table
        .filter(api_token_campaigns::token_id.eq(id))
        .order(api_token_campaigns::campaign_id.asc())
        .select(api_token_campaigns::campaign_id)
        .load(conn)?;
    Ok(Some(ActiveToken {
        id,
        last_used_at,
        campaign_ids,
    }))
}

/// Records a use of the token, unless one was recorded since `since`.
pub fn touch(
    conn: &mut DbConnection,
    id: i64,
    now: NaiveDateTime,
    since: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(
        api_tokens::table.find(id).filter(
            api_tokens::last_used_at
                .is_null()
                .or(api_tokens::last_used_at.lt(since)),
        ),
    )
    .set(api_tokens::last_used_at.eq(now))
    .execute(conn)?;
    Ok(())
}
