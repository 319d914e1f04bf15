//! Verified addresses: a single-use link mailed to the account's address at sign-up and on
//! request; following it marks that address (and only that one) verified. A change of address
//! is a link mailed to the new address: the account takes it, verified, only when it is followed,
//! every other session then ends and the old address is told.

use super::db_error;
use crate::{
    audit,
    entity::{account_token, user},
    error::AppError,
    i18n::t_args,
    mail::{self, Mail},
    tokens,
    user::CurrentUser,
};
use domain::{Locale, UserId};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

/// How long a verification link works.
pub const VALID_DAYS: i64 = 3;
/// The token purpose of an address verification.
const VERIFY: &str = "verify";
/// The token purpose of a change of address (the token's `email` is the new one).
const CHANGE: &str = "change";

/// Queues a verification link for the account `user_id` at `email`, inside the caller's
/// transaction (so the mail leaves only if the change that needs it is written).
pub async fn send_link(
    db: &impl ConnectionTrait,
    user_id: UserId,
    email: &str,
    name: &str,
    locale: Locale,
    public_url: &str,
) -> Result<(), AppError> {
    mail_link(db, VERIFY, user_id, email, name, locale, public_url).await
}

async fn mail_link(
    db: &impl ConnectionTrait,
    purpose: &str,
    user_id: UserId,
    email: &str,
    name: &str,
    locale: Locale,
    public_url: &str,
) -> Result<(), AppError> {
    let token = tokens::new_token();
    let now = chrono::Utc::now();
    account_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id.into_uuid()),
        purpose: Set(purpose.to_owned()),
        email: Set(Some(email.to_owned())),
        token_hash: Set(tokens::digest(&token)),
        expires_at: Set(now + chrono::Duration::days(VALID_DAYS)),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(db_error)?;
    let link = format!("{}/verify-email/{token}", public_url.trim_end_matches('/'));
    let args = [
        ("name", name.to_owned().into()),
        ("link", link.into()),
        ("days", VALID_DAYS.into()),
    ];
    mail::enqueue(
        db,
        &Mail {
            to: email.to_owned(),
            subject: t_args(locale, "mail-verify-subject", &args),
            body: t_args(locale, "mail-verify-body", &args),
            language: Some(locale.tag().to_owned()),
        },
    )
    .await
}

/// Mails a fresh link to the signed-in person's address, unless it is verified already.
pub async fn resend(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
    public_url: &str,
) -> Result<(), AppError> {
    if user.email_verified {
        return Ok(());
    }
    let txn = super::begin_write(db).await?;
    send_link(
        &txn,
        user.id,
        &user.email,
        &user.display_name,
        locale,
        public_url,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The verification `token` as stored, when it can still be used.
async fn usable(db: &impl ConnectionTrait, token: &str) -> Result<account_token::Model, AppError> {
    if token.is_empty() || token.len() > 100 {
        return Err(AppError::VerifyLinkInvalid);
    }
    account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(tokens::digest(token)))
        .filter(account_token::Column::Purpose.is_in([VERIFY, CHANGE]))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(chrono::Utc::now()))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::VerifyLinkInvalid)
}

/// Whether the link can still be followed (its page offers the button only then).
pub async fn check(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    usable(db, token).await.map(|_| ())
}

