//! The visual identity editor over the wire.

use crate::{dto::IdentityEditorDto, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, AppError> {
    uuid::Uuid::parse_str(id).map_err(|_| AppError::NotFound)
}

/// What the editor shows: the cooperative, its current identity and every version.
#[server(endpoint = "cooperatives/identity/editor")]
pub async fn identity_editor(cooperative_id: String) -> Result<IdentityEditorDto, AppError> {
    use crate::{
        dto::IdentityDto,
        ssr::{AppState, request::request_ctx, services::identity},
    };
    let user = request_ctx()?.user.ok_or(AppError::Unauthorized)?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    let coop = identity::editable(&state.db, &user, id).await?;
    let versions: Vec<IdentityDto> = identity::versions(&state.db, &user, id)
        .await?
        .into_iter()
        .map(IdentityDto::from)
        .collect();
    Ok(IdentityEditorDto {
        cooperative_id: coop.id.to_string(),
        slug: coop.slug,
        name_ar: coop.name_ar,
        name_fr: coop.name_fr,
        verified: coop.state == "verified",
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
    use crate::ssr::{AppState, request::request_ctx, services::identity};
    let user = request_ctx()?.user.ok_or(AppError::Unauthorized)?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
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
    use crate::ssr::{AppState, request::request_ctx, services::identity};
    let user = request_ctx()?.user.ok_or(AppError::Unauthorized)?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    identity::restore(&state.db, &user, id, version).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/identity?saved=1"));
    Ok(())
}
