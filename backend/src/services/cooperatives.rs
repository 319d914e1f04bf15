//! Cooperatives: sign-up checked against the register, the verification queue, admin decisions.

use super::access;
use super::db_error;
use crate::{
    audit,
    entity::{cooperative, cooperative_member, registry_entry, verification_event},
    error::{AppError, FieldErrors, FieldIssue},
    media::MediaStore,
    user::CurrentUser,
};
use chrono::NaiveDate;
use domain::{
    InputError, Locale, Role, UserId,
    cooperative::{CooperativeEvent, CooperativeState, CooperativeStatus, form::Declaration},
    media::MediaError,
    registry::{self, Declared, RegisterMatch, RegisterNumber},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

pub use domain::cooperative::form::CooperativeForm;

/// The form's values, to put back in it when it is refused.
fn kept(form: &CooperativeForm) -> FieldErrors {
    FieldErrors::default().keep_all(&[
        ("register_number", &form.register_number),
        ("ice", &form.ice),
        ("name_ar", &form.name_ar),
        ("name_fr", &form.name_fr),
        ("region", &form.region),
        ("province", &form.province),
        ("sector", &form.sector),
        ("founded_on", &form.founded_on),
        ("member_count", &form.member_count),
        ("women_count", &form.women_count),
        ("phone", &form.phone),
    ])
}

/// Parses the form (see `domain::cooperative::form`); a refused form comes back with its values.
fn parse_form(form: &CooperativeForm, today: NaiveDate) -> Result<Declaration, FieldErrors> {
    form.parse(today)
        .map_err(|problems| kept(form).with(&problems))
}

/// A URL slug from the French name (ASCII), made unique with the register number's digits.
fn slug_for(name_fr: &str, register_number: &RegisterNumber) -> String {
    let folded = domain::normalize::fold(name_fr);
    let words: Vec<String> = folded
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty() && w != "cooperative")
        .take(6)
        .collect();
    let digits: String = register_number
        .as_str()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    let base = if words.is_empty() {
        "cooperative".to_owned()
    } else {
        words.join("-")
    };
    format!("{base}-{digits}")
}

