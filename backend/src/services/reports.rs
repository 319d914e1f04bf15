//! Dashboards' figures (issue 8): sums and counts grouped in the database — by day, state,
//! product, region, sector, category — over a period, for one cooperative or the whole platform.
//! The SQL is the same on SQLite and PostgreSQL except for the day of a timestamp; sums are cast
//! to BIGINT so both return whole numbers. Days roll up into weeks and months in
//! `domain::report`, the same way whatever the database.
//!
//! "Sales" are the goods of live shipments (not cancelled nor refused at the door), on the day the order was placed; "orders"
//! are the orders holding at least one such shipment.

use super::{Sql, access, db_error, get, ledger};
use crate::{
    entity::{cooperative, product, request},
    error::AppError,
    user::CurrentUser,
};
use chrono::{DateTime, NaiveDate, Utc};
use domain::report::Period;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

/// The condition on `s` (shipments) that keeps the live ones: not cancelled nor refused at the
/// door (`ShipmentState::is_live`; a test keeps the two in step).
const LIVE: &str = "s.state NOT IN ('cancelled', 'refused', 'returned')";

/// A product's stock at or below this is low.
pub const LOW_STOCK: i32 = 5;
/// Products in a cooperative's "top products".
pub const TOP_PRODUCTS: u64 = 5;
/// Low-stock products listed.
pub const LOW_STOCK_LISTED: u64 = 10;

/// Report-only pieces of a query.
impl Sql {
    /// The UTC day (`YYYY-MM-DD`) of a timestamp column.
    fn day_of(&mut self, column: &str) -> &mut Self {
        let expr = match self.backend {
            DatabaseBackend::Postgres => {
                format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
            }
            // sea-orm stores SQLite timestamps as RFC 3339 text in UTC: the day comes first.
            _ => format!("substr({column}, 1, 10)"),
        };
        self.push(&expr)
    }

    /// `AND s.created_at` within the period, and of one cooperative when given.
    fn scope(&mut self, period: &Period, cooperative: Option<Uuid>) -> &mut Self {
        let (from, until) = bounds(period);
        self.push(" AND s.created_at >= ")
            .bind(from)
            .push(" AND s.created_at < ")
            .bind(until);
        if let Some(id) = cooperative {
            self.push(" AND s.cooperative_id = ").bind(id);
        }
        self
    }
}

fn bounds(period: &Period) -> (DateTime<Utc>, DateTime<Utc>) {
    let (from, until) = period.range().bounds();
    (
        from.unwrap_or(DateTime::<Utc>::MIN_UTC),
        until.unwrap_or(DateTime::<Utc>::MAX_UTC),
    )
}

/// A label and a whole number (centimes or a count).
pub type Pair = (String, i64);

async fn pairs(db: &impl ConnectionTrait, sql: &Sql) -> Result<Vec<Pair>, AppError> {
    sql.rows(db)
        .await?
        .iter()
        .map(|r| Ok((get::<String>(r, 0)?, get::<i64>(r, 1)?)))
        .collect()
}

/// A day's sales: goods (centimes) and orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub day: NaiveDate,
    pub goods: i64,
    pub orders: i64,
}

/// Sales per day over the period (days without sales are absent).
pub async fn daily_sales(
    db: &impl ConnectionTrait,
    period: &Period,
    cooperative: Option<Uuid>,
) -> Result<Vec<Day>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .day_of("s.created_at")
        .push(
            ", CAST(SUM(s.goods_centimes) AS BIGINT), CAST(COUNT(DISTINCT s.order_id) AS BIGINT) \
             FROM shipments s WHERE ",
        )
        .push(LIVE)
        .scope(period, cooperative)
        .push(" GROUP BY 1 ORDER BY 1");
    sql.rows(db)
        .await?
        .iter()
        .map(|r| {
            let day: String = get(r, 0)?;
            Ok(Day {
                day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|_| AppError::Internal)?,
                goods: get(r, 1)?,
                orders: get(r, 2)?,
            })
        })
        .collect()
}

/// Shipments placed in the period by state (cancelled ones included).
pub async fn shipments_by_state(
    db: &impl ConnectionTrait,
    period: &Period,
    cooperative: Option<Uuid>,
) -> Result<Vec<Pair>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT s.state, CAST(COUNT(*) AS BIGINT) FROM shipments s WHERE 1 = 1")
        .scope(period, cooperative)
        .push(" GROUP BY s.state ORDER BY s.state");
    pairs(db, &sql).await
}

