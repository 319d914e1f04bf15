//! The cooperatives the public sees: cards for the home page and the directory.

use super::{cards::id_numbers, cooperatives_by_id, public};
use crate::services::{Sql, db_error, identity, media, products};
use crate::{
    dto::CooperativeCardDto,
    entity::{cooperative, product},
    error::AppError,
};
use domain::{cooperative::CooperativeState, product::ProductState};
use sea_orm::{ColumnTrait, ConnectionTrait, PaginatorTrait, QueryFilter};

/// The card of one cooperative (its storefront's header, a product page's seller).
pub async fn cooperative_card(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
) -> Result<CooperativeCardDto, AppError> {
    let products = public()
        .filter(product::Column::CooperativeId.eq(coop.id))
        .count(db)
        .await
        .map_err(db_error)?;
    cooperative_cards(db, vec![(coop.clone(), products)])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}

/// Cards for these cooperatives, in their order, each with its number of products on sale
/// (counted in one grouped query).
pub async fn cooperative_cards_of(
    db: &impl ConnectionTrait,
    coops: Vec<cooperative::Model>,
) -> Result<Vec<CooperativeCardDto>, AppError> {
    use sea_orm::QuerySelect;
    use sea_orm::sea_query::{Expr, ExprTrait};
    let counts: std::collections::HashMap<uuid::Uuid, i64> = if coops.is_empty() {
        Default::default()
    } else {
        public()
            .select_only()
            .column(product::Column::CooperativeId)
            .column_as(Expr::col(product::Column::Id).count(), "n")
            .filter(product::Column::CooperativeId.is_in(coops.iter().map(|c| c.id)))
            .group_by(product::Column::CooperativeId)
            .into_tuple::<(uuid::Uuid, i64)>()
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .collect()
    };
    let counted = coops
        .into_iter()
        .map(|c| {
            let n = counts.get(&c.id).copied().unwrap_or(0);
            (c, u64::try_from(n).unwrap_or(0))
        })
        .collect();
    cooperative_cards(db, counted).await
}

/// Cards for these cooperatives (each with its number of products on sale), in their order,
/// from two reads whatever their number: their current identities, then their logos.
async fn cooperative_cards(
    db: &impl ConnectionTrait,
    coops: Vec<(cooperative::Model, u64)>,
) -> Result<Vec<CooperativeCardDto>, AppError> {
    let identities = identity::current_of_each(db, coops.iter().map(|(c, _)| c.id)).await?;
    let logos =
        products::images_of(db, identities.values().filter_map(|i| i.logo_key.clone())).await?;
    Ok(coops
        .into_iter()
        .map(|(coop, products)| {
            let current = identities.get(&coop.id);
            CooperativeCardDto {
                logo: current
                    .and_then(|i| i.logo_key.as_ref())
                    .and_then(|hash| logos.get(hash))
                    .and_then(|m| media::to_dto(m, String::new())),
                primary_colour: current.map_or_else(
                    || identity::DEFAULT_PRIMARY.to_owned(),
                    |i| i.primary_colour.clone(),
                ),
                secondary_colour: current.map_or_else(
                    || identity::DEFAULT_SECONDARY.to_owned(),
                    |i| i.secondary_colour.clone(),
                ),
                women_led: is_women_led(&coop),
                slug: coop.slug,
                name_ar: coop.name_ar,
                name_fr: coop.name_fr,
                region: coop.region,
                products,
            }
        })
        .collect())
}

/// At least half of its members are women (a cooperative with no members declared is not).
fn is_women_led(coop: &cooperative::Model) -> bool {
    coop.member_count > 0 && coop.women_count * 2 >= coop.member_count
}

/// Verified cooperatives with the most products on sale (the home page's "featured"), or only
/// women-led ones, at most `limit`; ties go to the most recently verified.
///
/// The ranking is one grouped query limited in the database: the home page never reads every
/// verified cooperative (the register holds tens of thousands), and the cards take two reads
/// more, not a few per cooperative.
pub async fn cooperatives(
    db: &impl ConnectionTrait,
    women_led: bool,
    limit: u64,
) -> Result<Vec<CooperativeCardDto>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT p.cooperative_id, COUNT(*) AS n FROM products p \
         JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.state = ",
    )
    .bind(ProductState::Published.code())
    .push(" AND p.hidden_at IS NULL AND c.state = ")
    .bind(CooperativeState::Verified.code());
    if women_led {
        sql.push(" AND c.member_count > 0 AND c.women_count * 2 >= c.member_count");
    }
    sql.push(
        " GROUP BY p.cooperative_id, c.verified_at \
         ORDER BY n DESC, c.verified_at DESC, p.cooperative_id LIMIT ",
    )
    .bind(i64::try_from(limit).unwrap_or(i64::MAX));
    let ranked = id_numbers(sql.rows(db).await?, "cooperative_id", "n")?;
    let mut coops = cooperatives_by_id(db, ranked.iter().map(|(id, _)| *id)).await?;
    let ordered = ranked
        .into_iter()
        .filter_map(|(id, n)| Some((coops.remove(&id)?, u64::try_from(n).unwrap_or(0))))
        .collect();
    cooperative_cards(db, ordered).await
}
