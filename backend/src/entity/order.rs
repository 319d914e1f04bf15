//! `orders`: what a buyer ordered, where it goes and how it is paid. Its state for the buyer is
//! derived from `payment_state` and its shipments (`domain::order::OrderState::derive`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "orders")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The number people read out on the phone (`TA-…`).
    #[sea_orm(unique)]
    pub number: String,
    /// The checkout form's key: the same key twice is the same order.
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub buyer_id: Option<Uuid>,
    /// Empty when a guest left it out (the phone reaches them): read it through [`Model::buyer_email`].
    pub email: String,
    pub locale: String,
    /// How the buyer pays.
    pub payment_method: domain::order::PaymentMethod,
    /// Where the order's money stands.
    pub payment_state: domain::order::PaymentState,
    pub currency: String,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    /// The platform fee at the time of ordering, in thousandths.
    pub fee_permille: i32,
    pub recipient_name: String,
    pub phone: String,
    /// `domain::geo::Region` code.
    pub region: String,
    pub city: String,
    pub address_line: String,
    pub notes: Option<String>,
    /// SHA-256 of the secret in the buyer's order link (guests follow their order with it).
    pub access_token_hash: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The address the buyer gave, if they gave one.
    pub fn buyer_email(&self) -> Option<&str> {
        Some(self.email.as_str()).filter(|e| !e.is_empty())
    }
}
