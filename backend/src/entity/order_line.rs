//! `order_lines`: a product as it was bought (title and price kept as they were).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "order_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub order_id: Uuid,
    pub shipment_id: Uuid,
    pub product_id: Uuid,
    /// The option stock was taken from (set for every line; lines from before options carry
    /// their product's single option, whose id is the product's).
    pub option_id: Option<Uuid>,
    /// The option's SKU as it was.
    pub sku: String,
    pub title: String,
    /// The option's label as it was (empty for a single-option product).
    pub option_label: String,
    pub unit_price_centimes: i64,
    pub quantity: i32,
    pub line_centimes: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
