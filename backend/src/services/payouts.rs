//! The payout ledger (ARCHITECTURE.md §8): what each cooperative is owed. A delivered, paid
//! shipment credits its share once (`fulfilment`); an admin records each bank transfer sent to
//! the cooperative (reference and date), never more than is owed. Members see their statement
//! and balance and download it as CSV; admins see every cooperative still owed something.

use super::{
    access, begin_write, cart, db_error,
    ledger::{self, PAYOUT},
};
use crate::{
    audit,
    dto::{LedgerRowDto, PayoutDueDto, StatementDto},
    entity::{cooperative, ledger_entry, order, shipment},
    error::{AppError, FieldErrors},
    user::CurrentUser,
};
use domain::{
    InputError, Locale, Role,
    order::{LedgerEntry, balance},
    payout::Payout,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

fn as_entry(e: &ledger_entry::Model) -> LedgerEntry {
    if e.kind == PAYOUT {
        LedgerEntry::Payout(e.amount_centimes)
    } else {
        LedgerEntry::Credit(e.amount_centimes)
    }
}

async fn entries_of(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
) -> Result<Vec<ledger_entry::Model>, AppError> {
    ledger_entry::Entity::find()
        .filter(ledger_entry::Column::CooperativeId.eq(cooperative_id))
        .order_by_asc(ledger_entry::Column::CreatedAt)
        .order_by_asc(ledger_entry::Column::Id)
        .all(db)
        .await
        .map_err(db_error)
}

/// A cooperative's statement: every credit and payout, oldest first, and what is still owed.
pub async fn statement(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    locale: Locale,
) -> Result<StatementDto, AppError> {
    let coop = access::member_or_admin(db, user, cooperative_id).await?;
    let entries = entries_of(db, coop.id).await?;
    let shipment_ids: Vec<Uuid> = entries.iter().filter_map(|e| e.shipment_id).collect();
    let shipments: HashMap<Uuid, Uuid> = shipment::Entity::find()
        .filter(shipment::Column::Id.is_in(shipment_ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|s| (s.id, s.order_id))
        .collect();
    let numbers: HashMap<Uuid, String> = order::Entity::find()
        .filter(order::Column::Id.is_in(shipments.values().copied()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|o| (o.id, o.number))
        .collect();
    let ledger: Vec<LedgerEntry> = entries.iter().map(as_entry).collect();
    let credited = ledger
        .iter()
        .map(|e| match e {
            LedgerEntry::Credit(c) => *c,
            LedgerEntry::Payout(_) => 0,
        })
        .sum();
    let owed = balance(&ledger);
    Ok(StatementDto {
        cooperative_id: coop.id.to_string(),
        cooperative_name: cart::name_of(&coop, locale),
        balance_centimes: owed,
        credited_centimes: credited,
        paid_out_centimes: credited - owed,
        can_record: user.has_role(Role::Admin),
        rows: entries
            .iter()
            .map(|e| LedgerRowDto {
                date: e
                    .paid_on
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| e.created_at.date_naive().to_string()),
                kind: e.kind.clone(),
                amount_centimes: e.amount_centimes,
                order_number: e
                    .shipment_id
                    .and_then(|s| shipments.get(&s))
                    .and_then(|o| numbers.get(o))
                    .cloned(),
                reference: e.reference.clone(),
            })
            .collect(),
    })
}

/// The statement as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Arabic
/// right), with column names in `locale`.
pub async fn statement_csv(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    locale: Locale,
) -> Result<String, AppError> {
    use crate::i18n::t;
    let s = statement(db, user, cooperative_id, locale).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "payouts-date",
        "payouts-kind",
        "payouts-order",
        "payouts-reference",
        "payouts-amount",
    ]
    .map(|k| t(locale, k));
    writer
        .write_record(&header)
        .map_err(|_| AppError::Internal)?;
    for row in &s.rows {
        let signed = if row.kind == PAYOUT {
            -row.amount_centimes
        } else {
            row.amount_centimes
        };
        writer
            .write_record([
                row.date.clone(),
                t(locale, &format!("payouts-kind-{}", row.kind)),
                row.order_number.clone().unwrap_or_default(),
                row.reference.clone().unwrap_or_default(),
                domain::money::plain(signed),
            ])
            .map_err(|_| AppError::Internal)?;
    }
    let bytes = writer.into_inner().map_err(|_| AppError::Internal)?;
    let text = String::from_utf8(bytes).map_err(|_| AppError::Internal)?;
    Ok(format!("\u{feff}{text}"))
}

pub use domain::payout::PayoutForm;

/// Records a bank transfer to the cooperative (admins only): an amount above zero and at most
/// what is owed, the transfer's reference, the day it was sent (not in the future).
pub async fn record(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    cooperative_id: Uuid,
    form: &PayoutForm,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let mut errors = FieldErrors::default().keep_all(&[
        ("amount", &form.amount),
        ("reference", &form.reference),
        ("paid_on", &form.paid_on),
    ]);
    let today = chrono::Utc::now().date_naive();
    let parsed = form.parse(today);
    if let Err(problems) = &parsed {
        errors = errors.with(problems);
    }
    let txn = begin_write(db).await?;
    // Lock the cooperative's row (PostgreSQL; SQLite's write lock is already held), so two
    // admins recording at once cannot both pay out the same balance.
    let coop = cooperative::Entity::find_by_id(cooperative_id)
        .lock_exclusive()
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let owed = balance(
        &entries_of(&txn, coop.id)
            .await?
            .iter()
            .map(as_entry)
            .collect::<Vec<_>>(),
    );
    // Checked whenever the amount reads, so it shows beside the other fields' problems.
    if let Ok(amount) = domain::money::parse_price(&form.amount)
        && amount > owed
    {
        errors.add("amount", InputError::AmountOverBalance);
    }
    errors.clone().into_result()?;
    let Ok(Payout {
        amount,
        reference,
        paid_on,
    }) = parsed
    else {
        return Err(errors.into());
    };
    ledger_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        cooperative_id: Set(coop.id),
        kind: Set(PAYOUT.to_owned()),
        amount_centimes: Set(amount),
        shipment_id: Set(None),
        reference: Set(Some(reference.clone())),
        paid_on: Set(Some(paid_on)),
        recorded_by: Set(Some(admin.id.into_uuid())),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    audit::record(
        &txn,
        Some(admin.id),
        "payout.record",
        Some(coop.id.to_string()),
        serde_json::json!({ "amount": amount, "reference": reference, "paid_on": paid_on.to_string(), "balance_before": owed }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(cooperative.id = %coop.id, amount, "payout recorded");
    Ok(())
}

/// Every cooperative the platform still owes something, most owed first (admins only).
pub async fn due(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    locale: Locale,
) -> Result<Vec<PayoutDueDto>, AppError> {
    access::admin(admin)?;
    // Summed in the database (one row per cooperative), not loaded entry by entry.
    let owed = ledger::balances(db, None).await?;
    let coops = super::browse::cooperatives_by_id(db, owed.iter().map(|(id, _)| *id)).await?;
    let mut due: Vec<PayoutDueDto> = owed
        .into_iter()
        .filter_map(|(id, balance)| {
            let coop = coops.get(&id)?;
            Some(PayoutDueDto {
                cooperative_id: id.to_string(),
                cooperative_name: cart::name_of(coop, locale),
                balance_centimes: balance,
            })
        })
        .collect();
    due.sort_by(|a, b| {
        b.balance_centimes
            .cmp(&a.balance_centimes)
            .then_with(|| a.cooperative_name.cmp(&b.cooperative_name))
    });
    Ok(due)
}
