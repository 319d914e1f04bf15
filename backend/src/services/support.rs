//! Support requests (ARCHITECTURE.md §6, §10): a verified cooperative asks for help; verified
//! experts see open requests ranked for them with the reasons, and claim one atomically within
//! their capacity; the two sides talk in a thread (each message mailed to the other side through
//! the outbox); the expert hands in work, the cooperative asks for changes or completes it, and
//! may apply a visual-identity deliverable to its storefront (undoably); both sides rate each
//! other and the expert logs hours. A claim left without activity goes back to open (a job).

use super::{
    begin_write, browse, cooperatives, db_error, experts, identity, is_unique_violation, media,
};
use crate::{
    audit,
    dto::{
        CooperativeRequestsDto, DeliverableDto, ExpertRatingDto, RequestBoardDto,
        RequestMessageDto, RequestPageDto, SuggestedExpertDto, SupportReportDto, SupportRequestDto,
    },
    entity::{
        cooperative, cooperative_identity, cooperative_member, deliverable, expert, expert_rating,
        request_message, shipment, support_request as request, user,
    },
    error::{AppError, FieldErrors},
    mail::{self, Mail},
    media::MediaStore,
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    InputError, Locale, Role,
    colour::Rgb,
    cooperative::CooperativeState,
    expert::{
        ExpertFit, ExpertState, Language, Match, RequestEvent, RequestFit, RequestState, Skill,
        TEXT_MAX, TITLE_MAX, join_codes, parse_deadline, parse_hours, parse_set, parse_text, rank,
        score, split_codes,
    },
    geo::Region,
    review::Rating,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// The most open requests a board lists.
const BOARD_LIMIT: usize = 100;
/// The most experts suggested to a cooperative.
const SUGGESTED_EXPERTS: usize = 5;

/// The request form, as sent.
#[derive(Debug, Clone, Default)]
pub struct RequestForm {
    pub skill: String,
    pub title: String,
    pub description: String,
    pub languages: Vec<String>,
    pub on_site: bool,
    pub deadline: String,
}

/// The hand-in form of an expert (the image comes separately).
#[derive(Debug, Clone, Default)]
pub struct DeliveryForm {
    pub note: String,
    pub primary_colour: String,
    pub secondary_colour: String,
}

fn state_of(r: &request::Model) -> Result<RequestState, AppError> {
    RequestState::from_code(&r.state).ok_or(AppError::Internal)
}

async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<request::Model, AppError> {
    request::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

async fn is_member(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<bool, AppError> {
    Ok(
        cooperative_member::Entity::find_by_id((cooperative_id, user.id.into_uuid()))
            .one(db)
            .await
            .map_err(db_error)?
            .is_some(),
    )
}

fn holds(user: &CurrentUser, r: &request::Model) -> bool {
    r.expert_id == Some(user.id.into_uuid())
}

fn whole_days(since: chrono::DateTime<chrono::Utc>, now: chrono::DateTime<chrono::Utc>) -> u32 {
    u32::try_from((now - since).num_days().max(0)).unwrap_or(u32::MAX)
}

/// Posts a request for `cooperative_id` (a verified cooperative's owners and managers), within
/// the limit of open requests.
pub async fn post(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &RequestForm,
) -> Result<Uuid, AppError> {
    let mut errors = FieldErrors::default()
        .keep_all(&[
            ("skill", &form.skill),
            ("title", &form.title),
            ("description", &form.description),
            ("deadline", &form.deadline),
            ("on_site", if form.on_site { "on" } else { "" }),
        ])
        .keep_list("languages", &form.languages);
    let skill = match form.skill.trim() {
        "" => Err(InputError::Required),
        code => Skill::from_code(code).ok_or(InputError::ChoiceInvalid),
    }
    .map_err(|e| errors.add("skill", e))
    .ok();
    let title = parse_text(&form.title, TITLE_MAX, true)
        .map_err(|e| errors.add("title", e))
        .ok();
    let description = parse_text(&form.description, TEXT_MAX, true)
        .map_err(|e| errors.add("description", e))
        .ok();
    let languages = parse_set(&form.languages, Language::from_code, true)
        .map_err(|e| errors.add("languages", e))
        .ok();
    let today = chrono::Utc::now().date_naive();
    let deadline = parse_deadline(&form.deadline, today)
        .map_err(|e| errors.add("deadline", e))
        .ok();
    let (Some(skill), Some(title), Some(description), Some(languages), Some(deadline)) =
        (skill, title, description, languages, deadline)
    else {
        return Err(errors.into());
    };
    errors.into_result()?;
    let txn = begin_write(db).await?;
    let coop = cooperatives::file_of_member(&txn, user, cooperative_id).await?;
    if CooperativeState::from_parts(&coop.state, coop.state_reason.as_deref())
        != Some(CooperativeState::Verified)
    {
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
    if open >= u64::from(settings.support.max_open_requests) {
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
        on_site: Set(form.on_site),
        deadline: Set(deadline),
        state: Set(RequestState::Open.code().to_owned()),
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

/// A verified expert with free capacity claims an open request. Atomic: of two experts claiming
/// at once exactly one wins; the other gets [`AppError::RequestNotOpen`]. The expert's profile row
/// is locked (PostgreSQL; SQLite writes one at a time) so two claims by one expert cannot both pass
/// the capacity check.
pub async fn claim(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let profile = expert::Entity::find_by_id(user.id.into_uuid())
        .lock_exclusive()
        .one(&txn)
        .await
        .map_err(db_error)?;
    let Some(profile) = profile.filter(|p| p.state == ExpertState::Verified.code()) else {
        return Err(AppError::ExpertNotVerified);
    };
    let r = find(&txn, request_id).await?;
    if state_of(&r)? != RequestState::Open {
        return Err(AppError::RequestNotOpen);
    }
    let held = experts::held_by(&txn, [profile.user_id])
        .await?
        .get(&profile.user_id)
        .copied()
        .unwrap_or(0);
    if i64::from(held) >= i64::from(profile.capacity) {
        return Err(AppError::OverCapacity);
    }
    let now = chrono::Utc::now();
    // The state in the WHERE clause makes the claim atomic across replicas and connections.
    let done = request::Entity::update_many()
        .col_expr(
            request::Column::State,
            Expr::value(RequestState::Claimed.code()),
        )
        .col_expr(request::Column::ExpertId, Expr::value(profile.user_id))
        .col_expr(request::Column::ClaimedAt, Expr::value(now))
        .col_expr(
            request::Column::FirstClaimedAt,
            Expr::value(r.first_claimed_at.unwrap_or(now)),
        )
        .col_expr(request::Column::LastActivityAt, Expr::value(now))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(request_id))
        .filter(request::Column::State.eq(RequestState::Open.code()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::RequestNotOpen);
    }
    audit::record(
        &txn,
        Some(user.id),
        "support.claimed",
        Some(request_id.to_string()),
        json!({}),
    )
    .await?;
    notify_cooperative(
        &txn,
        settings,
        &r,
        "mail-support-claimed",
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The holding expert gives a claimed request back: it is open again, waiting from now.
pub async fn release(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    if !holds(user, &r) {
        return Err(AppError::NotFound);
    }
    reopen(&txn, &r, state_of(&r)?).await?;
    audit::record(
        &txn,
        Some(user.id),
        "support.released",
        Some(request_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

async fn reopen(
    db: &impl ConnectionTrait,
    r: &request::Model,
    state: RequestState,
) -> Result<(), AppError> {
    state
        .apply(RequestEvent::Release)
        .map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let done = request::Entity::update_many()
        .col_expr(
            request::Column::State,
            Expr::value(RequestState::Open.code()),
        )
        .col_expr(request::Column::ExpertId, Expr::value(Option::<Uuid>::None))
        .col_expr(
            request::Column::ClaimedAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(request::Column::OpenedAt, Expr::value(now))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .filter(request::Column::State.eq(state.code()))
        .exec(db)
        .await
        .map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(())
}

/// Releases every claimed request without a message or a delivery for the policy's number of
/// days (the job); the expert and the cooperative hear of it. Returns how many were released.
pub async fn release_inactive(
    db: &DatabaseConnection,
    settings: &AppSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, AppError> {
    let cutoff = now - chrono::Duration::days(i64::from(settings.support.release_after_days));
    let stale = request::Entity::find()
        .filter(request::Column::State.eq(RequestState::Claimed.code()))
        .filter(request::Column::LastActivityAt.lt(cutoff))
        .limit(200)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut released = 0;
    for r in stale {
        let txn = begin_write(db).await?;
        // Another replica may have released it, or the expert may have written since.
        let current = find(&txn, r.id).await?;
        if current.state != RequestState::Claimed.code()
            || current.last_activity_at.is_some_and(|t| t >= cutoff)
        {
            continue;
        }
        reopen(&txn, &current, RequestState::Claimed).await?;
        audit::record(
            &txn,
            None,
            "support.auto_released",
            Some(r.id.to_string()),
            json!({ "expert": current.expert_id, "days": settings.support.release_after_days }),
        )
        .await?;
        if let Some(expert_id) = current.expert_id {
            notify_user(
                &txn,
                settings,
                expert_id,
                &current,
                "mail-support-auto-released",
                "",
            )
            .await?;
        }
        notify_cooperative(&txn, settings, &current, "mail-support-reopened", "").await?;
        txn.commit().await.map_err(db_error)?;
        released += 1;
    }
    Ok(released)
}

/// The cooperative withdraws an open request.
pub async fn cancel(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<Uuid, AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    cooperatives::file_of_member(&txn, user, r.cooperative_id).await?;
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

/// Applies `event` to `r` with a compare-and-set on its state, stamping the step's time
/// (a delivery also counts as activity).
async fn move_state(
    db: &impl ConnectionTrait,
    r: &request::Model,
    event: RequestEvent,
) -> Result<RequestState, AppError> {
    let state = state_of(r)?;
    let next = state.apply(event).map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let mut update = request::Entity::update_many()
        .col_expr(request::Column::State, Expr::value(next.code()))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .filter(request::Column::State.eq(state.code()));
    update = match next {
        RequestState::Delivered => update
            .col_expr(request::Column::DeliveredAt, Expr::value(now))
            .col_expr(request::Column::LastActivityAt, Expr::value(now)),
        RequestState::Completed => update.col_expr(request::Column::CompletedAt, Expr::value(now)),
        _ => update,
    };
    let done = update.exec(db).await.map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(next)
}

/// A step the cooperative takes on delivered work (`RequestChanges` with the message saying
/// what, or `Complete`), in one transaction: membership, the state, the thread, the audit log
/// and a mail to the holding expert.
async fn cooperative_step(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    event: RequestEvent,
    message: Option<&str>,
) -> Result<(), AppError> {
    let (action, mail_key) = match event {
        RequestEvent::RequestChanges => ("support.changes_requested", "mail-support-changes"),
        RequestEvent::Complete => ("support.completed", "mail-support-completed"),
        _ => return Err(AppError::BadRequest),
    };
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    cooperatives::file_of_member(&txn, user, r.cooperative_id).await?;
    move_state(&txn, &r, event).await?;
    if let Some(body) = message {
        insert_message(&txn, &r, user, body).await?;
    }
    audit::record(
        &txn,
        Some(user.id),
        action,
        Some(r.id.to_string()),
        json!({}),
    )
    .await?;
    if let Some(expert_id) = r.expert_id {
        notify_user(&txn, settings, expert_id, &r, mail_key, &user.display_name).await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Who may read a request's thread and deliverables: its cooperative's members, the expert
/// holding it, and admins. Anyone else — another expert included — gets `NotFound`.
async fn participant(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    r: &request::Model,
) -> Result<&'static str, AppError> {
    if holds(user, r) {
        Ok("expert")
    } else if is_member(db, user, r.cooperative_id).await? {
        Ok("cooperative")
    } else if user.has_role(Role::Admin) {
        Ok("admin")
    } else {
        Err(AppError::NotFound)
    }
}

/// Refuses, before any input is read, whoever is not one of `sides` of request `id` ("cooperative":
/// its members; "expert": the expert holding it; "admin"): a stranger gets `NotFound`, as for
/// reading it, and a party on another side `Forbidden`. The action checks again when it writes.
pub async fn ensure_side(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
    sides: &[&str],
) -> Result<(), AppError> {
    let r = find(db, request_id).await?;
    let side = participant(db, user, &r).await?;
    if sides.contains(&side) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Adds a message to the thread (the cooperative or the holding expert) and mails the other side.
pub async fn post_message(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    body: &str,
) -> Result<(), AppError> {
    let body = parse_text(body, TEXT_MAX, true).map_err(|e| {
        let mut errors =
            FieldErrors::default().keep("body", &body.chars().take(TEXT_MAX).collect::<String>());
        errors.add("body", e);
        AppError::from(errors)
    })?;
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    let side = participant(&txn, user, &r).await?;
    if side == "admin" || r.expert_id.is_none() {
        // Admins read; an open request has nobody to talk to yet.
        return Err(AppError::Forbidden);
    }
    insert_message(&txn, &r, user, &body).await?;
    if side == "expert" {
        notify_cooperative(
            &txn,
            settings,
            &r,
            "mail-support-message",
            &user.display_name,
        )
        .await?;
    } else if let Some(expert_id) = r.expert_id {
        notify_user(
            &txn,
            settings,
            expert_id,
            &r,
            "mail-support-message",
            &user.display_name,
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

async fn insert_message(
    db: &impl ConnectionTrait,
    r: &request::Model,
    user: &CurrentUser,
    body: &str,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    request_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(r.id),
        author_id: Set(user.id.into_uuid()),
        body: Set(body.to_owned()),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(db_error)?;
    request::Entity::update_many()
        .col_expr(request::Column::LastActivityAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

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
    let note = parse_text(&form.note, TEXT_MAX, !identity)
        .map_err(|e| errors.add("note", e))
        .ok();
    let colour = |errors: &mut FieldErrors, field: &str, raw: &str| -> Option<String> {
        if raw.trim().is_empty() && !identity {
            return None;
        }
        Rgb::parse(raw)
            .map(|c| c.to_string())
            .map_err(|_| errors.add(field, InputError::ColourInvalid))
            .ok()
    };
    let primary = colour(&mut errors, "primary_colour", &form.primary_colour);
    let secondary = colour(&mut errors, "secondary_colour", &form.secondary_colour);
    if identity && image.is_none() {
        errors.add(
            "image",
            crate::error::FieldIssue::Media(domain::media::MediaError::Empty),
        );
    }
    let Some(note) = note else {
        return Err(errors.into());
    };
    errors.into_result()?;
    // The state is checked before the image work and again in the transaction.
    state_of(&r)?
        .apply(RequestEvent::Deliver)
        .map_err(|_| AppError::Conflict)?;
    let stored = match image {
        Some(bytes) => Some(media::save_image(db, store, Some(user.id), "image", bytes).await?),
        None => None,
    };
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
        primary_colour: Set(primary),
        secondary_colour: Set(secondary),
        created_at: Set(now),
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
        "mail-support-delivered",
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
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
    let coop = cooperatives::file_of_member(&txn, user, r.cooperative_id).await?;
    if !matches!(
        state_of(&r)?,
        RequestState::Delivered | RequestState::Completed
    ) {
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
    let coop = cooperatives::file_of_member(&txn, user, r.cooperative_id).await?;
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

/// One side rates the other once the request is completed: the cooperative rates the expert,
/// the expert the cooperative.
pub async fn rate(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
    stars: &str,
    body: &str,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::default().keep_all(&[("rating", stars), ("body", body)]);
    let rating = Rating::parse(stars)
        .map_err(|e| errors.add("rating", e))
        .ok();
    let text = domain::review::parse_text(body, false)
        .map_err(|e| errors.add("body", e))
        .ok();
    let (Some(rating), Some(text)) = (rating, text) else {
        return Err(errors.into());
    };
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    let side = participant(&txn, user, &r).await?;
    let (Some(expert_id), RequestState::Completed, "cooperative" | "expert") =
        (r.expert_id, state_of(&r)?, side)
    else {
        return Err(AppError::Conflict);
    };
    let inserted = expert_rating::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(r.id),
        from_side: Set(side.to_owned()),
        rater_id: Set(user.id.into_uuid()),
        expert_id: Set(expert_id),
        cooperative_id: Set(r.cooperative_id),
        stars: Set(i16::from(rating.stars())),
        body: Set(text),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Err(AppError::Conflict),
        Err(e) => return Err(db_error(e)),
    }
    audit::record(
        &txn,
        Some(user.id),
        "support.rated",
        Some(r.id.to_string()),
        json!({ "side": side, "stars": rating.stars() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The holding expert logs hours of work on the request.
pub async fn log_hours(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
    hours: &str,
) -> Result<(), AppError> {
    let minutes = parse_hours(hours).map_err(|e| {
        let mut errors = FieldErrors::default().keep("hours", hours);
        errors.add("hours", e);
        AppError::from(errors)
    })?;
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    if !holds(user, &r) {
        return Err(AppError::NotFound);
    }
    if !(state_of(&r)?.is_held() || state_of(&r)? == RequestState::Completed) {
        return Err(AppError::Conflict);
    }
    let minutes = i32::try_from(minutes).map_err(|_| AppError::BadRequest)?;
    request::Entity::update_many()
        .col_expr(
            request::Column::MinutesLogged,
            sea_orm::sea_query::ExprTrait::add(Expr::col(request::Column::MinutesLogged), minutes),
        )
        .filter(request::Column::Id.eq(r.id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.hours_logged",
        Some(r.id.to_string()),
        json!({ "minutes": minutes }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
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
    cooperatives::file_of_member(&txn, user, r.cooperative_id).await?;
    if state_of(&r)? != RequestState::Open {
        return Err(AppError::RequestNotOpen);
    }
    expert::Entity::find_by_id(expert_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .filter(|e| e.state == ExpertState::Verified.code())
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
        "mail-support-invited",
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

// ---- Reading ----

fn fit_of<'a>(
    e: &expert::Model,
    skills: &'a [Skill],
    languages: &'a [Language],
    regions: &'a [Region],
    held: u32,
    rating_tenths: Option<u32>,
) -> ExpertFit<'a> {
    ExpertFit {
        skills,
        languages,
        regions,
        remote: e.remote,
        on_site: e.on_site,
        capacity: u32::try_from(e.capacity).unwrap_or(0),
        held,
        rating_tenths,
    }
}

/// Average stars cooperatives gave each of these experts, in tenths.
async fn ratings_of(
    db: &impl ConnectionTrait,
    experts: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, u32>, AppError> {
    let ids: Vec<Uuid> = experts.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut sums: HashMap<Uuid, (u32, u32)> = HashMap::new();
    for r in expert_rating::Entity::find()
        .filter(expert_rating::Column::ExpertId.is_in(ids))
        .filter(expert_rating::Column::FromSide.eq("cooperative"))
        .all(db)
        .await
        .map_err(db_error)?
    {
        let entry = sums.entry(r.expert_id).or_insert((0, 0));
        entry.0 += u32::try_from(r.stars).unwrap_or(0);
        entry.1 += 1;
    }
    Ok(sums
        .into_iter()
        .map(|(id, (sum, n))| (id, (sum * 10 + n / 2) / n.max(1)))
        .collect())
}

fn dto(
    r: &request::Model,
    coop: Option<&cooperative::Model>,
    expert_name: Option<String>,
    now: chrono::DateTime<chrono::Utc>,
) -> SupportRequestDto {
    SupportRequestDto {
        id: r.id.to_string(),
        cooperative_id: r.cooperative_id.to_string(),
        cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
        cooperative_name_ar: coop.map(|c| c.name_ar.clone()).unwrap_or_default(),
        cooperative_name_fr: coop.map(|c| c.name_fr.clone()).unwrap_or_default(),
        region: coop.and_then(|c| Region::from_code(&c.region)),
        skill: Skill::from_code(&r.skill).unwrap_or(Skill::VisualIdentity),
        title: r.title.clone(),
        description: r.description.clone(),
        languages: split_codes(&r.languages, Language::from_code),
        on_site: r.on_site,
        deadline: r.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
        state: r.state.clone(),
        expert_id: r.expert_id.map(|e| e.to_string()),
        expert_name,
        created_at: r.created_at.format("%Y-%m-%d").to_string(),
        waited_days: whole_days(r.opened_at, now),
        minutes_logged: r.minutes_logged,
        reasons: Vec::new(),
        invited_me: false,
    }
}

async fn names_of(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, AppError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

async fn dtos(
    db: &impl ConnectionTrait,
    requests: &[request::Model],
) -> Result<Vec<SupportRequestDto>, AppError> {
    let coops = browse::cooperatives_by_id(db, requests.iter().map(|r| r.cooperative_id)).await?;
    let names = names_of(db, requests.iter().filter_map(|r| r.expert_id)).await?;
    let now = chrono::Utc::now();
    Ok(requests
        .iter()
        .map(|r| {
            dto(
                r,
                coops.get(&r.cooperative_id),
                r.expert_id.and_then(|e| names.get(&e).cloned()),
                now,
            )
        })
        .collect())
}

/// A filter of the board of open requests.
#[derive(Debug, Clone, Default)]
pub struct BoardFilter {
    pub skill: Option<Skill>,
    pub region: Option<Region>,
    pub on_site: Option<bool>,
}

/// What an expert's board shows: their profile, the open requests ranked for them ("suggested
/// for you", with reasons, only those matching a skill), every open request (filtered), and the
/// requests they hold or held.
pub async fn board(
    db: &DatabaseConnection,
    user: &CurrentUser,
    filter: &BoardFilter,
) -> Result<RequestBoardDto, AppError> {
    let profile_model = expert::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?;
    let open_models = request::Entity::find()
        .filter(request::Column::State.eq(RequestState::Open.code()))
        .order_by_asc(request::Column::OpenedAt)
        .limit(1_000)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut open = dtos(db, &open_models).await?;
    let me = user.id.into_uuid();
    for (dto, model) in open.iter_mut().zip(&open_models) {
        dto.invited_me = model.invited_expert_id == Some(me);
    }
    let mut suggested = Vec::new();
    if let Some(p) = profile_model
        .as_ref()
        .filter(|p| p.state == ExpertState::Verified.code())
    {
        let skills = split_codes(&p.skills, Skill::from_code);
        let languages = split_codes(&p.languages, Language::from_code);
        let regions = split_codes(&p.regions, Region::from_code);
        let held = experts::held_by(db, [me])
            .await?
            .get(&me)
            .copied()
            .unwrap_or(0);
        let rating = ratings_of(db, [me]).await?.get(&me).copied();
        let fit = fit_of(p, &skills, &languages, &regions, held, rating);
        let scored: Vec<(usize, Match, u32)> = open
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let region = r.region?;
                let m = score(
                    &fit,
                    &RequestFit {
                        skill: r.skill,
                        languages: &r.languages,
                        on_site: r.on_site,
                        region,
                        waited_days: r.waited_days,
                    },
                );
                Some((i, m, r.waited_days))
            })
            .collect();
        for (i, m) in rank(scored)
            .into_iter()
            .filter(|(i, _)| skills.contains(&open[*i].skill))
            .take(10)
        {
            let mut dto = open[i].clone();
            dto.reasons = m.reasons;
            suggested.push(dto);
        }
    }
    open.retain(|r| {
        filter.skill.is_none_or(|s| r.skill == s)
            && filter.region.is_none_or(|g| r.region == Some(g))
            && filter.on_site.is_none_or(|o| r.on_site == o)
    });
    open.truncate(BOARD_LIMIT);
    let mine_models = request::Entity::find()
        .filter(request::Column::ExpertId.eq(me))
        .order_by_desc(request::Column::UpdatedAt)
        .limit(50)
        .all(db)
        .await
        .map_err(db_error)?;
    let mine = dtos(db, &mine_models).await?;
    let profile = match profile_model {
        Some(p) => Some(experts::to_dto(db, p, user.display_name.clone(), None).await?),
        None => None,
    };
    Ok(RequestBoardDto {
        profile,
        suggested,
        open,
        mine,
    })
}

/// A cooperative's requests, newest first, for its members.
pub async fn of_cooperative(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<CooperativeRequestsDto, AppError> {
    let coop = cooperatives::file_of_member(db, user, cooperative_id).await?;
    let models = request::Entity::find()
        .filter(request::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(request::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let requests = dtos(db, &models).await?;
    let open_count = models
        .iter()
        .filter(|r| state_of(r).is_ok_and(RequestState::is_active))
        .count();
    Ok(CooperativeRequestsDto {
        cooperative_id: coop.id.to_string(),
        name_ar: coop.name_ar.clone(),
        name_fr: coop.name_fr.clone(),
        verified: coop.state == "verified",
        requests,
        max_open: settings.support.max_open_requests,
        open_count: u32::try_from(open_count).unwrap_or(u32::MAX),
    })
}

/// The page of one request. Open requests are visible to every signed-in user (so experts can
/// read them before claiming); once claimed, only the cooperative, the holding expert and admins
/// see the request, its thread and its deliverables.
pub async fn page(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<RequestPageDto, AppError> {
    let r = find(db, request_id).await?;
    let state = state_of(&r)?;
    // Not a participant is an answer (`None`); a failed read stays an error.
    let side = match participant(db, user, &r).await {
        Ok(side) => Some(side),
        Err(AppError::NotFound) => None,
        Err(e) => return Err(e),
    };
    if side.is_none() && state != RequestState::Open {
        return Err(AppError::NotFound);
    }
    let mut request = dtos(db, std::slice::from_ref(&r))
        .await?
        .pop()
        .ok_or(AppError::Internal)?;
    request.invited_me = r.invited_expert_id == Some(user.id.into_uuid());
    let member = side == Some("cooperative");
    let holder = side == Some("expert");
    let admin = user.has_role(Role::Admin);
    let own = expert::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?;
    let can_claim = state == RequestState::Open
        && !member
        && own
            .as_ref()
            .is_some_and(|e| e.state == ExpertState::Verified.code());
    let (mut messages, mut deliverables, mut ratings) = (Vec::new(), Vec::new(), Vec::new());
    let mut rated = false;
    if side.is_some() {
        let thread = request_message::Entity::find()
            .filter(request_message::Column::RequestId.eq(r.id))
            .order_by_asc(request_message::Column::CreatedAt)
            .all(db)
            .await
            .map_err(db_error)?;
        let names = names_of(db, thread.iter().map(|m| m.author_id)).await?;
        for m in thread {
            let author_side = if Some(m.author_id) == r.expert_id {
                "expert"
            } else {
                "cooperative"
            };
            messages.push(RequestMessageDto {
                author: names.get(&m.author_id).cloned().unwrap_or_default(),
                side: author_side.to_owned(),
                mine: m.author_id == user.id.into_uuid(),
                body: m.body,
                created_at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
            });
        }
        for d in deliverable::Entity::find()
            .filter(deliverable::Column::RequestId.eq(r.id))
            .order_by_desc(deliverable::Column::CreatedAt)
            .all(db)
            .await
            .map_err(db_error)?
        {
            let image = match d.image_keys.split(',').find(|k| !k.is_empty()) {
                Some(key) => media::find(db, key)
                    .await?
                    .and_then(|m| media::to_dto(&m, r.title.clone())),
                None => None,
            };
            deliverables.push(DeliverableDto {
                id: d.id.to_string(),
                note: d.note,
                image,
                applicable: d.logo_key.is_some()
                    && d.primary_colour.is_some()
                    && d.secondary_colour.is_some(),
                primary_colour: d.primary_colour,
                secondary_colour: d.secondary_colour,
                created_at: d.created_at.format("%Y-%m-%d %H:%M").to_string(),
            });
        }
        for rating in expert_rating::Entity::find()
            .filter(expert_rating::Column::RequestId.eq(r.id))
            .all(db)
            .await
            .map_err(db_error)?
        {
            rated |= Some(rating.from_side.as_str()) == side;
            ratings.push(rating_dto(rating));
        }
    }
    let suggested = if member && state == RequestState::Open {
        suggest_experts(db, &r, &request).await?
    } else {
        Vec::new()
    };
    Ok(RequestPageDto {
        request,
        member,
        holder,
        can_claim,
        admin,
        messages,
        deliverables,
        suggested,
        ratings,
        rated,
        applied_version: r.identity_applied_version,
    })
}

fn rating_dto(r: expert_rating::Model) -> ExpertRatingDto {
    ExpertRatingDto {
        stars: u8::try_from(r.stars).unwrap_or(0),
        body: r.body,
        from_side: r.from_side,
        created_at: r.created_at.format("%Y-%m-%d").to_string(),
    }
}

/// Verified experts with the skill and free capacity, best first, with the reasons.
async fn suggest_experts(
    db: &impl ConnectionTrait,
    r: &request::Model,
    dto: &SupportRequestDto,
) -> Result<Vec<SuggestedExpertDto>, AppError> {
    let Some(region) = dto.region else {
        return Ok(Vec::new());
    };
    let candidates: Vec<expert::Model> = expert::Entity::find()
        .filter(expert::Column::State.eq(ExpertState::Verified.code()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(|e| split_codes(&e.skills, Skill::from_code).contains(&dto.skill))
        .collect();
    let ids: Vec<Uuid> = candidates.iter().map(|e| e.user_id).collect();
    let held = experts::held_by(db, ids.clone()).await?;
    let ratings = ratings_of(db, ids.clone()).await?;
    let names = names_of(db, ids).await?;
    let fit = RequestFit {
        skill: dto.skill,
        languages: &dto.languages,
        on_site: dto.on_site,
        region,
        waited_days: dto.waited_days,
    };
    let scored: Vec<(Uuid, Match, u32)> = candidates
        .iter()
        .filter_map(|e| {
            let (skills, languages, regions) = (
                split_codes(&e.skills, Skill::from_code),
                split_codes(&e.languages, Language::from_code),
                split_codes(&e.regions, Region::from_code),
            );
            let held = held.get(&e.user_id).copied().unwrap_or(0);
            if held >= u32::try_from(e.capacity).unwrap_or(0) {
                return None;
            }
            let expert = fit_of(
                e,
                &skills,
                &languages,
                &regions,
                held,
                ratings.get(&e.user_id).copied(),
            );
            Some((e.user_id, score(&expert, &fit), 0))
        })
        .collect();
    Ok(rank(scored)
        .into_iter()
        .take(SUGGESTED_EXPERTS)
        .map(|(id, m)| SuggestedExpertDto {
            user_id: id.to_string(),
            display_name: names.get(&id).cloned().unwrap_or_default(),
            reasons: m.reasons,
            invited: r.invited_expert_id == Some(id),
        })
        .collect())
}

/// An expert's public page: the verified profile, completed requests with before/after and the
/// cooperative's sales around the new identity, hours and ratings.
pub async fn public_profile(
    db: &DatabaseConnection,
    expert_id: Uuid,
) -> Result<crate::dto::ExpertPublicDto, AppError> {
    let profile = expert::Entity::find_by_id(expert_id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|e| e.state == ExpertState::Verified.code())
        .ok_or(AppError::NotFound)?;
    let name = names_of(db, [expert_id])
        .await?
        .remove(&expert_id)
        .unwrap_or_default();
    let profile = experts::to_dto(db, profile, name, None).await?;
    // One read of the expert's requests: hours over all of them, the work over the completed.
    let held = request::Entity::find()
        .filter(request::Column::ExpertId.eq(expert_id))
        .order_by_desc(request::Column::CompletedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let minutes: i64 = held.iter().map(|r| i64::from(r.minutes_logged)).sum();
    let completed: Vec<request::Model> = held
        .into_iter()
        .filter(|r| r.state == RequestState::Completed.code())
        .collect();
    let coops = browse::cooperatives_by_id(db, completed.iter().map(|r| r.cooperative_id)).await?;
    let mut work = Vec::with_capacity(completed.len());
    for r in &completed {
        let version = |v: Option<i32>| async move {
            match v {
                Some(v) => match cooperative_identity::Entity::find()
                    .filter(cooperative_identity::Column::CooperativeId.eq(r.cooperative_id))
                    .filter(cooperative_identity::Column::Version.eq(v))
                    .one(db)
                    .await
                    .map_err(db_error)?
                {
                    Some(m) => identity::to_dto(db, m).await.map(Some),
                    None => Ok(None),
                },
                None => Ok::<_, AppError>(None),
            }
        };
        let before = version(r.identity_before_version).await?;
        let after = version(r.identity_applied_version).await?;
        let (sales_before, sales_after) = match r.applied_at {
            Some(at) => (
                sales(db, r.cooperative_id, at - chrono::Duration::days(30), at).await?,
                sales(db, r.cooperative_id, at, at + chrono::Duration::days(30)).await?,
            ),
            None => (0, 0),
        };
        let coop = coops.get(&r.cooperative_id);
        work.push(crate::dto::CompletedWorkDto {
            request_id: r.id.to_string(),
            title: r.title.clone(),
            skill: Skill::from_code(&r.skill).unwrap_or(Skill::VisualIdentity),
            cooperative_name_ar: coop.map(|c| c.name_ar.clone()).unwrap_or_default(),
            cooperative_name_fr: coop.map(|c| c.name_fr.clone()).unwrap_or_default(),
            cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
            completed_at: r
                .completed_at
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            before,
            after,
            live_since: r.applied_at.map(|d| d.format("%Y-%m-%d").to_string()),
            sales_before,
            sales_after,
        });
    }
    let ratings: Vec<ExpertRatingDto> = expert_rating::Entity::find()
        .filter(expert_rating::Column::ExpertId.eq(expert_id))
        .filter(expert_rating::Column::FromSide.eq("cooperative"))
        .order_by_desc(expert_rating::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(rating_dto)
        .collect();
    let rating_tenths = ratings_of(db, [expert_id]).await?.get(&expert_id).copied();
    Ok(crate::dto::ExpertPublicDto {
        profile,
        completed: u32::try_from(completed.len()).unwrap_or(u32::MAX),
        minutes,
        rating_tenths,
        ratings,
        work,
    })
}

/// Goods sold by a cooperative in `[from, to)`: parts of orders placed then and not cancelled.
async fn sales(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> Result<i64, AppError> {
    // A month of one cooperative's parts: few rows, summed here (SUM of a BIGINT is NUMERIC on
    // PostgreSQL, which would need a cast per backend).
    let amounts: Vec<i64> = shipment::Entity::find()
        .select_only()
        .column(shipment::Column::GoodsCentimes)
        .filter(shipment::Column::CooperativeId.eq(cooperative_id))
        .filter(shipment::Column::State.ne("cancelled"))
        .filter(shipment::Column::CreatedAt.gte(from))
        .filter(shipment::Column::CreatedAt.lt(to))
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(amounts.iter().fold(0i64, |a, b| a.saturating_add(*b)))
}

/// The programme's figures for admins: requests by state and type, median time to the first
/// claim, completion rate and hours.
pub async fn report(
    db: &DatabaseConnection,
    admin: &CurrentUser,
) -> Result<SupportReportDto, AppError> {
    if !admin.has_role(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    let all = request::Entity::find().all(db).await.map_err(db_error)?;
    let by_state = RequestState::ALL
        .iter()
        .map(|s| {
            let n = all.iter().filter(|r| r.state == s.code()).count();
            (s.code().to_owned(), u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect();
    let by_skill = Skill::ALL
        .iter()
        .map(|s| {
            let n = all.iter().filter(|r| r.skill == s.code()).count();
            (*s, u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect();
    let waits: Vec<i64> = all
        .iter()
        .filter_map(|r| {
            r.first_claimed_at
                .map(|c| (c - r.created_at).num_minutes().max(0))
        })
        .collect();
    let median_hours_to_claim = domain::report::median(waits)
        .map(|minutes| u32::try_from((minutes + 30) / 60).unwrap_or(u32::MAX));
    let ever_claimed = all.iter().filter(|r| r.first_claimed_at.is_some()).count();
    let completed = all
        .iter()
        .filter(|r| r.state == RequestState::Completed.code())
        .count();
    let completion_percent = (ever_claimed > 0)
        .then(|| u32::try_from((completed * 100 + ever_claimed / 2) / ever_claimed).unwrap_or(100));
    let total_minutes = all.iter().map(|r| i64::from(r.minutes_logged)).sum();
    Ok(SupportReportDto {
        by_state,
        by_skill,
        median_hours_to_claim,
        completion_percent,
        total_minutes,
    })
}

// ---- Mail ----

fn request_link(settings: &AppSettings, r: &request::Model) -> String {
    format!(
        "{}/requests/{}",
        settings.public_url.trim_end_matches('/'),
        r.id
    )
}

/// Mails the owners of the request's cooperative, in Arabic and French.
async fn notify_cooperative(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    r: &request::Model,
    key: &str,
    who: &str,
) -> Result<(), AppError> {
    let owners = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::CooperativeId.eq(r.cooperative_id))
        .filter(cooperative_member::Column::Role.eq("owner"))
        .all(db)
        .await
        .map_err(db_error)?;
    let emails: Vec<String> = user::Entity::find()
        .filter(user::Column::Id.is_in(owners.iter().map(|o| o.user_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|u| u.email)
        .collect();
    let link = request_link(settings, r);
    let text = |suffix: &str| {
        [Locale::Ar, Locale::Fr]
            .map(|l| {
                crate::i18n::t_args(
                    l,
                    &format!("{key}{suffix}"),
                    &[
                        ("title", r.title.clone().into()),
                        ("who", who.to_owned().into()),
                        ("link", link.clone().into()),
                    ],
                )
            })
            .join(if suffix.is_empty() {
                "\n\n---\n\n"
            } else {
                " / "
            })
    };
    for to in emails {
        mail::enqueue(
            db,
            &Mail {
                to,
                subject: text("-subject"),
                body: text(""),
                language: Some(mail::ARABIC_AND_FRENCH.to_owned()),
            },
        )
        .await?;
    }
    Ok(())
}

/// Mails one user (an expert) in their own language.
async fn notify_user(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    user_id: Uuid,
    r: &request::Model,
    key: &str,
    who: &str,
) -> Result<(), AppError> {
    let Some(account) = user::Entity::find_by_id(user_id)
        .one(db)
        .await
        .map_err(db_error)?
    else {
        return Ok(());
    };
    let locale = Locale::from_tag(&account.locale).unwrap_or_default();
    let args = [
        ("title", r.title.clone().into()),
        ("who", who.to_owned().into()),
        ("link", request_link(settings, r).into()),
    ];
    mail::enqueue(
        db,
        &Mail {
            to: account.email,
            subject: crate::i18n::t_args(locale, &format!("{key}-subject"), &args),
            body: crate::i18n::t_args(locale, key, &args),
            language: Some(locale.tag().to_owned()),
        },
    )
    .await
}
