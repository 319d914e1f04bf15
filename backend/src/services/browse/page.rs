//! The public product page, with its structured data (JSON-LD) for search engines.

use super::{
    cards::{measure, measure_of, verified_labels},
    cooperatives::cooperative_card,
};
use crate::services::{access, db_error, product_options, products, reviews};
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
    let plain = strip_tags(&description_html);
    let json_ld = json_ld(&JsonLdFacts {
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
            })
            .collect(),
        currency: &model.currency,
        seller_url: &format!("{base}/c/{}", coop.slug),
    });
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
        price: split,
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
        reviews: reviews::of_product(db, &model, viewer).await?,
        on_sale: public,
    })
}

/// The facts the structured data is made of.
pub struct JsonLdFacts<'a> {
    pub url: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub images: Vec<String>,
    pub sku: &'a str,
    pub category: &'a str,
    pub brand: &'a str,
    /// One per option.
    pub offers: Vec<OfferFacts<'a>>,
    pub currency: &'a str,
    pub seller_url: &'a str,
}

/// An option as an `Offer`.
pub struct OfferFacts<'a> {
    /// The option's label (empty for a single-option product).
    pub name: &'a str,
    pub sku: &'a str,
    pub price_centimes: i64,
    pub in_stock: bool,
}

/// A schema.org `Product` with an `Offer` per option (one object for a single option, a list
/// for several), as JSON that is safe inside `<script>` (`<` is escaped, so no text can close
/// the element).
pub fn json_ld(f: &JsonLdFacts<'_>) -> String {
    let offers: Vec<serde_json::Value> = f
        .offers
        .iter()
        .map(|o| {
            let mut offer = serde_json::json!({
                "@type": "Offer",
                "url": f.url,
                "sku": o.sku,
                "price": format!("{}.{:02}", o.price_centimes / 100, o.price_centimes % 100),
                "priceCurrency": f.currency,
                "availability": if o.in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
                "itemCondition": "https://schema.org/NewCondition",
                "seller": { "@type": "Organization", "name": f.brand, "url": f.seller_url },
            });
            if !o.name.is_empty() {
                offer["name"] = o.name.into();
            }
            offer
        })
        .collect();
    let offers = match <[serde_json::Value; 1]>::try_from(offers) {
        Ok([one]) => one,
        Err(many) => serde_json::Value::Array(many),
    };
    let value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f.name,
        "description": f.description,
        "image": f.images,
        "sku": f.sku,
        "category": f.category,
        "url": f.url,
        "brand": { "@type": "Brand", "name": f.brand },
        "offers": offers,
    });
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The text of sanitised HTML (for meta descriptions and structured data).
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_data_cannot_close_its_script() {
        let facts = JsonLdFacts {
            url: "https://taawon.ma/p/x",
            name: "</script><script>alert(1)</script>",
            description: "a & b",
            images: vec![],
            sku: "X",
            category: "Miel",
            brand: "Coop",
            offers: vec![OfferFacts {
                name: "",
                sku: "X",
                price_centimes: 12_050,
                in_stock: true,
            }],
            currency: "MAD",
            seller_url: "https://taawon.ma/c/coop",
        };
        let json = json_ld(&facts);
        assert!(!json.contains('<') && !json.contains('>'), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
        assert_eq!(back["offers"]["price"], "120.50");
    }

    #[test]
    fn several_options_are_several_offers() {
        let offer = |name, sku, price_centimes| OfferFacts {
            name,
            sku,
            price_centimes,
            in_stock: true,
        };
        let facts = JsonLdFacts {
            url: "https://taawon.ma/p/x",
            name: "Argan",
            description: "",
            images: vec![],
            sku: "ARG",
            category: "Huiles",
            brand: "Coop",
            offers: vec![
                offer("100 ml", "ARG-100", 8_000),
                offer("1 l", "ARG-1L", 45_000),
            ],
            currency: "MAD",
            seller_url: "https://taawon.ma/c/coop",
        };
        let back: serde_json::Value =
            serde_json::from_str(&json_ld(&facts)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back["offers"][0]["name"], "100 ml");
        assert_eq!(back["offers"][1]["sku"], "ARG-1L");
        assert_eq!(back["offers"][1]["price"], "450.00");
    }

    #[test]
    fn tags_are_stripped_for_plain_text() {
        assert_eq!(
            strip_tags("<p>Pure <strong>argan</strong> &amp; honey</p>\n<ul><li>250 ml</li></ul>"),
            "Pure argan & honey 250 ml"
        );
    }
}
