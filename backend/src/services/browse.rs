//! What the public sees of the catalog: product grids (category, storefront, newest) with sort
//! and pagination, the product page, and the home page's cooperatives. A product is public when
//! it is published, not hidden by an admin, and its cooperative is verified.
//!
//! This module holds the sort, the public filter and the grid; cards, cooperatives and the product
//! page are a file each.

mod cards;
mod cooperatives;
mod page;

pub use cards::*;
pub use cooperatives::*;
pub use page::*;

use super::db_error;
use crate::{
    dto::ProductPageOf,
    entity::{category, cooperative, cooperative_label, product, product_label},
    error::AppError,
};
use domain::{Locale, cooperative::CooperativeState, label::LabelState, product::ProductState};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
    sea_query::{Expr, Query},
};
use std::collections::HashMap;
use uuid::Uuid;

/// How a grid is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Sort {
    /// Most recently published first.
    #[default]
    Newest,
    /// Cheapest first.
    #[strum(serialize = "price_asc")]
    PriceUp,
    /// Dearest first.
    #[strum(serialize = "price_desc")]
    PriceDown,
}

impl Sort {
    /// Every sort, in menu order.
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::PriceUp, Sort::PriceDown];

    /// The `sort` query value.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The sort named by a `sort` query value; anything else is the default.
    pub fn from_code(code: &str) -> Sort {
        code.parse().unwrap_or_default()
    }
}

/// Products per page of a grid.
pub const PER_PAGE: u64 = 24;

/// Products the public may see.
pub fn public() -> Select<product::Entity> {
    use sea_orm::sea_query::ExprTrait;
    product::Entity::find()
        .filter(product::Column::State.eq(ProductState::Published.code()))
        .filter(product::Column::HiddenAt.is_null())
        .filter(
            product::Column::CooperativeId.in_subquery(
                Query::select()
                    .column(cooperative::Column::Id)
                    .from(cooperative::Entity)
                    .and_where(
                        Expr::col(cooperative::Column::State).eq(CooperativeState::Verified.code()),
                    )
                    .to_owned(),
            ),
        )
}

/// Slugs of the products among `ids` the public may see (and buy) now, by id.
pub async fn public_slugs(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, AppError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(public()
        .filter(product::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.id, p.slug))
        .collect())
}

/// A page of public products, optionally of one category (with its sub-categories) or one
/// cooperative; `clock` is the catalog clock if the request read it (its cards are then checked
/// against it, not read again).
pub async fn grid(
    state: &crate::state::Core,
    category_codes: Option<&[String]>,
    cooperative_id: Option<Uuid>,
    label: Option<domain::label::LabelKind>,
    sort: Sort,
    page: u64,
    per_page: u64,
    locale: Locale,
    clock: Option<i64>,
) -> Result<ProductPageOf, AppError> {
    let db = &state.db;
    let mut query = public().select_only().column(product::Column::Id);
    if let Some(kind) = label {
        query = query.filter(with_verified_label(kind));
    }
    if let Some(codes) = category_codes {
        query = query.filter(product::Column::CategoryCode.is_in(codes.to_vec()));
    }
    if let Some(id) = cooperative_id {
        query = query.filter(product::Column::CooperativeId.eq(id));
    }
    query = match sort {
        Sort::Newest => query.order_by_desc(product::Column::PublishedAt),
        Sort::PriceUp => query.order_by_asc(product::Column::PriceCentimes),
        Sort::PriceDown => query.order_by_desc(product::Column::PriceCentimes),
    }
    .order_by_asc(product::Column::Id);
    let paginator = query.into_tuple::<Uuid>().paginate(db, per_page.max(1));
    let total = paginator.num_items().await.map_err(db_error)?;
    let pages = total.div_ceil(per_page.max(1)).max(1);
    let page = page.clamp(1, pages);
    let ids = paginator.fetch_page(page - 1).await.map_err(db_error)?;
    Ok(ProductPageOf {
        items: public_cards(state, &ids, locale, CardDetail::Full, clock).await?,
        page,
        pages,
        total,
    })
}

/// Products carrying a verified label of `kind`.
fn with_verified_label(kind: domain::label::LabelKind) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::ExprTrait;
    product::Column::Id.in_subquery(
        Query::select()
            .column((product_label::Entity, product_label::Column::ProductId))
            .from(product_label::Entity)
            .inner_join(
                cooperative_label::Entity,
                Expr::col((cooperative_label::Entity, cooperative_label::Column::Id))
                    .equals((product_label::Entity, product_label::Column::LabelId)),
            )
            .and_where(
                Expr::col((cooperative_label::Entity, cooperative_label::Column::Kind))
                    .eq(kind.code()),
            )
            .and_where(
                Expr::col((cooperative_label::Entity, cooperative_label::Column::State))
                    .eq(LabelState::Verified.code()),
            )
            .to_owned(),
    )
}

/// The codes of a category and its sub-categories (empty when it does not exist).
pub async fn category_and_children(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<Vec<String>, AppError> {
    let rows = category::Entity::find()
        .filter(
            Condition::any()
                .add(category::Column::Code.eq(code))
                .add(category::Column::ParentCode.eq(code)),
        )
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows.into_iter().map(|c| c.code).collect())
}

/// The cooperatives with these ids (repeats are fine), by id.
pub async fn cooperatives_by_id(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, cooperative::Model>, AppError> {
    let ids: std::collections::HashSet<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(cooperative::Entity::find()
        .filter(cooperative::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_sorts_fall_back_to_newest() {
        assert_eq!(Sort::from_code("price_asc"), Sort::PriceUp);
        assert_eq!(Sort::from_code("' OR 1=1"), Sort::Newest);
    }
}
