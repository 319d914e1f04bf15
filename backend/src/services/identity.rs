//! A cooperative's visual identity: brand colours, tagline and story in three languages. Only the
//! cooperative's owners and managers edit it, only once it is verified; every save is a new
//! version, and an old version can be restored (copied forward as the newest).

use super::access;
use super::{db_error, media};
use crate::{
    audit,
    dto::IdentityDto,
    entity::{cooperative, cooperative_identity as identity, media_image},
    error::{AppError, FieldErrors},
    media::MediaStore,
    user::CurrentUser,
};
use domain::{InputError, colour::Rgb, cooperative::CooperativeStatus};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// Default colours before a cooperative picks its own (Taawon's green and saffron).
pub const DEFAULT_PRIMARY: &str = "#0f5132";
/// See [`DEFAULT_PRIMARY`].
pub const DEFAULT_SECONDARY: &str = "#f8d66d";
/// Longest tagline, in characters.
pub const TAGLINE_MAX: usize = 120;
/// Longest story, in characters.
pub const STORY_MAX: usize = 2000;

/// The identity form, as typed.
#[derive(Debug, Clone, Default)]
pub struct IdentityForm {
    pub primary_colour: String,
    pub secondary_colour: String,
    pub tagline_ar: String,
    pub tagline_fr: String,
    pub tagline_en: String,
    pub story_ar: String,
    pub story_fr: String,
    pub story_en: String,
}

/// The cooperative, if `user` is one of its owners or managers (admins are not editors).
pub async fn editable(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<cooperative::Model, AppError> {
    // Not a member: do not reveal whether the cooperative exists.
    access::member_of(db, user, cooperative_id).await
}

/// The cooperative, if `user` edits it and it is verified (only verified cooperatives brand).
async fn editable_verified(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<cooperative::Model, AppError> {
    let coop = editable(db, user, cooperative_id).await?;
    if coop.state != CooperativeStatus::Verified {
        return Err(AppError::Forbidden);
    }
    Ok(coop)
}

/// Which image of the identity an upload replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageSlot {
    /// The logo (square-ish, may be transparent).
    Logo,
    /// The wide banner at the top of the storefront.
    Banner,
}

impl ImageSlot {
    /// The form field the file comes in.
    pub fn field(self) -> &'static str {
        match self {
            ImageSlot::Logo => "logo",
            ImageSlot::Banner => "banner",
        }
    }
}

