//! The visual identity editor over the wire.

use crate::{dto::IdentityEditorDto, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// What the editor shows: the cooperative, its current identity and every version.
#[server(endpoint = "cooperatives/identity/editor")]
pub async fn identity_editor(cooperative_id: String) -> Result<IdentityEditorDto, AppError> {
    use crate::{dto::IdentityDto, ssr::AppState};
    use backend::services::identity;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    let coop = identity::editable(&state.db, &user, id).await?;
    let models = identity::versions(&state.db, &user, id).await?;
    let palette = identity::palette(&state.db, models.first()).await?;
    let mut versions: Vec<IdentityDto> = Vec::with_capacity(models.len());
    for model in models {
        versions.push(identity::to_dto(&state.db, model).await?);
    }
    Ok(IdentityEditorDto {
        cooperative_id: coop.id.to_string(),
        slug: coop.slug,
        name_ar: coop.name_ar,
        name_fr: coop.name_fr,
        verified: coop.state == domain::cooperative::CooperativeStatus::Verified,
        palette,
        current: versions.first().cloned(),
        versions,
    })
}

/// Saves a new version of the identity.
#[server(endpoint = "cooperatives/identity/save")]
pub async fn save_identity(
    cooperative_id: String,
    primary_colour: String,
    secondary_colour: String,
    tagline_ar: String,
    tagline_fr: String,
    tagline_en: String,
    story_ar: String,
    story_fr: String,
    story_en: String,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::identity;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    // Members only, before the form is checked: a stranger learns nothing.
    identity::editable(&state.db, &user, id).await?;
    let form = identity::IdentityForm {
        primary_colour,
        secondary_colour,
        tagline_ar,
        tagline_fr,
        tagline_en,
        story_ar,
        story_fr,
        story_en,
    };
    identity::save(&state.db, &user, id, &form).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/identity?saved=1"));
    Ok(())
}

/// Restores an earlier version (copied forward as the newest).
#[server(endpoint = "cooperatives/identity/restore")]
pub async fn restore_identity(cooperative_id: String, version: i32) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::identity;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    identity::restore(&state.db, &user, id, version).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/identity?saved=1"));
    Ok(())
}

/// Uploads a logo or banner (`slot`), making it part of a new identity version. Multipart, so it
/// lives under `/api/upload/`, where bodies may hold one image.
#[server(endpoint = "upload/identity/image", input = server_fn::codec::MultipartFormData)]
pub async fn upload_identity_image(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::identity::{self, ImageSlot};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let id = parse_id(&form.text("cooperative_id"))?;
    identity::editable(&state.db, &user, id).await?;
    let slot = match form.text("slot").as_str() {
        "logo" => ImageSlot::Logo,
        "banner" => ImageSlot::Banner,
        _ => return Err(AppError::BadRequest),
    };
    let Some(bytes) = form.file(slot.field()) else {
        let mut errors = crate::error::FieldErrors::default();
        errors.add(
            slot.field(),
            crate::error::FieldIssue::Media(domain::media::MediaError::Empty),
        );
        return Err(errors.into());
    };
    identity::set_image(&state.db, &state.media, &user, id, slot, bytes).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/identity?saved=1"));
    Ok(())
}