/// A best-selling product over the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopProduct {
    pub product_id: Uuid,
    /// The title it was sold under.
    pub title: String,
    pub quantity: i64,
    pub centimes: i64,
}

/// A cooperative's best-selling products by takings (ties by id).
pub async fn top_products(
    db: &impl ConnectionTrait,
    period: &Period,
    cooperative: Uuid,
) -> Result<Vec<TopProduct>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT l.product_id, MAX(l.title), CAST(SUM(l.quantity) AS BIGINT), \
         CAST(SUM(l.line_centimes) AS BIGINT) FROM order_lines l \
         JOIN shipments s ON s.id = l.shipment_id WHERE ",
    )
    .push(LIVE)
    .scope(period, Some(cooperative))
    .push(&format!(
        " GROUP BY l.product_id ORDER BY 4 DESC, 1 LIMIT {TOP_PRODUCTS}"
    ));
    sql.rows(db)
        .await?
        .iter()
        .map(|r| {
            Ok(TopProduct {
                product_id: get(r, 0)?,
                title: get(r, 1)?,
                quantity: get(r, 2)?,
                centimes: get(r, 3)?,
            })
        })
        .collect()
}

/// Sales over the period by a column of the selling cooperative (`region`, `sector`).
async fn sales_by_cooperative(
    db: &impl ConnectionTrait,
    period: &Period,
    column: &str,
) -> Result<Vec<Pair>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(&format!(
        "SELECT c.{column}, CAST(SUM(s.goods_centimes) AS BIGINT) FROM shipments s \
         JOIN cooperatives c ON c.id = s.cooperative_id WHERE {LIVE}"
    ))
    .scope(period, None)
    .push(&format!(" GROUP BY c.{column}"));
    pairs(db, &sql).await
}

/// Sales over the period by product category (the category code the product has now).
async fn sales_by_category(
    db: &impl ConnectionTrait,
    period: &Period,
) -> Result<Vec<Pair>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT p.category_code, CAST(SUM(l.line_centimes) AS BIGINT) FROM order_lines l \
         JOIN shipments s ON s.id = l.shipment_id JOIN products p ON p.id = l.product_id \
         WHERE ",
    )
    .push(LIVE)
    .scope(period, None)
    .push(" GROUP BY p.category_code");
    pairs(db, &sql).await
}

/// Sales over the period by cooperatives where women are at least half of the members.
async fn women_led_sales(db: &impl ConnectionTrait, period: &Period) -> Result<i64, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT CAST(COALESCE(SUM(s.goods_centimes), 0) AS BIGINT) FROM shipments s \
         JOIN cooperatives c ON c.id = s.cooperative_id WHERE c.member_count > 0 \
         AND c.women_count * 2 >= c.member_count AND ",
    )
    .push(LIVE)
    .scope(period, None);
    match sql.rows(db).await?.first() {
        Some(row) => get(row, 0),
        None => Ok(0),
    }
}

/// A cooperative's reviews: the sum of their stars and how many (hidden ones left out).
async fn rating(db: &impl ConnectionTrait, cooperative: Uuid) -> Result<(i64, i64), AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT CAST(COALESCE(SUM(r.rating), 0) AS BIGINT), CAST(COUNT(*) AS BIGINT) \
         FROM reviews r WHERE r.hidden_at IS NULL AND r.cooperative_id = ",
    )
    .bind(cooperative);
    match sql.rows(db).await?.first() {
        Some(row) => Ok((get(row, 0)?, get(row, 1)?)),
        None => Ok((0, 0)),
    }
}

/// Everything a cooperative's dashboard shows, as numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct CooperativeFigures {
    pub daily: Vec<Day>,
    pub by_state: Vec<Pair>,
    pub top_products: Vec<TopProduct>,
    /// Published products whose stock is low, lowest first.
    pub low_stock: Vec<product::Model>,
    /// Sum of stars and number of visible reviews.
    pub rating: (i64, i64),
    /// What the platform owes it now (below zero: what it owes the platform).
    pub balance: i64,
    /// Its latest bank transfers either way, oldest first.
    pub payouts: Vec<ledger::StatementRow>,
    /// Its requests for help neither completed nor withdrawn, oldest first.
    pub requests: Vec<request::Model>,
}

