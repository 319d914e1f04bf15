//! Services hold the rules for every write: parse, authorise, change in one transaction, audit.

pub mod accounts;
pub mod browse;
pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod cooperatives;
pub mod dashboards;
pub mod experts;
pub mod exports;
pub mod fulfilment;
pub mod identity;
pub mod invitations;
pub mod labels;
pub mod media;
pub mod orders;
pub mod payments;
pub mod payouts;
pub mod product_csv;
pub mod products;
pub mod registry;
pub mod reports;
pub mod reviews;
pub mod search;
pub mod settings;
pub mod support;

use crate::error::AppError;

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
