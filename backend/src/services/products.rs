//! Products: written by the members of a verified cooperative (texts in three languages, price in
//! centimes, pack quantity, photos through the media pipeline, labels), published through the
//! state machine of `domain::product`, hidden by admins with a reason. The public sees a product
//! only when it is published, not hidden, and its cooperative is verified.

use super::access;
use super::{begin_write, db_error, is_unique_violation, media};
use crate::{
    audit,
    dto::{ImageDto, PhotoDto},
    entity::{
        category, cooperative, cooperative_label, media_image, product, product_label,
        product_photo, product_translation,
    },
    error::{AppError, FieldErrors, FieldIssue},
    media::MediaStore,
    rich_text,
    user::CurrentUser,
};
use domain::{
    InputError, Locale,
    cooperative::CooperativeState,
    product::{self as rules, ProductEvent, ProductState, PublishFacts, Quantity, Unit},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Longest title, in characters.
pub const TITLE_MAX: usize = 160;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 5000;
/// Longest alternative text of a photo, in characters.
pub const ALT_MAX: usize = 200;
/// Most photos a product may have.
pub const PHOTOS_MAX: usize = 8;

/// The product form, as typed.
#[derive(Debug, Clone, Default)]
pub struct ProductForm {
    pub sku: String,
    pub category: String,
    pub price: String,
    pub stock: String,
    pub unit: String,
    pub quantity: String,
    pub weight: String,
    /// Arabic, French, English.
    pub titles: [String; 3],
    /// Arabic, French, English.
    pub descriptions: [String; 3],
    /// Ids of the cooperative's labels the product carries.
    pub labels: Vec<String>,
}

/// A product form that parsed.
#[derive(Debug, Clone)]
pub struct ParsedProduct {
    pub sku: String,
    pub category: String,
    pub price_centimes: i64,
    pub stock: i32,
    pub quantity: Quantity,
    pub weight_grams: Option<i32>,
    pub titles: [String; 3],
    pub descriptions: [String; 3],
    pub labels: Vec<Uuid>,
}

const TITLE_FIELDS: [&str; 3] = ["title_ar", "title_fr", "title_en"];
const DESCRIPTION_FIELDS: [&str; 3] = ["description_ar", "description_fr", "description_en"];

impl ProductForm {
    /// The values to put back in a refused form (descriptions are cut, see [`FieldErrors::keep`]).
    pub fn kept(&self) -> FieldErrors {
        let mut errors = FieldErrors::default().keep_all(&[
            ("sku", &self.sku),
            ("category", &self.category),
            ("price", &self.price),
            ("stock", &self.stock),
            ("unit", &self.unit),
            ("quantity", &self.quantity),
            ("weight", &self.weight),
        ]);
        for (i, field) in TITLE_FIELDS.iter().enumerate() {
            errors = errors.keep(field, &self.titles[i]);
        }
        for (i, field) in DESCRIPTION_FIELDS.iter().enumerate() {
            errors = errors.keep(field, &self.descriptions[i]);
        }
        for label in &self.labels {
            errors = errors.keep("labels", label);
        }
        errors
    }

    /// Parses every field, collecting every problem; `categories` are the known codes.
    pub fn parse(&self, categories: &HashSet<String>) -> Result<ParsedProduct, AppError> {
        let mut errors = self.kept();
        let mut check = |field: &str, result: Result<(), InputError>| {
            if let Err(e) = result {
                errors.add(field, e);
            }
        };
        let sku = rules::parse_sku(&self.sku);
        check("sku", sku.as_ref().map(|_| ()).map_err(|e| *e));
        let category = self.category.trim().to_owned();
        check(
            "category",
            match category.as_str() {
                "" => Err(InputError::Required),
                c if !categories.contains(c) => Err(InputError::ChoiceInvalid),
                _ => Ok(()),
            },
        );
        let price = domain::money::parse_price(&self.price);
        check("price", price.map(|_| ()));
        let stock = rules::parse_stock(&self.stock);
        check("stock", stock.map(|_| ()));
        let unit = Unit::from_code(&self.unit).ok_or(if self.unit.trim().is_empty() {
            InputError::Required
        } else {
            InputError::ChoiceInvalid
        });
        check("unit", unit.map(|_| ()));
        let quantity = unit.and_then(|u| Quantity::parse(&self.quantity, u));
        if unit.is_ok() {
            check("quantity", quantity.map(|_| ()));
        }
        let weight = rules::parse_weight(&self.weight);
        check("weight", weight.map(|_| ()));
        let titles = self.titles.clone().map(|t| t.trim().to_owned());
        for (i, title) in titles.iter().enumerate() {
            if title.chars().count() > TITLE_MAX {
                check(TITLE_FIELDS[i], Err(InputError::TooLong));
            }
        }
        if titles.iter().all(String::is_empty) {
            check(TITLE_FIELDS[0], Err(InputError::OneLanguageRequired));
        }
        let descriptions = self.descriptions.clone().map(|d| d.trim().to_owned());
        for (i, description) in descriptions.iter().enumerate() {
            if description.chars().count() > DESCRIPTION_MAX {
                check(DESCRIPTION_FIELDS[i], Err(InputError::TooLong));
            }
        }
        let mut labels = Vec::new();
        for raw in &self.labels {
            match Uuid::parse_str(raw.trim()) {
                Ok(id) if !labels.contains(&id) => labels.push(id),
                Ok(_) => {}
                Err(_) => check("labels", Err(InputError::ChoiceInvalid)),
            }
        }
        match (sku, price, stock, quantity, weight) {
            (Ok(sku), Ok(price_centimes), Ok(stock), Ok(quantity), Ok(weight_grams))
                if errors.errors.is_empty() =>
            {
                Ok(ParsedProduct {
                    sku,
                    category,
                    price_centimes,
                    stock,
                    quantity,
                    weight_grams,
                    titles,
                    descriptions,
                    labels,
                })
            }
            _ => Err(errors.into()),
        }
    }
}

/// The product form filled from a stored product (the editor's starting values).
pub fn form_of(
    model: &product::Model,
    texts: &[product_translation::Model],
    labels: &[Uuid],
) -> ProductForm {
    let text = |locale: &str| texts.iter().find(|t| t.locale == locale);
    let quantity = Unit::from_code(&model.unit).map(|unit| Quantity {
        milli: model.quantity_milli,
        unit,
    });
    ProductForm {
        sku: model.sku.clone(),
        category: model.category_code.clone(),
        price: format!(
            "{}.{:02}",
            model.price_centimes / 100,
            model.price_centimes % 100
        ),
        stock: model.stock.to_string(),
        unit: model.unit.clone(),
        quantity: quantity.map(|q| q.amount()).unwrap_or_default(),
        weight: model
            .weight_grams
            .map(|w| w.to_string())
            .unwrap_or_default(),
        titles: ["ar", "fr", "en"].map(|l| text(l).map(|t| t.title.clone()).unwrap_or_default()),
        descriptions: ["ar", "fr", "en"]
            .map(|l| text(l).map(|t| t.description.clone()).unwrap_or_default()),
        labels: labels.iter().map(Uuid::to_string).collect(),
    }
}

/// Every category code.
pub async fn category_codes(db: &impl ConnectionTrait) -> Result<HashSet<String>, AppError> {
    Ok(category::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| c.code)
        .collect())
}

