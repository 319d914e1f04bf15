//! CSV exports for the dashboards: orders, shipments, payouts, cooperatives, products and support
//! requests, for a period of days. [`plan`] authorises before the first byte is sent; [`stream`]
//! then reads the rows in keyset-paginated batches (`id > last ORDER BY id`, the ids being
//! time-ordered UUID v7) and turns each batch into one chunk of CSV, so an export of any size
//! holds one batch in memory and no database connection between batches. The file is UTF-8 with
//! a byte-order mark (spreadsheet programs then read Arabic right), its column names and state
//! words in the reader's language.

use super::access;
use super::{browse, cart, db_error, products};
use crate::{
    entity::{
        category, cooperative, ledger_entry, order, product, product_translation, request, shipment,
    },
    error::AppError,
    i18n::t,
    user::CurrentUser,
};
use bytes::Bytes;
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Locale, Role, geo, order::PaymentMethod};
use futures_util::Stream;
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
    sea_query::{Expr, Query, SimpleExpr},
};
use std::collections::HashMap;
use uuid::Uuid;

pub use domain::export::{DateRange, ExportKind};

/// Rows read, and written as one chunk, at a time.
pub const BATCH_ROWS: u64 = 500;

/// An export's query values as they came in the URL (`from`, `to`, `cooperative`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportQuery {
    /// First day, `YYYY-MM-DD` (empty: since the beginning).
    pub from: Option<String>,
    /// Last day, included (empty: until today).
    pub to: Option<String>,
    /// One cooperative's id (absent: the whole platform, for admins).
    pub cooperative: Option<String>,
}

impl ExportQuery {
    /// Reads the values from a URL's query string; the first of a repeated name counts and
    /// other names are ignored (`lang=` picks the language elsewhere).
    pub fn from_query_string(query: &str) -> Self {
        let mut out = Self::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match name.as_ref() {
                "from" => &mut out.from,
                "to" => &mut out.to,
                "cooperative" => &mut out.cooperative,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.into_owned());
            }
        }
        out
    }
}

/// Whose figures an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportScope {
    /// Every cooperative's (admins only).
    Platform,
    /// One cooperative's own: its shipments, the orders they belong to, its ledger…
    Cooperative(Uuid),
}

/// An export that [`plan`] authorised, ready for [`stream`].
#[derive(Debug, Clone)]
pub struct ExportPlan {
    kind: ExportKind,
    range: DateRange,
    scope: ExportScope,
    locale: Locale,
    /// Only admins see buyers' e-mail addresses (a cooperative's inbox shows name and phone).
    admin: bool,
    batch_rows: u64,
}

impl ExportPlan {
    /// What is exported.
    pub fn kind(&self) -> ExportKind {
        self.kind
    }

    /// Whose figures.
    pub fn scope(&self) -> ExportScope {
        self.scope
    }

    /// The name to save the file under: `taawon-orders-2026-01-01-2026-03-31.csv` (`start` for
    /// an open beginning, today for an open end).
    pub fn file_name(&self) -> String {
        let from = self
            .range
            .from()
            .map_or_else(|| "start".to_owned(), |d| d.to_string());
        let to = self.range.to().unwrap_or_else(|| Utc::now().date_naive());
        format!("taawon-{}-{from}-{to}.csv", self.kind.code())
    }

    /// The same export read `rows` at a time. Only the benchmark turns this, to show what
    /// reading everything at once would cost; [`BATCH_ROWS`] keeps memory bounded.
    pub fn with_batch_rows(mut self, rows: u64) -> Self {
        self.batch_rows = rows.max(1);
        self
    }
}

