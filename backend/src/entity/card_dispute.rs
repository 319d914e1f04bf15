//! `card_disputes`: a buyer's bank contesting an order's card charge, once per provider id.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "card_disputes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub order_id: Uuid,
    /// The provider's id of the dispute.
    #[sea_orm(unique)]
    pub provider_ref: String,
    /// What the bank contests, in minor units.
    pub amount_centimes: i64,
    pub state: domain::card::DisputeState,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
