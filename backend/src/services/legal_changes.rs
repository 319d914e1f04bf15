//! A verified cooperative's legal details (names, register number, ICE) change only by an admin's
//! decision: an owner proposes the new details, checked against the register like a sign-up; the
//! cooperative stays verified and its recorded details stay public while the proposal waits in
//! the admins' queue; an accepted proposal replaces them, a refused one (with a reason) leaves
//! them. The owners are mailed either way; every step is audit-logged. A cooperative has at most
//! one waiting proposal: a new one replaces it.

use super::{access, begin_write, cooperatives, db_error};
use crate::{
    audit,
    dto::{LegalChangeDto, LegalDetailsDto},
    entity::{cooperative, cooperative_change, registry_entry},
    error::{AppError, FieldErrors, FieldIssue},
    user::CurrentUser,
};
use domain::{
    InputError,
    cooperative::{CooperativeStatus, form::Legal},
    registry::{self, Declared},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, sea_query::Expr,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

pub use domain::cooperative::form::LegalForm;

/// The form's values, to put back in it when it is refused.
fn kept(form: &LegalForm) -> FieldErrors {
    FieldErrors::default().keep_all(&[
        ("register_number", &form.register_number),
        ("ice", &form.ice),
        ("name_ar", &form.name_ar),
        ("name_fr", &form.name_fr),
    ])
}

fn refused(form: &LegalForm, field: &str, issue: FieldIssue) -> AppError {
    let mut errors = kept(form);
    errors.add(field, issue);
    errors.into()
}

/// The details as recorded on the cooperative.
pub fn recorded(coop: &cooperative::Model) -> LegalDetailsDto {
    LegalDetailsDto {
        register_number: coop.register_number.clone(),
        ice: coop.ice.clone(),
        name_ar: coop.name_ar.clone(),
        name_fr: coop.name_fr.clone(),
    }
}

/// An owner of the verified cooperative proposes new legal details. Refused, with nothing
/// written: a non-owner (`Forbidden`; a non-member gets `NotFound`), a cooperative that is not
/// verified (`Conflict`: it corrects its sign-up instead), an invalid form, details equal to the
/// recorded ones, a register number not in the register, another cooperative's, or whose entry
/// is dissolved or in liquidation.
pub async fn propose(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &LegalForm,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let (coop, member) = access::member_row(&txn, user, cooperative_id).await?;
    if member.role != "owner" {
        return Err(AppError::Forbidden);
    }
    if coop.state != CooperativeStatus::Verified {
        return Err(AppError::Conflict);
    }
    let legal = form
        .parse()
        .map_err(|problems| AppError::from(kept(form).with(&problems)))?;
    let changed = Changed::between(&coop, &legal);
    if !changed.any() {
        return Err(refused(form, "name_ar", FieldIssue::NothingChanged));
    }
    let number = legal.register_number.as_str();
    if changed.register_number {
        if let Some(issue) =
            cooperatives::register_number_issue(&txn, number, Some(coop.id)).await?
        {
            return Err(refused(form, "register_number", issue));
        }
        let entry = registry_entry::Entity::find_by_id(number)
            .one(&txn)
            .await
            .map_err(db_error)?;
        if entry.is_some_and(|e| !e.status.is_active()) {
            return Err(refused(
                form,
                "register_number",
                FieldIssue::RegisterNumberInactive,
            ));
        }
    }
    let now = chrono::Utc::now();
    // A waiting proposal is replaced in place; otherwise a new one waits (the unique index on
    // `pending_for` keeps it to one, should two owners propose at once).
    let replaced = cooperative_change::Entity::update_many()
        .col_expr(
            cooperative_change::Column::NameAr,
            Expr::value(legal.name_ar.clone()),
        )
        .col_expr(
            cooperative_change::Column::NameFr,
            Expr::value(legal.name_fr.clone()),
        )
        .col_expr(
            cooperative_change::Column::RegisterNumber,
            Expr::value(number),
        )
        .col_expr(
            cooperative_change::Column::Ice,
            Expr::value(legal.ice.to_string()),
        )
        .col_expr(
            cooperative_change::Column::ProposedBy,
            Expr::value(user.id.into_uuid()),
        )
        .col_expr(cooperative_change::Column::CreatedAt, Expr::value(now))
        .filter(cooperative_change::Column::PendingFor.eq(coop.id))
        .exec(&txn)
        .await
        .map_err(db_error)?
        .rows_affected;
    if replaced == 0 {
        let inserted = cooperative_change::ActiveModel {
            id: Set(Uuid::now_v7()),
            cooperative_id: Set(coop.id),
            pending_for: Set(Some(coop.id)),
            name_ar: Set(legal.name_ar.clone()),
            name_fr: Set(legal.name_fr.clone()),
            register_number: Set(number.to_owned()),
            ice: Set(legal.ice.to_string()),
            proposed_by: Set(user.id.into_uuid()),
            created_at: Set(now),
            outcome: Set(None),
            reason: Set(None),
            decided_by: Set(None),
            decided_at: Set(None),
        }
        .insert(&txn)
        .await;
        if let Err(e) = inserted {
            return Err(super::conflict_on_duplicate(e));
        }
    }
    audit::record(
        &txn,
        Some(user.id),
        "cooperative.legal_change_proposed",
        Some(coop.id.to_string()),
        changed.to_json(),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(cooperative.id = %coop.id, "legal change proposed");
    Ok(())
}

/// Which legal details a proposal changes.
struct Changed {
    names: bool,
    register_number: bool,
    ice: bool,
}

impl Changed {
    fn between(coop: &cooperative::Model, legal: &Legal) -> Self {
        Self {
            names: coop.name_ar != legal.name_ar || coop.name_fr != legal.name_fr,
            register_number: coop.register_number != legal.register_number.as_str(),
            ice: coop.ice != legal.ice.to_string(),
        }
    }

    fn any(&self) -> bool {
        self.names || self.register_number || self.ice
    }

    fn to_json(&self) -> serde_json::Value {
        json!({ "names": self.names, "register_number": self.register_number, "ice": self.ice })
    }
}

/// The cooperative's latest proposal (waiting or decided), for its members.
pub async fn latest(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
) -> Result<Option<LegalChangeDto>, AppError> {
    let Some(change) = cooperative_change::Entity::find()
        .filter(cooperative_change::Column::CooperativeId.eq(coop.id))
        .order_by_desc(cooperative_change::Column::CreatedAt)
        .one(db)
        .await
        .map_err(db_error)?
    else {
        return Ok(None);
    };
    let entry = registry_entry::Entity::find_by_id(change.register_number.clone())
        .one(db)
        .await
        .map_err(db_error)?;
    Ok(Some(to_dto(change, coop, entry.as_ref())))
}

/// The waiting proposals, oldest first, for the admins.
pub async fn queue(
    db: &DatabaseConnection,
    admin: &CurrentUser,
) -> Result<Vec<LegalChangeDto>, AppError> {
    access::admin(admin)?;
    let changes = cooperative_change::Entity::find()
        .filter(cooperative_change::Column::PendingFor.is_not_null())
        .order_by_asc(cooperative_change::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let coops: HashMap<Uuid, cooperative::Model> = cooperative::Entity::find()
        .filter(cooperative::Column::Id.is_in(changes.iter().map(|c| c.cooperative_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let entries: HashMap<String, registry_entry::Model> = registry_entry::Entity::find()
        .filter(
            registry_entry::Column::RegisterNumber
                .is_in(changes.iter().map(|c| c.register_number.clone())),
        )
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|e| (e.register_number.clone(), e))
        .collect();
    Ok(changes
        .into_iter()
        .filter_map(|change| {
            let coop = coops.get(&change.cooperative_id)?;
            let entry = entries.get(&change.register_number);
            Some(to_dto(change, coop, entry))
        })
        .collect())
}

fn to_dto(
    change: cooperative_change::Model,
    coop: &cooperative::Model,
    entry: Option<&registry_entry::Model>,
) -> LegalChangeDto {
    let register_match = registry::match_register(
        Declared {
            name_ar: &change.name_ar,
            name_fr: &change.name_fr,
            region: &coop.region,
        },
        entry.map(|e| Declared {
            name_ar: &e.name_ar,
            name_fr: &e.name_fr,
            region: &e.region,
        }),
    );
    LegalChangeDto {
        id: change.id.to_string(),
        cooperative_id: coop.id.to_string(),
        slug: coop.slug.clone(),
        current: recorded(coop),
        proposed: LegalDetailsDto {
            register_number: change.register_number,
            ice: change.ice,
            name_ar: change.name_ar,
            name_fr: change.name_fr,
        },
        proposed_at: change.created_at.format("%Y-%m-%d %H:%M").to_string(),
        register_status: entry.map(|e| e.status),
        register_match,
        outcome: change.outcome,
        reason: change.reason,
    }
}

/// An admin accepts (the proposed details replace the recorded ones) or refuses (with a reason
/// the owners are sent) a waiting proposal, in one transaction whose decision is one conditional
/// update: a proposal already decided (or replaced) is a `Conflict`, with nothing written. An
/// acceptance is refused when the register no longer backs the proposed number.
pub async fn decide(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    change_id: Uuid,
    accept: bool,
    reason: &str,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let reason = reason.trim().chars().take(1000).collect::<String>();
    if !accept && reason.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("reason", InputError::Required);
        return Err(errors.into());
    }
    let txn = begin_write(db).await?;
    let change = cooperative_change::Entity::find_by_id(change_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let coop = cooperative::Entity::find_by_id(change.cooperative_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let now = chrono::Utc::now();
    let outcome = if accept { "accepted" } else { "refused" };
    let decided = cooperative_change::Entity::update_many()
        .col_expr(
            cooperative_change::Column::PendingFor,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(cooperative_change::Column::Outcome, Expr::value(outcome))
        .col_expr(
            cooperative_change::Column::Reason,
            Expr::value((!accept).then(|| reason.clone())),
        )
        .col_expr(
            cooperative_change::Column::DecidedBy,
            Expr::value(admin.id.into_uuid()),
        )
        .col_expr(cooperative_change::Column::DecidedAt, Expr::value(now))
        .filter(cooperative_change::Column::Id.eq(change.id))
        .filter(cooperative_change::Column::PendingFor.is_not_null())
        .exec(&txn)
        .await
        .map_err(db_error)?
        .rows_affected;
    if decided != 1 {
        return Err(AppError::Conflict);
    }
    if accept {
        apply(&txn, &coop, &change).await?;
    }
    audit::record(
        &txn,
        Some(admin.id),
        &format!("cooperative.legal_change_{outcome}"),
        Some(coop.id.to_string()),
        json!({ "change": change.id.to_string(), "reason": (!accept).then_some(&reason) }),
    )
    .await?;
    let after = cooperative::Entity::find_by_id(coop.id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .unwrap_or(coop);
    cooperatives::mail_owners(
        &txn,
        &after,
        &format!("mail-cooperative-legal_change_{outcome}"),
        &reason,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(cooperative.id = %after.id, outcome, "legal change decided");
    Ok(())
}

/// Writes the accepted details on the cooperative, once the register still backs them.
async fn apply(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
    change: &cooperative_change::Model,
) -> Result<(), AppError> {
    if change.register_number != coop.register_number {
        if cooperatives::register_number_issue(db, &change.register_number, Some(coop.id))
            .await?
            .is_some()
        {
            return Err(AppError::Conflict);
        }
        let entry = registry_entry::Entity::find_by_id(change.register_number.clone())
            .one(db)
            .await
            .map_err(db_error)?;
        if entry.is_some_and(|e| !e.status.is_active()) {
            return Err(AppError::RegisterInactive);
        }
    }
    let mut active: cooperative::ActiveModel = coop.clone().into();
    active.name_ar = Set(change.name_ar.clone());
    active.name_fr = Set(change.name_fr.clone());
    active.register_number = Set(change.register_number.clone());
    active.ice = Set(change.ice.clone());
    active.updated_at = Set(chrono::Utc::now());
    active
        .update(db)
        .await
        .map_err(super::conflict_on_duplicate)?;
    Ok(())
}
