//! A product's photos: added through the media pipeline, reordered, described, removed; and the
//! reads that turn them into images for pages.

use super::writable;
use crate::services::{begin_write, db_error, media};
use crate::{
    audit,
    dto::{ImageDto, PhotoDto},
    entity::{media_image, product_photo},
    error::{AppError, FieldErrors, FieldIssue},
    media::MediaStore,
    user::CurrentUser,
};
use domain::{
    InputError, Locale,
    product::{self as rules, ProductState, PublishBlocker},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Longest alternative text of a photo, in characters.
pub const ALT_MAX: usize = 200;

/// Most photos a product may have.
pub const PHOTOS_MAX: usize = 8;

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
            if photos.len() == 1 && product.state == ProductState::Published {
                return Err(AppError::PublishBlocked(vec![PublishBlocker::NoPhoto]));
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
