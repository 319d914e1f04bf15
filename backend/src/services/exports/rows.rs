//! What every kind of export shares: one batch, the period and keyset filter, and the cells
//! (days, state words, names) in the reader's language.

use super::ExportPlan;
use crate::{
    entity::order,
    error::AppError,
    i18n::t,
    services::{browse, cart, db_error},
};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Locale, geo};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One batch: its records and the id of its last row.
pub(super) struct Batch {
    pub(super) records: Vec<Vec<String>>,
    pub(super) last: Option<Uuid>,
}

/// Rows of `E` created in the plan's period, after `after` in id order, one batch of them.
pub(super) fn page<E>(
    select: Select<E>,
    plan: &ExportPlan,
    id: E::Column,
    created_at: E::Column,
    after: Option<Uuid>,
) -> Select<E>
where
    E: EntityTrait,
{
    let mut period = Condition::all();
    if let Some(from) = plan.range.from() {
        period = period.add(created_at.gte(midnight(from)));
    }
    if let Some(next) = plan.range.to().and_then(|to| to.succ_opt()) {
        period = period.add(created_at.lt(midnight(next)));
    }
    let select = select.filter(period);
    let select = match after {
        Some(last) => select.filter(id.gt(last)),
        None => select,
    };
    select.order_by_asc(id).limit(plan.batch_rows)
}

/// The start of `day` (UTC, as every stored time is).
pub(super) fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}

pub(super) fn day(at: DateTime<Utc>) -> String {
    at.date_naive().to_string()
}

pub(super) fn day_of(at: Option<DateTime<Utc>>) -> String {
    at.map(day).unwrap_or_default()
}

/// A state's word in `locale`: `prefix-state` (`changes_requested` → `…-changes-requested`).
pub(super) fn word(locale: Locale, prefix: &str, code: &str) -> String {
    t(locale, &format!("{prefix}-{}", code.replace('_', "-")))
}

pub(super) fn region_name(locale: Locale, code: &str) -> String {
    geo::Region::from_code(code).map_or_else(|| code.to_owned(), |r| r.name(locale).to_owned())
}

/// Cooperative names in the reader's language, by id.
pub(super) async fn names_of(
    db: &DatabaseConnection,
    locale: Locale,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, AppError> {
    Ok(browse::cooperatives_by_id(db, ids)
        .await?
        .into_iter()
        .map(|(id, c)| (id, cart::name_of(&c, locale)))
        .collect())
}

/// Order numbers, by order id.
pub(super) async fn numbers_of(
    db: &DatabaseConnection,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, AppError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(order::Entity::find()
        .select_only()
        .column(order::Column::Id)
        .column(order::Column::Number)
        .filter(order::Column::Id.is_in(ids))
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .collect())
}

/// Minutes as hours with two decimals, for spreadsheets: 90 → `1.50`.
pub(super) fn hours(minutes: i32) -> String {
    let hundredths = (i64::from(minutes.max(0)) * 100 + 30) / 60;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logged_minutes_read_as_hours() {
        assert_eq!(hours(0), "0.00");
        assert_eq!(hours(90), "1.50");
        assert_eq!(hours(20), "0.33");
        assert_eq!(hours(600), "10.00");
        assert_eq!(hours(-5), "0.00");
    }

    #[test]
    fn every_state_has_a_word_in_every_language() {
        use domain::order::{PaymentState, ShipmentState};
        for locale in Locale::ALL {
            let words = PaymentState::ALL
                .iter()
                .map(|s| word(locale, "export-payment", s.code()))
                .chain(
                    ShipmentState::ALL
                        .iter()
                        .map(|s| word(locale, "shipment-state", s.code())),
                )
                .chain(
                    domain::expert::RequestState::ALL
                        .iter()
                        .map(|s| word(locale, "request-state", s.code())),
                );
            for w in words {
                assert!(!w.is_empty() && !w.starts_with("Unknown"), "{w}");
            }
        }
    }
}
