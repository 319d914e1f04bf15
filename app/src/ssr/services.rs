//! Services hold the rules for every write: parse, authorise, change in one transaction, audit.

pub mod accounts;
pub mod cooperatives;
pub mod identity;
pub mod registry;

use crate::error::AppError;

/// Logs a database failure once, here at the boundary, and hides it from the client.
pub fn db_error(e: sea_orm::DbErr) -> AppError {
    tracing::error!(error = %e, "database error");
    AppError::Internal
}

/// True when a write failed on a unique constraint (so it is a conflict, not an outage).
pub fn is_unique_violation(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
