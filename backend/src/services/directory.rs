//! The directory of cooperatives (`/cooperatives`): verified cooperatives filtered by region,
//! sector, verified label, women-led and "has products in stock", sorted by name, newest or
//! number of products, a page at a time; and, for its map, how many match the other filters in
//! each of the 12 regions. Everything is read in a few SQL statements, whatever the number of
//! cooperatives; the page is cached for anonymous visitors against the catalog clock.

use super::{db_error, identity, known_or_empty, media};
use crate::{
    dto::{DirectoryCardDto, DirectoryPageDto, DirectoryQueryDto, RegionCountDto},
    entity::{cooperative, cooperative_label, product},
    error::AppError,
};
use domain::{
    Locale,
    cooperative::CooperativeStatus,
    geo::{Region, Sector},
    label::{LabelKind, LabelStatus},
    product::ProductState,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
    sea_query::{Expr, Query},
};
use std::collections::HashMap;
use uuid::Uuid;

/// Cooperatives a page.
pub const PER_PAGE: u64 = 24;
/// The last page anyone may ask for (beyond it, the last page).
const MAX_PAGE: u64 = 1_000;

/// The directory's orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum DirectorySort {
    /// By name in the reader's language.
    #[default]
    Name,
    /// The most recently verified first.
    Newest,
    /// Those with the most products on sale first.
    Products,
}

/// `raw` with what the page cannot use dropped: unknown regions, sectors, labels and sorts.
pub fn understand(raw: DirectoryQueryDto) -> DirectoryQueryDto {
    DirectoryQueryDto {
        region: known_or_empty(raw.region, |r| Region::from_code(r).is_some()),
        sector: known_or_empty(raw.sector, |s| Sector::from_code(s).is_some()),
        label: known_or_empty(raw.label, |l| LabelKind::from_code(l).is_some()),
        women_led: raw.women_led,
        in_stock: raw.in_stock,
        sort: <&str>::from(raw.sort.parse::<DirectorySort>().unwrap_or_default()).to_owned(),
        page: raw.page.clamp(1, MAX_PAGE),
    }
}

/// Public products (published, not hidden) as an SQL condition on `products` aliased `p`.
fn public_product_sql() -> String {
    format!(
        "p.state = '{}' AND p.hidden_at IS NULL",
        ProductState::Published.code()
    )
}

/// The verified cooperatives matching every filter of `query` but the region.
fn matching(query: &DirectoryQueryDto) -> Select<cooperative::Entity> {
    use sea_orm::sea_query::ExprTrait;
    let mut select = cooperative::Entity::find()
        .filter(cooperative::Column::State.eq(CooperativeStatus::Verified));
    if !query.sector.is_empty() {
        select = select.filter(cooperative::Column::Sector.eq(query.sector.clone()));
    }
    if query.women_led {
        select = select
            .filter(cooperative::Column::MemberCount.gt(0))
            .filter(Expr::cust("women_count * 2 >= member_count"));
    }
    if let Some(kind) = LabelKind::from_code(&query.label) {
        select = select.filter(
            cooperative::Column::Id.in_subquery(
                Query::select()
                    .column(cooperative_label::Column::CooperativeId)
                    .from(cooperative_label::Entity)
                    .and_where(Expr::col(cooperative_label::Column::Kind).eq(kind.code()))
                    .and_where(
                        Expr::col(cooperative_label::Column::State)
                            .eq(LabelStatus::Verified.code()),
                    )
                    .to_owned(),
            ),
        );
    }
    if query.in_stock {
        select = select.filter(
            cooperative::Column::Id.in_subquery(
                Query::select()
                    .column(product::Column::CooperativeId)
                    .from(product::Entity)
                    .and_where(Expr::col(product::Column::State).eq(ProductState::Published.code()))
                    .and_where(Expr::col(product::Column::HiddenAt).is_null())
                    .and_where(Expr::col(product::Column::Stock).gt(0))
                    .to_owned(),
            ),
        );
    }
    select
}

