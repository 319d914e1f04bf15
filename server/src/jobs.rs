//! Background work that runs inside every replica: delivering the outbox (e-mail, to files or an
//! SMTP server; text messages, to files or a provider), and settling
//! card orders whose webhook never came. Each outbox row is processed after the transaction that
//! wrote it committed; failures are retried with backoff.

use backend::{
    entity::outbox,
    mail::{MAIL_KIND, Mail},
    texts::{TEXT_KIND, Text},
};
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::header::{ContentType, HeaderName, HeaderValue},
    transport::smtp::client::{Certificate, Tls, TlsParameters},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
    sea_query::{Expr, LockBehavior, LockType},
};
use std::{path::PathBuf, sync::Arc, time::Duration};

/// Rows handled per pass.
const BATCH: u64 = 50;

/// Where e-mail goes: files in a folder (the default: one `.eml` file per message, for
/// development and the demo) or an SMTP server (`SMTP_URL`).
#[derive(Clone)]
pub enum Mailer {
    Files(PathBuf),
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        /// Host, port and TLS mode, for the start-up log (never the credentials).
        described: String,
    },
}

impl Mailer {
    /// An SMTP relay from a URL: `smtps://user:password@host:465` (TLS from the start),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS), or `smtp://host:25` (plain, for
    /// a relay on a private network). `extra_roots` (PEM) are certificate authorities trusted
    /// besides the public ones, for a relay whose certificate a private authority signed.
    /// The relay is not contacted here: a relay that is down (or whose certificate is refused)
    /// keeps messages queued in the outbox, and the server starts all the same.
    pub fn smtp(url: &str, extra_roots: Option<&[u8]>) -> anyhow::Result<Self> {
        let unusable = |e: &dyn std::fmt::Display| anyhow::anyhow!("SMTP_URL is not usable: {e}");
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| unusable(&e))?;
        let parsed = url::Url::parse(url).map_err(|e| unusable(&e))?;
        let host = parsed.host_str().unwrap_or_default().to_owned();
        let tls_query = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let mode = match (parsed.scheme(), tls_query.as_deref()) {
            ("smtps", _) => "implicit TLS",
            (_, Some("required")) => "STARTTLS required",
            (_, Some("opportunistic")) => "STARTTLS when offered",
            _ => "no TLS",
        };
        if let Some(pem) = extra_roots {
            let mut parameters = TlsParameters::builder(host.clone());
            for block in pem_blocks(pem) {
                let certificate = Certificate::from_pem(block.as_bytes())
                    .map_err(|e| anyhow::anyhow!("SMTP_CA_FILE is not a PEM certificate: {e}"))?;
                parameters = parameters.add_root_certificate(certificate);
            }
            let parameters = parameters
                .build_rustls()
                .map_err(|e| anyhow::anyhow!("SMTP_CA_FILE cannot be used: {e}"))?;
            builder = builder.tls(match mode {
                "implicit TLS" => Tls::Wrapper(parameters),
                "STARTTLS required" => Tls::Required(parameters),
                "STARTTLS when offered" => Tls::Opportunistic(parameters),
                _ => Tls::None,
            });
        }
        let port = parsed.port().map(|p| format!(":{p}")).unwrap_or_default();
        Ok(Self::Smtp {
            transport: Box::new(builder.timeout(Some(Duration::from_secs(20))).build()),
            described: format!("SMTP relay {host}{port} ({mode})"),
        })
    }

    /// What the start-up log says of it.
    pub fn describe(&self) -> String {
        match self {
            Self::Files(dir) => format!("files in {}", dir.display()),
            Self::Smtp { described, .. } => described.clone(),
        }
    }

    async fn send(&self, message: Message) -> anyhow::Result<()> {
        match self {
            Self::Files(dir) => {
                tokio::fs::create_dir_all(dir).await?;
                AsyncFileTransport::<Tokio1Executor>::new(dir)
                    .send(message)
                    .await?;
            }
            Self::Smtp { transport, .. } => {
                transport.send(message).await?;
            }
        }
        Ok(())
    }
}

/// Where text messages (SMS, WhatsApp) go: the port a provider plugs into (an SMS gateway, the
/// WhatsApp Business API). [`TextFiles`] is the default.
#[async_trait::async_trait]
pub trait TextSender: Send + Sync {
    /// Hands `text` to the provider; an error leaves it in the outbox to be tried again.
    async fn send(&self, id: uuid::Uuid, text: &Text) -> anyhow::Result<()>;
    /// What the start-up log says of it.
    fn describe(&self) -> String;
}

/// Text messages written as files, one per message (`<id>.txt`: the recipient and language as
/// headers, a blank line, the body), for development, the demo and the tests.
pub struct TextFiles(pub PathBuf);

#[async_trait::async_trait]
impl TextSender for TextFiles {
    async fn send(&self, id: uuid::Uuid, text: &Text) -> anyhow::Result<()> {
        tokio::fs::create_dir_all(&self.0).await?;
        let contents = format!(
            "To: {}\nContent-Language: {}\n\n{}\n",
            text.international(),
            text.language,
            text.body
        );
        // Written aside and renamed, so a reader never sees half a message.
        let partial = self.0.join(format!(".{id}.part"));
        tokio::fs::write(&partial, contents).await?;
        tokio::fs::rename(&partial, self.0.join(format!("{id}.txt"))).await?;
        Ok(())
    }

    fn describe(&self) -> String {
        format!("files in {}", self.0.display())
    }
}

/// Who carries the outbox's messages.
#[derive(Clone)]
pub struct Senders {
    pub mailer: Mailer,
    /// The `From` of every e-mail.
    pub mail_from: String,
    pub texts: Arc<dyn TextSender>,
}

