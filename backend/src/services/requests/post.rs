//! A cooperative posts a request, withdraws it, or invites an expert to it.

use super::{find, move_state, notify::notify_user};
use crate::services::access;
use crate::{
    audit,
    entity::{expert, request},
    error::{AppError, FieldErrors},
    services::{begin_write, db_error},
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    cooperative::CooperativeStatus,
    expert::{ExpertState, Language, RequestEvent, RequestState, form::Request, join_codes},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

pub use domain::expert::form::RequestForm;

/// Posts a request for `cooperative_id` (a verified cooperative's owners and managers), within
/// the limit of open requests.
pub async fn post(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &RequestForm,
) -> Result<Uuid, AppError> {
    let errors = FieldErrors::default()
        .keep_all(&[
            ("skill", &form.skill),
            ("title", &form.title),
            ("description", &form.description),
            ("deadline", &form.deadline),
            ("on_site", if form.on_site { "on" } else { "" }),
        ])
        .keep_list("languages", &form.languages);
    let today = chrono::Utc::now().date_naive();
    let Request {
        skill,
        title,
        description,
        languages,
        on_site,
        deadline,
    } = form
        .parse(today)
        .map_err(|problems| errors.with(&problems))?;
    let txn = begin_write(db).await?;
    let coop = access::member_of(&txn, user, cooperative_id).await?;
    if coop.state != CooperativeStatus::Verified {
        return Err(AppError::Forbidden);
    }
    let active: Vec<&str> = RequestState::ALL
        .into_iter()
        .filter(|s| s.is_active())
        .map(RequestState::code)
        .collect();
    let open = request::Entity::find()
        .filter(request::Column::CooperativeId.eq(cooperative_id))
        .filter(request::Column::State.is_in(active))
        .count(&txn)
        .await
        .map_err(db_error)?;
    if open >= u64::from(settings.requests.max_open_requests) {
        return Err(AppError::OpenRequestsLimit);
    }
    let now = chrono::Utc::now();
    let id = Uuid::now_v7();
    request::ActiveModel {
        id: Set(id),
        cooperative_id: Set(cooperative_id),
        skill: Set(skill.code().to_owned()),
        title: Set(title),
        description: Set(description),
        languages: Set(join_codes(&languages, Language::code)),
        on_site: Set(on_site),
        deadline: Set(deadline),
        state: Set(RequestState::Open),
        expert_id: Set(None),
        invited_expert_id: Set(None),
        opened_at: Set(now),
        claimed_at: Set(None),
        first_claimed_at: Set(None),
        last_activity_at: Set(None),
        delivered_at: Set(None),
        completed_at: Set(None),
        minutes_logged: Set(0),
        identity_before_version: Set(None),
        identity_applied_version: Set(None),
        applied_at: Set(None),
        created_by: Set(user.id.into_uuid()),
        created_at: Set(now),
        updated_at: Set(now),
        claim_accepted_at: Set(None),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.posted",
        Some(id.to_string()),
        json!({ "cooperative": cooperative_id, "skill": skill.code() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(id)
}

/// The cooperative withdraws an open request.
pub async fn cancel(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<Uuid, AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    access::member_of(&txn, user, r.cooperative_id).await?;
    move_state(&txn, &r, RequestEvent::Cancel).await?;
    audit::record(
        &txn,
        Some(user.id),
        "support.cancelled",
        Some(request_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(r.cooperative_id)
}

/// The cooperative invites a verified expert to claim its open request (they hear by e-mail and
/// see it marked on their board).
pub async fn invite(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    expert_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    access::member_of(&txn, user, r.cooperative_id).await?;
    if r.state != RequestState::Open {
        return Err(AppError::RequestNotOpen);
    }
    expert::Entity::find_by_id(expert_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .filter(|e| e.state == ExpertState::Verified)
        .ok_or(AppError::NotFound)?;
    request::Entity::update_many()
        .col_expr(request::Column::InvitedExpertId, Expr::value(expert_id))
        .filter(request::Column::Id.eq(r.id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.invited",
        Some(r.id.to_string()),
        json!({ "expert": expert_id }),
    )
    .await?;
    notify_user(
        &txn,
        settings,
        expert_id,
        &r,
        "mail-request-invited",
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
