//! A cooperative's team over the wire: members, invitations of managers, accepting one.

use crate::{
    dto::{InvitationPreviewDto, TeamDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// The team of a cooperative (its members only).
#[server(endpoint = "cooperatives/team")]
pub async fn team(cooperative_id: String) -> Result<TeamDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::invitations;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    invitations::team(&state.db, &user, parse_id(&cooperative_id)?).await
}

/// Invites a manager by e-mail (the owner only).
#[server(endpoint = "cooperatives/team/invite")]
pub async fn invite_manager(cooperative_id: String, email: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::invitations;
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    // Members only, before the address is checked.
    backend::services::access::member_of(&state.db, &user, id).await?;
    invitations::invite(
        &state.db,
        &user,
        id,
        &email,
        ctx.locale,
        &state.settings().public_url,
    )
    .await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/team?invited=1"));
    Ok(())
}

/// What an invitation link is about (anyone holding the link may see it).
#[server(endpoint = "invitations/preview")]
pub async fn invitation(token: String) -> Result<InvitationPreviewDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::invitations;
    let state = AppState::current()?;
    let (name_ar, name_fr, email) = invitations::preview(&state.db, &token).await?;
    Ok(InvitationPreviewDto {
        name_ar,
        name_fr,
        email,
    })
}

/// Accepts an invitation as the signed-in account.
#[server(endpoint = "invitations/accept")]
pub async fn accept_invitation(token: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::invitations;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    invitations::accept(&state.db, &user, &token).await?;
    leptos_axum::redirect("/cooperatives/mine?joined=1");
    Ok(())
}
