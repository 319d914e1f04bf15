//! A product's options (see the `product_options` entity): reading them, making a new product's
//! single option, and keeping the product's summary (the cheapest option's price and quantity,
//! the total stock, whether prices differ) in step in the same transaction as every option
//! write. A leaf: the cart, checkout, stock, the product editor and the exports use it.

use super::db_error;
use crate::{
    entity::{product, product_option},
    error::AppError,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    sea_query::Expr,
};
use std::collections::HashMap;
use uuid::Uuid;

/// An option on sale with its product: what a cart line holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub product: product::Model,
    pub option: product_option::Model,
}

/// The options of a product, in display order.
pub async fn of_product(
    db: &impl ConnectionTrait,
    product_id: Uuid,
) -> Result<Vec<product_option::Model>, AppError> {
    Ok(of_products(db, &[product_id])
        .await?
        .remove(&product_id)
        .unwrap_or_default())
}

/// The options of each product among `ids`, in display order.
pub async fn of_products(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<product_option::Model>>, AppError> {
    let mut out: HashMap<Uuid, Vec<product_option::Model>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = product_option::Entity::find()
        .filter(product_option::Column::ProductId.is_in(ids.iter().copied()))
        .order_by_asc(product_option::Column::Position)
        .order_by_asc(product_option::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    for row in rows {
        out.entry(row.product_id).or_default().push(row);
    }
    Ok(out)
}

/// The options among `ids`, by id.
pub async fn by_ids(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, product_option::Model>, AppError> {
    Ok(product_option::Entity::find()
        .filter(product_option::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

/// The single, unlabelled option of a product just made (its SKU, price, quantity and stock).
pub async fn insert_single(
    db: &impl ConnectionTrait,
    product: &product::Model,
) -> Result<product_option::Model, sea_orm::DbErr> {
    product_option::ActiveModel {
        id: Set(Uuid::now_v7()),
        product_id: Set(product.id),
        cooperative_id: Set(product.cooperative_id),
        position: Set(0),
        label: Set(String::new()),
        sku: Set(product.sku.clone()),
        price_centimes: Set(product.price_centimes),
        quantity_milli: Set(product.quantity_milli),
        stock: Set(product.stock),
        photo_id: Set(None),
        gtin: Set(None),
        created_at: Set(product.created_at),
        updated_at: Set(product.updated_at),
    }
    .insert(db)
    .await
}

/// Writes the product's summary from `options` (all of its options, as they now are): the
/// cheapest option's price and quantity (the first in order among equals), the total stock, and
/// whether the prices differ. Always writes the product row, so its cooperative's catalog
/// revision moves (database triggers) and cached cards and pages are rebuilt.
pub async fn summarise(
    db: &impl ConnectionTrait,
    product_id: Uuid,
    options: &[product_option::Model],
) -> Result<(), AppError> {
    let Some(cheapest) = options
        .iter()
        .min_by_key(|o| (o.price_centimes, o.position))
    else {
        return Err(AppError::Internal);
    };
    let stock: i64 = options.iter().map(|o| i64::from(o.stock)).sum();
    let several_prices = options
        .iter()
        .any(|o| o.price_centimes != cheapest.price_centimes);
    product::Entity::update_many()
        .col_expr(
            product::Column::PriceCentimes,
            Expr::value(cheapest.price_centimes),
        )
        .col_expr(
            product::Column::QuantityMilli,
            Expr::value(cheapest.quantity_milli),
        )
        .col_expr(
            product::Column::Stock,
            Expr::value(i32::try_from(stock).unwrap_or(i32::MAX)),
        )
        .col_expr(product::Column::SeveralPrices, Expr::value(several_prices))
        .col_expr(product::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(product::Column::Id.eq(product_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The option of `product_id` a buyer chose: `raw` names one of its options, or is empty when it
/// has only one. `Err(issue)` says what to show on the `option` field.
pub fn chosen<'a>(
    options: &'a [product_option::Model],
    raw: Option<&str>,
) -> Result<&'a product_option::Model, domain::InputError> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        None if options.len() == 1 => Ok(&options[0]),
        None => Err(domain::InputError::OptionMissing),
        Some(raw) => Uuid::parse_str(raw)
            .ok()
            .and_then(|id| options.iter().find(|o| o.id == id))
            .ok_or(domain::InputError::ChoiceInvalid),
    }
}
