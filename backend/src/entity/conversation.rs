//! `conversations`: a buyer and a cooperative's members talking, about a product (`topic`
//! `buyer:{user}`, one per signed-in buyer and cooperative) or an order (`order:{order}`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conversations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    pub topic: String,
    /// The signed-in buyer; `None` for a guest's order conversation.
    pub buyer_id: Option<Uuid>,
    pub order_id: Option<Uuid>,
    /// The product the first question was asked from, if any.
    pub product_id: Option<Uuid>,
    pub buyer_read_at: Option<DateTimeUtc>,
    pub cooperative_read_at: Option<DateTimeUtc>,
    pub last_message_at: DateTimeUtc,
    /// When the buyer reported it: admins may read it from then on.
    pub reported_at: Option<DateTimeUtc>,
    pub report_reason: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
