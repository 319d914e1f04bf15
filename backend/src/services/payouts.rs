//! The payout ledger (ARCHITECTURE.md §8): what each cooperative is owed. A delivered, paid
//! shipment credits its share once (`fulfilment`); an admin records each bank transfer sent to
//! the cooperative (reference and date), never more than is owed. Members see their statement
//! and balance and download it as CSV; admins see every cooperative still owed something.

//! What the platform and each cooperative owe each other (ARCHITECTURE.md §8), read from the
//! ledger: a card part delivered leaves the cooperative owed its share; a cash-on-delivery part
//! leaves it owing the platform's fee (it collected the cash). Members see their statement and
//! net, and download it as CSV; admins see every cooperative with money open either way and
//! record each bank transfer, in the direction that is open and never past it.

use super::{access, begin_write, cart, db_error, ledger};
use crate::{
    audit,
    dto::{LedgerRowDto, PayoutDueDto, StatementDto},
    entity::cooperative,
    error::{AppError, FieldErrors},
    user::CurrentUser,
};
use domain::{
    InputError, Locale, Role,
    ledger::{Kind, Position, TransferRefused},
    payout::Payout,
};
use sea_orm::{DatabaseConnection, EntityTrait, QuerySelect};
use uuid::Uuid;

/// A cooperative's statement: every movement of its position, oldest first, and the net.
pub async fn statement(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    locale: Locale,
) -> Result<StatementDto, AppError> {
    let coop = access::member_or_admin(db, user, cooperative_id).await?;
    let rows = ledger::statement_rows(db, coop.id, &[], None).await?;
    let sum = |kind: Kind| -> i64 {
        rows.iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.amount)
            .sum()
    };
    Ok(StatementDto {
        cooperative_id: coop.id.to_string(),
        cooperative_name: cart::name_of(&coop, locale),
        balance_centimes: rows.iter().map(|r| r.amount).sum(),
        earned_centimes: sum(Kind::Earned),
        cash_collected_centimes: -sum(Kind::CashCollected),
        refunded_centimes: -sum(Kind::Refund),
        frozen_centimes: -(sum(Kind::DisputeHold) + sum(Kind::DisputeRelease)),
        received_centimes: -sum(Kind::TransferToCooperative),
        sent_centimes: sum(Kind::TransferFromCooperative),
        can_record: user.has_role(Role::Admin),
        rows: rows
            .into_iter()
            .map(|r| LedgerRowDto {
                date: r.on.to_string(),
                kind: r.kind,
                amount_centimes: r.amount,
                order_number: r.order_number,
                reference: r.reference,
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
    crate::spreadsheet::write(&mut writer, &header).map_err(|_| AppError::Internal)?;
    for row in &s.rows {
        crate::spreadsheet::write(
            &mut writer,
            [
                row.date.clone(),
                t(locale, &crate::i18n::ledger_kind_key(row.kind)),
                row.order_number.clone().unwrap_or_default(),
                row.reference.clone().unwrap_or_default(),
                domain::money::plain(row.amount_centimes),
            ],
        )
        .map_err(|_| AppError::Internal)?;
    }
    let bytes = writer.into_inner().map_err(|_| AppError::Internal)?;
    let text = String::from_utf8(bytes).map_err(|_| AppError::Internal)?;
    Ok(format!("\u{feff}{text}"))
}

/// Card refunds not settled (admins): waiting for the provider, or refused by it, newest first.
pub async fn refunds_waiting(
    db: &DatabaseConnection,
    admin: &CurrentUser,
) -> Result<Vec<crate::dto::RefundWaitingDto>, AppError> {
    use crate::entity::order;
    use sea_orm::{ColumnTrait, QueryFilter};
    access::admin(admin)?;
    let rows = super::refunds::unsettled(db).await?;
    let numbers: std::collections::HashMap<Uuid, String> = order::Entity::find()
        .filter(order::Column::Id.is_in(rows.iter().map(|r| r.order_id)))
        .all(db)
        .await
        .map_err(super::db_error)?
        .into_iter()
        .map(|o| (o.id, o.number))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| crate::dto::RefundWaitingDto {
            order_number: numbers.get(&r.order_id).cloned().unwrap_or_default(),
            amount_centimes: r.amount_centimes,
            state: r.state,
            attempts: r.attempts,
            last_error: r.last_error,
            date: r.created_at.date_naive().to_string(),
        })
        .collect())
}

pub use domain::payout::PayoutForm;

/// Records a bank transfer between the platform and a cooperative (admins only): in the
/// direction that is open (to a cooperative it owes, from one that owes fees), above zero and
/// at most what is open, with the transfer's reference and the day it was sent (not in the
/// future).
pub async fn record(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    cooperative_id: Uuid,
    form: &PayoutForm,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let mut errors = FieldErrors::default().keep_all(&[
        ("direction", &form.direction),
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
    // admins recording at once cannot both settle the same open amount.
    let coop = cooperative::Entity::find_by_id(cooperative_id)
        .lock_exclusive()
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let open = ledger::position(&txn, coop.id).await?;
    // The ledger's position is a debit balance: what the cooperative owes.
    let position = Position::of(-open);
    let transaction = match &parsed {
        Ok(p) => domain::ledger::transfer(coop.id, position, p.direction, p.amount)
            .map_err(|refused| match refused {
                TransferRefused::WrongDirection if position != Position::Settled => {
                    errors.add("direction", InputError::TransferWrongDirection);
                }
                _ => errors.add("amount", InputError::AmountOverBalance),
            })
            .ok(),
        Err(_) => None,
    };
    errors.clone().into_result()?;
    let (
        Some(transaction),
        Ok(Payout {
            direction,
            amount,
            reference,
            paid_on,
        }),
    ) = (transaction, parsed)
    else {
        return Err(errors.into());
    };
    let about = ledger::About {
        cooperative: Some(coop.id),
        reference: Some(reference.clone()),
        on: Some(paid_on),
        recorded_by: Some(admin.id.into_uuid()),
        ..ledger::About::default()
    };
    ledger::post(
        &txn,
        &format!("transfer:{}", Uuid::now_v7()),
        about,
        &transaction,
    )
    .await?;
    audit::record(
        &txn,
        Some(admin.id),
        "payout.record",
        Some(coop.id.to_string()),
        serde_json::json!({ "direction": direction.code(), "amount": amount, "reference": reference, "paid_on": paid_on.to_string(), "open_before": open }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(cooperative.id = %coop.id, direction = direction.code(), amount, "transfer recorded");
    Ok(())
}

/// Every cooperative with money open either way (admins only): those the platform owes, most
/// owed first, then those that owe the platform fees, most owing first.
pub async fn due(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    locale: Locale,
) -> Result<Vec<PayoutDueDto>, AppError> {
    access::admin(admin)?;
    // Summed in the database (one row per cooperative), not loaded entry by entry.
    let owed = ledger::positions(db, None).await?;
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
        (a.balance_centimes < 0)
            .cmp(&(b.balance_centimes < 0))
            .then_with(|| b.balance_centimes.abs().cmp(&a.balance_centimes.abs()))
            .then_with(|| a.cooperative_name.cmp(&b.cooperative_name))
    });
    Ok(due)
}
