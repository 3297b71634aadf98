//! Organisers' API tokens: a name, the campaigns the token may read, whether it may read
//! signers' contact details, and only the SHA-256 of its secret. A revoked token stays
//! listed, and never works again; disabling an account revokes its tokens. A token works
//! only while the account that made it is enabled and may still manage campaigns, and reads
//! contact details only while that account may still export them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::auth::{Area, Role};
use crate::db::schema::{api_token_campaigns, api_tokens, campaigns, users};
use crate::db::{DbConnection, DbError};

type Backend = <DbConnection as Connection>::Backend;
use crate::domain::TokenHash;

/// Stores a new token and its campaigns; returns its id.
pub fn create(
    conn: &mut DbConnection,
    name: &str,
    hash: &TokenHash,
    created_by: i64,
    campaign_ids: &[i64],
    contacts: bool,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    let id: i64 = diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::name.eq(name),
            api_tokens::contacts.eq(contacts),
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
    /// Whether it may read signers' contact details.
    pub contacts: bool,
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
    bool,
);

/// Every token made by `maker` (by anyone when `None`), newest first, revoked ones too.
pub fn list(conn: &mut DbConnection, maker: Option<i64>) -> Result<Vec<TokenListing>, DbError> {
    let mut query = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .order((api_tokens::created_at.desc(), api_tokens::id.desc()))
        .into_boxed::<Backend>();
    if let Some(maker) = maker {
        query = query.filter(api_tokens::created_by.eq(maker));
    }
    let rows: Vec<ListingRow> = query
        .select((
            api_tokens::id,
            api_tokens::name,
            users::email,
            api_tokens::created_at,
            api_tokens::last_used_at,
            api_tokens::revoked_at,
            api_tokens::contacts,
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
            |(id, name, created_by, created_at, last_used_at, revoked_at, contacts)| {
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
                    contacts,
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

/// Revokes token `id` if `maker` made it (any token when `None`); someone else's token is
/// `NoSuchToken`, as if it did not exist.
pub fn revoke(
    conn: &mut DbConnection,
    id: i64,
    maker: Option<i64>,
    now: NaiveDateTime,
) -> Result<Revoked, DbError> {
    let found: Option<(String, Option<NaiveDateTime>, i64)> = api_tokens::table
        .find(id)
        .select((
            api_tokens::name,
            api_tokens::revoked_at,
            api_tokens::created_by,
        ))
        .first(conn)
        .optional()?;
    let found = found.filter(|(_, _, by)| maker.map_or(true, |maker| maker == *by));
    match found {
        None => Ok(Revoked::NoSuchToken),
        Some((_, Some(_), _)) => Ok(Revoked::Already),
        Some((name, None, _)) => {
            diesel::update(api_tokens::table.find(id))
                .set(api_tokens::revoked_at.eq(now))
                .execute(conn)?;
            Ok(Revoked::Now(name))
        }
    }
}

/// Revokes every working token `maker` made; how many.
pub fn revoke_all_made_by(
    conn: &mut DbConnection,
    maker: i64,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        api_tokens::table
            .filter(api_tokens::created_by.eq(maker))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now))
    .execute(conn)?)
}

/// A token that works now, and what it may read.
#[derive(Debug, Clone)]
pub struct ActiveToken {
    pub id: i64,
    pub last_used_at: Option<NaiveDateTime>,
    pub campaign_ids: Vec<i64>,
    /// Whether it may read signers' contact details now.
    pub contacts: bool,
    /// The account that made it, for the audit log.
    pub maker_id: i64,
    pub maker_email: String,
}

type FoundRow = (
    i64,
    String,
    Option<NaiveDateTime>,
    bool,
    i64,
    String,
    String,
    bool,
);

/// The unrevoked token with this hash, if its maker's account is enabled and may still
/// manage campaigns. The stored hash is compared again in constant time.
pub fn find_active(
    conn: &mut DbConnection,
    hash: &TokenHash,
) -> Result<Option<ActiveToken>, DbError> {
    let found: Option<FoundRow> = api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::created_by)))
        .filter(api_tokens::token_hash.eq(hash.as_str()))
        .filter(api_tokens::revoked_at.is_null())
        .select((
            api_tokens::id,
            api_tokens::token_hash,
            api_tokens::last_used_at,
            api_tokens::contacts,
            users::id,
            users::email,
            users::role,
            users::disabled,
        ))
        .first(conn)
        .optional()?;
    let Some((id, stored, last_used_at, contacts, maker_id, maker_email, role, disabled)) = found
    else {
        return Ok(None);
    };
    let role = Role::parse(&role);
    let maker_may = !disabled && role.is_some_and(|r| r.may(Area::Campaigns));
    let contacts = contacts && role.is_some_and(|r| r.may(Area::SignerContacts));
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
        contacts,
        maker_id,
        maker_email,
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
