//! Multi-row `INSERT`s written out, for work done for many callers at once: one statement
//! for a whole batch instead of one per row. Their length changes with each batch, so they
//! are compiled each time rather than kept prepared.

use std::marker::PhantomData;

use diesel::backend::Backend;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::QueryResult;

/// A row that binds its own values, in the order of the statement's column list.
pub trait Row<DB: Backend> {
    /// Pushes this row's values, bound and separated by commas.
    fn push_values<'b>(&'b self, out: &mut AstPass<'_, 'b, DB>) -> QueryResult<()>;
}

/// `{head} (…), (…), … {tail}`: `head` names the table and columns (`INSERT INTO t (a, b)
/// VALUES`), `tail` may hold a `RETURNING` clause whose columns have SQL type `ST`. Never
/// build one with no rows: `VALUES` needs at least one.
pub struct Insert<'a, R, ST = ()> {
    head: &'static str,
    rows: &'a [R],
    tail: &'static str,
    returning: PhantomData<ST>,
}

impl<'a, R> Insert<'a, R> {
    pub fn new(head: &'static str, rows: &'a [R]) -> Self {
        Insert {
            head,
            rows,
            tail: "",
            returning: PhantomData,
        }
    }

    /// Adds `tail` (a `RETURNING` clause whose columns have SQL type `ST`).
    pub fn returning<ST>(self, tail: &'static str) -> Insert<'a, R, ST> {
        Insert {
            head: self.head,
            rows: self.rows,
            tail,
            returning: PhantomData,
        }
    }
}

impl<R, ST> QueryId for Insert<'_, R, ST> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB: Backend, R: Row<DB>, ST> QueryFragment<DB> for Insert<'_, R, ST> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.unsafe_to_cache_prepared();
        out.push_sql(self.head);
        for (i, row) in self.rows.iter().enumerate() {
            out.push_sql(if i == 0 { " (" } else { ", (" });
            row.push_values(&mut out)?;
            out.push_sql(")");
        }
        out.push_sql(self.tail);
        Ok(())
    }
}

impl<R, ST: diesel::sql_types::SqlType> Query for Insert<'_, R, ST> {
    type SqlType = ST;
}

impl<R, ST, Conn> diesel::RunQueryDsl<Conn> for Insert<'_, R, ST> {}
