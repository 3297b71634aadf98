//! Who a letter goes to: the campaign's named officials, and the writer's own MP when the
//! campaign targets them and the writer's constituency is known.

use chrono::NaiveDateTime;

use crate::db::models::constituency::Constituency;
use crate::db::models::official::{self, Official, OfficialRow};
use crate::db::models::target;
use crate::db::{DbConnection, DbError};
use crate::domain::Target;

/// Where letters to an MP go when no address for them has been imported.
const HOUSE_OF_COMMONS: &str = "House of Commons\nLondon\nSW1A 0AA";

/// One recipient of a letter, as addressed.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// The stored official; `None` for an MP whose details were never imported.
    pub official: Option<Official>,
    pub name: String,
    pub office: String,
    pub salutation: String,
    pub address: Vec<String>,
    pub email: Option<String>,
    constituency_code: Option<String>,
}

impl Recipient {
    fn from_official(official: Official) -> Recipient {
        Recipient {
            name: official.name.clone(),
            office: official.office.clone(),
            salutation: official.salutation(),
            address: official
                .address_lines()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            email: official.email.clone(),
            constituency_code: official.constituency_code.clone(),
            official: Some(official),
        }
    }

    /// The MP for a constituency whose MP has not been imported: addressed by office at the
    /// House of Commons, which forwards letters to members.
    pub fn placeholder_mp(constituency_name: &str) -> Recipient {
        Recipient {
            official: None,
            name: format!("The Member of Parliament for {constituency_name}"),
            office: format!("MP for {constituency_name}"),
            salutation: "Dear Member of Parliament".to_owned(),
            address: HOUSE_OF_COMMONS.lines().map(str::to_owned).collect(),
            email: None,
            constituency_code: None,
        }
    }

    /// The official's id, storing a placeholder MP as an official first if need be.
    pub fn official_id(
        &self,
        conn: &mut DbConnection,
        constituency: Option<&Constituency>,
        now: NaiveDateTime,
    ) -> Result<i64, DbError> {
        if let Some(official) = &self.official {
            return Ok(official.id);
        }
        let code = self
            .constituency_code
            .clone()
            .or_else(|| constituency.map(|c| c.code.clone()))
            .unwrap_or_default();
        let row = OfficialRow {
            code: format!("placeholder-mp-{}", code.to_lowercase()),
            name: self.name.clone(),
            office: self.office.clone(),
            salutation: Some(self.salutation.clone()),
            constituency_code: Some(code),
            party: None,
            email: None,
            postal_address: Some(HOUSE_OF_COMMONS.to_owned()),
        };
        Ok(match official::upsert(conn, &row, now)? {
            official::Upserted::Created(id) | official::Upserted::Updated(id) => id,
        })
    }
}

/// Whether the writer's MP is among the recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnMp {
    NotTargeted,
    Included,
    /// The campaign targets the writer's MP, but their constituency is not known yet.
    NeedsConstituency,
}

#[derive(Debug, Clone)]
pub struct Recipients {
    pub list: Vec<Recipient>,
    pub own_mp: OwnMp,
}

/// The campaign's targets, resolved for a writer in `constituency`. Named officials that
/// have not been imported are left out (and logged).
pub fn resolve(
    conn: &mut DbConnection,
    campaign_id: i64,
    constituency: Option<&Constituency>,
) -> Result<Recipients, DbError> {
    let mut list = Vec::new();
    let mut own_mp = OwnMp::NotTargeted;
    for target in target::for_campaign(conn, campaign_id)? {
        match target {
            Target::Official(code) => match official::find_by_code(conn, code.as_str())? {
                Some(found) => list.push(Recipient::from_official(found)),
                None => tracing::warn!(code = %code, "campaign target has not been imported"),
            },
            Target::OwnMp => match constituency {
                None => own_mp = OwnMp::NeedsConstituency,
                Some(constituency) => {
                    own_mp = OwnMp::Included;
                    let mut mp = match official::mp_for(conn, &constituency.code)? {
                        Some(found) => Recipient::from_official(found),
                        None => Recipient::placeholder_mp(&constituency.name),
                    };
                    mp.constituency_code = Some(constituency.code.clone());
                    list.push(mp);
                }
            },
        }
    }
    Ok(Recipients { list, own_mp })
}
