//! `product_options`: what a product is sold as (100 ml, 250 ml, 1 l; red, blue), each with its
//! own SKU, price, pack quantity, stock and optional photo. A single-option product's option has
//! no label.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_options")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub product_id: Uuid,
    /// Copied from the product, so SKUs are unique per cooperative across all its options.
    pub cooperative_id: Uuid,
    /// Display order, from 0.
    pub position: i32,
    /// Empty for a single-option product.
    pub label: String,
    pub sku: String,
    pub price_centimes: i64,
    /// The pack's quantity in thousandths of the product's unit.
    pub quantity_milli: i64,
    pub stock: i32,
    /// One of the product's photos, shown beside the option.
    pub photo_id: Option<Uuid>,
    /// Its GTIN (EAN-13, UPC-A, EAN-8 or GTIN-14 digits), when the cooperative gave one.
    pub gtin: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
