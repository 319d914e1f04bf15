//! Stock that orders take and give back, per option (the product's total moves with it, in the
//! same transaction). A leaf: checkout takes, fulfilment and payments return a cancelled part's
//! stock.

use super::db_error;
use crate::{
    entity::{order_line, product, product_option},
    error::AppError,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

/// Takes `quantity` of an option with one conditional update
/// (`… SET stock = stock - n WHERE id = ? AND stock >= n`), then from its product's total; fails
/// with `CartChanged` when that many are not there any more (a concurrent order took them).
pub async fn take(
    db: &impl ConnectionTrait,
    option_id: Uuid,
    product_id: Uuid,
    quantity: i32,
) -> Result<(), AppError> {
    let taken = product_option::Entity::update_many()
        .col_expr(
            product_option::Column::Stock,
            Expr::col(product_option::Column::Stock).sub(quantity),
        )
        .filter(product_option::Column::Id.eq(option_id))
        .filter(product_option::Column::ProductId.eq(product_id))
        .filter(product_option::Column::Stock.gte(quantity))
        .exec(db)
        .await
        .map_err(db_error)?;
    if taken.rows_affected != 1 {
        return Err(AppError::CartChanged);
    }
    move_total(db, product_id, -quantity).await
}

async fn move_total(db: &impl ConnectionTrait, product_id: Uuid, by: i32) -> Result<(), AppError> {
    product::Entity::update_many()
        .col_expr(
            product::Column::Stock,
            Expr::col(product::Column::Stock).add(by),
        )
        .filter(product::Column::Id.eq(product_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Gives back the stock a cancelled shipment had taken, to the options it came from.
pub async fn give_back(db: &impl ConnectionTrait, shipment_id: Uuid) -> Result<(), AppError> {
    let lines = order_line::Entity::find()
        .filter(order_line::Column::ShipmentId.eq(shipment_id))
        .all(db)
        .await
        .map_err(db_error)?;
    for line in lines {
        // Lines from before options carry their product's single option, whose id is the
        // product's (migration 21).
        let option_id = line.option_id.unwrap_or(line.product_id);
        let returned = product_option::Entity::update_many()
            .col_expr(
                product_option::Column::Stock,
                Expr::col(product_option::Column::Stock).add(line.quantity),
            )
            .filter(product_option::Column::Id.eq(option_id))
            .exec(db)
            .await
            .map_err(db_error)?;
        // An option removed since keeps nothing to return to; the product's total stays the
        // options' sum.
        if returned.rows_affected == 1 {
            move_total(db, line.product_id, line.quantity).await?;
        }
    }
    Ok(())
}
