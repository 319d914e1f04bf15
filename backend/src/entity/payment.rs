//! `payments`: a card payment attempt at a provider (a Stripe Checkout Session).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "payments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub order_id: Uuid,
    pub provider: String,
    /// The provider's id for it (the Checkout Session id).
    #[sea_orm(unique)]
    pub provider_ref: String,
    pub amount_centimes: i64,
    pub currency: String,
    /// Where this payment attempt stands (stored as its code).
    pub state: domain::order::PaymentState,
    /// The provider's payment the session made, once paid (refunds are asked by it; disputes
    /// name it).
    pub payment_intent: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