fn is_verified(coop: &cooperative::Model) -> bool {
    CooperativeState::from_parts(&coop.state, coop.state_reason.as_deref())
        == Some(CooperativeState::Verified)
}

/// The cooperative, if `user` is a member and it is verified (only verified cooperatives manage
/// products); a stranger gets `NotFound`, a member of an unverified one `Forbidden`.
pub async fn managed_cooperative(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<cooperative::Model, AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    if !is_verified(&coop) {
        return Err(AppError::Forbidden);
    }
    Ok(coop)
}

/// The product and its cooperative, if `user` is a member of that cooperative (else `NotFound`,
/// revealing nothing).
pub async fn of_member(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    product_id: Uuid,
) -> Result<(product::Model, cooperative::Model), AppError> {
    let product = product::Entity::find_by_id(product_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let coop = access::member_of(db, user, product.cooperative_id).await?;
    Ok((product, coop))
}

/// Like [`of_member`], and the cooperative must be verified to change anything.
async fn writable(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    product_id: Uuid,
) -> Result<(product::Model, cooperative::Model), AppError> {
    let (product, coop) = of_member(db, user, product_id).await?;
    if !is_verified(&coop) {
        return Err(AppError::Forbidden);
    }
    Ok((product, coop))
}

/// Keeps only the label ids that belong to the cooperative; any other id is a refused choice.
async fn check_labels(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    parsed: &ParsedProduct,
    form: &ProductForm,
) -> Result<(), AppError> {
    if parsed.labels.is_empty() {
        return Ok(());
    }
    let owned = cooperative_label::Entity::find()
        .filter(cooperative_label::Column::CooperativeId.eq(cooperative_id))
        .filter(cooperative_label::Column::Id.is_in(parsed.labels.clone()))
        .all(db)
        .await
        .map_err(db_error)?;
    if owned.len() != parsed.labels.len() {
        let mut errors = form.kept();
        errors.add("labels", InputError::ChoiceInvalid);
        return Err(errors.into());
    }
    Ok(())
}

/// A refused SKU (already used by another product of the cooperative).
fn sku_taken(form: &ProductForm) -> AppError {
    let mut errors = form.kept();
    errors.add("sku", FieldIssue::SkuTaken);
    errors.into()
}

/// Creates a draft product for a verified cooperative `user` belongs to.
pub async fn create(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &ProductForm,
) -> Result<product::Model, AppError> {
    managed_cooperative(db, user, cooperative_id).await?;
    let parsed = form.parse(&category_codes(db).await?)?;
    let txn = begin_write(db).await?;
    managed_cooperative(&txn, user, cooperative_id).await?;
    check_labels(&txn, cooperative_id, &parsed, form).await?;
    let model = insert(&txn, cooperative_id, &parsed, form).await?;
    audit::record(
        &txn,
        Some(user.id),
        "product.created",
        Some(model.id.to_string()),
        json!({ "cooperative": cooperative_id, "sku": model.sku }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(model)
}

/// Inserts a parsed product as a draft (no authorisation: callers check it).
pub async fn insert(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    parsed: &ParsedProduct,
    form: &ProductForm,
) -> Result<product::Model, AppError> {
    let id = Uuid::now_v7();
    let now = chrono::Utc::now();
    let suffix: String = id.simple().to_string().chars().rev().take(8).collect();
    let model = product::Model {
        id,
        cooperative_id,
        slug: rules::slug(
            &parsed.titles[1],
            &parsed.titles[2],
            &parsed.category,
            &suffix,
        ),
        sku: parsed.sku.clone(),
        category_code: parsed.category.clone(),
        price_centimes: parsed.price_centimes,
        currency: domain::money::CURRENCY.to_owned(),
        stock: parsed.stock,
        unit: parsed.quantity.unit.code().to_owned(),
        quantity_milli: parsed.quantity.milli,
        weight_grams: parsed.weight_grams,
        state: ProductState::Draft.code().to_owned(),
        hidden_reason: None,
        hidden_at: None,
        published_at: None,
        created_at: now,
        updated_at: now,
    };
    product::ActiveModel::from(model.clone())
        .insert(db)
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                sku_taken(form)
            } else {
                db_error(e)
            }
        })?;
    write_texts_and_labels(db, id, parsed).await?;
    Ok(model)
}

