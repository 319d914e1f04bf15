//! `reviews`: a buyer's rating of a product they received (one per product and buyer), with the
//! cooperative's one reply.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub product_id: Uuid,
    pub cooperative_id: Uuid,
    pub user_id: Uuid,
    pub order_line_id: Uuid,
    /// 1 to 5.
    pub rating: i16,
    pub body: Option<String>,
    pub reply: Option<String>,
    pub replied_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
    pub hidden_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
