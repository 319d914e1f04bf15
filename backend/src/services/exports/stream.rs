//! The CSV stream: one chunk per batch, the byte-order mark and header with the first.

use super::{ExportPlan, records, sales};
use crate::{entity::category, error::AppError, i18n::t, services::db_error};
use bytes::Bytes;
use domain::export::ExportKind;
use futures_util::Stream;
use sea_orm::{DatabaseConnection, EntityTrait};
use std::collections::HashMap;
use uuid::Uuid;

/// The export as a stream of CSV chunks: the byte-order mark and the header row with the first
/// batch, then one chunk per batch. A database failure part-way (logged where it is converted)
/// ends the stream with an error, so the download fails instead of looking complete.
pub fn stream(
    db: DatabaseConnection,
    plan: ExportPlan,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    let cursor = Cursor {
        plan,
        after: None,
        started: false,
        categories: None,
    };
    futures_util::stream::unfold(Some((db, cursor)), |state| async move {
        let (db, mut cursor) = state?;
        match cursor.next_chunk(&db).await {
            Ok(Some(chunk)) => Some((Ok(chunk), Some((db, cursor)))),
            Ok(None) => None,
            Err(_) => {
                tracing::warn!(
                    export.kind = cursor.plan.kind.code(),
                    "export stopped part-way: the download is cut short"
                );
                Some((Err(std::io::Error::other("export failed")), None))
            }
        }
    })
}

/// Where a streaming export stands.
struct Cursor {
    plan: ExportPlan,
    /// The id of the last row written, while more may follow (`None` before the first batch
    /// and once a short batch was the last).
    after: Option<Uuid>,
    started: bool,
    /// Category names by code, read once for the products export.
    categories: Option<HashMap<String, category::Model>>,
}

impl Cursor {
    /// The next chunk, or `None` once every row was written.
    async fn next_chunk(&mut self, db: &DatabaseConnection) -> Result<Option<Bytes>, AppError> {
        if self.started && self.after.is_none() {
            return Ok(None);
        }
        let batch = match self.plan.kind {
            ExportKind::Orders => sales::orders(db, &self.plan, self.after).await?,
            ExportKind::Shipments => sales::shipments(db, &self.plan, self.after).await?,
            ExportKind::Payouts => sales::payouts(db, &self.plan, self.after).await?,
            ExportKind::Cooperatives => records::cooperatives(db, &self.plan, self.after).await?,
            ExportKind::Products => {
                if self.categories.is_none() {
                    self.categories = Some(
                        category::Entity::find()
                            .all(db)
                            .await
                            .map_err(db_error)?
                            .into_iter()
                            .map(|c| (c.code.clone(), c))
                            .collect(),
                    );
                }
                let categories = self.categories.as_ref().ok_or(AppError::Internal)?;
                records::products(db, &self.plan, self.after, categories).await?
            }
            ExportKind::Requests => records::requests(db, &self.plan, self.after).await?,
        };
        let first = !self.started;
        self.started = true;
        // A short batch is the last one: the next call ends the stream without a query.
        self.after = if (batch.records.len() as u64) < self.plan.batch_rows {
            None
        } else {
            batch.last
        };
        if batch.records.is_empty() && !first {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(256 * (batch.records.len() + 1));
        if first {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut writer = csv::Writer::from_writer(out);
        if first {
            let header: Vec<String> = header(&self.plan)
                .iter()
                .map(|key| t(self.plan.locale, key))
                .collect();
            crate::spreadsheet::write(&mut writer, &header).map_err(csv_error)?;
        }
        for record in &batch.records {
            crate::spreadsheet::write(&mut writer, record).map_err(csv_error)?;
        }
        let bytes = writer.into_inner().map_err(|_| AppError::Internal)?;
        Ok(Some(Bytes::from(bytes)))
    }
}

fn csv_error(e: csv::Error) -> AppError {
    tracing::error!(error = %e, "export row could not be written");
    AppError::Internal
}

/// The translation keys of the columns, in order.
fn header(plan: &ExportPlan) -> Vec<&'static str> {
    match plan.kind {
        ExportKind::Orders => {
            let mut columns = vec!["orders-number", "orders-date"];
            if plan.admin {
                columns.push("export-col-buyer-email");
            }
            columns.extend([
                "checkout-name",
                "checkout-region",
                "checkout-city",
                "export-col-payment-method",
                "export-col-payment-state",
                "export-col-goods",
                "export-col-delivery",
                "export-col-total",
            ]);
            columns
        }
        ExportKind::Shipments => vec![
            "payouts-order",
            "orders-date",
            "admin-payouts-cooperative",
            "orders-state",
            "export-col-goods",
            "export-col-delivery",
            "export-col-platform-fee",
            "export-col-cooperative-share",
            "export-col-carrier",
            "export-col-tracking",
            "export-col-delivered-at",
        ],
        ExportKind::Payouts => vec![
            "payouts-date",
            "admin-payouts-cooperative",
            "payouts-kind",
            "payouts-order",
            "payouts-reference",
            "payouts-amount",
        ],
        ExportKind::Cooperatives => vec![
            "coop-field-register-number",
            "coop-field-name-ar",
            "coop-field-name-fr",
            "coop-field-region",
            "coop-field-province",
            "coop-field-sector",
            "coop-field-member-count",
            "coop-field-women-count",
            "orders-state",
            "export-col-verified-at",
        ],
        ExportKind::Products => vec![
            "export-col-sku",
            "product-field-title",
            "export-col-option",
            "product-field-category",
            "product-field-price",
            "product-field-stock",
            "product-state",
            "admin-payouts-cooperative",
            "export-col-published-at",
        ],
        ExportKind::Requests => vec![
            "request-title",
            "request-skill",
            "orders-state",
            "request-cooperative",
            "export-col-created-at",
            "export-col-claimed-at",
            "export-col-completed-at",
            "request-hours",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::exports::{BATCH_ROWS, DateRange, ExportScope};
    use domain::Locale;

    #[test]
    fn every_column_has_a_name_in_every_language() {
        for kind in ExportKind::ALL {
            for admin in [true, false] {
                let plan = ExportPlan {
                    kind,
                    range: DateRange::default(),
                    scope: ExportScope::Platform,
                    locale: Locale::Ar,
                    admin,
                    batch_rows: BATCH_ROWS,
                };
                for key in header(&plan) {
                    for locale in Locale::ALL {
                        let name = t(locale, key);
                        assert!(
                            !name.is_empty() && !name.starts_with("Unknown"),
                            "{key} {locale:?}"
                        );
                    }
                }
            }
        }
    }
}
