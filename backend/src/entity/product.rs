//! `products`: a product of a cooperative (texts live in `product_translations`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "products")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub sku: String,
    pub category_code: String,
    /// The cheapest option's price (kept with the options, see `services::product_options`).
    pub price_centimes: i64,
    pub currency: String,
    /// The options' total stock.
    pub stock: i32,
    /// `domain::product::Unit` code.
    pub unit: String,
    /// The cheapest option's pack quantity, in thousandths of `unit`.
    pub quantity_milli: i64,
    pub weight_grams: Option<i32>,
    /// Where the product stands (stored as its code).
    pub state: domain::product::ProductState,
    /// Set when an admin hid the product, with the reason the cooperative sees.
    pub hidden_reason: Option<String>,
    pub hidden_at: Option<DateTimeUtc>,
    pub published_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Whether its options differ in price (cards then show "from" the cheapest).
    pub several_prices: bool,
    /// Whether shopping feeds (Google, Meta) list it; a cooperative may keep one out.
    pub in_feeds: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
