//! Mails about requests, through the outbox, in each recipient's language.

use crate::{
    entity::{request, user},
    error::AppError,
    mail::{self, Mail},
    services::db_error,
    state::AppSettings,
};
use domain::Locale;
use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

fn request_link(settings: &AppSettings, r: &request::Model) -> String {
    format!(
        "{}/requests/{}",
        settings.public_url.trim_end_matches('/'),
        r.id
    )
}

/// Mails the owners of the request's cooperative, in Arabic and French.
pub(super) async fn notify_cooperative(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    r: &request::Model,
    key: &str,
    who: &str,
) -> Result<(), AppError> {
    crate::services::notifications::mail_owners(
        db,
        r.cooperative_id,
        (&format!("{key}-subject"), key),
        |_| {
            vec![
                ("title", r.title.clone()),
                ("who", who.to_owned()),
                ("link", request_link(settings, r)),
            ]
        },
    )
    .await
}

/// Mails one user (an expert) in their own language.
pub(super) async fn notify_user(
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
