//! The cooperatives' ledger as stored: its entry kinds and what the platform owes each cooperative.
//! A leaf: fulfilment credits it, payouts record transfers, reports and exports read it.

use super::{Sql, get};
use crate::error::AppError;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Ledger kinds as stored.
pub const CREDIT: &str = "credit";
/// A bank transfer to the cooperative.
pub const PAYOUT: &str = "payout";

/// What the platform owes each cooperative (credits less payouts), for those owed anything.
pub async fn balances(
    db: &impl ConnectionTrait,
    cooperative: Option<Uuid>,
) -> Result<Vec<(Uuid, i64)>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT e.cooperative_id, CAST(SUM(CASE WHEN e.kind = 'payout' THEN -e.amount_centimes \
         ELSE e.amount_centimes END) AS BIGINT) FROM ledger_entries e WHERE 1 = 1",
    );
    if let Some(id) = cooperative {
        sql.push(" AND e.cooperative_id = ").bind(id);
    }
    sql.push(" GROUP BY e.cooperative_id ORDER BY 2 DESC, 1");
    sql.rows(db)
        .await?
        .iter()
        .map(|r| Ok((get::<Uuid>(r, 0)?, get::<i64>(r, 1)?)))
        .filter(|row| !matches!(row, Ok((_, 0))))
        .collect()
}
