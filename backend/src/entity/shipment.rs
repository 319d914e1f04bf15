//! `shipments`: one cooperative's part of an order, which it confirms, ships and delivers.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "shipments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub order_id: Uuid,
    pub cooperative_id: Uuid,
    /// Where the parcel stands (stored as its code).
    pub state: domain::order::ShipmentState,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub platform_fee_centimes: i64,
    pub cooperative_share_centimes: i64,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    pub cancel_reason: Option<String>,
    pub cash_collected_at: Option<DateTimeUtc>,
    pub confirmed_at: Option<DateTimeUtc>,
    pub shipped_at: Option<DateTimeUtc>,
    pub delivered_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
