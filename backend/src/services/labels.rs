//! Quality labels: a verified cooperative's members declare a label (kind, reference, optional
//! evidence document); an admin verifies or rejects it with a reason. Declaring again (a new
//! reference or evidence) sends it back for checking. Only verified labels show as badges.

use super::access;
use super::{begin_write, db_error};
use crate::{
    audit,
    dto::LabelChoiceDto,
    entity::{cooperative, cooperative_label},
    error::{AppError, FieldErrors},
    media::MediaStore,
    user::CurrentUser,
};
use domain::label::{Declaration, LabelEvent, LabelState, parse_declaration};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

/// A declared label as forms and queues show it (`None` for a damaged row of unknown kind).
pub fn choice(l: cooperative_label::Model) -> Option<LabelChoiceDto> {
    Some(LabelChoiceDto {
        kind: l.kind,
        id: l.id.to_string(),
        reference: l.reference,
        state: l.state,
        state_reason: l.state_reason,
        selected: false,
        has_evidence: l.evidence_key.is_some(),
    })
}

/// The form field of the evidence document.
pub const EVIDENCE_FIELD: &str = "evidence";

/// A cooperative's labels, in kind order.
pub async fn of_cooperative(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
) -> Result<Vec<cooperative_label::Model>, AppError> {
    let mut labels = cooperative_label::Entity::find()
        .filter(cooperative_label::Column::CooperativeId.eq(cooperative_id))
        .all(db)
        .await
        .map_err(db_error)?;
    labels.sort_by_key(|l| l.kind as u8);
    Ok(labels)
}

/// Declares (or declares again) a label for a verified cooperative `user` belongs to, with an
/// optional evidence document (PDF or image, stored privately). It waits for an admin.
pub async fn declare(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    cooperative_id: Uuid,
    kind: &str,
    reference: &str,
    evidence: Option<bytes::Bytes>,
) -> Result<(), AppError> {
    super::products::managed_cooperative(db, user, cooperative_id).await?;
    let errors = FieldErrors::default().keep_all(&[("kind", kind), ("reference", reference)]);
    let Declaration { kind, reference } =
        parse_declaration(kind, reference).map_err(|problems| errors.clone().with(&problems))?;
    let stored = match evidence {
        Some(bytes) => {
            let (file, mime, extension) = store.process_document(bytes).await.map_err(|e| {
                match super::media::refused(EVIDENCE_FIELD, e) {
                    AppError::Invalid(mut refused) => {
                        refused.values = errors.values.clone();
                        AppError::Invalid(refused)
                    }
                    other => other,
                }
            })?;
            let key = store
                .put_private(
                    &format!(
                        "labels/{cooperative_id}-{}-{}.{extension}",
                        kind.code(),
                        Uuid::now_v7().simple()
                    ),
                    file,
                )
                .await?;
            Some((key, mime))
        }
        None => None,
    };
    let txn = begin_write(db).await?;
    super::products::managed_cooperative(&txn, user, cooperative_id).await?;
    let existing = cooperative_label::Entity::find()
        .filter(cooperative_label::Column::CooperativeId.eq(cooperative_id))
        .filter(cooperative_label::Column::Kind.eq(kind.code()))
        .one(&txn)
        .await
        .map_err(db_error)?;
    let now = chrono::Utc::now();
    let state = LabelState::Pending;
    let id = match existing {
        Some(label) => {
            let id = label.id;
            let keep_evidence = (label.evidence_key.clone(), label.evidence_type.clone());
            let mut active = cooperative_label::ActiveModel::from(label);
            active.reference = Set(reference.clone());
            let (key, mime) = match stored {
                Some((key, mime)) => (Some(key), Some(mime.to_owned())),
                None => keep_evidence,
            };
            active.evidence_key = Set(key);
            active.evidence_type = Set(mime);
            active.state = Set(state.status());
            active.state_reason = Set(None);
            active.decided_by = Set(None);
            active.decided_at = Set(None);
            active.updated_at = Set(now);
            active.update(&txn).await.map_err(db_error)?;
            id
        }
        None => {
            let id = Uuid::now_v7();
            cooperative_label::ActiveModel {
                id: Set(id),
                cooperative_id: Set(cooperative_id),
                kind: Set(kind),
                reference: Set(reference.clone()),
                evidence_key: Set(stored.as_ref().map(|(k, _)| k.clone())),
                evidence_type: Set(stored.as_ref().map(|(_, m)| (*m).to_owned())),
                state: Set(state.status()),
                state_reason: Set(None),
                decided_by: Set(None),
                decided_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await
            .map_err(db_error)?;
            id
        }
    };
    audit::record(
        &txn,
        Some(user.id),
        "label.declared",
        Some(id.to_string()),
        json!({ "cooperative": cooperative_id, "kind": kind.code(), "reference": reference }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Labels waiting for an admin, oldest first.
pub async fn pending(db: &DatabaseConnection) -> Result<Vec<cooperative_label::Model>, AppError> {
    cooperative_label::Entity::find()
        .filter(cooperative_label::Column::State.eq(LabelState::Pending.code()))
        .order_by_asc(cooperative_label::Column::UpdatedAt)
        .all(db)
        .await
        .map_err(db_error)
}

/// The labels waiting for an admin, oldest first, each with its cooperative.
pub async fn queue(
    db: &DatabaseConnection,
) -> Result<Vec<(cooperative_label::Model, cooperative::Model)>, AppError> {
    let mut out = Vec::new();
    for label in pending(db).await? {
        let coop = cooperative::Entity::find_by_id(label.cooperative_id)
            .one(db)
            .await
            .map_err(db_error)?;
        if let Some(coop) = coop {
            out.push((label, coop));
        }
    }
    Ok(out)
}

/// An admin verifies a label, or rejects it with a reason (`reason` given).
pub async fn decide(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    label_id: Uuid,
    reject_reason: Option<&str>,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let event = match reject_reason {
        None => LabelEvent::Verify,
        Some(r) => LabelEvent::Reject(super::parse_reason(r)?),
    };
    let txn = begin_write(db).await?;
    let label = cooperative_label::Entity::find_by_id(label_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let state = LabelState::from_parts(label.state, label.state_reason.as_deref());
    let event_code = event.code();
    let next = state.apply(event).map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let mut active = cooperative_label::ActiveModel::from(label);
    active.state = Set(next.status());
    active.state_reason = Set(match &next {
        LabelState::Rejected(r) => Some(r.clone()),
        _ => None,
    });
    active.decided_by = Set(Some(admin.id.into_uuid()));
    active.decided_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(admin.id),
        &format!("label.{event_code}"),
        Some(label_id.to_string()),
        json!({ "to": next.code(), "reason": next_reason(&next) }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

fn next_reason(state: &LabelState) -> Option<&str> {
    match state {
        LabelState::Rejected(r) => Some(r),
        _ => None,
    }
}

/// A label's evidence document, for the cooperative's members and admins only:
/// `(bytes, MIME type, extension)`; anyone else gets `NotFound`.
pub async fn evidence(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    label_id: Uuid,
) -> Result<(bytes::Bytes, String, String), AppError> {
    let label = cooperative_label::Entity::find_by_id(label_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    access::member_or_admin(db, user, label.cooperative_id).await?;
    let (Some(key), Some(mime)) = (label.evidence_key, label.evidence_type) else {
        return Err(AppError::NotFound);
    };
    let bytes = store.get(&key).await?.ok_or(AppError::NotFound)?;
    let extension = key.rsplit('.').next().unwrap_or("bin").to_owned();
    Ok((bytes, mime, extension))
}
