//! `ledger_transactions`: one money event, written once (`event_key` is unique); its balanced
//! lines are in `ledger_lines`. Append-only: a correction is a new transaction.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ledger_transactions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// What event wrote it, e.g. `earned:{shipment}`: the same event never writes twice.
    #[sea_orm(unique)]
    pub event_key: String,
    pub kind: domain::ledger::Kind,
    pub order_id: Option<Uuid>,
    pub shipment_id: Option<Uuid>,
    /// The cooperative a transfer or a part's event is about.
    pub cooperative_id: Option<Uuid>,
    /// A transfer's bank reference.
    pub reference: Option<String>,
    /// The day it happened (a transfer: the day it was sent).
    pub occurred_on: Date,
    /// The admin who recorded it (transfers).
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
