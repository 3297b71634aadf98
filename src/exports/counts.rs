//! The counts exports: confirmed signatures by day, by hour, by constituency (with the MP's
//! name where known) or by country, as `crate::stats` counts them. The tables are small
//! (one row a day, hour or place), so they come as one page.

use super::{By, Cell, Source};
use crate::db::{DbConnection, DbError};
use crate::stats::{self, Bucket, Period, PlaceCount};

/// One campaign's counts, grouped one way.
pub struct Counts {
    campaign_id: i64,
    by: By,
    done: bool,
}

impl Counts {
    pub fn new(campaign_id: i64, by: By) -> Counts {
        Counts {
            campaign_id,
            by,
            done: false,
        }
    }
}

fn bucket(b: Bucket) -> [Cell; 2] {
    [Cell::Text(b.label), Cell::Int(b.count)]
}

fn constituency(p: PlaceCount) -> [Cell; 4] {
    [
        Cell::Text(p.code),
        Cell::Text(p.name),
        Cell::text(p.mp),
        Cell::Int(p.count),
    ]
}

fn country(p: PlaceCount) -> [Cell; 3] {
    [Cell::Text(p.code), Cell::Text(p.name), Cell::Int(p.count)]
}

impl Source for Counts {
    fn columns(&self) -> &'static [&'static str] {
        match self.by {
            By::Day => &["day", "count"],
            By::Hour => &["hour", "count"],
            By::Constituency => &["code", "name", "mp", "count"],
            By::Country => &["code", "name", "count"],
        }
    }

    fn next_page(&mut self, conn: &mut DbConnection) -> Result<Vec<Cell>, DbError> {
        if std::mem::replace(&mut self.done, true) {
            return Ok(Vec::new());
        }
        let id = self.campaign_id;
        Ok(match self.by {
            By::Day => stats::over_time(conn, id, Period::Day, None)?
                .into_iter()
                .flat_map(bucket)
                .collect(),
            By::Hour => stats::over_time(conn, id, Period::Hour, None)?
                .into_iter()
                .flat_map(bucket)
                .collect(),
            By::Constituency => stats::by_constituency(conn, id)?
                .into_iter()
                .flat_map(constituency)
                .collect(),
            By::Country => stats::by_country(conn, id)?
                .into_iter()
                .flat_map(country)
                .collect(),
        })
    }
}
