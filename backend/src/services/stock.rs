//! Stock that orders take and give back. A leaf: fulfilment and payments return a cancelled
//! part's stock.

use super::db_error;
use crate::{
    entity::{order_line, product},
    error::AppError,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

/// Gives back the stock a cancelled shipment had taken.
pub async fn give_back(db: &impl ConnectionTrait, shipment_id: Uuid) -> Result<(), AppError> {
    let lines = order_line::Entity::find()
        .filter(order_line::Column::ShipmentId.eq(shipment_id))
        .all(db)
        .await
        .map_err(db_error)?;
    for line in lines {
        product::Entity::update_many()
            .col_expr(
                product::Column::Stock,
                Expr::col(product::Column::Stock).add(line.quantity),
            )
            .filter(product::Column::Id.eq(line.product_id))
            .exec(db)
            .await
            .map_err(db_error)?;
    }
    Ok(())
}
