//! Accounts: sign-up, authentication, password changes, roles, first admin.

use super::{db_error, is_unique_violation};
use crate::{
    audit,
    entity::{user, user_role},
    error::{AppError, FieldErrors, FieldIssue},
    passwords,
    user::CurrentUser,
};
use domain::{DisplayName, Email, Locale, Password, Role, UserId, account::SignUp};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;

pub use domain::account::{ChangePasswordForm, SignUpForm};

/// How a new account's address comes to be verified.
#[derive(Debug, Clone, Copy)]
pub enum Verification<'a> {
    /// A link is mailed to it (sign-up); the address of the site is `public_url`.
    Mail { public_url: &'a str },
    /// The account is made by the operator (the demo's accounts): verified as it is.
    Trusted,
}

/// Creates a consumer account and mails it a link to verify its address. Every field is checked
/// before anything is written, and the user, their role, the audit entry and the mail are written
/// in one transaction.
///
/// An address that already has an account is answered as a new one would be, at the same cost
/// (a password hash), so the form does not tell who has an account: nothing is created, and the
/// address's owner is mailed instead (`Ok(None)`: no one to sign in).
pub async fn sign_up(
    db: &DatabaseConnection,
    form: &SignUpForm,
    locale: Locale,
    verification: Verification<'_>,
) -> Result<Option<CurrentUser>, AppError> {
    let SignUp {
        name,
        email,
        password,
    } = form.parse().map_err(|problems| {
        AppError::Invalid(
            FieldErrors::default()
                .keep("display_name", &form.display_name)
                .keep("email", &form.email)
                .with(&problems),
        )
    })?;
    let hash = passwords::hash(&password).await?;
    if let Some(owner) = find_by_email(db, &email).await? {
        mail_the_owner(db, &owner, verification).await?;
        return Ok(None);
    }
    let id = UserId::new();
    let trusted = matches!(verification, Verification::Trusted);
    let txn = super::begin_write(db).await?;
    let inserted = insert_user(&txn, id, &email, &name, &hash, locale, trusted).await;
    if let Err(e) = inserted {
        if is_unique_violation(&e) {
            // Two sign-ups raced for the same address: the loser is answered as the owner is.
            return Ok(None);
        }
        return Err(db_error(e));
    }
    grant_role_in(&txn, id, Role::Consumer).await?;
    audit::record(
        &txn,
        Some(id),
        "user.signed_up",
        Some(id.to_string()),
        json!({}),
    )
    .await?;
    if let Verification::Mail { public_url } = verification {
        super::verification::send_link(&txn, id, email.as_str(), name.as_str(), locale, public_url)
            .await?;
    }
    txn.commit().await.map_err(db_error)?;
    tracing::info!(user.id = %id, "account created");
    Ok(Some(CurrentUser {
        id,
        email: email.to_string(),
        display_name: name.as_str().to_owned(),
        roles: vec![Role::Consumer],
        email_verified: trusted,
    }))
}

/// Tells the owner of an address that someone signed up with it (perhaps they forgot they have
/// an account), with the ways in.
async fn mail_the_owner(
    db: &DatabaseConnection,
    owner: &user::Model,
    verification: Verification<'_>,
) -> Result<(), AppError> {
    let Verification::Mail { public_url } = verification else {
        return Ok(());
    };
    tracing::info!("sign-up with an address that has an account: its owner is told");
    let locale = Locale::from_tag(&owner.locale).unwrap_or_default();
    let site = public_url.trim_end_matches('/');
    let args = [
        ("name", owner.display_name.clone().into()),
        ("sign_in", format!("{site}/sign-in").into()),
        ("forgot", format!("{site}/forgot-password").into()),
    ];
    crate::mail::enqueue(
        db,
        &crate::mail::Mail {
            to: owner.email.clone(),
            subject: crate::i18n::t_args(locale, "mail-signup-exists-subject", &args),
            body: crate::i18n::t_args(locale, "mail-signup-exists-body", &args),
            language: Some(locale.tag().to_owned()),
        },
    )
    .await
}