/// Checks that `user` may export `kind` for the scope and period `query` asks, in `locale`:
/// the whole platform is for admins; one cooperative's figures for its members and admins
/// (anyone else gets `NotFound`, as for its other private pages); the list of cooperatives for
/// admins only. Dates that do not parse, or a start after the end, are `DateRangeInvalid`.
pub async fn plan(
    db: &DatabaseConnection,
    user: &CurrentUser,
    kind: ExportKind,
    query: &ExportQuery,
    locale: Locale,
) -> Result<ExportPlan, AppError> {
    let admin = user.has_role(Role::Admin);
    let wanted = query
        .cooperative
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let scope = match wanted {
        None if admin => ExportScope::Platform,
        None => return Err(AppError::Forbidden),
        Some(raw) => {
            let id = Uuid::parse_str(raw).map_err(|_| AppError::NotFound)?;
            if admin {
                cooperative::Entity::find_by_id(id)
                    .one(db)
                    .await
                    .map_err(db_error)?
                    .ok_or(AppError::NotFound)?;
            } else {
                access::member_of(db, user, id).await?;
                if !kind.for_one_cooperative() {
                    return Err(AppError::Forbidden);
                }
            }
            ExportScope::Cooperative(id)
        }
    };
    let range = DateRange::parse(query.from.as_deref(), query.to.as_deref())
        .map_err(|_| AppError::DateRangeInvalid)?;
    Ok(ExportPlan {
        kind,
        range,
        scope,
        locale,
        admin,
        batch_rows: BATCH_ROWS,
    })
}

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

/// One batch: its records and the id of its last row.
struct Batch {
    records: Vec<Vec<String>>,
    last: Option<Uuid>,
}

