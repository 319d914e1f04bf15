//! Who may export what, for which period: decided before the first byte is sent.

use crate::{
    entity::cooperative,
    error::AppError,
    services::{access, db_error},
    user::CurrentUser,
};
use chrono::Utc;
use domain::{
    Locale, Role,
    export::{DateRange, ExportKind},
};
use sea_orm::{DatabaseConnection, EntityTrait};
use uuid::Uuid;

/// Rows read, and written as one chunk, at a time.
pub const BATCH_ROWS: u64 = 500;

/// An export's query values as they came in the URL (`from`, `to`, `cooperative`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportQuery {
    /// First day, `YYYY-MM-DD` (empty: since the beginning).
    pub from: Option<String>,
    /// Last day, included (empty: until today).
    pub to: Option<String>,
    /// One cooperative's id (absent: the whole platform, for admins).
    pub cooperative: Option<String>,
}

impl ExportQuery {
    /// Reads the values from a URL's query string; the first of a repeated name counts and
    /// other names are ignored (`lang=` picks the language elsewhere).
    pub fn from_query_string(query: &str) -> Self {
        let mut out = Self::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match name.as_ref() {
                "from" => &mut out.from,
                "to" => &mut out.to,
                "cooperative" => &mut out.cooperative,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.into_owned());
            }
        }
        out
    }
}

/// Whose figures an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportScope {
    /// Every cooperative's (admins only).
    Platform,
    /// One cooperative's own: its shipments, the orders they belong to, its ledger…
    Cooperative(Uuid),
}

/// An export that [`plan`] authorised, ready for [`stream`].
#[derive(Debug, Clone)]
pub struct ExportPlan {
    pub(super) kind: ExportKind,
    pub(super) range: DateRange,
    pub(super) scope: ExportScope,
    pub(super) locale: Locale,
    /// Only admins see buyers' e-mail addresses (a cooperative's inbox shows name and phone).
    pub(super) admin: bool,
    pub(super) batch_rows: u64,
}

impl ExportPlan {
    /// What is exported.
    pub fn kind(&self) -> ExportKind {
        self.kind
    }

    /// Whose figures.
    pub fn scope(&self) -> ExportScope {
        self.scope
    }

    /// The name to save the file under: `taawon-orders-2026-01-01-2026-03-31.csv` (`start` for
    /// an open beginning, today for an open end).
    pub fn file_name(&self) -> String {
        let from = self
            .range
            .from()
            .map_or_else(|| "start".to_owned(), |d| d.to_string());
        let to = self.range.to().unwrap_or_else(|| Utc::now().date_naive());
        format!("taawon-{}-{from}-{to}.csv", self.kind.code())
    }

    /// The same export read `rows` at a time. Only the benchmark turns this, to show what
    /// reading everything at once would cost; [`BATCH_ROWS`] keeps memory bounded.
    pub fn with_batch_rows(mut self, rows: u64) -> Self {
        self.batch_rows = rows.max(1);
        self
    }
}

/// Checks that `user` may export `kind` for the scope and period `query` asks, in `locale`:
/// the whole platform is for admins; one cooperative's figures for its members and admins
/// (anyone else gets `NotFound`, as for its other private pages); the list of cooperatives for
/// admins only. Dates that do not parse, or a start after the end, are `DateRangeInvalid`.
pub async fn plan(
    db: &DatabaseConnection,
    user: &CurrentUser,
    kind: ExportKind,
    query: &ExportQuery,
    locale: Locale,
) -> Result<ExportPlan, AppError> {
    let admin = user.has_role(Role::Admin);
    let wanted = query
        .cooperative
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let scope = match wanted {
        None if admin => ExportScope::Platform,
        None => return Err(AppError::Forbidden),
        Some(raw) => {
            let id = Uuid::parse_str(raw).map_err(|_| AppError::NotFound)?;
            if admin {
                cooperative::Entity::find_by_id(id)
                    .one(db)
                    .await
                    .map_err(db_error)?
                    .ok_or(AppError::NotFound)?;
            } else {
                access::member_of(db, user, id).await?;
                if !kind.for_one_cooperative() {
                    return Err(AppError::Forbidden);
                }
            }
            ExportScope::Cooperative(id)
        }
    };
    let range = DateRange::parse(query.from.as_deref(), query.to.as_deref())
        .map_err(|_| AppError::DateRangeInvalid)?;
    Ok(ExportPlan {
        kind,
        range,
        scope,
        locale,
        admin,
        batch_rows: BATCH_ROWS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_read_once_and_others_ignored() {
        let q = ExportQuery::from_query_string(
            "from=2026-01-01&to=&lang=ar&from=2027-01-01&cooperative=%20abc",
        );
        assert_eq!(q.from.as_deref(), Some("2026-01-01"));
        assert_eq!(q.to.as_deref(), Some(""));
        assert_eq!(q.cooperative.as_deref(), Some(" abc"));
        assert_eq!(ExportQuery::from_query_string(""), ExportQuery::default());
    }
}
