//! The expert programme over the wire: expert profiles and their verification, the request
//! board, a cooperative's requests, and every step of a request. Each form posts without
//! JavaScript and comes back to its page.

use crate::{
    dto::{
        CooperativeRequestsDto, ExpertProfileDto, ExpertPublicDto, ExpertQueueDto, RequestBoardDto,
        RequestPageDto,
    },
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

#[cfg(feature = "ssr")]
use crate::ssr::request::signed_in;

/// The signed-in user's expert profile, if they applied.
#[server(endpoint = "experts/mine")]
pub async fn my_expert_profile() -> Result<Option<ExpertProfileDto>, AppError> {
    use crate::ssr::AppState;
    use backend::services::experts;
    let user = signed_in()?;
    experts::mine(&AppState::current()?.db, &user).await
}

/// Applies as an expert, or updates the profile.
#[server(endpoint = "experts/save")]
pub async fn save_expert_profile(
    bio: String,
    skills: Option<Vec<String>>,
    languages: Option<Vec<String>>,
    regions: Option<Vec<String>>,
    remote: Option<String>,
    on_site: Option<String>,
    capacity: String,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::experts;
    let user = signed_in()?;
    let form = experts::ExpertForm {
        bio,
        skills: skills.unwrap_or_default(),
        languages: languages.unwrap_or_default(),
        regions: regions.unwrap_or_default(),
        remote: remote.is_some(),
        on_site: on_site.is_some(),
        capacity,
    };
    experts::apply(&AppState::current()?.db, &user, &form).await?;
    leptos_axum::redirect("/experts/apply?saved=1");
    Ok(())
}

/// Adds a portfolio image (multipart, under `/api/upload/`).
#[server(endpoint = "upload/experts/portfolio", input = server_fn::codec::MultipartFormData)]
pub async fn upload_portfolio_image(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::experts;
    let user = signed_in()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let Some(bytes) = form.file("image") else {
        let mut errors = crate::error::FieldErrors::default();
        errors.add(
            "image",
            crate::error::FieldIssue::Media(domain::media::MediaError::Empty),
        );
        return Err(errors.into());
    };
    experts::add_portfolio_image(&state.db, &state.media, &user, bytes).await?;
    leptos_axum::redirect("/experts/apply?saved=1");
    Ok(())
}

/// Removes a portfolio image.
#[server(endpoint = "experts/portfolio/remove")]
pub async fn remove_portfolio_image(hash: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::experts;
    let user = signed_in()?;
    experts::remove_portfolio_image(&AppState::current()?.db, &user, hash.trim()).await?;
    leptos_axum::redirect("/experts/apply?saved=1");
    Ok(())
}

/// The admin page of experts: applications in `state` (pending by default) and the report.
#[server(endpoint = "admin/experts")]
pub async fn expert_queue(state: Option<String>) -> Result<ExpertQueueDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::{experts, requests};
    use domain::expert::ExpertState;
    let user = signed_in()?;
    let db = &AppState::current()?.db;
    let state = state
        .as_deref()
        .and_then(ExpertState::from_code)
        .unwrap_or(ExpertState::Pending);
    Ok(ExpertQueueDto {
        experts: experts::queue(db, &user, state).await?,
        report: requests::report(db, &user).await?,
    })
}

/// An admin verifies (`verify`) or rejects (`reject`, with a reason) an expert.
#[server(endpoint = "admin/experts/decide")]
pub async fn decide_expert(
    expert_id: String,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::experts;
    use domain::expert::ExpertEvent;
    let user = signed_in()?;
    user.require(domain::Role::Admin)?;
    let state = AppState::current()?;
    let event = match decision.as_str() {
        "verify" => ExpertEvent::Verify,
        "reject" => ExpertEvent::Reject,
        _ => return Err(AppError::BadRequest),
    };
    experts::decide(
        &state.db,
        &state.settings(),
        &user,
        parse_id(&expert_id)?,
        event,
        reason.as_deref().unwrap_or_default(),
    )
    .await?;
    leptos_axum::redirect("/admin/experts?decided=1");
    Ok(())
}

/// A verified expert's public profile and impact.
#[server(endpoint = "experts/public")]
pub async fn expert_public(id: String) -> Result<ExpertPublicDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    requests::public_profile(&AppState::current()?.db, parse_id(&id)?).await
}

/// The request board of the signed-in user, filtered.
#[server(endpoint = "requests/board")]
pub async fn request_board(
    skill: Option<String>,
    region: Option<String>,
    on_site: Option<String>,
) -> Result<RequestBoardDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    // Unknown filter values are ignored, never an error page.
    let filter = requests::BoardFilter {
        skill: skill.as_deref().and_then(domain::expert::Skill::from_code),
        region: region.as_deref().and_then(domain::geo::Region::from_code),
        on_site: match on_site.as_deref() {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        },
    };
    requests::board(&AppState::current()?.db, &user, &filter).await
}

/// A cooperative's requests, for its members.
#[server(endpoint = "cooperatives/requests")]
pub async fn cooperative_requests(
    cooperative_id: String,
) -> Result<CooperativeRequestsDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    requests::of_cooperative(
        &state.db,
        &state.settings(),
        &user,
        parse_id(&cooperative_id)?,
    )
    .await
}

