//! `refunds`: card money going back to a buyer — one per part Taawon asks the provider to
//! refund (its `idempotency_key` is sent with every try, so the provider refunds once), or one
//! per part a refund made at the provider was shared out to.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "refunds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub order_id: Uuid,
    /// The part it is for.
    pub shipment_id: Option<Uuid>,
    pub amount_centimes: i64,
    pub currency: String,
    pub origin: domain::card::RefundOrigin,
    pub state: domain::card::RefundState,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    /// The provider's id of the refund, once it answered.
    pub provider_ref: Option<String>,
    /// How often it was sent.
    pub attempts: i32,
    /// The provider's last refusal or failure, for the admin.
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