/// A page of the directory for `raw` (understood first), in `locale`.
pub async fn page(
    db: &impl ConnectionTrait,
    raw: DirectoryQueryDto,
    locale: Locale,
) -> Result<DirectoryPageDto, AppError> {
    let query = understand(raw);
    let regions = region_counts(db, &query).await?;
    let mut select = matching(&query);
    if !query.region.is_empty() {
        select = select.filter(cooperative::Column::Region.eq(query.region.clone()));
    }
    let total = select.clone().count(db).await.map_err(db_error)?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = query.page.min(pages);
    // By name: the Arabic name in Arabic; else the slug, which is the French name folded to
    // lower-case ASCII without the word "coopérative" most names start with.
    let name = if locale == Locale::Ar {
        cooperative::Column::NameAr
    } else {
        cooperative::Column::Slug
    };
    select = match query.sort.parse::<DirectorySort>().unwrap_or_default() {
        DirectorySort::Name => select.order_by_asc(name),
        DirectorySort::Newest => select.order_by_desc(cooperative::Column::VerifiedAt),
        DirectorySort::Products => select.order_by(
            Expr::cust(format!(
                "(SELECT COUNT(*) FROM products p WHERE p.cooperative_id = cooperatives.id AND {})",
                public_product_sql()
            )),
            Order::Desc,
        ),
    };
    let coops = select
        .order_by_asc(cooperative::Column::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(db)
        .await
        .map_err(db_error)?;
    let items = cards(db, coops, locale).await?;
    Ok(DirectoryPageDto {
        query: DirectoryQueryDto { page, ..query },
        items,
        total,
        page,
        pages,
        regions,
    })
}

/// Every region with how many cooperatives match the other filters there.
async fn region_counts(
    db: &impl ConnectionTrait,
    query: &DirectoryQueryDto,
) -> Result<Vec<RegionCountDto>, AppError> {
    let counted: HashMap<String, i64> = matching(query)
        .select_only()
        .column(cooperative::Column::Region)
        .column_as(cooperative::Column::Id.count(), "n")
        .group_by(cooperative::Column::Region)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .collect();
    Ok(Region::ALL
        .into_iter()
        .map(|region| RegionCountDto {
            region: region.code().to_owned(),
            count: counted
                .get(region.code())
                .map_or(0, |n| u64::try_from(*n).unwrap_or(0)),
        })
        .collect())
}

/// The cards of `coops`: their products on sale, verified labels and logo, read once for all.
async fn cards(
    db: &impl ConnectionTrait,
    coops: Vec<cooperative::Model>,
    locale: Locale,
) -> Result<Vec<DirectoryCardDto>, AppError> {
    let ids: Vec<Uuid> = coops.iter().map(|c| c.id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let products: HashMap<Uuid, i64> = super::browse::public()
        .filter(product::Column::CooperativeId.is_in(ids.clone()))
        .select_only()
        .column(product::Column::CooperativeId)
        .column_as(product::Column::Id.count(), "n")
        .group_by(product::Column::CooperativeId)
        .into_tuple::<(Uuid, i64)>()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .collect();
    let mut labels: HashMap<Uuid, Vec<String>> = HashMap::new();
    for label in cooperative_label::Entity::find()
        .filter(cooperative_label::Column::CooperativeId.is_in(ids.clone()))
        .filter(cooperative_label::Column::State.eq(LabelStatus::Verified))
        .order_by_asc(cooperative_label::Column::Kind)
        .all(db)
        .await
        .map_err(db_error)?
    {
        labels
            .entry(label.cooperative_id)
            .or_default()
            .push(label.kind.code().to_owned());
    }
    let identities = identity::current_of_each(db, ids).await?;
    let mut out = Vec::with_capacity(coops.len());
    for coop in coops {
        let name = if locale == Locale::Ar {
            coop.name_ar.clone()
        } else {
            coop.name_fr.clone()
        };
        let logo = match identities.get(&coop.id).and_then(|i| i.logo_key.as_deref()) {
            Some(hash) => media::find(db, hash)
                .await?
                .and_then(|m| media::to_dto(&m, name.clone())),
            None => None,
        };
        out.push(DirectoryCardDto {
            slug: coop.slug.clone(),
            women_led: coop.member_count > 0 && coop.women_count * 2 >= coop.member_count,
            products: products
                .get(&coop.id)
                .map_or(0, |n| u64::try_from(*n).unwrap_or(0)),
            labels: labels.remove(&coop.id).unwrap_or_default(),
            name,
            region: coop.region,
            sector: coop.sector,
            member_count: coop.member_count,
            women_count: coop.women_count,
            logo,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_values_are_dropped_and_the_page_kept_in_range() {
        let raw = DirectoryQueryDto {
            region: "atlantis".into(),
            sector: "handicraft".into(),
            label: "bogus".into(),
            women_led: true,
            in_stock: false,
            sort: "price".into(),
            page: 0,
        };
        let query = understand(raw);
        assert_eq!(query.region, "");
        assert_eq!(query.sector, "handicraft");
        assert_eq!(query.label, "");
        assert_eq!(query.sort, "name");
        assert_eq!(query.page, 1);
        let far = understand(DirectoryQueryDto {
            region: "oriental".into(),
            sort: "products".into(),
            page: u64::MAX,
            ..DirectoryQueryDto::default()
        });
        assert_eq!(
            (far.region.as_str(), far.sort.as_str(), far.page),
            ("oriental", "products", MAX_PAGE)
        );
    }
}
