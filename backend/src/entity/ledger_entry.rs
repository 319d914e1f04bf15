//! `ledger_entries`: a cooperative's payout account — a credit per delivered, paid shipment
//! (once: `shipment_id` is unique) and each payout an admin records.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ledger_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    /// `credit` or `payout`.
    pub kind: String,
    pub amount_centimes: i64,
    #[sea_orm(unique)]
    pub shipment_id: Option<Uuid>,
    /// The bank transfer's reference, for payouts.
    pub reference: Option<String>,
    pub paid_on: Option<Date>,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
