//! Platform settings admins change at run time (fee, delivery, cash on delivery, the expert
//! programme's limits), and the audit log they browse. A change is one transaction: the stored
//! values and one audit entry per setting that moved; this replica applies it at once, the others
//! on their next reload (`jobs::spawn_settings_refresher`).

use super::{begin_write, db_error};
use crate::{
    audit,
    dto::{AuditEntryDto, AuditPageDto, SettingsDto},
    entity::{audit_log, platform_setting, user},
    error::{AppError, FieldErrors},
    state::LiveSettings,
    user::CurrentUser,
};
use domain::{
    Role,
    settings::{self as rules, RulesForm},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
    sea_query::{ExprTrait, OnConflict},
};
use uuid::Uuid;

fn admin_only(user: &CurrentUser) -> Result<(), AppError> {
    if user.has_role(Role::Admin) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Rereads the stored settings and puts them in force over the start-up values.
pub async fn reload(db: &impl ConnectionTrait, live: &LiveSettings) -> Result<(), AppError> {
    let rows = platform_setting::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?;
    let defaults = live.defaults();
    let (rules, ignored) = defaults
        .rules()
        .with_pairs(rows.iter().map(|r| (r.key.as_str(), r.value.as_str())));
    for key in ignored {
        tracing::warn!(setting = %key, "stored setting not understood; the start-up value holds");
    }
    live.set(defaults.with_rules(rules));
    Ok(())
}

fn form_of(rules: &rules::PlatformRules) -> RulesForm {
    let mad = |c: i64| domain::money::plain(c).trim_end_matches(".00").to_owned();
    RulesForm {
        platform_fee_percent: (rules.platform_fee * rust_decimal::Decimal::ONE_HUNDRED)
            .normalize()
            .to_string(),
        delivery_fee: mad(rules.delivery.flat_fee),
        free_delivery_from: rules.delivery.free_from.map(mad).unwrap_or_default(),
        cash_on_delivery: rules.cash_on_delivery,
        cash_orders_waiting: rules.cash_orders_waiting.to_string(),
        max_open_requests: rules.requests.max_open_requests.to_string(),
        claim_release_days: rules.requests.release_after_days.to_string(),
    }
}

/// The settings page: the values in force, as the form shows them (admins only).
pub async fn view(
    db: &DatabaseConnection,
    live: &LiveSettings,
    admin: &CurrentUser,
) -> Result<SettingsDto, AppError> {
    admin_only(admin)?;
    // Show what is stored now, not what this replica last read.
    reload(db, live).await?;
    let settings = live.get();
    let form = form_of(&settings.rules());
    let last = platform_setting::Entity::find()
        .order_by_desc(platform_setting::Column::UpdatedAt)
        .one(db)
        .await
        .map_err(db_error)?;
    Ok(SettingsDto {
        platform_fee_percent: form.platform_fee_percent,
        delivery_fee: form.delivery_fee,
        free_delivery_from: form.free_delivery_from,
        cash_on_delivery: form.cash_on_delivery,
        cash_orders_waiting: form.cash_orders_waiting,
        max_open_requests: form.max_open_requests,
        claim_release_days: form.claim_release_days,
        card_payments: settings.card_payments,
        changed_at: last.map(|r| r.updated_at.format("%Y-%m-%d %H:%M").to_string()),
    })
}

/// Saves the settings form (admins only): every setting that moved is stored and audited in one
/// transaction, then put in force. Invalid input changes nothing.
pub async fn save(
    db: &DatabaseConnection,
    live: &LiveSettings,
    admin: &CurrentUser,
    form: &RulesForm,
) -> Result<usize, AppError> {
    admin_only(admin)?;
    let parsed = rules::parse_form(form).map_err(|errors| {
        let mut fields = FieldErrors::default();
        for (field, issue) in errors {
            fields.add(field, issue);
        }
        AppError::Invalid(fields.keep_all(&[
            ("platform_fee_percent", &form.platform_fee_percent),
            ("delivery_fee", &form.delivery_fee),
            ("free_delivery_from", &form.free_delivery_from),
            (
                "cash_on_delivery",
                if form.cash_on_delivery { "on" } else { "" },
            ),
            ("cash_orders_waiting", &form.cash_orders_waiting),
            ("max_open_requests", &form.max_open_requests),
            ("claim_release_days", &form.claim_release_days),
        ]))
    })?;
    let txn = begin_write(db).await?;
    reload(&txn, live).await?;
    let before = live.get().rules();
    let changes = parsed.changes_from(&before);
    let now = chrono::Utc::now();
    for (key, old, new) in &changes {
        platform_setting::Entity::insert(platform_setting::ActiveModel {
            key: Set((*key).to_owned()),
            value: Set(new.clone()),
            updated_by: Set(Some(admin.id.into_uuid())),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(platform_setting::Column::Key)
                .update_columns([
                    platform_setting::Column::Value,
                    platform_setting::Column::UpdatedBy,
                    platform_setting::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&txn)
        .await
        .map_err(db_error)?;
        audit::record(
            &txn,
            Some(admin.id),
            "settings.changed",
            Some((*key).to_owned()),
            serde_json::json!({ "setting": key, "before": old, "after": new }),
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    reload(db, live).await?;
    if !changes.is_empty() {
        tracing::info!(changed = changes.len(), "platform settings changed");
    }
    Ok(changes.len())
}

/// What the audit log page filters on, as typed in its query string.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// An action or the start of one (`settings`, `order.placed`).
    pub action: String,
    /// The actor's e-mail address.
    pub actor: String,
    /// The subject's id, exactly.
    pub subject: String,
    /// First day (`YYYY-MM-DD`), inclusive.
    pub from: String,
    /// Last day, inclusive.
    pub to: String,
    /// Show entries older than this one (the next page).
    pub before: String,
}

/// Entries shown per page.
pub const AUDIT_PAGE: u64 = 50;

fn escape_like(raw: &str) -> String {
    raw.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

/// The audit log, newest first, filtered (admins only). Bad dates are a field error.
pub async fn audit_log(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    filter: &AuditFilter,
) -> Result<AuditPageDto, AppError> {
    admin_only(admin)?;
    let range =
        domain::report::parse_day_range(&filter.from, &filter.to).map_err(|(field, issue)| {
            let mut errors = FieldErrors::default();
            errors.add(field, issue);
            AppError::Invalid(errors.keep_all(&[
                ("action", &filter.action),
                ("actor", &filter.actor),
                ("subject", &filter.subject),
                ("from", &filter.from),
                ("to", &filter.to),
            ]))
        })?;
    let mut query = audit_log::Entity::find();
    let action = domain::expert::parse_text(&filter.action, 64, false).unwrap_or_default();
    if !action.is_empty() {
        query = query.filter(
            sea_orm::sea_query::Expr::col(audit_log::Column::Action).like(
                sea_orm::sea_query::LikeExpr::new(format!("{}%", escape_like(&action)))
                    .escape('\\'),
            ),
        );
    }
    let subject = filter.subject.trim();
    if !subject.is_empty() {
        query = query
            .filter(audit_log::Column::Subject.eq(subject.chars().take(128).collect::<String>()));
    }
    let actor = filter.actor.trim().to_lowercase();
    if !actor.is_empty() {
        let found = user::Entity::find()
            .filter(user::Column::Email.eq(actor.clone()))
            .one(db)
            .await
            .map_err(db_error)?;
        // An unknown actor matches nothing (the page says so) rather than everything.
        query = query.filter(audit_log::Column::ActorId.eq(found.map_or(Uuid::nil(), |u| u.id)));
    }
    let (from, until) = range.bounds();
    if let Some(from) = from {
        query = query.filter(audit_log::Column::CreatedAt.gte(from));
    }
    if let Some(until) = until {
        query = query.filter(audit_log::Column::CreatedAt.lt(until));
    }
    if let Ok(before) = Uuid::parse_str(filter.before.trim()) {
        query = query.filter(audit_log::Column::Id.lt(before));
    }
    let mut rows = query
        .order_by_desc(audit_log::Column::Id)
        .limit(AUDIT_PAGE + 1)
        .all(db)
        .await
        .map_err(db_error)?;
    let more = rows.len() as u64 > AUDIT_PAGE;
    rows.truncate(AUDIT_PAGE as usize);
    let actor_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.actor_id).collect();
    let actors = super::emails(db, actor_ids).await?;
    let actions: Vec<String> = audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::Action)
        .distinct()
        .order_by_asc(audit_log::Column::Action)
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(AuditPageDto {
        next_before: more
            .then(|| rows.last().map(|r| r.id.to_string()))
            .flatten(),
        entries: rows
            .into_iter()
            .map(|r| AuditEntryDto {
                at: r.created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                actor: r.actor_id.and_then(|a| actors.get(&a).cloned()),
                action: r.action,
                subject: r.subject,
                details: r.details,
            })
            .collect(),
        actions,
    })
}
