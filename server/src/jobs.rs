//! Background work that runs inside every replica: delivering the outbox (e-mail), and settling
//! card orders whose webhook never came. Each outbox row is processed after the transaction that
//! wrote it committed; failures are retried with backoff.

use app::ssr::{
    entity::outbox,
    mail::{MAIL_KIND, Mail},
};
use lettre::{FileTransport, Message, Transport, message::header::ContentType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::{path::PathBuf, time::Duration};

/// Rows handled per pass.
const BATCH: u64 = 50;

/// Polls the outbox every two seconds until the process ends.
pub fn spawn_outbox_worker(db: DatabaseConnection, dir: PathBuf, from: String) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(2));
        loop {
            tick.tick().await;
            if let Err(e) = deliver_outbox(&db, &dir, &from).await {
                tracing::warn!(error = %e, "outbox pass failed");
            }
        }
    });
}

/// Every five minutes, asks the card provider about card orders still unpaid a quarter of an hour
/// after ordering (`services::payments::reconcile`): paid ones become paid, expired ones give
/// their stock back. Replicas may run it at once: each order moves once.
pub fn spawn_payment_reconciler(
    db: DatabaseConnection,
    settings: app::ssr::state::LiveSettings,
    gateway: std::sync::Arc<dyn app::ssr::payments::CardGateway>,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(300));
        loop {
            tick.tick().await;
            match app::ssr::services::payments::reconcile(
                &db,
                &settings.get(),
                gateway.as_ref(),
                chrono::Duration::minutes(15),
            )
            .await
            {
                Ok(0) => {}
                Ok(settled) => tracing::info!(settled, "card orders reconciled"),
                Err(e) => tracing::warn!(error = %e, "card reconciliation pass failed"),
            }
        }
    });
}

/// Every hour, gives back to open the expert claims without a message or a delivery for the
/// configured number of days (`services::support::release_inactive`). Replicas may run it at
/// once: each claim is released once (a compare-and-set on its state).
pub fn spawn_claim_releaser(db: DatabaseConnection, settings: app::ssr::state::LiveSettings) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let now = chrono::Utc::now();
            match app::ssr::services::support::release_inactive(&db, &settings.get(), now).await {
                Ok(0) => {}
                Ok(released) => tracing::info!(released, "inactive expert claims released"),
                Err(e) => tracing::warn!(error = %e, "claim release pass failed"),
            }
        }
    });
}

/// Every [`SETTINGS_REFRESH`], reads the settings admins changed (on another replica, too), so
/// a change is in force everywhere within that time; the replica that made it applies it at once.
pub fn spawn_settings_refresher(db: DatabaseConnection, settings: app::ssr::state::LiveSettings) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(SETTINGS_REFRESH);
        tick.tick().await;
        loop {
            tick.tick().await;
            if let Err(e) = app::ssr::services::settings::reload(&db, &settings).await {
                tracing::warn!(error = %e, "settings reload failed; the previous ones stay in force");
            }
        }
    });
}

/// How often each replica rereads the stored settings.
pub const SETTINGS_REFRESH: Duration = Duration::from_secs(30);

/// Delivers what is due; returns how many messages were delivered.
pub async fn deliver_outbox(
    db: &DatabaseConnection,
    dir: &std::path::Path,
    from: &str,
) -> anyhow::Result<usize> {
    let now = chrono::Utc::now();
    let due = outbox::Entity::find()
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::AvailableAt.lte(now))
        .order_by_asc(outbox::Column::CreatedAt)
        .limit(BATCH)
        .all(db)
        .await?;
    if due.is_empty() {
        return Ok(0);
    }
    std::fs::create_dir_all(dir)?;
    let transport = FileTransport::new(dir);
    let mut delivered = 0;
    for row in due {
        let result = match row.kind.as_str() {
            MAIL_KIND => send(&transport, from, &row.payload),
            other => Err(anyhow::anyhow!("unknown outbox kind {other}")),
        };
        let mut active: outbox::ActiveModel = row.clone().into();
        let now = chrono::Utc::now();
        match result {
            Ok(()) => {
                active.processed_at = Set(Some(now));
                delivered += 1;
            }
            Err(e) => {
                let attempts = row.attempts + 1;
                tracing::warn!(outbox.id = %row.id, attempts, error = %e, "outbox delivery failed; will retry");
                active.attempts = Set(attempts);
                active.last_error = Set(Some(e.to_string().chars().take(500).collect()));
                let backoff = 2_i64.saturating_pow(attempts.clamp(0, 16) as u32).min(3600);
                active.available_at = Set(now + chrono::Duration::seconds(backoff));
            }
        }
        active.updated_at = Set(now);
        active.update(db).await?;
    }
    Ok(delivered)
}

fn send(transport: &FileTransport, from: &str, payload: &str) -> anyhow::Result<()> {
    let mail: Mail = serde_json::from_str(payload)?;
    let message = Message::builder()
        .from(from.parse()?)
        .to(mail.to.parse()?)
        .subject(mail.subject)
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body)?;
    transport.send(&message)?;
    Ok(())
}
