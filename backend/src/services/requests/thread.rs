//! The thread between a cooperative and the expert who holds its request; each message is
//! mailed to the other side through the outbox.

use super::{
    find, insert_message,
    notify::{notify_cooperative, notify_user},
    participant,
};
use crate::{
    error::{AppError, FieldErrors},
    services::{begin_write, db_error},
    state::AppSettings,
    user::CurrentUser,
};
use domain::expert::{TEXT_MAX, parse_text};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

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
            "mail-request-message",
            &user.display_name,
        )
        .await?;
    } else if let Some(expert_id) = r.expert_id {
        notify_user(
            &txn,
            settings,
            expert_id,
            &r,
            "mail-request-message",
            &user.display_name,
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
