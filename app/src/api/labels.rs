//! Quality labels over the wire: a cooperative declares them, admins verify them.

use crate::{
    dto::{LabelQueueItemDto, LabelsDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// A cooperative's labels, for its members.
#[server(endpoint = "labels/mine")]
pub async fn my_labels(cooperative_id: String) -> Result<LabelsDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::{access, labels};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let coop = access::member_of(&state.db, &user, parse_id(&cooperative_id)?).await?;
    Ok(LabelsDto {
        cooperative_id: coop.id.to_string(),
        name_ar: coop.name_ar.clone(),
        name_fr: coop.name_fr.clone(),
        verified: coop.state == domain::cooperative::CooperativeStatus::Verified,
        labels: labels::of_cooperative(&state.db, coop.id)
            .await?
            .into_iter()
            .filter_map(labels::choice)
            .collect(),
    })
}

/// Declares a label with an optional evidence document. Multipart, under `/api/upload/`.
#[server(endpoint = "upload/labels/declare", input = server_fn::codec::MultipartFormData)]
pub async fn declare_label(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::labels;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let id = parse_id(&form.text("cooperative_id"))?;
    labels::declare(
        &state.db,
        &state.media,
        &user,
        id,
        &form.text("kind"),
        &form.text("reference"),
        form.file(labels::EVIDENCE_FIELD),
    )
    .await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/labels?saved=1"));
    Ok(())
}

/// The labels waiting for an admin.
#[server(endpoint = "admin/labels/queue")]
pub async fn label_queue() -> Result<Vec<LabelQueueItemDto>, AppError> {
    use crate::ssr::AppState;
    use backend::services::labels;
    crate::ssr::request::admin()?;
    let state = AppState::current()?;
    Ok(labels::queue(&state.db)
        .await?
        .into_iter()
        .filter_map(|(label, coop)| {
            Some(LabelQueueItemDto {
                label: labels::choice(label)?,
                cooperative_name_ar: coop.name_ar,
                cooperative_name_fr: coop.name_fr,
                cooperative_slug: coop.slug,
            })
        })
        .collect())
}

/// An admin verifies a label, or rejects it with a reason (`decision` is `verify` or `reject`).
#[server(endpoint = "admin/labels/decide")]
pub async fn decide_label(
    label_id: String,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::labels;
    let user = crate::ssr::request::signed_in()?;
    user.require(domain::Role::Admin)?;
    let state = AppState::current()?;
    let reason = match decision.as_str() {
        "verify" => None,
        "reject" => Some(reason.unwrap_or_default()),
        _ => return Err(AppError::BadRequest),
    };
    labels::decide(&state.db, &user, parse_id(&label_id)?, reason.as_deref()).await?;
    leptos_axum::redirect("/admin/labels?saved=1");
    Ok(())
}