/// A cooperative's figures, for its members and admins (anyone else: `NotFound`).
pub async fn cooperative_figures(
    db: &sea_orm::DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    period: &Period,
) -> Result<(cooperative::Model, CooperativeFigures), AppError> {
    let coop = access::member_or_admin(db, user, cooperative_id).await?;
    let id = coop.id;
    let low_stock = product::Entity::find()
        .filter(product::Column::CooperativeId.eq(id))
        .filter(product::Column::State.eq("published"))
        .filter(product::Column::Stock.lte(LOW_STOCK))
        .order_by_asc(product::Column::Stock)
        .order_by_asc(product::Column::Sku)
        .limit(LOW_STOCK_LISTED)
        .all(db)
        .await
        .map_err(db_error)?;
    let transfers = [
        domain::ledger::Kind::TransferToCooperative,
        domain::ledger::Kind::TransferFromCooperative,
    ];
    let payouts = ledger::statement_rows(db, id, &transfers, Some(5)).await?;
    let requests = request::Entity::find()
        .filter(request::Column::CooperativeId.eq(id))
        .filter(request::Column::State.is_not_in(["completed", "cancelled"]))
        .order_by_asc(request::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let figures = CooperativeFigures {
        daily: daily_sales(db, period, Some(id)).await?,
        by_state: shipments_by_state(db, period, Some(id)).await?,
        top_products: top_products(db, period, id).await?,
        low_stock,
        rating: rating(db, id).await?,
        balance: ledger::position(db, id).await?,
        payouts,
        requests,
    };
    Ok((coop, figures))
}

/// Everything the admin dashboard shows, as numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformFigures {
    pub daily: Vec<Day>,
    pub by_state: Vec<Pair>,
    /// By region code, sector code and category code (as stored).
    pub by_region: Vec<Pair>,
    pub by_sector: Vec<Pair>,
    pub by_category: Vec<Pair>,
    /// Sales by women-led cooperatives.
    pub women_led: i64,
    /// Cooperatives by verification state.
    pub cooperatives: Vec<Pair>,
    /// When each cooperative waiting for verification was sent.
    pub waiting_since: Vec<DateTime<Utc>>,
    /// Every cooperative the platform owes something, most owed first.
    pub due: Vec<(Uuid, i64)>,
    /// Every cooperative that owes the platform fees, most owing first (amounts above zero).
    pub owing: Vec<(Uuid, i64)>,
}

/// The platform's figures (admins only).
pub async fn platform_figures(
    db: &sea_orm::DatabaseConnection,
    admin: &CurrentUser,
    period: &Period,
) -> Result<PlatformFigures, AppError> {
    access::admin(admin)?;
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT c.state, CAST(COUNT(*) AS BIGINT) FROM cooperatives c GROUP BY c.state ORDER BY c.state");
    let cooperatives = pairs(db, &sql).await?;
    let waiting_since: Vec<Option<DateTime<Utc>>> = cooperative::Entity::find()
        .select_only()
        .column(cooperative::Column::SubmittedAt)
        .filter(cooperative::Column::State.eq(domain::cooperative::CooperativeStatus::Submitted))
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    let positions = ledger::positions(db, None).await?;
    Ok(PlatformFigures {
        daily: daily_sales(db, period, None).await?,
        by_state: shipments_by_state(db, period, None).await?,
        by_region: sales_by_cooperative(db, period, "region").await?,
        by_sector: sales_by_cooperative(db, period, "sector").await?,
        by_category: sales_by_category(db, period).await?,
        women_led: women_led_sales(db, period).await?,
        cooperatives,
        waiting_since: waiting_since.into_iter().flatten().collect(),
        due: positions.iter().copied().filter(|(_, p)| *p > 0).collect(),
        owing: positions
            .iter()
            .rev()
            .filter(|(_, p)| *p < 0)
            .map(|(id, p)| (*id, -p))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_live_condition_names_every_state_that_is_not_live() {
        let codes: Vec<String> = domain::order::ShipmentState::ALL
            .into_iter()
            .filter(|s| !s.is_live())
            .map(|s| format!("'{}'", s.code()))
            .collect();
        assert_eq!(
            super::LIVE,
            format!("s.state NOT IN ({})", codes.join(", "))
        );
    }
}
