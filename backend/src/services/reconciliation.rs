//! `/admin/reconciliation`: what the ledger says happened in a period, per cooperative and in
//! total, with each cooperative's position at the period's end — and the same as CSV. Summed in
//! the database (one row per kind, cooperative and account), folded by
//! `domain::reconciliation`; the figures tie out with the balances by construction.

use super::{Sql, access, cart, get};
use crate::{
    dto::{ReconciliationDto, ReconciliationRowDto},
    error::{AppError, FieldErrors},
    user::CurrentUser,
};
use domain::{
    InputError, Locale,
    export::DateRange,
    ledger::{Account, Kind},
    reconciliation::{Figures, Report, Sum},
};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The period as typed (`YYYY-MM-DD`, both ends included; empty: open).
pub fn parse_period(from: &str, to: &str) -> Result<DateRange, AppError> {
    DateRange::parse(Some(from), Some(to)).map_err(|_| {
        let mut errors = FieldErrors::default().keep_all(&[("from", from), ("to", to)]);
        errors.add("from", InputError::DateInvalid);
        AppError::Invalid(errors)
    })
}

fn bound_period(sql: &mut Sql, range: &DateRange, from: bool) {
    if from && let Some(day) = range.from() {
        sql.push(" AND t.occurred_on >= ").bind(day);
    }
    if let Some(day) = range.to() {
        sql.push(" AND t.occurred_on <= ").bind(day);
    }
}

/// The ledger's sums for `range`.
pub async fn report(db: &impl ConnectionTrait, range: &DateRange) -> Result<Report, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT t.kind, t.cooperative_id, l.account, l.cooperative_id, \
         CAST(SUM(l.amount_centimes) AS BIGINT) FROM ledger_lines l \
         JOIN ledger_transactions t ON t.id = l.transaction_id WHERE 1 = 1",
    );
    bound_period(&mut sql, range, true);
    sql.push(" GROUP BY t.kind, t.cooperative_id, l.account, l.cooperative_id");
    let sums = sql
        .rows(db)
        .await?
        .iter()
        .map(|r| {
            let kind: String = get(r, 0)?;
            let code: String = get(r, 2)?;
            let damaged = || {
                tracing::error!(kind, code, "damaged ledger row");
                AppError::Internal
            };
            Ok(Sum {
                kind: Kind::stored(&kind).map_err(|_| damaged())?,
                cooperative: get(r, 1)?,
                account: Account::from_parts(&code, get(r, 3)?).ok_or_else(damaged)?,
                amount: get(r, 4)?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(Report::of(sums))
}

/// Each cooperative's position at the end of `range` (above zero: the platform owes it).
async fn positions_at_end(
    db: &impl ConnectionTrait,
    range: &DateRange,
) -> Result<BTreeMap<Uuid, i64>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT l.cooperative_id, CAST(-SUM(l.amount_centimes) AS BIGINT) FROM ledger_lines l \
         JOIN ledger_transactions t ON t.id = l.transaction_id WHERE l.account = ",
    )
    .bind(Account::COOPERATIVE);
    bound_period(&mut sql, range, false);
    sql.push(" GROUP BY l.cooperative_id");
    sql.rows(db)
        .await?
        .iter()
        .map(|r| Ok((get::<Uuid>(r, 0)?, get::<i64>(r, 1)?)))
        .collect()
}

fn row(id: Option<Uuid>, name: String, f: &Figures, position: i64) -> ReconciliationRowDto {
    ReconciliationRowDto {
        cooperative_id: id.map(|i| i.to_string()),
        cooperative_name: name,
        sales_centimes: f.sales,
        cash_collected_centimes: f.cash_collected,
        card_sales_centimes: f.card_sales(),
        fees_centimes: f.fees - f.fees_returned,
        refunds_centimes: f.refunds,
        charged_back_centimes: f.charged_back,
        frozen_centimes: f.frozen,
        transferred_to_centimes: f.transferred_to,
        transferred_from_centimes: f.transferred_from,
        position_centimes: position,
    }
}

/// The reconciliation of the period `from`..=`to` (admins only).
pub async fn view(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    from: &str,
    to: &str,
    locale: Locale,
) -> Result<ReconciliationDto, AppError> {
    access::admin(admin)?;
    let range = parse_period(from, to)?;
    let report = report(db, &range).await?;
    let positions = positions_at_end(db, &range).await?;
    let ids: Vec<Uuid> = report
        .cooperatives
        .keys()
        .chain(positions.keys())
        .copied()
        .collect();
    let coops = super::browse::cooperatives_by_id(db, ids.iter().copied()).await?;
    let mut everyone: BTreeMap<Uuid, Figures> = report.cooperatives.clone();
    for id in positions.keys() {
        everyone.entry(*id).or_default();
    }
    let mut rows: Vec<ReconciliationRowDto> = everyone
        .iter()
        .map(|(id, f)| {
            let name = coops
                .get(id)
                .map(|c| cart::name_of(c, locale))
                .unwrap_or_default();
            row(Some(*id), name, f, positions.get(id).copied().unwrap_or(0))
        })
        .collect();
    rows.sort_by(|a, b| a.cooperative_name.cmp(&b.cooperative_name));
    let total = row(
        None,
        crate::i18n::t(locale, "recon-total"),
        &report.total(),
        positions.values().sum(),
    );
    Ok(ReconciliationDto {
        from: range.from().map(|d| d.to_string()).unwrap_or_default(),
        to: range.to().map(|d| d.to_string()).unwrap_or_default(),
        rows,
        total,
        card_collected_centimes: report.card_collected,
        balanced: report.imbalance == 0,
    })
}

/// The reconciliation as CSV (UTF-8 with a byte-order mark), column names in `locale`.
pub async fn csv(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    from: &str,
    to: &str,
    locale: Locale,
) -> Result<String, AppError> {
    use crate::i18n::t;
    let r = view(db, admin, from, to, locale).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = crate::dto::RECONCILIATION_COLUMNS.map(|k| t(locale, k));
    crate::spreadsheet::write(&mut writer, &header).map_err(|_| AppError::Internal)?;
    for row in r.rows.iter().chain([&r.total]) {
        let money = domain::money::plain;
        crate::spreadsheet::write(
            &mut writer,
            [
                row.cooperative_name.clone(),
                money(row.sales_centimes),
                money(row.cash_collected_centimes),
                money(row.card_sales_centimes),
                money(row.fees_centimes),
                money(row.refunds_centimes),
                money(row.charged_back_centimes),
                money(row.frozen_centimes),
                money(row.transferred_to_centimes),
                money(row.transferred_from_centimes),
                money(row.position_centimes),
            ],
        )
        .map_err(|_| AppError::Internal)?;
    }
    let bytes = writer.into_inner().map_err(|_| AppError::Internal)?;
    let text = String::from_utf8(bytes).map_err(|_| AppError::Internal)?;
    Ok(format!("\u{feff}{text}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_period_reads_both_ends_or_is_refused() {
        let range = super::parse_period("2026-01-01", "2026-01-31").expect("a period");
        assert_eq!(range.to(), chrono::NaiveDate::from_ymd_opt(2026, 1, 31));
        assert!(super::parse_period("2026-02-01", "2026-01-01").is_err());
        assert!(super::parse_period("", "").is_ok());
    }
}
