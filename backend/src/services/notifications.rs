//! Mails to a cooperative's owners about their part of an order, in Arabic and French, through
//! the outbox. A leaf: checkout, payments and fulfilment tell cooperatives what happened.

use super::db_error;
use crate::{
    entity::{cooperative_member, user},
    error::AppError,
    mail::{self, Mail},
    state::AppSettings,
};
use domain::{Locale, order::ShipmentState};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

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