/// Registers a cooperative for `owner` and submits it for verification, in one transaction.
/// The register number must exist in the imported register and not be claimed already.
pub async fn register(
    db: &DatabaseConnection,
    store: &MediaStore,
    owner: &CurrentUser,
    form: &CooperativeForm,
    certificate: Option<bytes::Bytes>,
) -> Result<Uuid, AppError> {
    // Someone who has not shown the address is theirs does not speak for a cooperative.
    owner.require_verified()?;
    let today = chrono::Utc::now().date_naive();
    let parsed = parse_form(form, today);
    let Some(certificate) = certificate else {
        let mut errors = parsed.err().unwrap_or_else(|| kept(form));
        errors.add(CERTIFICATE_FIELD, FieldIssue::Media(MediaError::Empty));
        return Err(errors.into());
    };
    let declaration = parsed.map_err(AppError::Invalid)?;
    let number = declaration.register_number.as_str();
    check_register_number(db, form, number, None).await?;
    let id = Uuid::now_v7();
    let (certificate_key, mime) = store_certificate(store, form, id, certificate).await?;
    let now = chrono::Utc::now();
    let state = CooperativeState::Draft
        .apply(CooperativeEvent::Submit)
        .map_err(|_| AppError::Internal)?;
    let txn = super::begin_write(db).await?;
    let inserted = cooperative::ActiveModel {
        id: Set(id),
        slug: Set(slug_for(&declaration.name_fr, &declaration.register_number)),
        register_number: Set(number.to_owned()),
        ice: Set(declaration.ice.to_string()),
        name_ar: Set(declaration.name_ar.clone()),
        name_fr: Set(declaration.name_fr.clone()),
        region: Set(declaration.region.code().to_owned()),
        province: Set(declaration.province.to_owned()),
        sector: Set(declaration.sector.code().to_owned()),
        founded_on: Set(declaration.founded_on),
        member_count: Set(declaration.member_count),
        women_count: Set(declaration.women_count),
        phone: Set(declaration.phone.clone()),
        state: Set(state.status()),
        state_reason: Set(None),
        certificate_key: Set(Some(certificate_key)),
        certificate_type: Set(Some(mime.to_owned())),
        submitted_at: Set(Some(now)),
        verified_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        accepts_cash_on_delivery: Set(true),
        whatsapp: Set(None),
        register_flag: Set(None),
    }
    .insert(&txn)
    .await;
    if let Err(e) = inserted {
        if super::is_unique_violation(&e) {
            let mut errors = kept(form);
            errors.add("register_number", FieldIssue::RegisterNumberTaken);
            return Err(errors.into());
        }
        return Err(db_error(e));
    }
    cooperative_member::ActiveModel {
        cooperative_id: Set(id),
        user_id: Set(owner.id.into_uuid()),
        role: Set("owner".to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    super::accounts::grant_role_in(&txn, owner.id, Role::CooperativeMember).await?;
    record_event(
        &txn,
        id,
        Some(owner.id),
        &CooperativeEvent::Submit,
        &register_match_of(&txn, id).await?,
    )
    .await?;
    audit::record(
        &txn,
        Some(owner.id),
        "cooperative.submitted",
        Some(id.to_string()),
        json!({ "register_number": number }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(cooperative.id = %id, "cooperative submitted for verification");
    Ok(id)
}

async fn register_match_of(db: &impl ConnectionTrait, id: Uuid) -> Result<RegisterMatch, AppError> {
    let coop = cooperative::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let entry = registry_entry::Entity::find_by_id(coop.register_number.clone())
        .one(db)
        .await
        .map_err(db_error)?;
    Ok(register_match(&coop, entry.as_ref()))
}

/// How `coop` compares with its register entry.
pub fn register_match(
    coop: &cooperative::Model,
    entry: Option<&registry_entry::Model>,
) -> RegisterMatch {
    let declared = Declared {
        name_ar: &coop.name_ar,
        name_fr: &coop.name_fr,
        region: &coop.region,
    };
    registry::match_register(
        declared,
        entry.map(|e| Declared {
            name_ar: &e.name_ar,
            name_fr: &e.name_fr,
            region: &e.region,
        }),
    )
}

async fn record_event(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    actor: Option<UserId>,
    event: &CooperativeEvent,
    register_match: &RegisterMatch,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    let reason = match event {
        CooperativeEvent::Reject(r) | CooperativeEvent::Suspend(r) => Some(r.clone()),
        _ => None,
    };
    verification_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        cooperative_id: Set(cooperative_id),
        actor_id: Set(actor.map(UserId::into_uuid)),
        event: Set(event.code().to_owned()),
        reason: Set(reason),
        register_match: Set(serde_json::to_string(register_match).unwrap_or_default()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// An admin decision on a cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Verify,
    Reject,
    Suspend,
    Reinstate,
}

/// Applies an admin decision: checks the role, the transition and the reason, then records the
/// event, the audit entry and the e-mail to the owner in one transaction.
pub async fn decide(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    cooperative_id: Uuid,
    decision: Decision,
    reason: &str,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let reason = reason.trim().chars().take(1000).collect::<String>();
    let needs_reason = matches!(decision, Decision::Reject | Decision::Suspend);
    if needs_reason && reason.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("reason", InputError::Required);
        return Err(errors.into());
    }
    let event = match decision {
        Decision::Verify => CooperativeEvent::Verify,
        Decision::Reject => CooperativeEvent::Reject(reason.clone()),
        Decision::Suspend => CooperativeEvent::Suspend(reason.clone()),
        Decision::Reinstate => CooperativeEvent::Reinstate,
    };
    let txn = super::begin_write(db).await?;
    let coop = cooperative::Entity::find_by_id(cooperative_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let state = CooperativeState::from_parts(coop.state, coop.state_reason.as_deref());
    let next = state.apply(event.clone()).map_err(|_| AppError::Conflict)?;
    let entry = registry_entry::Entity::find_by_id(coop.register_number.clone())
        .one(&txn)
        .await
        .map_err(db_error)?;
    // The register's word counts: no cooperative it shows dissolved or in liquidation sells.
    if matches!(next, CooperativeState::Verified)
        && entry.as_ref().is_some_and(|e| !e.status.is_active())
    {
        return Err(AppError::RegisterInactive);
    }
    let now = chrono::Utc::now();
    let mut active: cooperative::ActiveModel = coop.clone().into();
    active.state = Set(next.status());
    active.state_reason = Set(next.reason().map(str::to_owned));
    if matches!(next, CooperativeState::Verified) && coop.verified_at.is_none() {
        active.verified_at = Set(Some(now));
    }
    // An admin decided: the register's flag has done its work.
    active.register_flag = Set(None);
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    record_event(
        &txn,
        cooperative_id,
        Some(admin.id),
        &event,
        &register_match(&coop, entry.as_ref()),
    )
    .await?;
    audit::record(
        &txn,
        Some(admin.id),
        &format!("cooperative.{}", event.code()),
        Some(cooperative_id.to_string()),
        json!({ "reason": next.reason(), "register_flag": coop.register_flag.map(|f| f.code()) }),
    )
    .await?;
    notify_owners(&txn, &coop, &event).await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(cooperative.id = %cooperative_id, decision = event.code(), "cooperative decision recorded");
    Ok(())
}

/// A register import shows the verified cooperative `coop` as `status` (dissolved or in
/// liquidation): it goes back to the admins' queue, off sale, flagged with that status, and its
/// owners are told; the event, the audit entry and the e-mails are written in `db` (the import's
/// transaction). An admin's next decision clears the flag.
pub async fn register_lapsed(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
    status: domain::registry::RegistryStatus,
    actor: Option<UserId>,
) -> Result<(), AppError> {
    let event = CooperativeEvent::RegisterLapsed;
    let state = CooperativeState::from_parts(coop.state, coop.state_reason.as_deref());
    let next = state.apply(event.clone()).map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let mut active: cooperative::ActiveModel = coop.clone().into();
    active.state = Set(next.status());
    active.state_reason = Set(None);
    active.register_flag = Set(Some(status));
    active.submitted_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(db).await.map_err(db_error)?;
    let entry = registry_entry::Entity::find_by_id(coop.register_number.clone())
        .one(db)
        .await
        .map_err(db_error)?;
    record_event(
        db,
        coop.id,
        actor,
        &event,
        &register_match(coop, entry.as_ref()),
    )
    .await?;
    audit::record(
        db,
        actor,
        "cooperative.register_lapsed",
        Some(coop.id.to_string()),
        json!({ "register_status": status.code() }),
    )
    .await?;
    notify_owners(db, coop, &event).await?;
    tracing::warn!(cooperative.id = %coop.id, register_status = status.code(), "the register shows a verified cooperative lapsed: back to review");
    Ok(())
}

async fn notify_owners(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
    event: &CooperativeEvent,
) -> Result<(), AppError> {
    let key = format!("mail-cooperative-{}", event.code());
    mail_owners(db, coop, &key, &event_reason(event)).await
}

/// Mails the cooperative's owners the message `key` (its `-subject` and `-body`), in Arabic and
/// French, with the cooperative's `name` in each and `reason` as arguments.
pub(super) async fn mail_owners(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
    key: &str,
    reason: &str,
) -> Result<(), AppError> {
    super::notifications::mail_owners(
        db,
        coop.id,
        (&format!("{key}-subject"), &format!("{key}-body")),
        |locale| {
            let name = match locale {
                Locale::Ar => &coop.name_ar,
                _ => &coop.name_fr,
            };
            vec![("name", name.clone()), ("reason", reason.to_owned())]
        },
    )
    .await
}

fn event_reason(event: &CooperativeEvent) -> String {
    match event {
        CooperativeEvent::Reject(r) | CooperativeEvent::Suspend(r) => r.clone(),
        _ => String::new(),
    }
}

/// One line of the admin verification queue.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub cooperative: cooperative::Model,
    pub register_entry: Option<registry_entry::Model>,
    pub register_match: RegisterMatch,
}

/// Cooperatives in `state` (e.g. "submitted"), oldest first, each beside its register match.
pub async fn queue(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    state: &str,
) -> Result<Vec<QueueItem>, AppError> {
    access::admin(admin)?;
    let coops = cooperative::Entity::find()
        .filter(cooperative::Column::State.eq(state))
        .order_by_asc(cooperative::Column::SubmittedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut items = Vec::with_capacity(coops.len());
    for coop in coops {
        let entry = registry_entry::Entity::find_by_id(coop.register_number.clone())
            .one(db)
            .await
            .map_err(db_error)?;
        let register_match = register_match(&coop, entry.as_ref());
        items.push(QueueItem {
            cooperative: coop,
            register_entry: entry,
            register_match,
        });
    }
    Ok(items)
}

/// The cooperatives `user` belongs to.
pub async fn of_member(
    db: &DatabaseConnection,
    user: UserId,
) -> Result<Vec<cooperative::Model>, AppError> {
    let ids: Vec<Uuid> = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::UserId.eq(user.into_uuid()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|m| m.cooperative_id)
        .collect();
    cooperative::Entity::find()
        .filter(cooperative::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)
}

/// A public cooperative by slug: only verified ones exist for the public.
pub async fn public_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<cooperative::Model, AppError> {
    let coop = cooperative::Entity::find()
        .filter(cooperative::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(db_error)?;
    coop.filter(|c| c.state == CooperativeStatus::Verified)
        .ok_or(AppError::NotFound)
}

/// The register number must be in the national register and not claimed by another cooperative
/// on Taawon (`this` is the cooperative being corrected, if any).
async fn check_register_number(
    db: &impl ConnectionTrait,
    form: &CooperativeForm,
    number: &str,
    this: Option<Uuid>,
) -> Result<(), AppError> {
    let Some(issue) = register_number_issue(db, number, this).await? else {
        return Ok(());
    };
    let mut errors = kept(form);
    errors.add("register_number", issue);
    Err(errors.into())
}

/// What is wrong with `number` as the register number of the cooperative `this` (none for a new
/// one): not in the register, or already another cooperative's (the entry's status is the
/// caller's to weigh).
pub(super) async fn register_number_issue(
    db: &impl ConnectionTrait,
    number: &str,
    this: Option<Uuid>,
) -> Result<Option<FieldIssue>, AppError> {
    let entry = registry_entry::Entity::find_by_id(number)
        .one(db)
        .await
        .map_err(db_error)?;
    let mut claimed =
        cooperative::Entity::find().filter(cooperative::Column::RegisterNumber.eq(number));
    if let Some(this) = this {
        claimed = claimed.filter(cooperative::Column::Id.ne(this));
    }
    let taken = claimed.one(db).await.map_err(db_error)?;
    Ok(match (entry, taken) {
        (None, _) => Some(FieldIssue::RegisterNumberUnknown),
        (Some(_), Some(_)) => Some(FieldIssue::RegisterNumberTaken),
        (Some(_), None) => None,
    })
}

/// Checks a certificate (an image is re-encoded) before anything is written, and stores it
/// privately under a new key; it is only referenced once the cooperative row commits.
async fn store_certificate(
    store: &MediaStore,
    form: &CooperativeForm,
    id: Uuid,
    certificate: bytes::Bytes,
) -> Result<(String, &'static str), AppError> {
    let (file, mime, extension) = store.process_document(certificate).await.map_err(|e| {
        match super::media::refused(CERTIFICATE_FIELD, e) {
            AppError::Invalid(mut errors) => {
                errors.values = kept(form).values;
                AppError::Invalid(errors)
            }
            other => other,
        }
    })?;
    let key = store
        .put_private(
            &format!("certificates/{id}-{}.{extension}", Uuid::now_v7().simple()),
            file,
        )
        .await?;
    Ok((key, mime))
}

/// Sends a rejected cooperative's corrected file for verification again: checked like a sign-up
/// (against the register too), with an optional new certificate; recorded as a new submission.
pub async fn resubmit(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &CooperativeForm,
    certificate: Option<bytes::Bytes>,
) -> Result<(), AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    let current = CooperativeState::from_parts(coop.state, coop.state_reason.as_deref());
    let next = current
        .apply(CooperativeEvent::Submit)
        .map_err(|_| AppError::Conflict)?;
    let today = chrono::Utc::now().date_naive();
    let declaration = parse_form(form, today).map_err(AppError::Invalid)?;
    let number = declaration.register_number.as_str();
    check_register_number(db, form, number, Some(cooperative_id)).await?;
    let certificate = match certificate {
        Some(bytes) => Some(store_certificate(store, form, cooperative_id, bytes).await?),
        None => None,
    };
    let txn = super::begin_write(db).await?;
    let fresh = access::member_of(&txn, user, cooperative_id).await?;
    if fresh.state != current.status() {
        // Someone decided in between: nothing is written.
        return Err(AppError::Conflict);
    }
    let now = chrono::Utc::now();
    let mut active: cooperative::ActiveModel = fresh.into();
    active.register_number = Set(number.to_owned());
    active.ice = Set(declaration.ice.to_string());
    active.name_ar = Set(declaration.name_ar.clone());
    active.name_fr = Set(declaration.name_fr.clone());
    active.region = Set(declaration.region.code().to_owned());
    active.province = Set(declaration.province.to_owned());
    active.sector = Set(declaration.sector.code().to_owned());
    active.founded_on = Set(declaration.founded_on);
    active.member_count = Set(declaration.member_count);
    active.women_count = Set(declaration.women_count);
    active.phone = Set(declaration.phone.clone());
    active.state = Set(next.status());
    active.state_reason = Set(None);
    active.submitted_at = Set(Some(now));
    active.updated_at = Set(now);
    if let Some((key, mime)) = certificate {
        active.certificate_key = Set(Some(key));
        active.certificate_type = Set(Some(mime.to_owned()));
    }
    if let Err(e) = active.update(&txn).await {
        if super::is_unique_violation(&e) {
            let mut errors = kept(form);
            errors.add("register_number", FieldIssue::RegisterNumberTaken);
            return Err(errors.into());
        }
        return Err(db_error(e));
    }
    let event = CooperativeEvent::Submit;
    record_event(
        &txn,
        cooperative_id,
        Some(user.id),
        &event,
        &register_match_of(&txn, cooperative_id).await?,
    )
    .await?;
    audit::record(
        &txn,
        Some(user.id),
        "cooperative.resubmitted",
        Some(cooperative_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The form field of the certificate.
pub const CERTIFICATE_FIELD: &str = "certificate";

/// The certificate of a cooperative, for its members and for admins only: `(bytes, MIME type,
/// extension)`. Anyone else gets `NotFound`, so its existence is not revealed.
pub async fn certificate(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<(bytes::Bytes, String, String), AppError> {
    let coop = access::member_or_admin(db, user, cooperative_id).await?;
    let (Some(key), Some(mime)) = (coop.certificate_key, coop.certificate_type) else {
        return Err(AppError::NotFound);
    };
    let bytes = store.get(&key).await?.ok_or(AppError::NotFound)?;
    let extension = key.rsplit('.').next().unwrap_or("bin").to_owned();
    Ok((bytes, mime, extension))
}
