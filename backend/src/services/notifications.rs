//! News of an order: to a cooperative's owners about their part, in Arabic and French, and to the
//! buyer in the order's language, by mail and text message; all through the outbox. A leaf:
//! checkout, payments and fulfilment tell cooperatives and buyers what happened.

use super::db_error;
use crate::{
    entity::{cooperative_member, user},
    error::AppError,
    mail::{self, Mail},
    state::AppSettings,
    texts,
};
use domain::{Locale, order::ShipmentState};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// How an order's buyer is reached: the address they gave, if any, and their phone.
#[derive(Debug, Clone, Copy)]
pub struct Buyer<'a> {
    pub email: Option<&'a str>,
    pub phone: &'a str,
    pub locale: Locale,
}

impl<'a> Buyer<'a> {
    /// The buyer of order `o`, in the language they ordered in.
    pub fn of(o: &'a crate::entity::order::Model) -> Self {
        Self {
            email: o.buyer_email(),
            phone: &o.phone,
            locale: Locale::from_tag(&o.locale).unwrap_or_default(),
        }
    }
}

/// What a buyer is told, in their language: the mail `{key}-subject` / `-body`, and a text
/// message (the subject and the order's `link`). Made before anything is awaited, so the
/// translation arguments are not held across it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct News {
    subject: String,
    body: String,
    text: String,
}

impl News {
    pub fn new(
        locale: Locale,
        key: &str,
        args: &[(&'static str, crate::i18n::FluentValue<'static>)],
        link: &str,
    ) -> Self {
        use crate::i18n::t_args;
        let subject = t_args(locale, &format!("{key}-subject"), args);
        Self {
            body: t_args(locale, &format!("{key}-body"), args),
            text: format!("{subject}\n{link}"),
            subject,
        }
    }
}

/// Tells a buyer about their order: by mail when they gave an address, and by text message to
/// their phone, which is how a buyer without an address hears of it at all.
pub async fn tell_buyer(
    db: &impl ConnectionTrait,
    buyer: Buyer<'_>,
    news: News,
) -> Result<(), AppError> {
    if let Some(to) = buyer.email {
        mail::enqueue(
            db,
            &Mail {
                to: to.to_owned(),
                subject: news.subject,
                body: news.body,
                language: Some(buyer.locale.tag().to_owned()),
            },
        )
        .await?;
    }
    texts::enqueue(db, buyer.phone, &news.text, buyer.locale.tag()).await
}

/// Mails the owners of `cooperative_id` the mail of translations `subject` and `body`, in Arabic
/// and French at once, with `args`.
pub async fn mail_owners(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    (subject, body): (&str, &str),
    args: Vec<(&'static str, String)>,
) -> Result<(), AppError> {
    let owners = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::CooperativeId.eq(cooperative_id))
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
    let both = |key: &str, joint: &str| {
        [Locale::Ar, Locale::Fr]
            .map(|l| {
                let args: Vec<(&'static str, crate::i18n::FluentValue<'static>)> =
                    args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
                crate::i18n::t_args(l, key, &args)
            })
            .join(joint)
    };
    let (subject, body) = (both(subject, " · "), both(body, "\n\n---\n\n"));
    for to in emails {
        mail::enqueue(
            db,
            &Mail {
                to,
                subject: subject.clone(),
                body: body.clone(),
                language: Some(mail::ARABIC_AND_FRENCH.to_owned()),
            },
        )
        .await?;
    }
    Ok(())
}

/// Tells each cooperative's owners that order `number` has a part for them to fulfil.
pub async fn notify_cooperatives(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    number: &str,
    cooperative_ids: impl IntoIterator<Item = Uuid>,
) -> Result<(), AppError> {
    notify_owners(
        db,
        settings,
        number,
        cooperative_ids,
        "mail-order-received",
        None,
    )
    .await
}

/// Tells each cooperative's owners, in Arabic and French, what happened to their part of order
/// `number`: the mail `{mail_key}-subject` / `-body`, with `$state` the translation of
/// `shipment-state-{state}` when given.
pub async fn notify_owners(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    number: &str,
    cooperative_ids: impl IntoIterator<Item = Uuid>,
    mail_key: &str,
    state: Option<ShipmentState>,
) -> Result<(), AppError> {
    use crate::i18n::t_args;
    let ids: Vec<Uuid> = cooperative_ids.into_iter().collect();
    let owners = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::CooperativeId.is_in(ids))
        .filter(cooperative_member::Column::Role.eq("owner"))
        .all(db)
        .await
        .map_err(db_error)?;
    let emails: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(owners.iter().map(|o| o.user_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    for owner in owners {
        let Some(to) = emails.get(&owner.user_id) else {
            continue;
        };
        // Cooperatives read Arabic and French: their news comes in both.
        let both = |key: &str| {
            [Locale::Ar, Locale::Fr]
                .map(|l| {
                    let state = state
                        .map(|s| crate::i18n::t(l, &crate::i18n::state_key("shipment", s.code())))
                        .unwrap_or_default();
                    t_args(
                        l,
                        key,
                        &[
                            ("number", number.to_owned().into()),
                            ("state", state.into()),
                            (
                                "link",
                                format!(
                                    "{}/cooperatives/{}/orders",
                                    settings.public_url.trim_end_matches('/'),
                                    owner.cooperative_id
                                )
                                .into(),
                            ),
                        ],
                    )
                })
                .join("\n\n")
        };
        mail::enqueue(
            db,
            &Mail {
                to: to.clone(),
                subject: both(&format!("{mail_key}-subject")).replace("\n\n", " · "),
                body: both(&format!("{mail_key}-body")),
                language: Some(mail::ARABIC_AND_FRENCH.to_owned()),
            },
        )
        .await?;
    }
    Ok(())
}