/// Stores an uploaded logo or banner and makes it part of a new identity version (the previous
/// version keeps the old image, so restoring brings it back).
pub async fn set_image(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    cooperative_id: Uuid,
    slot: ImageSlot,
    bytes: bytes::Bytes,
) -> Result<i32, AppError> {
    // Authorise before spending time on the image.
    editable_verified(db, user, cooperative_id).await?;
    let image = media::save_image(db, store, Some(user.id), slot.field(), bytes).await?;
    let txn = super::begin_write(db).await?;
    editable_verified(&txn, user, cooperative_id).await?;
    let previous = current(&txn, cooperative_id).await?;
    let now = chrono::Utc::now();
    let mut next = previous
        .clone()
        .unwrap_or_else(|| blank(cooperative_id, now));
    next.id = Uuid::now_v7();
    next.version += 1;
    next.created_by = Some(user.id.into_uuid());
    next.created_at = now;
    next.updated_at = now;
    match slot {
        ImageSlot::Logo => next.logo_key = Some(image.hash.clone()),
        ImageSlot::Banner => next.banner_key = Some(image.hash.clone()),
    }
    let version = next.version;
    insert_version(&txn, next).await?;
    audit::record(
        &txn,
        Some(user.id),
        match slot {
            ImageSlot::Logo => "identity.logo_set",
            ImageSlot::Banner => "identity.banner_set",
        },
        Some(cooperative_id.to_string()),
        json!({ "version": version, "image": image.hash }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(version)
}

/// Version 0 of an identity: the default colours and nothing else (the base of a first version).
pub fn blank(cooperative_id: Uuid, now: chrono::DateTime<chrono::Utc>) -> identity::Model {
    identity::Model {
        id: Uuid::now_v7(),
        cooperative_id,
        version: 0,
        primary_colour: DEFAULT_PRIMARY.to_owned(),
        secondary_colour: DEFAULT_SECONDARY.to_owned(),
        tagline_ar: String::new(),
        tagline_fr: String::new(),
        tagline_en: String::new(),
        story_ar: String::new(),
        story_fr: String::new(),
        story_en: String::new(),
        logo_key: None,
        banner_key: None,
        created_by: None,
        created_at: now,
        updated_at: now,
    }
}

/// An identity version with its images resolved for display.
pub async fn to_dto(
    db: &impl ConnectionTrait,
    model: identity::Model,
) -> Result<IdentityDto, AppError> {
    let logo = image_of(db, model.logo_key.as_deref()).await?;
    let banner = image_of(db, model.banner_key.as_deref()).await?;
    let mut dto = IdentityDto::from(model);
    dto.logo = logo.as_ref().and_then(|m| media::to_dto(m, String::new()));
    dto.banner = banner
        .as_ref()
        .and_then(|m| media::to_dto(m, String::new()));
    Ok(dto)
}

async fn image_of(
    db: &impl ConnectionTrait,
    hash: Option<&str>,
) -> Result<Option<media_image::Model>, AppError> {
    match hash {
        Some(hash) => media::find(db, hash).await,
        None => Ok(None),
    }
}

/// Colours suggested from the current logo (empty until there is a logo).
pub async fn palette(
    db: &impl ConnectionTrait,
    current: Option<&identity::Model>,
) -> Result<Vec<String>, AppError> {
    Ok(image_of(db, current.and_then(|c| c.logo_key.as_deref()))
        .await?
        .map(|m| media::palette(&m))
        .unwrap_or_default())
}

/// The current identity, if one was ever saved.
pub async fn current(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
) -> Result<Option<identity::Model>, AppError> {
    identity::Entity::find()
        .filter(identity::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(identity::Column::Version)
        .one(db)
        .await
        .map_err(db_error)
}

/// The current identity of each of these cooperatives that has one, in one query.
pub async fn current_of_each(
    db: &impl ConnectionTrait,
    cooperative_ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, identity::Model>, AppError> {
    let ids: Vec<Uuid> = cooperative_ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut current: HashMap<Uuid, identity::Model> = HashMap::new();
    for version in identity::Entity::find()
        .filter(identity::Column::CooperativeId.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
    {
        match current.get(&version.cooperative_id) {
            Some(kept) if kept.version >= version.version => {}
            _ => {
                current.insert(version.cooperative_id, version);
            }
        }
    }
    Ok(current)
}

/// All versions, newest first.
pub async fn versions(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<Vec<identity::Model>, AppError> {
    editable(db, user, cooperative_id).await?;
    identity::Entity::find()
        .filter(identity::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(identity::Column::Version)
        .all(db)
        .await
        .map_err(db_error)
}

fn text(errors: &mut FieldErrors, field: &str, raw: &str, max: usize) -> String {
    let value: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    if value.chars().count() > max {
        errors.add(field, InputError::TooLong);
    }
    value
}

/// Saves a new version of the identity.
pub async fn save(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &IdentityForm,
) -> Result<i32, AppError> {
    let mut errors = FieldErrors::default().keep_all(&[
        ("primary_colour", &form.primary_colour),
        ("secondary_colour", &form.secondary_colour),
        ("tagline_ar", &form.tagline_ar),
        ("tagline_fr", &form.tagline_fr),
        ("tagline_en", &form.tagline_en),
        ("story_ar", &form.story_ar),
        ("story_fr", &form.story_fr),
        ("story_en", &form.story_en),
    ]);
    let primary = Rgb::parse(&form.primary_colour)
        .map_err(|_| errors.add("primary_colour", InputError::ColourInvalid))
        .ok();
    let secondary = Rgb::parse(&form.secondary_colour)
        .map_err(|_| errors.add("secondary_colour", InputError::ColourInvalid))
        .ok();
    let taglines = [
        text(&mut errors, "tagline_ar", &form.tagline_ar, TAGLINE_MAX),
        text(&mut errors, "tagline_fr", &form.tagline_fr, TAGLINE_MAX),
        text(&mut errors, "tagline_en", &form.tagline_en, TAGLINE_MAX),
    ];
    let stories = [
        text(&mut errors, "story_ar", &form.story_ar, STORY_MAX),
        text(&mut errors, "story_fr", &form.story_fr, STORY_MAX),
        text(&mut errors, "story_en", &form.story_en, STORY_MAX),
    ];
    let (Some(primary), Some(secondary)) = (primary, secondary) else {
        return Err(errors.into());
    };
    errors.into_result()?;
    let txn = super::begin_write(db).await?;
    editable_verified(&txn, user, cooperative_id).await?;
    let previous = current(&txn, cooperative_id).await?;
    let version = previous.as_ref().map_or(1, |p| p.version + 1);
    let [tagline_ar, tagline_fr, tagline_en] = taglines;
    let [story_ar, story_fr, story_en] = stories;
    insert_version(
        &txn,
        identity::Model {
            id: Uuid::now_v7(),
            cooperative_id,
            version,
            primary_colour: primary.to_string(),
            secondary_colour: secondary.to_string(),
            tagline_ar,
            tagline_fr,
            tagline_en,
            story_ar,
            story_fr,
            story_en,
            logo_key: previous.as_ref().and_then(|p| p.logo_key.clone()),
            banner_key: previous.as_ref().and_then(|p| p.banner_key.clone()),
            created_by: Some(user.id.into_uuid()),
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        },
    )
    .await?;
    audit::record(
        &txn,
        Some(user.id),
        "identity.saved",
        Some(cooperative_id.to_string()),
        json!({ "version": version }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(version)
}

/// Inserts a new version row; a version number taken meanwhile is a [`AppError::Conflict`].
pub async fn insert_version(
    db: &impl ConnectionTrait,
    model: identity::Model,
) -> Result<(), AppError> {
    // A fresh row: every field is written (reset_all marks them all as set).
    let active = identity::ActiveModel::from(model).reset_all();
    // Someone saved at the same moment: they got this version number; ask to reload.
    identity::Entity::insert(active)
        .exec(db)
        .await
        .map_err(super::conflict_on_duplicate)?;
    Ok(())
}

/// Makes an old version current again by copying it forward as the newest version.
pub async fn restore(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    version: i32,
) -> Result<i32, AppError> {
    let txn = super::begin_write(db).await?;
    editable_verified(&txn, user, cooperative_id).await?;
    let old = identity::Entity::find()
        .filter(identity::Column::CooperativeId.eq(cooperative_id))
        .filter(identity::Column::Version.eq(version))
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let newest = current(&txn, cooperative_id)
        .await?
        .map_or(0, |c| c.version);
    let now = chrono::Utc::now();
    let restored = identity::Model {
        id: Uuid::now_v7(),
        version: newest + 1,
        created_by: Some(user.id.into_uuid()),
        created_at: now,
        updated_at: now,
        ..old
    };
    insert_version(&txn, restored).await?;
    audit::record(
        &txn,
        Some(user.id),
        "identity.restored",
        Some(cooperative_id.to_string()),
        json!({ "from_version": version, "version": newest + 1 }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(newest + 1)
}
