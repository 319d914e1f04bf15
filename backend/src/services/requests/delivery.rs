//! The expert hands in work; the cooperative asks for changes or completes the request, and may
//! apply a visual-identity deliverable to its storefront (undoably).

use super::{cooperative_step, find, holds, move_state, notify::notify_cooperative};
use crate::services::access;
use crate::{
    audit,
    entity::{cooperative_identity, deliverable, request},
    error::{AppError, FieldErrors},
    media::MediaStore,
    services::{begin_write, db_error, identity, media},
    state::AppSettings,
    user::CurrentUser,
};
use domain::expert::{RequestEvent, RequestState, Skill, TEXT_MAX, form::Delivery, parse_text};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

pub use domain::expert::form::DeliveryForm;

/// The holding expert hands in work: a note and optionally an image; for a visual identity, the
/// logo image and the two brand colours are required. The request becomes delivered.
pub async fn deliver(
    db: &DatabaseConnection,
    store: &MediaStore,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    form: &DeliveryForm,
    image: Option<bytes::Bytes>,
) -> Result<(), AppError> {
    let r = find(db, request_id).await?;
    if !holds(user, &r) {
        return Err(AppError::NotFound);
    }
    let identity = Skill::from_code(&r.skill).is_some_and(Skill::is_identity);
    let mut errors = FieldErrors::default().keep_all(&[
        ("note", &form.note),
        ("primary_colour", &form.primary_colour),
        ("secondary_colour", &form.secondary_colour),
    ]);
    let parsed = form.parse(identity);
    if let Err(problems) = &parsed {
        errors = errors.with(problems);
    }
    if identity && image.is_none() {
        errors.add(
            "image",
            crate::error::FieldIssue::Media(domain::media::MediaError::Empty),
        );
    }
    errors.clone().into_result()?;
    let Ok(Delivery {
        note,
        primary_colour,
        secondary_colour,
    }) = parsed
    else {
        return Err(errors.into());
    };
    // The state is checked before the file work and again in the transaction.
    r.state
        .apply(RequestEvent::Deliver)
        .map_err(|_| AppError::Conflict)?;
    let handed_in = match image {
        Some(bytes) => Some(hand_in(db, store, user, identity, bytes).await?),
        None => None,
    };
    let stored = handed_in.as_ref().and_then(|h| h.shown.clone());
    let original = handed_in.and_then(|h| h.original);
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    if !holds(user, &r) {
        return Err(AppError::NotFound);
    }
    let now = chrono::Utc::now();
    move_state(&txn, &r, RequestEvent::Deliver).await?;
    let hash = stored.as_ref().map(|s| s.hash.clone());
    deliverable::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(r.id),
        expert_id: Set(user.id.into_uuid()),
        note: Set(note),
        image_keys: Set(hash.clone().unwrap_or_default()),
        logo_key: Set(if identity { hash.clone() } else { None }),
        primary_colour: Set(primary_colour.map(|c| c.to_string())),
        secondary_colour: Set(secondary_colour.map(|c| c.to_string())),
        created_at: Set(now),
        original_key: Set(original.as_ref().map(|(key, _)| key.clone())),
        original_type: Set(original.map(|(_, mime)| mime.to_owned())),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.delivered",
        Some(r.id.to_string()),
        json!({ "image": hash }),
    )
    .await?;
    notify_cooperative(
        &txn,
        settings,
        &r,
        "mail-request-delivered",
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// A file handed in, as stored: the image pages show (if any) and the original kept privately
/// (key and type) when it is not that image.
struct HandedIn {
    shown: Option<crate::entity::media_image::Model>,
    original: Option<(String, &'static str)>,
}

/// Stores a handed-in file: an image through the image pipeline; an SVG checked (no scripts,
/// entities, outside references, live text or huge canvas), drawn to a PNG that pages show, and
/// kept as it is for print; a PDF (print-ready files) kept privately, for a request other than a
/// visual identity's (whose logo the storefront needs as an image). A refused file is a field
/// error on `image`, with nothing stored.
async fn hand_in(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    identity: bool,
    bytes: bytes::Bytes,
) -> Result<HandedIn, AppError> {
    let refused = |e: domain::media::MediaError| {
        let mut errors = FieldErrors::default();
        errors.add("image", crate::error::FieldIssue::Media(e));
        AppError::from(errors)
    };
    let private_key = |extension: &str| {
        format!(
            "deliverables/{}-{}.{extension}",
            user.id.into_uuid(),
            Uuid::now_v7().simple()
        )
    };
    if crate::vector::looks_like_svg(&bytes) {
        let svg = bytes.clone();
        let png = tokio::task::spawn_blocking(move || crate::vector::rasterise(&svg))
            .await
            .map_err(|_| AppError::Internal)?
            .map_err(refused)?;
        let shown = media::save_image(db, store, Some(user.id), "image", png.into()).await?;
        let key = store.put_private(&private_key("svg"), bytes).await?;
        return Ok(HandedIn {
            shown: Some(shown),
            original: Some((key, "image/svg+xml")),
        });
    }
    if domain::media::FileKind::sniff(&bytes) == Some(domain::media::FileKind::Pdf) {
        if identity {
            return Err(refused(domain::media::MediaError::UnsupportedType));
        }
        domain::media::check_upload(&bytes, true).map_err(refused)?;
        let key = store.put_private(&private_key("pdf"), bytes).await?;
        return Ok(HandedIn {
            shown: None,
            original: Some((key, "application/pdf")),
        });
    }
    let shown = media::save_image(db, store, Some(user.id), "image", bytes).await?;
    Ok(HandedIn {
        shown: Some(shown),
        original: None,
    })
}

/// The original file of a deliverable (an SVG logo, a print-ready PDF), for the request's
/// cooperative, the expert who handed it in, and admins; `NotFound` for anyone else or a
/// deliverable without one.
pub async fn original(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    deliverable_id: Uuid,
) -> Result<(bytes::Bytes, String, String), AppError> {
    let d = deliverable::Entity::find_by_id(deliverable_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let r = find(db, d.request_id).await?;
    let allowed = d.expert_id == user.id.into_uuid()
        || access::member_or_admin(db, user, r.cooperative_id)
            .await
            .is_ok();
    let (true, Some(key), Some(mime)) = (allowed, d.original_key, d.original_type) else {
        return Err(AppError::NotFound);
    };
    let bytes = store.get(&key).await?.ok_or(AppError::NotFound)?;
    let extension = key.rsplit('.').next().unwrap_or("bin").to_owned();
    Ok((bytes, mime, extension))
}

/// The cooperative asks for changes to delivered work, saying which (added to the thread).
pub async fn request_changes(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    message: &str,
) -> Result<(), AppError> {
    let body = parse_text(message, TEXT_MAX, true).map_err(|e| {
        let mut errors = FieldErrors::default();
        errors.add("body", e);
        AppError::from(errors)
    })?;
    cooperative_step(
        db,
        settings,
        user,
        request_id,
        RequestEvent::RequestChanges,
        Some(&body),
    )
    .await
}

/// The cooperative accepts the delivered work.
pub async fn complete(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<(), AppError> {
    cooperative_step(db, settings, user, request_id, RequestEvent::Complete, None).await
}

/// Makes a visual-identity deliverable (logo and palette) the cooperative's current identity, as
/// a new version; the version current before is remembered so the change can be undone.
/// Returns the cooperative's storefront slug.
pub async fn apply_deliverable(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
    deliverable_id: Uuid,
) -> Result<String, AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    let coop = access::member_of(&txn, user, r.cooperative_id).await?;
    if !matches!(r.state, RequestState::Delivered | RequestState::Completed) {
        return Err(AppError::Conflict);
    }
    let d = deliverable::Entity::find_by_id(deliverable_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .filter(|d| d.request_id == r.id)
        .ok_or(AppError::NotFound)?;
    let (Some(logo), Some(primary), Some(secondary)) = (
        d.logo_key.clone(),
        d.primary_colour.clone(),
        d.secondary_colour.clone(),
    ) else {
        return Err(AppError::BadRequest);
    };
    let previous = identity::current(&txn, r.cooperative_id).await?;
    let before = previous.as_ref().map(|p| p.version);
    let now = chrono::Utc::now();
    let version = before.unwrap_or(0) + 1;
    let base = previous.unwrap_or_else(|| identity::blank(r.cooperative_id, now));
    identity::insert_version(
        &txn,
        cooperative_identity::Model {
            id: Uuid::now_v7(),
            version,
            logo_key: Some(logo),
            primary_colour: primary,
            secondary_colour: secondary,
            created_by: Some(user.id.into_uuid()),
            created_at: now,
            updated_at: now,
            ..base
        },
    )
    .await?;
    request::Entity::update_many()
        .col_expr(
            request::Column::IdentityBeforeVersion,
            Expr::value(r.identity_before_version.or(before)),
        )
        .col_expr(
            request::Column::IdentityAppliedVersion,
            Expr::value(version),
        )
        .col_expr(request::Column::AppliedAt, Expr::value(now))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.identity_applied",
        Some(r.id.to_string()),
        json!({ "deliverable": deliverable_id, "version": version, "before": before }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(coop.slug)
}

/// Undoes [`apply_deliverable`]: the identity current before it becomes current again (copied
/// forward as a new version; nothing is lost).
pub async fn undo_apply(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<String, AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    let coop = access::member_of(&txn, user, r.cooperative_id).await?;
    if r.identity_applied_version.is_none() {
        return Err(AppError::Conflict);
    }
    let now = chrono::Utc::now();
    let newest = identity::current(&txn, r.cooperative_id)
        .await?
        .map_or(0, |c| c.version);
    let old = match r.identity_before_version {
        Some(v) => cooperative_identity::Entity::find()
            .filter(cooperative_identity::Column::CooperativeId.eq(r.cooperative_id))
            .filter(cooperative_identity::Column::Version.eq(v))
            .one(&txn)
            .await
            .map_err(db_error)?
            .ok_or(AppError::NotFound)?,
        None => identity::blank(r.cooperative_id, now),
    };
    identity::insert_version(
        &txn,
        cooperative_identity::Model {
            id: Uuid::now_v7(),
            version: newest + 1,
            created_by: Some(user.id.into_uuid()),
            created_at: now,
            updated_at: now,
            ..old
        },
    )
    .await?;
    request::Entity::update_many()
        .col_expr(
            request::Column::IdentityAppliedVersion,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            request::Column::AppliedAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.identity_undone",
        Some(r.id.to_string()),
        json!({ "version": newest + 1, "restored": r.identity_before_version }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(coop.slug)
}