/// Replaces a product's texts and label links.
async fn write_texts_and_labels(
    db: &impl ConnectionTrait,
    product_id: Uuid,
    parsed: &ParsedProduct,
) -> Result<(), AppError> {
    product_translation::Entity::delete_many()
        .filter(product_translation::Column::ProductId.eq(product_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    for (i, locale) in ["ar", "fr", "en"].into_iter().enumerate() {
        let (title, description) = (&parsed.titles[i], &parsed.descriptions[i]);
        if title.is_empty() && description.is_empty() {
            continue;
        }
        product_translation::ActiveModel {
            product_id: Set(product_id),
            locale: Set(locale.to_owned()),
            title: Set(title.clone()),
            description: Set(description.clone()),
            description_html: Set(rich_text::render(description)),
        }
        .insert(db)
        .await
        .map_err(db_error)?;
    }
    product_label::Entity::delete_many()
        .filter(product_label::Column::ProductId.eq(product_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    for label_id in &parsed.labels {
        product_label::ActiveModel {
            product_id: Set(product_id),
            label_id: Set(*label_id),
        }
        .insert(db)
        .await
        .map_err(db_error)?;
    }
    Ok(())
}

/// Saves the form over an existing product. A published product that loses its title stays
/// valid only if it still could be published; otherwise the change is refused.
pub async fn update(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    form: &ProductForm,
) -> Result<(), AppError> {
    writable(db, user, product_id).await?;
    let parsed = form.parse(&category_codes(db).await?)?;
    let txn = begin_write(db).await?;
    let (existing, coop) = writable(&txn, user, product_id).await?;
    check_labels(&txn, coop.id, &parsed, form).await?;
    apply(&txn, existing, &parsed, form).await?;
    audit::record(
        &txn,
        Some(user.id),
        "product.updated",
        Some(product_id.to_string()),
        json!({ "sku": parsed.sku, "price": parsed.price_centimes, "stock": parsed.stock }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Writes a parsed form over `existing` (no authorisation: callers check it).
pub async fn apply(
    db: &impl ConnectionTrait,
    existing: product::Model,
    parsed: &ParsedProduct,
    form: &ProductForm,
) -> Result<(), AppError> {
    let id = existing.id;
    let mut active = product::ActiveModel::from(existing);
    active.sku = Set(parsed.sku.clone());
    active.category_code = Set(parsed.category.clone());
    active.price_centimes = Set(parsed.price_centimes);
    active.stock = Set(parsed.stock);
    active.unit = Set(parsed.quantity.unit.code().to_owned());
    active.quantity_milli = Set(parsed.quantity.milli);
    active.weight_grams = Set(parsed.weight_grams);
    active.updated_at = Set(chrono::Utc::now());
    active.update(db).await.map_err(|e| {
        if is_unique_violation(&e) {
            sku_taken(form)
        } else {
            db_error(e)
        }
    })?;
    write_texts_and_labels(db, id, parsed).await
}

/// What stands in the way of publishing `product` now.
pub async fn blockers(
    db: &impl ConnectionTrait,
    product: &product::Model,
    coop: &cooperative::Model,
) -> Result<Vec<domain::product::PublishBlocker>, AppError> {
    let has_title = product_translation::Entity::find()
        .filter(product_translation::Column::ProductId.eq(product.id))
        .all(db)
        .await
        .map_err(db_error)?
        .iter()
        .any(|t| !t.title.trim().is_empty());
    let photos = photos_of(db, product.id).await?.len();
    Ok(PublishFacts {
        cooperative_verified: is_verified(coop),
        has_title,
        price_centimes: product.price_centimes,
        photos,
    }
    .blockers())
}

/// Moves a product through its state machine (publish, unpublish, archive, restore).
pub async fn transition(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    event: ProductEvent,
) -> Result<ProductState, AppError> {
    let txn = begin_write(db).await?;
    let (product, coop) = writable(&txn, user, product_id).await?;
    let state = ProductState::from_code(&product.state).ok_or(AppError::Internal)?;
    let next = state.apply(event).map_err(|_| AppError::Conflict)?;
    if event == ProductEvent::Publish {
        let blockers = blockers(&txn, &product, &coop).await?;
        if !blockers.is_empty() {
            return Err(AppError::PublishBlocked(blockers));
        }
    }
    let now = chrono::Utc::now();
    let first_publication = product.published_at.is_none();
    let mut active = product::ActiveModel::from(product);
    active.state = Set(next.code().to_owned());
    if event == ProductEvent::Publish && first_publication {
        active.published_at = Set(Some(now));
    }
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        &format!("product.{}", event.code()),
        Some(product_id.to_string()),
        json!({ "from": state.code(), "to": next.code() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(next)
}

/// An admin hides a product from the public, with the reason its cooperative is shown; or shows
/// it again (`reason` `None`). Audit-logged.
pub async fn moderate(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    product_id: Uuid,
    reason: Option<&str>,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let reason = reason.map(super::parse_reason).transpose()?;
    let txn = begin_write(db).await?;
    let product = product::Entity::find_by_id(product_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let mut active = product::ActiveModel::from(product);
    let now = chrono::Utc::now();
    active.hidden_at = Set(reason.as_ref().map(|_| now));
    active.hidden_reason = Set(reason.clone());
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(admin.id),
        if reason.is_some() {
            "product.hidden"
        } else {
            "product.shown"
        },
        Some(product_id.to_string()),
        json!({ "reason": reason }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// A product's photos in display order.
pub async fn photos_of(
    db: &impl ConnectionTrait,
    product_id: Uuid,
) -> Result<Vec<product_photo::Model>, AppError> {
    product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.eq(product_id))
        .order_by_asc(product_photo::Column::Position)
        .order_by_asc(product_photo::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)
}

/// Alternative texts of a photo, as typed (Arabic, French, English).
fn parse_alts(alts: &[String; 3]) -> Result<[String; 3], AppError> {
    let mut errors = FieldErrors::default();
    for (i, field) in ["alt_ar", "alt_fr", "alt_en"].into_iter().enumerate() {
        errors = errors.keep(field, &alts[i]);
        if alts[i].trim().chars().count() > ALT_MAX {
            errors.add(field, InputError::TooLong);
        }
    }
    errors.into_result()?;
    Ok(alts.clone().map(|a| a.trim().to_owned()))
}

/// Adds a photo (processed by the media pipeline) at the end of a product's photos.
pub async fn add_photo(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    product_id: Uuid,
    bytes: bytes::Bytes,
    alts: &[String; 3],
) -> Result<(), AppError> {
    writable(db, user, product_id).await?;
    let alts = parse_alts(alts)?;
    let image = media::save_image(db, store, Some(user.id), "photo", bytes).await?;
    let txn = begin_write(db).await?;
    writable(&txn, user, product_id).await?;
    let photos = photos_of(&txn, product_id).await?;
    if photos.len() >= PHOTOS_MAX {
        let mut errors = FieldErrors::default();
        errors.add("photo", FieldIssue::TooManyPhotos);
        return Err(errors.into());
    }
    let position = photos.iter().map(|p| p.position + 1).max().unwrap_or(0);
    let [alt_ar, alt_fr, alt_en] = alts;
    let id = Uuid::now_v7();
    product_photo::ActiveModel {
        id: Set(id),
        product_id: Set(product_id),
        image_hash: Set(image.hash.clone()),
        position: Set(position),
        alt_ar: Set(alt_ar),
        alt_fr: Set(alt_fr),
        alt_en: Set(alt_en),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "product.photo_added",
        Some(product_id.to_string()),
        json!({ "photo": id, "image": image.hash }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// What to do with one photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoOp {
    /// One place earlier (the first photo is the one shown in grids).
    Earlier,
    /// One place later.
    Later,
    /// Removed from the product (the stored image stays, it may be shared).
    Remove,
    /// New alternative texts (Arabic, French, English).
    Describe([String; 3]),
}

/// Reorders, removes or describes a photo. A published product keeps at least one photo.
pub async fn change_photo(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    photo_id: Uuid,
    op: PhotoOp,
) -> Result<(), AppError> {
    let alts = match &op {
        PhotoOp::Describe(alts) => Some(parse_alts(alts)?),
        _ => None,
    };
    let txn = begin_write(db).await?;
    let (product, _) = writable(&txn, user, product_id).await?;
    let mut photos = photos_of(&txn, product_id).await?;
    let index = photos
        .iter()
        .position(|p| p.id == photo_id)
        .ok_or(AppError::NotFound)?;
    match op {
        PhotoOp::Earlier | PhotoOp::Later => {
            let other = match op {
                PhotoOp::Earlier => index.checked_sub(1),
                _ => Some(index + 1).filter(|i| *i < photos.len()),
            };
            if let Some(other) = other {
                photos.swap(index, other);
            }
            for (position, photo) in photos.into_iter().enumerate() {
                let position = i32::try_from(position).unwrap_or(i32::MAX);
                if photo.position != position {
                    let mut active = product_photo::ActiveModel::from(photo);
                    active.position = Set(position);
                    active.update(&txn).await.map_err(db_error)?;
                }
            }
        }
        PhotoOp::Remove => {
            if photos.len() == 1 && product.state == ProductState::Published.code() {
                return Err(AppError::PublishBlocked(vec![
                    domain::product::PublishBlocker::NoPhoto,
                ]));
            }
            product_photo::Entity::delete_by_id(photo_id)
                .exec(&txn)
                .await
                .map_err(db_error)?;
        }
        PhotoOp::Describe(_) => {
            let [alt_ar, alt_fr, alt_en] = alts.unwrap_or_default();
            let mut active = product_photo::ActiveModel::from(photos.swap_remove(index));
            active.alt_ar = Set(alt_ar);
            active.alt_fr = Set(alt_fr);
            active.alt_en = Set(alt_en);
            active.update(&txn).await.map_err(db_error)?;
        }
    }
    audit::record(
        &txn,
        Some(user.id),
        "product.photo_changed",
        Some(product_id.to_string()),
        json!({ "photo": photo_id }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The stored images of `photos`, by hash.
pub async fn images_of(
    db: &impl ConnectionTrait,
    hashes: impl IntoIterator<Item = String>,
) -> Result<HashMap<String, media_image::Model>, AppError> {
    let hashes: Vec<String> = hashes
        .into_iter()
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    if hashes.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(media_image::Entity::find()
        .filter(media_image::Column::Hash.is_in(hashes))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|m| (m.hash.clone(), m))
        .collect())
}

/// A photo as the editor shows it.
pub fn photo_dto(
    photo: &product_photo::Model,
    images: &HashMap<String, media_image::Model>,
    locale: Locale,
) -> Option<PhotoDto> {
    let alt = rules::pick(locale, [&photo.alt_ar, &photo.alt_fr, &photo.alt_en]).to_owned();
    Some(PhotoDto {
        id: photo.id.to_string(),
        image: photo_image(photo, images, alt)?,
        alt_ar: photo.alt_ar.clone(),
        alt_fr: photo.alt_fr.clone(),
        alt_en: photo.alt_en.clone(),
    })
}

/// A photo's image with `alt`.
pub fn photo_image(
    photo: &product_photo::Model,
    images: &HashMap<String, media_image::Model>,
    alt: String,
) -> Option<ImageDto> {
    media::to_dto(images.get(&photo.image_hash)?, alt)
}

/// A cooperative's products, newest first, for its members.
pub async fn of_cooperative(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<(cooperative::Model, Vec<product::Model>), AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    let products = product::Entity::find()
        .filter(product::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(product::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok((coop, products))
}

/// The texts of `products`, by product id.
pub async fn texts_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<product_translation::Model>>, AppError> {
    let mut out: HashMap<Uuid, Vec<product_translation::Model>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for text in product_translation::Entity::find()
        .filter(product_translation::Column::ProductId.is_in(ids.to_vec()))
        .all(db)
        .await
        .map_err(db_error)?
    {
        out.entry(text.product_id).or_default().push(text);
    }
    Ok(out)
}

/// The first photo of each of `products`, by product id.
pub async fn first_photos(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, product_photo::Model>, AppError> {
    let mut out: HashMap<Uuid, product_photo::Model> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for photo in product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.is_in(ids.to_vec()))
        .order_by_asc(product_photo::Column::Position)
        .order_by_asc(product_photo::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?
    {
        out.entry(photo.product_id).or_insert(photo);
    }
    Ok(out)
}

/// The title in `locale` (with the language it is really in) and the description's HTML and
/// language, following the fallback chain.
pub fn localised(
    texts: &[product_translation::Model],
    locale: Locale,
) -> (String, String, String, String) {
    let order: [&str; 3] = match locale {
        Locale::Ar => ["ar", "fr", "en"],
        Locale::Fr => ["fr", "ar", "en"],
        Locale::En => ["en", "fr", "ar"],
    };
    let first = |has: &dyn Fn(&product_translation::Model) -> bool| {
        order
            .iter()
            .find_map(|l| texts.iter().find(|t| t.locale == *l && has(t)))
    };
    let title = first(&|t| !t.title.trim().is_empty());
    let description = first(&|t| !t.description.trim().is_empty());
    (
        title.map(|t| t.title.clone()).unwrap_or_default(),
        title
            .map(|t| t.locale.clone())
            .unwrap_or_else(|| locale.tag().to_owned()),
        description
            .map(|t| t.description_html.clone())
            .unwrap_or_default(),
        description
            .map(|t| t.locale.clone())
            .unwrap_or_else(|| locale.tag().to_owned()),
    )
}

/// The ids of a product's labels.
pub async fn label_ids_of(
    db: &impl ConnectionTrait,
    product_id: Uuid,
) -> Result<Vec<Uuid>, AppError> {
    Ok(product_label::Entity::find()
        .filter(product_label::Column::ProductId.eq(product_id))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|l| l.label_id)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProductForm {
        ProductForm {
            sku: "arg-250".into(),
            category: "argan-culinary".into(),
            price: "150".into(),
            stock: "12".into(),
            unit: "ml".into(),
            quantity: "250".into(),
            weight: "400".into(),
            titles: ["زيت أركان".into(), String::new(), String::new()],
            descriptions: Default::default(),
            labels: vec![],
        }
    }

    fn codes() -> HashSet<String> {
        HashSet::from(["argan-culinary".to_owned()])
    }

    #[test]
    fn a_complete_form_parses() {
        let parsed = form().parse(&codes()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(parsed.sku, "ARG-250");
        assert_eq!(parsed.price_centimes, 15_000);
        assert_eq!(parsed.quantity.milli, 250_000);
    }

    #[test]
    fn every_problem_is_reported_with_the_values_kept() {
        let bad = ProductForm {
            sku: "a b".into(),
            category: "cars".into(),
            price: "0".into(),
            stock: "-2".into(),
            unit: "ton".into(),
            titles: Default::default(),
            ..form()
        };
        let Err(AppError::Invalid(errors)) = bad.parse(&codes()) else {
            panic!("should be refused")
        };
        let fields: Vec<&str> = errors.errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            ["sku", "category", "price", "stock", "unit", "title_ar"]
        );
        assert_eq!(errors.value("price"), Some("0"));
    }
}
