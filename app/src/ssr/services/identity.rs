//! A cooperative's visual identity: brand colours, tagline and story in three languages. Only the
//! cooperative's owners and managers edit it, only once it is verified; every save is a new
//! version, and an old version can be restored (copied forward as the newest).

use super::db_error;
use crate::{
    context::CurrentUser,
    error::{AppError, FieldErrors},
    ssr::{
        audit,
        entity::{cooperative, cooperative_identity as identity, cooperative_member},
    },
};
use domain::{InputError, colour::Rgb, cooperative::CooperativeState};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};
use serde_json::json;
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
    let member = cooperative_member::Entity::find_by_id((cooperative_id, user.id.into_uuid()))
        .one(db)
        .await
        .map_err(db_error)?;
    let coop = cooperative::Entity::find_by_id(cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?;
    match (member, coop) {
        (Some(_), Some(coop)) => Ok(coop),
        // Not a member: do not reveal whether the cooperative exists.
        _ => Err(AppError::NotFound),
    }
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
    let mut errors = FieldErrors::default();
    for (field, value) in [
        ("primary_colour", &form.primary_colour),
        ("secondary_colour", &form.secondary_colour),
        ("tagline_ar", &form.tagline_ar),
        ("tagline_fr", &form.tagline_fr),
        ("tagline_en", &form.tagline_en),
        ("story_ar", &form.story_ar),
        ("story_fr", &form.story_fr),
        ("story_en", &form.story_en),
    ] {
        errors = errors.keep(field, value);
    }
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
    let txn = db.begin().await.map_err(db_error)?;
    let coop = editable(&txn, user, cooperative_id).await?;
    if CooperativeState::from_parts(&coop.state, coop.state_reason.as_deref())
        != Some(CooperativeState::Verified)
    {
        return Err(AppError::Forbidden);
    }
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

async fn insert_version(db: &impl ConnectionTrait, model: identity::Model) -> Result<(), AppError> {
    // A fresh row: every field is written (reset_all marks them all as set).
    let active = identity::ActiveModel::from(model).reset_all();
    match identity::Entity::insert(active).exec(db).await {
        Ok(_) => Ok(()),
        // Someone saved at the same moment: they got this version number; ask to reload.
        Err(e) if super::is_unique_violation(&e) => Err(AppError::Conflict),
        Err(e) => Err(db_error(e)),
    }
}

/// Makes an old version current again by copying it forward as the newest version.
pub async fn restore(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    version: i32,
) -> Result<i32, AppError> {
    let txn = db.begin().await.map_err(db_error)?;
    let coop = editable(&txn, user, cooperative_id).await?;
    if coop.state != CooperativeState::Verified.code() {
        return Err(AppError::Forbidden);
    }
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