async fn insert_user(
    db: &impl ConnectionTrait,
    id: UserId,
    email: &Email,
    name: &DisplayName,
    hash: &str,
    locale: Locale,
    verified: bool,
) -> Result<user::Model, sea_orm::DbErr> {
    let now = chrono::Utc::now();
    user::ActiveModel {
        email_verified_at: Set(verified.then_some(now)),
        id: Set(id.into_uuid()),
        email: Set(email.to_string()),
        display_name: Set(name.as_str().to_owned()),
        password_hash: Set(hash.to_owned()),
        locale: Set(locale.tag().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
}

async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<user::Model>, AppError> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await
        .map_err(db_error)
}

/// Checks an e-mail and password. Unknown addresses cost the same time as wrong passwords, and both
/// give the same error, so the form does not reveal who has an account.
pub async fn authenticate(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
) -> Result<CurrentUser, AppError> {
    let found = match Email::parse(email) {
        Ok(email) => find_by_email(db, &email).await?,
        Err(_) => None,
    };
    let Some(found) = found else {
        let _ = passwords::verify(password, &passwords::dummy_hash().await?).await?;
        return Err(AppError::InvalidCredentials);
    };
    // An over-long password costs one hash too (`verify` never matches it).
    if !passwords::verify(password, &found.password_hash).await? {
        return Err(AppError::InvalidCredentials);
    }
    to_current_user(db, found).await
}

/// Loads a user for the session; `None` when the account no longer exists.
pub async fn load_user(
    db: &DatabaseConnection,
    id: UserId,
) -> Result<Option<CurrentUser>, AppError> {
    match user::Entity::find_by_id(id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?
    {
        Some(found) => Ok(Some(to_current_user(db, found).await?)),
        None => Ok(None),
    }
}

async fn to_current_user(
    db: &DatabaseConnection,
    found: user::Model,
) -> Result<CurrentUser, AppError> {
    let roles = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(found.id))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter_map(|r| Role::from_code(&r.role))
        .collect();
    Ok(CurrentUser {
        id: UserId::from_uuid(found.id),
        email_verified: found.email_verified_at.is_some(),
        email: found.email,
        display_name: found.display_name,
        roles,
    })
}

/// Changes the signed-in user's password after checking the current one, and ends every other
/// session of the account (all but `keep`, the caller's own).
pub async fn change_password(
    db: &DatabaseConnection,
    user_id: UserId,
    form: &ChangePasswordForm,
    keep: Option<&str>,
) -> Result<(), AppError> {
    let found = user::Entity::find_by_id(user_id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Unauthorized)?;
    let mut errors = FieldErrors::default();
    let new_password = form
        .parse()
        .map_err(|problems| errors = FieldErrors::default().with(&problems))
        .ok();
    if form.current_too_long()
        || !passwords::verify(&form.current_password, &found.password_hash).await?
    {
        errors.add("current_password", FieldIssue::CurrentPasswordWrong);
    }
    errors.clone().into_result()?;
    let Some(new_password) = new_password else {
        return Err(errors.into());
    };
    let hash = passwords::hash(&new_password).await?;
    let txn = super::begin_write(db).await?;
    let mut active: user::ActiveModel = found.into();
    active.password_hash = Set(hash);
    active.updated_at = Set(chrono::Utc::now());
    active.update(&txn).await.map_err(db_error)?;
    super::sessions::end_others(&txn, user_id, keep).await?;
    audit::record(
        &txn,
        Some(user_id),
        "user.password_changed",
        Some(user_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Changes the display name of `user_id`.
pub async fn rename(
    db: &DatabaseConnection,
    user_id: UserId,
    raw_name: &str,
) -> Result<(), AppError> {
    let name = DisplayName::parse(raw_name).map_err(|e| {
        let mut errors = FieldErrors::default().keep("display_name", raw_name);
        errors.add("display_name", e);
        AppError::Invalid(errors)
    })?;
    let txn = super::begin_write(db).await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::DisplayName,
            sea_orm::sea_query::Expr::value(name.as_str()),
        )
        .col_expr(
            user::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now()),
        )
        .filter(user::Column::Id.eq(user_id.into_uuid()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user_id),
        "user.renamed",
        Some(user_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Remembers the language a signed-in user chose.
pub async fn set_locale(
    db: &DatabaseConnection,
    user_id: UserId,
    locale: Locale,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::Locale,
            sea_orm::sea_query::Expr::value(locale.tag()),
        )
        .filter(user::Column::Id.eq(user_id.into_uuid()))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Gives `user_id` the `role` (no-op when already held), inside the caller's transaction.
pub async fn grant_role_in(
    db: &impl ConnectionTrait,
    user_id: UserId,
    role: Role,
) -> Result<(), AppError> {
    let exists = user_role::Entity::find_by_id((user_id.into_uuid(), role.code().to_owned()))
        .one(db)
        .await
        .map_err(db_error)?;
    if exists.is_none() {
        let now = chrono::Utc::now();
        user_role::ActiveModel {
            user_id: Set(user_id.into_uuid()),
            role: Set(role.code().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(db)
        .await
        .map_err(db_error)?;
    }
    Ok(())
}

/// Outcome of [`create_admin`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminCreated {
    /// A new account was made (its address counts as verified: the operator typed it).
    NewAccount(UserId),
    /// An existing account was given the admin role.
    Promoted(UserId),
    /// The address has an account and promoting it was not asked for: nothing changed.
    ExistsNotPromoted(UserId),
    /// The address has an account whose address is not verified: nothing changed (someone else
    /// may have registered the operator's address first).
    NotVerified(UserId),
}

/// Makes `email` an admin: creates the account with `password` when it does not exist. An
/// existing account is given the role only when `promote` says so and its address is verified
/// (its password is left alone). Idempotent.
pub async fn create_admin(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: &str,
    promote: bool,
) -> Result<AdminCreated, AppError> {
    let email = Email::parse(email).map_err(|e| {
        let mut errors = FieldErrors::default();
        errors.add("email", e);
        AppError::Invalid(errors)
    })?;
    let txn = super::begin_write(db).await?;
    let outcome = if let Some(existing) = find_by_email(&txn, &email).await? {
        let id = UserId::from_uuid(existing.id);
        let already = user_role::Entity::find_by_id((existing.id, Role::Admin.code().to_owned()))
            .one(&txn)
            .await
            .map_err(db_error)?
            .is_some();
        if already {
            return Ok(AdminCreated::Promoted(id));
        }
        if !promote {
            return Ok(AdminCreated::ExistsNotPromoted(id));
        }
        if existing.email_verified_at.is_none() {
            return Ok(AdminCreated::NotVerified(id));
        }
        AdminCreated::Promoted(id)
    } else {
        let mut errors = FieldErrors::default();
        let name = DisplayName::parse(display_name)
            .map_err(|e| errors.add("display_name", e))
            .ok();
        let password = Password::parse(password)
            .map_err(|e| errors.add("password", e))
            .ok();
        let (Some(name), Some(password)) = (name, password) else {
            return Err(errors.into());
        };
        let id = UserId::new();
        let hash = passwords::hash(&password).await?;
        insert_user(&txn, id, &email, &name, &hash, Locale::default(), true)
            .await
            .map_err(db_error)?;
        grant_role_in(&txn, id, Role::Consumer).await?;
        AdminCreated::NewAccount(id)
    };
    let (AdminCreated::NewAccount(id)
    | AdminCreated::Promoted(id)
    | AdminCreated::ExistsNotPromoted(id)
    | AdminCreated::NotVerified(id)) = outcome;
    grant_role_in(&txn, id, Role::Admin).await?;
    audit::record(
        &txn,
        None,
        "admin.created",
        Some(id.to_string()),
        json!({ "via": "cli" }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(outcome)
}
