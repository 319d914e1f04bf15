//! Services hold the rules for every write: parse, authorise, change in one transaction, audit.

pub mod access;
pub mod accounts;
pub mod browse;
pub mod cancellation;
pub mod cart;
pub mod catalog;
pub mod certificates;
pub mod checkout;
pub mod collections;
pub mod conversations;
pub mod cooperative_settings;
pub mod cooperatives;
pub mod dashboards;
pub mod directory;
pub mod disputes;
pub mod experts;
pub mod exports;
pub mod feeds;
pub mod fulfilment;
pub mod identity;
pub mod invitations;
pub mod labels;
pub mod ledger;
pub mod legal_changes;
pub mod limits;
pub mod media;
pub mod notifications;
pub mod open_catalog;
pub mod order_links;
pub mod orders;
pub mod payments;
pub mod payouts;
pub mod personal_data;
pub mod product_csv;
pub mod product_options;
pub mod products;
pub mod reconciliation;
pub mod recovery;
pub mod refunds;
pub mod registry;
pub mod reports;
pub mod requests;
pub mod reviews;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod sitemaps;
pub mod stock;
pub mod verification;

use crate::error::AppError;
use sea_orm::{ConnectionTrait, DatabaseBackend, QueryResult, Statement, Value};

/// Logs a database failure once, here at the boundary, and hides it from the client.
pub fn db_error(e: sea_orm::DbErr) -> AppError {
    tracing::error!(error = %e, "database error");
    AppError::Internal
}

/// Opens a transaction that writes. On SQLite it takes the write lock at `BEGIN` (IMMEDIATE), so a
/// transaction that reads before it writes waits its turn (busy timeout) instead of failing with
/// "database is locked" when another connection wrote in between; PostgreSQL ignores the option.
pub async fn begin_write(
    db: &sea_orm::DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, AppError> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
    .map_err(db_error)
}

/// True when a write failed on a unique constraint (so it is a conflict, not an outage).
pub fn is_unique_violation(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// `value` when `is_known` accepts it, else empty: a filter read from a URL keeps only the codes
/// the page knows (search and the directory drop the others).
pub fn known_or_empty(value: String, is_known: impl FnOnce(&str) -> bool) -> String {
    if is_known(&value) {
        value
    } else {
        String::new()
    }
}

/// A failed write as the caller answers it: a unique constraint is a `Conflict` (someone did it
/// first, or it was already done), anything else an outage.
pub fn conflict_on_duplicate(e: sea_orm::DbErr) -> AppError {
    if is_unique_violation(&e) {
        AppError::Conflict
    } else {
        db_error(e)
    }
}

/// The display names of the accounts `ids`, by id.
pub async fn display_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = uuid::Uuid>,
) -> Result<std::collections::HashMap<uuid::Uuid, String>, AppError> {
    accounts_by_id(db, ids, |u| u.display_name).await
}

/// The e-mail addresses of the accounts `ids`, by id.
pub async fn emails(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = uuid::Uuid>,
) -> Result<std::collections::HashMap<uuid::Uuid, String>, AppError> {
    accounts_by_id(db, ids, |u| u.email).await
}

/// What `pick` takes of each of the accounts `ids`, by id, in one query.
async fn accounts_by_id(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = uuid::Uuid>,
    pick: impl Fn(crate::entity::user::Model) -> String,
) -> Result<std::collections::HashMap<uuid::Uuid, String>, AppError> {
    use crate::entity::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let ids: Vec<uuid::Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(std::collections::HashMap::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|u| (u.id, pick(u)))
        .collect())
}

/// The reason an admin gives for a refusal or a hiding, as typed: required, at most 500
/// characters (kept to refill the form when too long).
pub fn parse_reason(raw: &str) -> Result<String, AppError> {
    let reason = raw.trim();
    let mut errors = crate::error::FieldErrors::default();
    if reason.is_empty() {
        errors.add("reason", domain::InputError::Required);
    } else if reason.chars().count() > 500 {
        errors = errors.keep("reason", reason);
        errors.add("reason", domain::InputError::TooLong);
    }
    errors.into_result()?;
    Ok(reason.to_owned())
}

/// A raw query being written: its text, with placeholders in the backend's syntax, and their
/// values. For the few queries sea-orm's builder cannot say plainly (joins without relations,
/// grouped rankings, report aggregations).
/// Column `i` of a row a [`Sql`] query returned; a value of another type is logged and hidden.
pub(crate) fn get<T: sea_orm::TryGetable>(row: &QueryResult, i: usize) -> Result<T, AppError> {
    row.try_get_by_index(i).map_err(|e| {
        tracing::error!(error = %e, "report row not understood");
        AppError::Internal
    })
}

pub(crate) struct Sql {
    backend: DatabaseBackend,
    text: String,
    values: Vec<Value>,
}

impl Sql {
    pub(crate) fn new(backend: DatabaseBackend) -> Self {
        Self {
            backend,
            text: String::new(),
            values: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// A placeholder for `value`.
    pub(crate) fn bind(&mut self, value: impl Into<Value>) -> &mut Self {
        self.values.push(value.into());
        match self.backend {
            DatabaseBackend::Postgres => {
                let n = self.values.len();
                self.text.push_str(&format!("${n}"));
            }
            _ => self.text.push('?'),
        }
        self
    }

    /// Placeholders for `values`, separated by commas (for `IN (…)`).
    pub(crate) fn bind_list<V: Into<Value> + Clone>(&mut self, values: &[V]) -> &mut Self {
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(value.clone());
        }
        self
    }

    pub(crate) async fn rows(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<Vec<QueryResult>, AppError> {
        db.query_all_raw(Statement::from_sql_and_values(
            self.backend,
            self.text.clone(),
            self.values.clone(),
        ))
        .await
        .map_err(db_error)
    }

    /// The first column of the first row as a number (a count or a sum); 0 when no row.
    pub(crate) async fn number(&self, db: &impl ConnectionTrait) -> Result<i64, AppError> {
        self.rows(db)
            .await?
            .first()
            .map_or(Ok(0), |r| get::<i64>(r, 0))
    }
}