impl Cursor {
    /// The next chunk, or `None` once every row was written.
    async fn next_chunk(&mut self, db: &DatabaseConnection) -> Result<Option<Bytes>, AppError> {
        if self.started && self.after.is_none() {
            return Ok(None);
        }
        let batch = match self.plan.kind {
            ExportKind::Orders => orders(db, &self.plan, self.after).await?,
            ExportKind::Shipments => shipments(db, &self.plan, self.after).await?,
            ExportKind::Payouts => payouts(db, &self.plan, self.after).await?,
            ExportKind::Cooperatives => cooperatives_rows(db, &self.plan, self.after).await?,
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
                products_rows(db, &self.plan, self.after, categories).await?
            }
            ExportKind::Requests => requests(db, &self.plan, self.after).await?,
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
            writer.write_record(&header).map_err(csv_error)?;
        }
        for record in &batch.records {
            writer.write_record(record).map_err(csv_error)?;
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

/// Rows of `E` created in the plan's period, after `after` in id order, one batch of them.
fn page<E>(
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
fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}

fn day(at: DateTime<Utc>) -> String {
    at.date_naive().to_string()
}

fn day_of(at: Option<DateTime<Utc>>) -> String {
    at.map(day).unwrap_or_default()
}

/// A state's word in `locale`: `prefix-state` (`changes_requested` → `…-changes-requested`).
fn word(locale: Locale, prefix: &str, code: &str) -> String {
    t(locale, &format!("{prefix}-{}", code.replace('_', "-")))
}

fn region_name(locale: Locale, code: &str) -> String {
    geo::Region::from_code(code).map_or_else(|| code.to_owned(), |r| r.name(locale).to_owned())
}

/// Cooperative names in the reader's language, by id.
async fn names_of(
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
async fn numbers_of(
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

/// Orders: all of them for the platform; for one cooperative, the orders it has a part of, with
/// its part's figures only (another cooperative's goods are not its business).
async fn orders(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = order::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(with_a_part_of(id));
    }
    let rows = page(
        select,
        plan,
        order::Column::Id,
        order::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let parts: HashMap<Uuid, shipment::Model> = match plan.scope {
        ExportScope::Platform => HashMap::new(),
        ExportScope::Cooperative(id) if !rows.is_empty() => shipment::Entity::find()
            .filter(shipment::Column::CooperativeId.eq(id))
            .filter(shipment::Column::OrderId.is_in(rows.iter().map(|o| o.id)))
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|s| (s.order_id, s))
            .collect(),
        ExportScope::Cooperative(_) => HashMap::new(),
    };
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|o| {
            let (goods, delivery, total) = match plan.scope {
                ExportScope::Platform => (o.goods_centimes, o.delivery_centimes, o.total_centimes),
                ExportScope::Cooperative(_) => parts.get(&o.id).map_or((0, 0, 0), |s| {
                    (
                        s.goods_centimes,
                        s.delivery_centimes,
                        s.goods_centimes + s.delivery_centimes,
                    )
                }),
            };
            let mut record = vec![o.number.clone(), day(o.created_at)];
            if plan.admin {
                record.push(o.email.clone());
            }
            record.extend([
                o.recipient_name.clone(),
                region_name(locale, &o.region),
                o.city.clone(),
                match PaymentMethod::from_code(&o.payment_method) {
                    Some(PaymentMethod::CashOnDelivery) => t(locale, "checkout-pay-cod"),
                    Some(PaymentMethod::Card) => t(locale, "export-payment-card"),
                    None => o.payment_method.clone(),
                },
                word(locale, "export-payment", &o.payment_state),
                domain::money::plain(goods),
                domain::money::plain(delivery),
                domain::money::plain(total),
            ]);
            record
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|o| o.id),
    })
}

/// Orders that have a shipment of cooperative `id`.
fn with_a_part_of(id: Uuid) -> SimpleExpr {
    // Imported here only: its methods would shadow `ColumnTrait`'s elsewhere in the file.
    use sea_orm::sea_query::ExprTrait;
    order::Column::Id.in_subquery(
        Query::select()
            .column(shipment::Column::OrderId)
            .from(shipment::Entity)
            .and_where(Expr::col(shipment::Column::CooperativeId).eq(id))
            .to_owned(),
    )
}

/// Shipments: each cooperative's part of an order and what it earns.
async fn shipments(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = shipment::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(shipment::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        shipment::Column::Id,
        shipment::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let numbers = numbers_of(db, rows.iter().map(|s| s.order_id)).await?;
    let names = names_of(db, plan.locale, rows.iter().map(|s| s.cooperative_id)).await?;
    let records = rows
        .iter()
        .map(|s| {
            vec![
                numbers.get(&s.order_id).cloned().unwrap_or_default(),
                day(s.created_at),
                names.get(&s.cooperative_id).cloned().unwrap_or_default(),
                word(plan.locale, "shipment-state", &s.state),
                domain::money::plain(s.goods_centimes),
                domain::money::plain(s.delivery_centimes),
                domain::money::plain(s.platform_fee_centimes),
                domain::money::plain(s.cooperative_share_centimes),
                s.carrier.clone().unwrap_or_default(),
                s.tracking_number.clone().unwrap_or_default(),
                day_of(s.delivered_at),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|s| s.id),
    })
}

/// The payout ledger: credits (positive) and bank transfers (negative), as on the statement.
async fn payouts(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = ledger_entry::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(ledger_entry::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        ledger_entry::Column::Id,
        ledger_entry::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let shipment_ids: Vec<Uuid> = rows.iter().filter_map(|e| e.shipment_id).collect();
    let orders_of: HashMap<Uuid, Uuid> = if shipment_ids.is_empty() {
        HashMap::new()
    } else {
        shipment::Entity::find()
            .select_only()
            .column(shipment::Column::Id)
            .column(shipment::Column::OrderId)
            .filter(shipment::Column::Id.is_in(shipment_ids))
            .into_tuple::<(Uuid, Uuid)>()
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .collect()
    };
    let numbers = numbers_of(db, orders_of.values().copied()).await?;
    let names = names_of(db, plan.locale, rows.iter().map(|e| e.cooperative_id)).await?;
    let records = rows
        .iter()
        .map(|e| {
            let payout = e.kind == super::ledger::PAYOUT;
            vec![
                e.paid_on
                    .map_or_else(|| day(e.created_at), |d| d.to_string()),
                names.get(&e.cooperative_id).cloned().unwrap_or_default(),
                word(plan.locale, "payouts-kind", &e.kind),
                e.shipment_id
                    .and_then(|s| orders_of.get(&s))
                    .and_then(|o| numbers.get(o))
                    .cloned()
                    .unwrap_or_default(),
                e.reference.clone().unwrap_or_default(),
                domain::money::plain(if payout {
                    -e.amount_centimes
                } else {
                    e.amount_centimes
                }),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|e| e.id),
    })
}

/// The cooperatives' files (admins only; `plan` checked that).
async fn cooperatives_rows(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = cooperative::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(cooperative::Column::Id.eq(id));
    }
    let rows = page(
        select,
        plan,
        cooperative::Column::Id,
        cooperative::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|c| {
            vec![
                c.register_number.clone(),
                c.name_ar.clone(),
                c.name_fr.clone(),
                region_name(locale, &c.region),
                geo::province_by_code(&c.province)
                    .map_or_else(|| c.province.clone(), |(_, p)| p.name(locale).to_owned()),
                geo::Sector::from_code(&c.sector)
                    .map_or_else(|| c.sector.clone(), |s| s.name(locale).to_owned()),
                c.member_count.to_string(),
                c.women_count.to_string(),
                word(locale, "coop-state", &c.state),
                day_of(c.verified_at),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|c| c.id),
    })
}

/// Products, titled in the reader's language (or the next one filled in).
async fn products_rows(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
    categories: &HashMap<String, category::Model>,
) -> Result<Batch, AppError> {
    let mut select = product::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(product::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        product::Column::Id,
        product::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let mut texts: HashMap<Uuid, Vec<product_translation::Model>> = HashMap::new();
    if !rows.is_empty() {
        for text in product_translation::Entity::find()
            .filter(product_translation::Column::ProductId.is_in(rows.iter().map(|p| p.id)))
            .all(db)
            .await
            .map_err(db_error)?
        {
            texts.entry(text.product_id).or_default().push(text);
        }
    }
    let names = names_of(db, plan.locale, rows.iter().map(|p| p.cooperative_id)).await?;
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|p| {
            let title = texts
                .get(&p.id)
                .map(|texts| products::localised(texts, locale).0)
                .unwrap_or_default();
            let category = categories.get(&p.category_code).map_or_else(
                || p.category_code.clone(),
                |c| {
                    domain::product::pick(
                        locale,
                        [&c.name_ar, &c.name_fr, &c.name_en].map(String::as_str),
                    )
                    .to_owned()
                },
            );
            vec![
                p.sku.clone(),
                title,
                category,
                domain::money::plain(p.price_centimes),
                p.stock.to_string(),
                word(locale, "product-state", &p.state),
                names.get(&p.cooperative_id).cloned().unwrap_or_default(),
                day_of(p.published_at),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|p| p.id),
    })
}

/// Requests for help: what was asked, where it stands and the hours experts logged.
async fn requests(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = request::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(request::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        request::Column::Id,
        request::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let names = names_of(db, plan.locale, rows.iter().map(|r| r.cooperative_id)).await?;
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|r| {
            vec![
                r.title.clone(),
                domain::expert::Skill::from_code(&r.skill)
                    .map_or_else(|| r.skill.clone(), |s| s.name(locale).to_owned()),
                word(locale, "request-state", &r.state),
                names.get(&r.cooperative_id).cloned().unwrap_or_default(),
                day(r.created_at),
                day_of(r.first_claimed_at.or(r.claimed_at)),
                day_of(r.completed_at),
                hours(r.minutes_logged),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|r| r.id),
    })
}

/// Minutes as hours with two decimals, for spreadsheets: 90 → `1.50`.
fn hours(minutes: i32) -> String {
    let hundredths = (i64::from(minutes.max(0)) * 100 + 30) / 60;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_read_once_and_others_ignored() {
        let q = ExportQuery::from_query_string(
            "from=2026-01-01&to=&lang=ar&from=2027-01-01&cooperative=%20abc",
        );
        assert_eq!(q.from.as_deref(), Some("2026-01-01"));
        assert_eq!(q.to.as_deref(), Some(""));
        assert_eq!(q.cooperative.as_deref(), Some(" abc"));
        assert_eq!(ExportQuery::from_query_string(""), ExportQuery::default());
    }

    #[test]
    fn logged_minutes_read_as_hours() {
        assert_eq!(hours(0), "0.00");
        assert_eq!(hours(90), "1.50");
        assert_eq!(hours(20), "0.33");
        assert_eq!(hours(600), "10.00");
        assert_eq!(hours(-5), "0.00");
    }

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
