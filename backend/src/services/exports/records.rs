//! Register rows: cooperatives, products and requests for help.

use super::{
    ExportPlan, ExportScope,
    rows::{Batch, day, day_of, hours, names_of, page, region_name, word},
};
use crate::{
    entity::{category, cooperative, product, product_translation, request},
    error::AppError,
    services::{db_error, products},
};
use domain::geo;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// The cooperatives' files (admins only; `plan` checked that).
pub(super) async fn cooperatives(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = cooperative::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(cooperative::Column::Id.eq(id));
    }
    let rows = page(
        select,
        plan,
        cooperative::Column::Id,
        cooperative::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|c| {
            vec![
                c.register_number.clone(),
                c.name_ar.clone(),
                c.name_fr.clone(),
                region_name(locale, &c.region),
                geo::province_by_code(&c.province)
                    .map_or_else(|| c.province.clone(), |(_, p)| p.name(locale).to_owned()),
                geo::Sector::from_code(&c.sector)
                    .map_or_else(|| c.sector.clone(), |s| s.name(locale).to_owned()),
                c.member_count.to_string(),
                c.women_count.to_string(),
                word(locale, "coop-state", c.state.code()),
                day_of(c.verified_at),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|c| c.id),
    })
}

/// Products, titled in the reader's language (or the next one filled in).
pub(super) async fn products(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
    categories: &HashMap<String, category::Model>,
) -> Result<Batch, AppError> {
    let mut select = product::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(product::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        product::Column::Id,
        product::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let mut texts: HashMap<Uuid, Vec<product_translation::Model>> = HashMap::new();
    if !rows.is_empty() {
        for text in product_translation::Entity::find()
            .filter(product_translation::Column::ProductId.is_in(rows.iter().map(|p| p.id)))
            .all(db)
            .await
            .map_err(db_error)?
        {
            texts.entry(text.product_id).or_default().push(text);
        }
    }
    let names = names_of(db, plan.locale, rows.iter().map(|p| p.cooperative_id)).await?;
    let ids: Vec<Uuid> = rows.iter().map(|p| p.id).collect();
    let options = crate::services::product_options::of_products(db, &ids).await?;
    let locale = plan.locale;
    // A line per option (a product sold one way is one line, its option unnamed).
    let records = rows
        .iter()
        .flat_map(|p| {
            let title = texts
                .get(&p.id)
                .map(|texts| products::localised(texts, locale).0)
                .unwrap_or_default();
            let category = categories.get(&p.category_code).map_or_else(
                || p.category_code.clone(),
                |c| {
                    domain::product::pick(
                        locale,
                        [&c.name_ar, &c.name_fr, &c.name_en].map(String::as_str),
                    )
                    .to_owned()
                },
            );
            let state = word(locale, "product-state", p.state.code());
            let coop = names.get(&p.cooperative_id).cloned().unwrap_or_default();
            let published = day_of(p.published_at);
            options
                .get(&p.id)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(move |o| {
                    vec![
                        o.sku.clone(),
                        title.clone(),
                        o.label.clone(),
                        category.clone(),
                        domain::money::plain(o.price_centimes),
                        o.stock.to_string(),
                        state.clone(),
                        coop.clone(),
                        published.clone(),
                    ]
                })
                .collect::<Vec<_>>()
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|p| p.id),
    })
}

/// Requests for help: what was asked, where it stands and the hours experts logged.
pub(super) async fn requests(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = request::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(request::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        request::Column::Id,
        request::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let names = names_of(db, plan.locale, rows.iter().map(|r| r.cooperative_id)).await?;
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|r| {
            vec![
                r.title.clone(),
                domain::expert::Skill::from_code(&r.skill)
                    .map_or_else(|| r.skill.clone(), |s| s.name(locale).to_owned()),
                word(locale, "request-state", r.state.code()),
                names.get(&r.cooperative_id).cloned().unwrap_or_default(),
                day(r.created_at),
                day_of(r.first_claimed_at.or(r.claimed_at)),
                day_of(r.completed_at),
                hours(r.minutes_logged),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|r| r.id),
    })
}