/// Follows a link: marks the address it was sent to verified, if it is still the account's
/// address; for a change of address, the account takes the new address (verified), every session
/// but `keep` ends and the old address is told. A used, expired or forged link, or one for an
/// address the account no longer has (or another account took meanwhile), changes nothing.
pub async fn confirm(
    db: &DatabaseConnection,
    token: &str,
    keep: Option<&str>,
    public_url: &str,
) -> Result<UserId, AppError> {
    let found = usable(db, token).await?;
    let now = chrono::Utc::now();
    let email = found.email.clone().unwrap_or_default();
    let user_id = UserId::from_uuid(found.user_id);
    let txn = super::begin_write(db).await?;
    let spent = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(found.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if spent.rows_affected != 1 {
        return Err(AppError::VerifyLinkInvalid);
    }
    let Some(account) = user::Entity::find_by_id(found.user_id)
        .one(&txn)
        .await
        .map_err(db_error)?
    else {
        return Err(AppError::VerifyLinkInvalid);
    };
    if found.purpose == CHANGE {
        let changed = user::Entity::update_many()
            .col_expr(user::Column::Email, Expr::value(email.as_str()))
            .col_expr(user::Column::EmailVerifiedAt, Expr::value(now))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(found.user_id))
            .exec(&txn)
            .await;
        match changed {
            Ok(_) => {}
            // Another account took the address meanwhile.
            Err(e) if super::is_unique_violation(&e) => return Err(AppError::VerifyLinkInvalid),
            Err(e) => return Err(db_error(e)),
        }
        super::sessions::end_others(&txn, user_id, keep).await?;
        let locale = Locale::from_tag(&account.locale).unwrap_or_default();
        let args = [
            ("name", account.display_name.clone().into()),
            ("email", email.clone().into()),
            (
                "forgot",
                format!("{}/forgot-password", public_url.trim_end_matches('/')).into(),
            ),
        ];
        mail::enqueue(
            &txn,
            &Mail {
                to: account.email.clone(),
                subject: t_args(locale, "mail-email-changed-subject", &args),
                body: t_args(locale, "mail-email-changed-body", &args),
                language: Some(locale.tag().to_owned()),
            },
        )
        .await?;
    } else if account.email != email {
        return Err(AppError::VerifyLinkInvalid);
    } else {
        user::Entity::update_many()
            .col_expr(user::Column::EmailVerifiedAt, Expr::value(now))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(found.user_id))
            .exec(&txn)
            .await
            .map_err(db_error)?;
    }
    audit::record(
        &txn,
        Some(user_id),
        if found.purpose == CHANGE {
            "user.email_changed"
        } else {
            "user.email_verified"
        },
        Some(user_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(user.id = %user_id, "address verified");
    Ok(user_id)
}

/// Asks to change the signed-in person's address to `raw_email`, after checking their password:
/// a link goes to the new address and the account takes it when the link is followed. An address
/// another account has is answered the same way but gets no link (nothing tells who has an
/// account); the same address changes nothing.
pub async fn request_change(
    db: &DatabaseConnection,
    user: &CurrentUser,
    raw_email: &str,
    current_password: &str,
    locale: Locale,
    public_url: &str,
) -> Result<(), AppError> {
    use crate::error::{FieldErrors, FieldIssue};
    let stored = user::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Unauthorized)?;
    let mut errors = FieldErrors::default().keep("email", raw_email);
    let email = domain::Email::parse(raw_email)
        .map_err(|e| errors.add("email", e))
        .ok();
    if !crate::passwords::verify(current_password, &stored.password_hash).await? {
        errors.add("current_password", FieldIssue::CurrentPasswordWrong);
    }
    errors.clone().into_result()?;
    let Some(email) = email else {
        return Err(errors.into());
    };
    if email.as_str() == stored.email {
        return Ok(());
    }
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await
        .map_err(db_error)?
        .is_some();
    if taken {
        tracing::info!("change of address to one another account has: no link sent");
        return Ok(());
    }
    let txn = super::begin_write(db).await?;
    mail_link(
        &txn,
        CHANGE,
        user.id,
        email.as_str(),
        &stored.display_name,
        locale,
        public_url,
    )
    .await?;
    audit::record(
        &txn,
        Some(user.id),
        "user.email_change_requested",
        Some(user.id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Marks an account's address verified without a link: the accounts the operator makes from the
/// command line and the demo's.
pub async fn mark_verified(db: &impl ConnectionTrait, user_id: UserId) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    user::Entity::update_many()
        .col_expr(user::Column::EmailVerifiedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user_id.into_uuid()))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}