/// Posts a request for help, then shows it.
#[server(endpoint = "requests/post")]
pub async fn post_request(
    cooperative_id: String,
    skill: String,
    title: String,
    description: String,
    languages: Option<Vec<String>>,
    on_site: Option<String>,
    deadline: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let cooperative_id = parse_id(&cooperative_id)?;
    // Members only, before the form is checked.
    backend::services::access::member_of(&state.db, &user, cooperative_id).await?;
    let form = requests::RequestForm {
        skill,
        title,
        description,
        languages: languages.unwrap_or_default(),
        on_site: on_site.is_some(),
        deadline: deadline.unwrap_or_default(),
    };
    let id = requests::post(&state.db, &state.settings(), &user, cooperative_id, &form).await?;
    leptos_axum::redirect(&format!("/requests/{id}?posted=1"));
    Ok(())
}

/// What the page of one request shows to the signed-in user.
#[server(endpoint = "requests/page")]
pub async fn request_page(id: String) -> Result<RequestPageDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    requests::page(&AppState::current()?.db, &user, parse_id(&id)?).await
}

/// One step without further input: `claim`, `release` (expert), `accept` (the claim), `cancel`,
/// `complete` (cooperative), `undo` (undo an applied identity).
#[server(endpoint = "requests/act")]
pub async fn act_on_request(id: String, action: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    // Claiming is for experts the request is open to; every other action is for its parties.
    if action != "claim" {
        requests::ensure_side(&state.db, &user, id, &["cooperative", "expert", "admin"]).await?;
    }
    let to = match action.as_str() {
        "claim" => {
            requests::claim(&state.db, &state.settings(), &user, id).await?;
            format!("/requests/{id}?done=claim")
        }
        "release" => {
            requests::release(&state.db, &user, id).await?;
            "/requests?done=release".to_owned()
        }
        "accept" => {
            requests::accept_claim(&state.db, &state.settings(), &user, id).await?;
            format!("/requests/{id}?done=accept")
        }
        "cancel" => {
            let coop = requests::cancel(&state.db, &user, id).await?;
            format!("/cooperatives/{coop}/requests?done=cancel")
        }
        "complete" => {
            requests::complete(&state.db, &state.settings(), &user, id).await?;
            format!("/requests/{id}?done=complete")
        }
        "undo" => {
            requests::undo_apply(&state.db, &user, id).await?;
            format!("/requests/{id}?done=undo")
        }
        _ => return Err(AppError::BadRequest),
    };
    leptos_axum::redirect(&to);
    Ok(())
}

/// Adds a message to a request's thread.
#[server(endpoint = "requests/message")]
pub async fn post_request_message(id: String, body: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::ensure_side(&state.db, &user, id, &["cooperative", "expert"]).await?;
    requests::post_message(&state.db, &state.settings(), &user, id, &body).await?;
    leptos_axum::redirect(&format!("/requests/{id}#thread"));
    Ok(())
}

/// The cooperative declines the holding expert's claim, or ends the engagement, with a reason
/// the expert reads; the request is open again.
#[server(endpoint = "requests/dismiss")]
pub async fn dismiss_expert(id: String, reason: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::ensure_side(&state.db, &user, id, &["cooperative"]).await?;
    requests::dismiss(&state.db, &state.settings(), &user, id, &reason).await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=dismiss"));
    Ok(())
}

/// The cooperative asks for changes to delivered work.
#[server(endpoint = "requests/changes")]
pub async fn ask_for_changes(id: String, body: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::ensure_side(&state.db, &user, id, &["cooperative"]).await?;
    requests::request_changes(&state.db, &state.settings(), &user, id, &body).await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=changes"));
    Ok(())
}

/// The holding expert hands in work: an image (the logo, for a visual identity), a note and
/// colours. Multipart, under `/api/upload/`.
#[server(endpoint = "upload/requests/deliver", input = server_fn::codec::MultipartFormData)]
pub async fn deliver_work(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let id = parse_id(&form.text("id"))?;
    let delivery = requests::DeliveryForm {
        note: form.text("note"),
        primary_colour: form.text("primary_colour"),
        secondary_colour: form.text("secondary_colour"),
    };
    requests::deliver(
        &state.db,
        &state.media,
        &state.settings(),
        &user,
        id,
        &delivery,
        form.file("image"),
    )
    .await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=deliver"));
    Ok(())
}

/// The cooperative makes a delivered logo and palette its storefront's identity.
#[server(endpoint = "requests/apply")]
pub async fn apply_deliverable(id: String, deliverable_id: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::apply_deliverable(&state.db, &user, id, parse_id(&deliverable_id)?).await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=apply"));
    Ok(())
}

/// One side rates the other after completion.
#[server(endpoint = "requests/rate")]
pub async fn rate_request(
    id: String,
    rating: Option<String>,
    body: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::ensure_side(&state.db, &user, id, &["cooperative", "expert"]).await?;
    requests::rate(
        &state.db,
        &user,
        id,
        rating.as_deref().unwrap_or_default(),
        body.as_deref().unwrap_or_default(),
    )
    .await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=rate"));
    Ok(())
}

/// The holding expert logs hours.
#[server(endpoint = "requests/hours")]
pub async fn log_request_hours(id: String, hours: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::ensure_side(&state.db, &user, id, &["expert"]).await?;
    requests::log_hours(&state.db, &user, id, &hours).await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=hours"));
    Ok(())
}

/// The cooperative invites a suggested expert to claim its request.
#[server(endpoint = "requests/invite")]
pub async fn invite_expert(id: String, expert_id: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::requests;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    requests::invite(
        &state.db,
        &state.settings(),
        &user,
        id,
        parse_id(&expert_id)?,
    )
    .await?;
    leptos_axum::redirect(&format!("/requests/{id}?done=invite"));
    Ok(())
}
