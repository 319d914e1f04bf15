//! What every request and job may need: the database, the settings in force, media, search,
//! payments and the shared caches ([`Core`]), and the settings themselves. The Leptos crate wraps
//! [`Core`] in its `AppState` with Leptos' own options.

use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// Settings the application code needs at run time (a subset of the server's configuration).
#[derive(Debug, Clone)]
pub struct AppSettings {
    /// Public base URL, e.g. `https://taawon.ma`; its origin is the only one allowed to post.
    pub public_url: String,
    /// Whether cookies carry `Secure` and the `__Host-` prefix (on when served over HTTPS).
    pub secure_cookies: bool,
    /// The platform's fee as a rate (`0.05` is 5 %); default 0.
    pub platform_fee: rust_decimal::Decimal,
    /// What each cooperative's parcel costs to deliver.
    pub delivery: domain::order::DeliveryPolicy,
    /// Whether cash on delivery is offered at all.
    pub cash_on_delivery: bool,
    /// Cash-on-delivery orders one buyer may have waiting for confirmation.
    pub cash_orders_waiting: u32,
    /// Orders one client (network address) may place in ten minutes, on all replicas together.
    pub checkout_per_client: u32,
    /// Requests one client may make to the open API in a minute, on all replicas together.
    pub api_per_minute: u32,
    /// Sign-in and sign-up attempts one client may make, on all replicas together.
    pub account_limits: super::services::limits::AccountLimits,
    /// Whether card payments are offered (a card gateway is configured).
    pub card_payments: bool,
    /// ISO 4217 code of the catalog's prices and of card charges (`MAD`).
    pub currency: String,
    /// How long after ordering a card order can be paid; its stock is held until then.
    pub card_window_minutes: i64,
    /// Rules of the expert programme: open requests per cooperative, release after inactivity.
    pub requests: domain::expert::RequestPolicy,
    /// Who runs the platform, for the privacy, terms and legal-notice pages.
    pub legal: wire::dto::LegalNotice,
}

impl AppSettings {
    /// The business rules among these settings (the ones admins may change).
    pub fn rules(&self) -> domain::settings::PlatformRules {
        domain::settings::PlatformRules {
            platform_fee: self.platform_fee,
            delivery: self.delivery,
            cash_on_delivery: self.cash_on_delivery,
            cash_orders_waiting: self.cash_orders_waiting,
            requests: self.requests,
        }
    }

    /// These settings with `rules` in force.
    pub fn with_rules(&self, rules: domain::settings::PlatformRules) -> Self {
        Self {
            platform_fee: rules.platform_fee,
            delivery: rules.delivery,
            cash_on_delivery: rules.cash_on_delivery,
            cash_orders_waiting: rules.cash_orders_waiting,
            requests: rules.requests,
            ..self.clone()
        }
    }
}

/// The settings in force, swapped whole when they change: the start-up values (environment) with
/// the admins' stored changes over them. Every replica reloads the stored changes periodically
/// and at once after a change of its own, so readers never lock and never see half a change.
#[derive(Debug, Clone)]
pub struct LiveSettings {
    defaults: Arc<AppSettings>,
    current: Arc<arc_swap::ArcSwap<AppSettings>>,
}

impl LiveSettings {
    /// Starts from the start-up values.
    pub fn new(defaults: AppSettings) -> Self {
        let defaults = Arc::new(defaults);
        Self {
            current: Arc::new(arc_swap::ArcSwap::new(defaults.clone())),
            defaults,
        }
    }

    /// The settings in force.
    pub fn get(&self) -> Arc<AppSettings> {
        self.current.load_full()
    }

    /// The start-up values, before any stored change.
    pub fn defaults(&self) -> &AppSettings {
        &self.defaults
    }

    /// Puts `settings` in force.
    pub fn set(&self, settings: AppSettings) {
        self.current.store(Arc::new(settings));
    }
}

/// The server-side core's shared handles. Cheap to clone.
#[derive(Clone)]
pub struct Core {
    /// The database (SQLite or PostgreSQL).
    pub db: DatabaseConnection,
    /// Run-time settings, as changed by admins (read a snapshot with [`Core::settings`]).
    pub live_settings: LiveSettings,
    /// Uploaded images and documents.
    pub media: super::media::MediaStore,
    /// The product search engine.
    pub search: Arc<dyn super::search::SearchIndex>,
    /// The card-payment provider, when one is configured (cash on delivery needs none).
    pub payments: Option<Arc<dyn super::payments::CardGateway>>,
    /// Product cards of search answers, checked against the catalog on every use.
    pub cards: super::card_cache::CardCache,
    /// Catalog revisions and the catalog clock, read in batches.
    pub revisions: super::revisions::RevisionReader,
}

impl Core {
    /// The settings in force now: one consistent snapshot for the whole request.
    pub fn settings(&self) -> Arc<AppSettings> {
        self.live_settings.get()
    }
}
