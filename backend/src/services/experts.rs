//! Volunteer experts: any signed-in user applies with a profile (skills, languages, regions,
//! remote and/or on-site work, capacity, bio, portfolio images); an admin verifies or rejects the
//! application (the `expert` role follows the decision); a verified expert's public page shows
//! their impact.

use super::access;
use super::{begin_write, db_error, media, parse_reason};
use crate::{
    audit,
    dto::{ExpertProfileDto, ImageDto},
    entity::{expert, request, user, user_role},
    error::{AppError, FieldErrors, FieldIssue},
    mail::{self, Mail},
    media::MediaStore,
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    Locale, Role, UserId,
    expert::{
        ExpertEvent, ExpertState, Language, RequestState, Skill, form::Profile, join_codes,
        split_codes,
    },
    geo::Region,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// The most portfolio images a profile holds.
pub const MAX_PORTFOLIO: usize = 6;

pub use domain::expert::form::ExpertForm;

/// Parses the form (see `domain::expert::form`); a refused form comes back with its values.
fn parse(form: &ExpertForm) -> Result<Profile, AppError> {
    form.parse().map_err(|problems| {
        FieldErrors::default()
            .keep_all(&[
                ("bio", &form.bio),
                ("capacity", &form.capacity),
                ("remote", if form.remote { "on" } else { "" }),
                ("on_site", if form.on_site { "on" } else { "" }),
            ])
            .keep_list("skills", &form.skills)
            .keep_list("languages", &form.languages)
            .keep_list("regions", &form.regions)
            .with(&problems)
            .into()
    })
}

/// Creates or updates the signed-in user's expert profile. A new profile (or an edit of a
/// rejected one) waits for an admin; editing a verified profile keeps it verified.
pub async fn apply(
    db: &DatabaseConnection,
    user: &CurrentUser,
    form: &ExpertForm,
) -> Result<(), AppError> {
    let profile = parse(form)?;
    let txn = begin_write(db).await?;
    let now = chrono::Utc::now();
    let existing = expert::Entity::find_by_id(user.id.into_uuid())
        .one(&txn)
        .await
        .map_err(db_error)?;
    let skills = join_codes(&profile.skills, Skill::code);
    let languages = join_codes(&profile.languages, Language::code);
    let regions = join_codes(&profile.regions, Region::code);
    let capacity = i32::try_from(profile.capacity).map_err(|_| AppError::BadRequest)?;
    let state = match &existing {
        // A first application needs a verified address; a profile already there stays editable.
        None if !user.email_verified => return Err(AppError::EmailNotVerified),
        None => ExpertState::Pending,
        Some(e) => {
            let state = e.state;
            state.apply(ExpertEvent::Reapply).unwrap_or(state)
        }
    };
    match existing {
        None => {
            expert::ActiveModel {
                user_id: Set(user.id.into_uuid()),
                state: Set(state),
                state_reason: Set(None),
                bio: Set(profile.bio),
                skills: Set(skills),
                languages: Set(languages),
                regions: Set(regions),
                remote: Set(form.remote),
                on_site: Set(form.on_site),
                capacity: Set(capacity),
                portfolio_keys: Set(String::new()),
                decided_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await
            .map_err(db_error)?;
        }
        Some(e) => {
            let mut active: expert::ActiveModel = e.into();
            active.state = Set(state);
            active.bio = Set(profile.bio);
            active.skills = Set(skills);
            active.languages = Set(languages);
            active.regions = Set(regions);
            active.remote = Set(form.remote);
            active.on_site = Set(form.on_site);
            active.capacity = Set(capacity);
            active.updated_at = Set(now);
            active.update(&txn).await.map_err(db_error)?;
        }
    }
    audit::record(
        &txn,
        Some(user.id),
        "expert.profile_saved",
        Some(user.id.to_string()),
        json!({ "state": state.code() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Adds an image to the signed-in user's portfolio (at most [`MAX_PORTFOLIO`]).
pub async fn add_portfolio_image(
    db: &DatabaseConnection,
    store: &MediaStore,
    user: &CurrentUser,
    bytes: bytes::Bytes,
) -> Result<(), AppError> {
    let too_many = || {
        let mut errors = FieldErrors::default();
        errors.add("image", FieldIssue::TooManyPhotos);
        AppError::from(errors)
    };
    let profile = own(db, user).await?;
    if split_keys(&profile.portfolio_keys).len() >= MAX_PORTFOLIO {
        return Err(too_many());
    }
    let image = media::save_image(db, store, Some(user.id), "image", bytes).await?;
    let txn = begin_write(db).await?;
    let profile = own(&txn, user).await?;
    let mut keys = split_keys(&profile.portfolio_keys);
    if !keys.contains(&image.hash) {
        if keys.len() >= MAX_PORTFOLIO {
            return Err(too_many());
        }
        keys.push(image.hash.clone());
    }
    let mut active: expert::ActiveModel = profile.into();
    active.portfolio_keys = Set(keys.join(","));
    active.updated_at = Set(chrono::Utc::now());
    active.update(&txn).await.map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Removes an image from the signed-in user's portfolio.
pub async fn remove_portfolio_image(
    db: &DatabaseConnection,
    user: &CurrentUser,
    hash: &str,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let profile = own(&txn, user).await?;
    let keys: Vec<String> = split_keys(&profile.portfolio_keys)
        .into_iter()
        .filter(|k| k != hash)
        .collect();
    let mut active: expert::ActiveModel = profile.into();
    active.portfolio_keys = Set(keys.join(","));
    active.updated_at = Set(chrono::Utc::now());
    active.update(&txn).await.map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

fn split_keys(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

async fn own(db: &impl ConnectionTrait, user: &CurrentUser) -> Result<expert::Model, AppError> {
    expert::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

/// The signed-in user's profile, if they applied.
pub async fn mine(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Option<ExpertProfileDto>, AppError> {
    match expert::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?
    {
        Some(profile) => Ok(Some(
            to_dto(db, profile, user.display_name.clone(), None).await?,
        )),
        None => Ok(None),
    }
}

/// How many requests each of these experts holds now.
pub async fn held_by(
    db: &impl ConnectionTrait,
    experts: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, u32>, AppError> {
    let ids: Vec<Uuid> = experts.into_iter().collect();
    let held: Vec<&str> = RequestState::ALL
        .into_iter()
        .filter(|s| s.is_held())
        .map(RequestState::code)
        .collect();
    let mut out = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for r in request::Entity::find()
        .filter(request::Column::ExpertId.is_in(ids))
        .filter(request::Column::State.is_in(held))
        .all(db)
        .await
        .map_err(db_error)?
    {
        if let Some(id) = r.expert_id {
            *out.entry(id).or_insert(0) += 1;
        }
    }
    Ok(out)
}

/// A profile for display; `email` only for admins.
pub async fn to_dto(
    db: &impl ConnectionTrait,
    profile: expert::Model,
    display_name: String,
    email: Option<String>,
) -> Result<ExpertProfileDto, AppError> {
    let held = held_by(db, [profile.user_id])
        .await?
        .get(&profile.user_id)
        .copied()
        .unwrap_or(0);
    let mut portfolio: Vec<ImageDto> = Vec::new();
    let mut portfolio_keys = Vec::new();
    for key in split_keys(&profile.portfolio_keys) {
        if let Some(image) = media::find(db, &key)
            .await?
            .and_then(|m| media::to_dto(&m, display_name.clone()))
        {
            portfolio.push(image);
            portfolio_keys.push(key);
        }
    }
    Ok(ExpertProfileDto {
        user_id: profile.user_id.to_string(),
        display_name,
        state: profile.state,
        state_reason: profile.state_reason,
        bio: profile.bio,
        skills: split_codes(&profile.skills, Skill::from_code),
        languages: split_codes(&profile.languages, Language::from_code),
        regions: split_codes(&profile.regions, Region::from_code),
        remote: profile.remote,
        on_site: profile.on_site,
        capacity: u32::try_from(profile.capacity).unwrap_or(0),
        held,
        portfolio,
        portfolio_keys,
        email,
    })
}

/// The applications in `state`, oldest first (admins).
pub async fn queue(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    state: ExpertState,
) -> Result<Vec<ExpertProfileDto>, AppError> {
    access::admin(admin)?;
    let profiles = expert::Entity::find()
        .filter(expert::Column::State.eq(state.code()))
        .order_by_asc(expert::Column::UpdatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let users: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(profiles.iter().map(|p| p.user_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut out = Vec::with_capacity(profiles.len());
    for p in profiles {
        let (name, email) = users
            .get(&p.user_id)
            .map(|u| (u.display_name.clone(), Some(u.email.clone())))
            .unwrap_or_default();
        out.push(to_dto(db, p, name, email).await?);
    }
    Ok(out)
}

/// An admin's decision on an expert: verify (grants the `expert` role) or reject with a reason
/// (withdraws it). The expert hears of it by e-mail.
pub async fn decide(
    db: &DatabaseConnection,
    settings: &AppSettings,
    admin: &CurrentUser,
    expert_id: Uuid,
    event: ExpertEvent,
    reason: &str,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let reason = match event {
        ExpertEvent::Reject => Some(parse_reason(reason)?),
        ExpertEvent::Verify => None,
        ExpertEvent::Reapply => return Err(AppError::BadRequest),
    };
    let txn = begin_write(db).await?;
    let profile = expert::Entity::find_by_id(expert_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let state = profile.state;
    let next = state.apply(event).map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let mut active: expert::ActiveModel = profile.into();
    active.state = Set(next);
    active.state_reason = Set(reason.clone());
    active.decided_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    let uid = UserId::from_uuid(expert_id);
    match next {
        ExpertState::Verified => super::accounts::grant_role_in(&txn, uid, Role::Expert).await?,
        _ => {
            user_role::Entity::delete_many()
                .filter(user_role::Column::UserId.eq(expert_id))
                .filter(user_role::Column::Role.eq(Role::Expert.code()))
                .exec(&txn)
                .await
                .map_err(db_error)?;
        }
    }
    audit::record(
        &txn,
        Some(admin.id),
        &format!("expert.{}", event.code()),
        Some(expert_id.to_string()),
        json!({ "reason": reason }),
    )
    .await?;
    if let Some(account) = user::Entity::find_by_id(expert_id)
        .one(&txn)
        .await
        .map_err(db_error)?
    {
        let locale = Locale::from_tag(&account.locale).unwrap_or_default();
        let link = format!(
            "{}/experts/apply",
            settings.public_url.trim_end_matches('/')
        );
        let key = match next {
            ExpertState::Verified => "mail-expert-verified",
            _ => "mail-expert-rejected",
        };
        let args = [
            ("reason", reason.unwrap_or_default().into()),
            ("link", link.into()),
        ];
        mail::enqueue(
            &txn,
            &Mail {
                to: account.email,
                subject: crate::i18n::t(locale, &format!("{key}-subject")),
                body: crate::i18n::t_args(locale, key, &args),
                language: Some(locale.tag().to_owned()),
            },
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// How many applications wait for a decision (for the admin menu).
pub async fn pending_count(db: &DatabaseConnection) -> Result<u64, AppError> {
    expert::Entity::find()
        .filter(expert::Column::State.eq(ExpertState::Pending.code()))
        .count(db)
        .await
        .map_err(db_error)
}
