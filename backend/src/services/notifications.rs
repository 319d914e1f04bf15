//! News for a cooperative's owners, always in Arabic and French (of their part of an order, of
//! their verification, of a message), and for an order's buyer in the order's language, by mail
//! and text message; all through the outbox. A leaf: checkout, payments, fulfilment, verification,
//! conversations and requests tell cooperatives and buyers what happened.

use super::db_error;
use crate::{
    entity::cooperative_member,
    error::AppError,
    mail::{self, Mail},
    state::AppSettings,
    texts,
};
use domain::{Locale, order::ShipmentState};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
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

/// Mails the owners of `cooperative_id` the mail of translations `subject` and `body` in Arabic and
/// French at once (cooperatives read both; whoever of them opens the mailbox reads it), each
/// language with the arguments `args` gives for it (a cooperative's name differs between them).
pub async fn mail_owners(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    (subject, body): (&str, &str),
    args: impl Fn(Locale) -> Vec<(&'static str, String)>,
) -> Result<(), AppError> {
    let (subject, body) = (
        in_both(subject, &args).join(" · "),
        in_both(body, &args).join("\n\n---\n\n"),
    );
    for (_, to) in owner_addresses(db, vec![cooperative_id]).await? {
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

/// The translation `key` in Arabic and in French, each with its arguments.
fn in_both(key: &str, args: &impl Fn(Locale) -> Vec<(&'static str, String)>) -> [String; 2] {
    [Locale::Ar, Locale::Fr].map(|l| {
        let args: Vec<(&'static str, crate::i18n::FluentValue<'static>)> =
            args(l).into_iter().map(|(k, v)| (k, v.into())).collect();
        crate::i18n::t_args(l, key, &args)
    })
}

/// The address of each owner of `cooperative_ids`, beside their cooperative's id.
async fn owner_addresses(
    db: &impl ConnectionTrait,
    cooperative_ids: Vec<Uuid>,
) -> Result<Vec<(Uuid, String)>, AppError> {
    let owners = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::CooperativeId.is_in(cooperative_ids))
        .filter(cooperative_member::Column::Role.eq("owner"))
        .all(db)
        .await
        .map_err(db_error)?;
    let emails = super::emails(db, owners.iter().map(|o| o.user_id)).await?;
    Ok(owners
        .into_iter()
        .filter_map(|o| Some((o.cooperative_id, emails.get(&o.user_id)?.clone())))
        .collect())
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
    let ids: Vec<Uuid> = cooperative_ids.into_iter().collect();
    for (cooperative_id, to) in owner_addresses(db, ids).await? {
        let args = |l: Locale| {
            let state = state
                .map(|s| crate::i18n::t(l, &crate::i18n::state_key("shipment", s.code())))
                .unwrap_or_default();
            vec![
                ("number", number.to_owned()),
                ("state", state),
                (
                    "link",
                    format!(
                        "{}/cooperatives/{cooperative_id}/orders",
                        settings.public_url.trim_end_matches('/'),
                    ),
                ),
            ]
        };
        mail::enqueue(
            db,
            &Mail {
                to,
                subject: in_both(&format!("{mail_key}-subject"), &args).join(" · "),
                body: in_both(&format!("{mail_key}-body"), &args).join("\n\n"),
                language: Some(mail::ARABIC_AND_FRENCH.to_owned()),
            },
        )
        .await?;
    }
    Ok(())
}
