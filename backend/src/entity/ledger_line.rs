//! `ledger_lines`: one account's side of a ledger transaction, debit > 0 and credit < 0; the
//! lines of a transaction sum to zero.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ledger_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub transaction_id: Uuid,
    /// The account's code (`domain::ledger::Account::code`).
    pub account: String,
    /// The cooperative, for a cooperative's position.
    pub cooperative_id: Option<Uuid>,
    pub amount_centimes: i64,
    /// The transaction's time, so a cooperative's lines read in order from one index.
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
