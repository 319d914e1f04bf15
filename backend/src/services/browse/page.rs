//! The public product page, with its structured data (JSON-LD, see [`crate::structured_data`]).

use super::{
    cards::{measure, measure_of, verified_labels},
    cooperatives::cooperative_card,
};
use crate::services::{access, db_error, product_options, products, reviews};
use crate::structured_data::{self, OfferFacts, ProductFacts, ReviewFacts};
use crate::{
    dto::{CategoryDto, ProductDto, ProductOptionDto},
    entity::{category, cooperative, product},
    error::AppError,
};
use domain::{Locale, cooperative::CooperativeStatus, product::ProductState};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};

/// Everything the product page shows, for a public product (else `NotFound`). `viewer` decides
/// whether moderation and editing links show.
pub async fn product_page(
    db: &impl ConnectionTrait,
    slug: &str,
    locale: Locale,
    viewer: Option<&crate::user::CurrentUser>,
    settings: &crate::state::AppSettings,
) -> Result<ProductDto, AppError> {
    let model = product::Entity::find()
        .filter(product::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let coop = cooperative::Entity::find_by_id(model.cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let is_admin = viewer.is_some_and(|u| u.has_role(domain::Role::Admin));
    let is_member = match viewer {
        Some(user) => access::member_of(db, user, coop.id).await.is_ok(),
        None => false,
    };
    let public = model.state == ProductState::Published
        && model.hidden_at.is_none()
        && coop.state == CooperativeStatus::Verified;
    // Members preview their drafts and admins see hidden products; nobody else learns they exist.
    if !public && !is_member && !is_admin {
        return Err(AppError::NotFound);
    }
    let texts = products::texts_of(db, &[model.id])
        .await?
        .remove(&model.id)
        .unwrap_or_default();
    let (title, title_lang, description_html, description_lang) =
        products::localised(&texts, locale);
    let photos = products::photos_of(db, model.id).await?;
    let images = products::images_of(db, photos.iter().map(|p| p.image_hash.clone())).await?;
    let photo_dtos: Vec<_> = photos
        .iter()
        .filter_map(|p| {
            let alt = domain::product::pick(locale, [&p.alt_ar, &p.alt_fr, &p.alt_en]);
            let alt = if alt.is_empty() { title.as_str() } else { alt };
            products::photo_image(p, &images, alt.to_owned())
        })
        .collect();
    use sea_orm::sea_query::ExprTrait;
    let categories = category::Entity::find()
        .filter(
            Condition::any()
                .add(category::Column::Code.eq(&model.category_code))
                .add(
                    category::Column::Code.in_subquery(
                        Query::select()
                            .column(category::Column::ParentCode)
                            .from(category::Entity)
                            .and_where(Expr::col(category::Column::Code).eq(&model.category_code))
                            .to_owned(),
                    ),
                ),
        )
        .all(db)
        .await
        .map_err(db_error)?;
    let this = categories
        .iter()
        .find(|c| c.code == model.category_code)
        .map(CategoryDto::from)
        .ok_or(AppError::Internal)?;
    let parent = categories
        .iter()
        .find(|c| Some(&c.code) == this.parent_code.as_ref())
        .map(CategoryDto::from);
    let labels = verified_labels(db, &[model.id])
        .await?
        .remove(&model.id)
        .unwrap_or_default();
    let card = cooperative_card(db, &coop).await?;
    let (quantity, unit_price, per) = measure(&model, locale);
    let options = product_options::of_product(db, model.id).await?;
    let option_dtos: Vec<ProductOptionDto> = options
        .iter()
        .map(|o| {
            let (quantity, unit_price_centimes, per) =
                measure_of(&model.unit, o.quantity_milli, o.price_centimes, locale);
            let photo = o
                .photo_id
                .and_then(|id| photos.iter().find(|p| p.id == id))
                .and_then(|p| products::photo_image(p, &images, o.label.clone()));
            ProductOptionDto {
                id: o.id.to_string(),
                label: o.label.clone(),
                sku: o.sku.clone(),
                price_centimes: o.price_centimes,
                quantity,
                unit_price_centimes,
                per,
                stock: Ord::max(o.stock, 0),
                photo,
            }
        })
        .collect();
    let base = settings.public_url.trim_end_matches('/');
    let canonical_url = format!("{base}/p/{}", model.slug);
    let og_image = photo_dtos.first().map(|i| format!("{base}{}", i.largest));
    let split = domain::money::split(model.price_centimes, settings.platform_fee);
    let fee_percent = (settings.platform_fee * rust_decimal::Decimal::ONE_HUNDRED)
        .normalize()
        .to_string();
    let plain = texts
        .iter()
        .find(|t| t.locale == description_lang)
        .map(|t| crate::rich_text::plain_text(&t.description))
        .unwrap_or_default();
    let reviews = reviews::of_product(db, &model, viewer).await?;
    let shown: Vec<_> = reviews
        .items
        .iter()
        .filter(|r| r.hidden_reason.is_none())
        .collect();
    let json_ld = structured_data::script(&structured_data::product(&ProductFacts {
        url: &canonical_url,
        name: &title,
        description: &plain,
        images: photo_dtos
            .iter()
            .map(|i| format!("{base}{}", i.largest))
            .collect(),
        sku: &model.sku,
        category: this.name(locale),
        brand: card.name(locale),
        offers: options
            .iter()
            .map(|o| OfferFacts {
                name: &o.label,
                sku: &o.sku,
                price_centimes: o.price_centimes,
                in_stock: o.stock > 0,
                shipping_centimes: settings.delivery.fee(o.price_centimes),
            })
            .collect(),
        currency: &model.currency,
        seller_url: &format!("{base}/c/{}", coop.slug),
        rating: reviews
            .average
            .as_deref()
            .filter(|_| reviews.count > 0)
            .map(|average| (average, reviews.count)),
        reviews: shown
            .iter()
            .map(|r| ReviewFacts {
                author: &r.author,
                rating: r.rating,
                body: r.body.as_deref(),
                date: &r.date,
            })
            .collect(),
    }));
    let whatsapp = coop.whatsapp.as_deref().map(|n| {
        domain::conversation::whatsapp_chat(n, &format!("{title} — {base}/p/{}", model.slug))
    });
    Ok(ProductDto {
        whatsapp,
        id: model.id.to_string(),
        slug: model.slug.clone(),
        sku: model.sku.clone(),
        title,
        title_lang,
        description_html,
        description_lang,
        summary: plain.chars().take(160).collect(),
        description_text: plain,
        price: split,
        currency: model.currency.clone(),
        fee_percent,
        quantity,
        unit_price_centimes: unit_price,
        per,
        stock: model.stock,
        several_prices: model.several_prices,
        options: option_dtos,
        weight_grams: model.weight_grams,
        photos: photo_dtos,
        category: this,
        parent_category: parent,
        cooperative: card,
        labels,
        canonical_url,
        og_image,
        json_ld,
        can_moderate: is_admin,
        can_edit: is_member,
        reviews,
        on_sale: public,
    })
}
