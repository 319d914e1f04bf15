//! Recording processed images: one row per distinct upload, shared by every place that uses it.

use super::db_error;
use crate::{
    dto::ImageDto,
    entity::media_image,
    error::{AppError, FieldErrors, FieldIssue},
    media::{Encoded, ImageFailure, MediaStore, ProcessedImage, variant_url},
};
use bytes::Bytes;
use domain::{UserId, colour::Rgb};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::OnConflict,
};

/// A refused file as a field error of `field`.
pub fn refused(field: &str, failure: ImageFailure) -> AppError {
    match failure {
        ImageFailure::Refused(e) => {
            let mut errors = FieldErrors::default();
            errors.add(field, FieldIssue::Media(e));
            AppError::Invalid(errors)
        }
        ImageFailure::Internal => AppError::Internal,
    }
}

/// Processes, stores and records an uploaded image given in form field `field`; an identical
/// upload is recognised by its hash and not processed twice.
pub async fn save_image(
    db: &impl ConnectionTrait,
    store: &MediaStore,
    user: Option<UserId>,
    field: &str,
    bytes: Bytes,
) -> Result<media_image::Model, AppError> {
    let hash = crate::media::content_hash(&bytes);
    if let Some(existing) = find(db, &hash).await? {
        return Ok(existing);
    }
    let processed = store
        .process_image(bytes)
        .await
        .map_err(|e| refused(field, e))?;
    store.put_image(&processed).await?;
    let model = to_model(&processed, user);
    media_image::Entity::insert(media_image::ActiveModel::from(model.clone()).reset_all())
        .on_conflict(
            OnConflict::column(media_image::Column::Hash)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map_err(db_error)?;
    Ok(model)
}

fn to_model(image: &ProcessedImage, user: Option<UserId>) -> media_image::Model {
    media_image::Model {
        hash: image.hash.clone(),
        width: i32::try_from(image.width).unwrap_or(i32::MAX),
        height: i32::try_from(image.height).unwrap_or(i32::MAX),
        format: image.format.extension().to_owned(),
        variants: image
            .variants
            .iter()
            .map(|v| format!("{}x{}", v.width, v.height))
            .collect::<Vec<_>>()
            .join(","),
        palette: image
            .palette
            .iter()
            .map(Rgb::to_string)
            .collect::<Vec<_>>()
            .join(","),
        created_by: user.map(UserId::into_uuid),
        created_at: chrono::Utc::now(),
    }
}

/// The recorded image with this hash.
pub async fn find(
    db: &impl ConnectionTrait,
    hash: &str,
) -> Result<Option<media_image::Model>, AppError> {
    media_image::Entity::find()
        .filter(media_image::Column::Hash.eq(hash))
        .one(db)
        .await
        .map_err(db_error)
}

/// What a page needs to show the image: `src`, `srcset` and its intrinsic size.
pub fn to_dto(model: &media_image::Model, alt: String) -> Option<ImageDto> {
    let format = Encoded::from_extension(&model.format)?;
    let sizes: Vec<(u32, u32)> = model
        .variants
        .split(',')
        .filter_map(|v| {
            let (w, h) = v.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        })
        .collect();
    // The fallback `src`: the 640 px variant, else the largest there is.
    let &(width, height) = sizes
        .iter()
        .find(|(w, _)| *w >= 640)
        .or_else(|| sizes.last())?;
    Some(ImageDto {
        src: variant_url(&model.hash, width, format),
        srcset: sizes
            .iter()
            .map(|(w, _)| format!("{} {w}w", variant_url(&model.hash, *w, format)))
            .collect::<Vec<_>>()
            .join(", "),
        largest: sizes
            .last()
            .map(|(w, _)| variant_url(&model.hash, *w, format))
            .unwrap_or_default(),
        width,
        height,
        alt,
    })
}

/// The colours suggested from an image's palette.
pub fn palette(model: &media_image::Model) -> Vec<String> {
    model
        .palette
        .split(',')
        .filter(|c| Rgb::parse(c).is_ok())
        .map(str::to_owned)
        .collect()
}
