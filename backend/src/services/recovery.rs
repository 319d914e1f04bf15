//! Password reset by e-mail. Asking answers the same whether or not the address has an account
//! (only the owner of the address learns anything, by mail); the link's token is single-use,
//! valid an hour, and stored only as its digest. Using it sets the new password and ends every
//! session of the account, in one transaction.

use super::{db_error, sessions};
use crate::{
    audit,
    entity::{account_token, user},
    error::{AppError, FieldErrors},
    i18n::t_args,
    mail::{self, Mail},
    passwords, tokens,
};
use domain::{Email, Locale, UserId, account::NewPasswordForm};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

/// How long a reset link works.
pub const VALID_MINUTES: i64 = 60;
/// The token purpose of a password reset.
const RESET: &str = "reset";

/// Mails a reset link to `raw_email` when it is an account's address; otherwise does nothing.
/// Either way the answer is the same. An address that is not one is a field error (that reveals
/// nothing about accounts).
pub async fn request(
    db: &DatabaseConnection,
    raw_email: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let email = Email::parse(raw_email).map_err(|e| {
        let mut errors = FieldErrors::default().keep("email", raw_email);
        errors.add("email", e);
        AppError::Invalid(errors)
    })?;
    let txn = super::begin_write(db).await?;
    let Some(found) = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await
        .map_err(db_error)?
    else {
        tracing::info!("password reset asked for an address without an account");
        return Ok(());
    };
    let token = tokens::new_token();
    let now = chrono::Utc::now();
    account_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(found.id),
        purpose: Set(RESET.to_owned()),
        email: Set(None),
        token_hash: Set(tokens::digest(&token)),
        expires_at: Set(now + chrono::Duration::minutes(VALID_MINUTES)),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    let locale = Locale::from_tag(&found.locale).unwrap_or_default();
    let link = format!(
        "{}/reset-password/{token}",
        public_url.trim_end_matches('/')
    );
    let args = [
        ("name", found.display_name.clone().into()),
        ("link", link.into()),
        ("minutes", VALID_MINUTES.into()),
    ];
    mail::enqueue(
        &txn,
        &Mail {
            to: found.email.clone(),
            subject: t_args(locale, "mail-reset-subject", &args),
            body: t_args(locale, "mail-reset-body", &args),
            language: Some(locale.tag().to_owned()),
        },
    )
    .await?;
    audit::record(
        &txn,
        Some(UserId::from_uuid(found.id)),
        "user.reset_requested",
        Some(found.id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The account a reset `token` opens, when it is unused and not expired.
async fn usable(db: &impl ConnectionTrait, token: &str) -> Result<account_token::Model, AppError> {
    if token.is_empty() || token.len() > 100 {
        return Err(AppError::ResetLinkInvalid);
    }
    account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(tokens::digest(token)))
        .filter(account_token::Column::Purpose.eq(RESET))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(chrono::Utc::now()))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::ResetLinkInvalid)
}

/// Whether `token` can still be used (the page shows the form only then).
pub async fn check(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    usable(db, token).await.map(|_| ())
}

/// Sets the password of the account `token` opens and ends all its sessions; the token and any
/// other reset link of the account stop working. Nothing changes on any refusal.
pub async fn reset(
    db: &DatabaseConnection,
    token: &str,
    form: &NewPasswordForm,
) -> Result<UserId, AppError> {
    let found = usable(db, token).await?;
    let password = form
        .parse()
        .map_err(|problems| AppError::Invalid(FieldErrors::default().with(&problems)))?;
    let hash = passwords::hash(&password).await?;
    let now = chrono::Utc::now();
    let txn = super::begin_write(db).await?;
    // One conditional update: of two uses at once, one wins and the other changes nothing.
    let spent = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(found.id))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if spent.rows_affected != 1 {
        return Err(AppError::ResetLinkInvalid);
    }
    account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::UserId.eq(found.user_id))
        .filter(account_token::Column::Purpose.eq(RESET))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(found.user_id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    let user_id = UserId::from_uuid(found.user_id);
    sessions::end_others(&txn, user_id, None).await?;
    audit::record(
        &txn,
        Some(user_id),
        "user.password_reset",
        Some(user_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(user.id = %user_id, "password reset");
    Ok(user_id)
}