/// The certificates of a PEM file, each with its armour (lettre reads one at a time).
fn pem_blocks(pem: &[u8]) -> Vec<String> {
    const END: &str = "-----END CERTIFICATE-----";
    String::from_utf8_lossy(pem)
        .split_inclusive(END)
        .filter(|block| block.contains(END))
        .map(|block| block.trim().to_owned())
        .collect()
}

/// Polls the outbox every two seconds until the process ends.
pub fn spawn_outbox_worker(db: DatabaseConnection, senders: Senders) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(2));
        loop {
            tick.tick().await;
            if let Err(e) = deliver_outbox(&db, &senders).await {
                tracing::warn!(error = %e, "outbox pass failed");
            }
        }
    });
}

/// Every five minutes, asks the card provider about card orders still unpaid a quarter of an hour
/// after ordering (`services::payments::reconcile`): paid ones become paid, expired ones give
/// their stock back; and sends again the refunds the provider has not answered yet
/// (`services::refunds::send_due`). Replicas may run it at once: each order moves once, and a
/// refund's idempotency key makes the provider refund it once.
pub fn spawn_payment_reconciler(
    db: DatabaseConnection,
    settings: app::ssr::state::LiveSettings,
    gateway: std::sync::Arc<dyn backend::payments::CardGateway>,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(300));
        loop {
            tick.tick().await;
            match backend::services::payments::reconcile(
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
            match backend::services::refunds::send_due(
                &db,
                gateway.as_ref(),
                chrono::Duration::minutes(1),
            )
            .await
            {
                Ok(0) => {}
                Ok(answered) => tracing::info!(answered, "card refunds sent again"),
                Err(e) => tracing::warn!(error = %e, "card refund pass failed"),
            }
        }
    });
}

/// Every hour, gives back to open the expert claims without a message or a delivery for the
/// configured number of days (`services::requests::release_inactive`). Replicas may run it at
/// once: each claim is released once (a compare-and-set on its state).
pub fn spawn_claim_releaser(db: DatabaseConnection, settings: app::ssr::state::LiveSettings) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let now = chrono::Utc::now();
            match backend::services::requests::release_inactive(&db, &settings.get(), now).await {
                Ok(0) => {}
                Ok(released) => tracing::info!(released, "inactive expert claims released"),
                Err(e) => tracing::warn!(error = %e, "claim release pass failed"),
            }
            if let Err(e) = backend::services::limits::forget_old(&db, now.timestamp()).await {
                tracing::warn!(error = %e, "old rate-limit windows not forgotten");
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
            if let Err(e) = backend::services::settings::reload(&db, &settings).await {
                tracing::warn!(error = %e, "settings reload failed; the previous ones stay in force");
            }
        }
    });
}

/// How often each replica rereads the stored settings.
pub const SETTINGS_REFRESH: Duration = Duration::from_secs(30);

/// How long a replica holds the outbox rows it took before another may take them again (if it
/// died before marking them done).
pub const OUTBOX_LEASE: chrono::TimeDelta = chrono::TimeDelta::minutes(5);

/// Takes up to [`BATCH`] due outbox rows for this replica: in one short write transaction they
/// are read `FOR UPDATE SKIP LOCKED` (PostgreSQL; SQLite has one writer at a time) and their
/// next try is pushed [`OUTBOX_LEASE`] away, so no other replica takes them while they are sent.
pub async fn take_outbox(db: &DatabaseConnection) -> anyhow::Result<Vec<outbox::Model>> {
    let now = chrono::Utc::now();
    // Most passes find nothing: a plain read says so without taking the write lock (on SQLite,
    // the one writer every checkout waits for).
    let any_due = outbox::Entity::find()
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::AvailableAt.lte(now))
        .limit(1)
        .one(db)
        .await?
        .is_some();
    if !any_due {
        return Ok(Vec::new());
    }
    let txn = backend::services::begin_write(db)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let due = outbox::Entity::find()
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::AvailableAt.lte(now))
        .order_by_asc(outbox::Column::CreatedAt)
        .limit(BATCH)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .all(&txn)
        .await?;
    if !due.is_empty() {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::AvailableAt, Expr::value(now + OUTBOX_LEASE))
            .filter(outbox::Column::Id.is_in(due.iter().map(|r| r.id)))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(due)
}

/// Delivers what is due; returns how many messages were delivered. Replicas may run it at once:
/// each message is taken by one of them ([`take_outbox`]) and sent once.
pub async fn deliver_outbox(db: &DatabaseConnection, senders: &Senders) -> anyhow::Result<usize> {
    let due = take_outbox(db).await?;
    let mut delivered = 0;
    for row in due {
        let result = match row.kind.as_str() {
            MAIL_KIND => match message(&senders.mail_from, &row.payload) {
                Ok(message) => senders.mailer.send(message).await,
                Err(e) => Err(e),
            },
            TEXT_KIND => match serde_json::from_str::<Text>(&row.payload) {
                Ok(text) => senders.texts.send(row.id, &text).await,
                Err(e) => Err(e.into()),
            },
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

fn message(from: &str, payload: &str) -> anyhow::Result<Message> {
    let mail: Mail = serde_json::from_str(payload)?;
    let mut builder = Message::builder()
        .from(from.parse()?)
        .to(mail.to.parse()?)
        .subject(mail.subject)
        .header(ContentType::TEXT_PLAIN);
    // Mail clients and screen readers pick the reading direction and voice from it.
    if let Some(language) = mail.language {
        builder = builder.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            language,
        ));
    }
    Ok(builder.body(mail.body)?)
}
