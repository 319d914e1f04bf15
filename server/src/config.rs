//! One typed configuration, read from flags or environment variables. Defaults are the embedded
//! ones, so `taawon serve` with no settings runs a complete marketplace from `data/`.

use clap::Args;
use std::{fmt, net::SocketAddr, path::PathBuf};

/// A value that must never be printed (e.g. a database URL with a password in it).
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// The secret value, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

/// Settings shared by every subcommand.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "TAAWON_LISTEN",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// Database URL. Default: the SQLite file `<data dir>/taawon.db`. A `postgres://…` URL switches
    /// to PostgreSQL.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<Secret>,

    /// Folder for local data: the SQLite database, and later media, search index and outgoing mail.
    #[arg(long, env = "TAAWON_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Public base URL of the site, as users reach it. Its origin is the only one allowed to post
    /// forms, and `https://` turns on secure cookies.
    #[arg(
        long,
        env = "TAAWON_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000",
        global = true
    )]
    pub public_url: String,

    /// Force cookies to be `Secure` with the `__Host-` prefix (default: on when the public URL is https).
    #[arg(long, env = "TAAWON_SECURE_COOKIES", global = true)]
    pub secure_cookies: Option<bool>,

    /// Folder of the built site (WASM client, CSS, public assets).
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// The proxies in front whose `X-Forwarded-For` entries are believed: a count (`1` behind
    /// one load balancer) or networks (`10.0.0.0/8,fd00::/8`); the client is the first hop from
    /// the right that is not one of them. Empty: the header is ignored.
    #[arg(
        long,
        env = "TAAWON_TRUSTED_PROXIES",
        default_value = "",
        global = true
    )]
    pub trusted_proxies: crate::client_addr::TrustedProxies,

    /// Sender of the e-mails Taawon sends. Mail is written as files to `<data dir>/outbox/`.
    #[arg(
        long,
        env = "TAAWON_MAIL_FROM",
        default_value = "Taawon <no-reply@taawon.local>",
        global = true
    )]
    pub mail_from: String,

    /// The platform's fee on each sale, in percent of the price (0–100). Product pages show the
    /// buyer how the price is shared; the cooperative's share is the rest.
    #[arg(
        long,
        env = "TAAWON_PLATFORM_FEE_PERCENT",
        default_value = "0",
        value_parser = parse_fee,
        global = true
    )]
    pub platform_fee: rust_decimal::Decimal,

    /// The delivery fee of each cooperative's parcel, in MAD (`0` for free delivery).
    #[arg(
        long,
        env = "TAAWON_DELIVERY_FEE",
        default_value = "30",
        value_parser = parse_amount,
        global = true
    )]
    pub delivery_fee: i64,

    /// A cooperative's parcel travels free from this much of its products, in MAD (`none`: never).
    #[arg(
        long,
        env = "TAAWON_FREE_DELIVERY_FROM",
        default_value = "400",
        value_parser = parse_threshold,
        global = true
    )]
    pub free_delivery_from: Threshold,

    /// Whether buyers may pay cash on delivery (each cooperative can also refuse it).
    #[arg(
        long,
        env = "TAAWON_CASH_ON_DELIVERY",
        default_value_t = true,
        action = clap::ArgAction::Set,
        global = true
    )]
    pub cash_on_delivery: bool,

    /// The most requests for help a cooperative may have that are neither completed nor cancelled.
    #[arg(
        long,
        env = "TAAWON_MAX_OPEN_REQUESTS",
        default_value_t = 3,
        value_parser = clap::value_parser!(u32).range(1..=50),
        global = true
    )]
    pub max_open_requests: u32,

    /// Cash-on-delivery orders one buyer (address, phone or account) may have waiting for a
    /// cooperative's confirmation at once.
    #[arg(
        long,
        env = "TAAWON_CASH_ORDERS_WAITING",
        default_value_t = domain::settings::DEFAULT_CASH_ORDERS_WAITING,
        value_parser = clap::value_parser!(u32).range(1..=50),
        global = true
    )]
    pub cash_orders_waiting: u32,

    /// Orders one client (network address; an IPv6 /64) may place in ten minutes, counted in the
    /// database so the limit holds across replicas.
    #[arg(
        long,
        env = "TAAWON_CHECKOUT_PER_CLIENT",
        default_value_t = 20,
        value_parser = clap::value_parser!(u32).range(1..=100_000),
        global = true
    )]
    pub checkout_per_client: u32,

    /// Requests one client (network address; an IPv6 /64) may make to the open API
    /// (`/api/v1`) in a minute, counted in the database so the limit holds across replicas.
    #[arg(
        long,
        env = "TAAWON_API_PER_MINUTE",
        default_value_t = 300,
        value_parser = clap::value_parser!(u32).range(1..=1_000_000),
        global = true
    )]
    pub api_per_minute: u32,

    /// Where to serve `/metrics` (Prometheus) for the operators, e.g. `127.0.0.1:9100`: never on
    /// the public address. Unset, metrics are not served.
    #[arg(long, env = "TAAWON_METRICS_LISTEN", global = true)]
    pub metrics_listen: Option<SocketAddr>,

    /// Who runs the platform, as the legal notice, privacy and terms pages name it.
    #[arg(
        long,
        env = "TAAWON_OPERATOR_NAME",
        default_value = "Taawon",
        global = true
    )]
    pub operator_name: String,

    /// The operator's registered address, for the legal notice.
    #[arg(
        long,
        env = "TAAWON_OPERATOR_ADDRESS",
        default_value = "",
        global = true
    )]
    pub operator_address: String,

    /// Where people write about their data and the terms (default: the sender of `TAAWON_MAIL_FROM`).
    #[arg(long, env = "TAAWON_CONTACT_EMAIL", global = true)]
    pub contact_email: Option<String>,

    /// The number of the platform's declaration to the CNDP (loi 09-08); until it is set, the
    /// pages say it is to be completed.
    #[arg(long, env = "TAAWON_CNDP_DECLARATION", global = true)]
    pub cndp_declaration: Option<String>,

    /// Sign-in attempts one client (address; an IPv6 /64) may make in five minutes, over every
    /// account, counted in the database. Attempts at one account from one client: 5 in 15
    /// minutes, whatever this says.
    #[arg(
        long,
        env = "TAAWON_SIGN_IN_PER_CLIENT",
        default_value_t = 30,
        value_parser = clap::value_parser!(u32).range(1..=100_000),
        global = true
    )]
    pub sign_in_per_client: u32,

    /// Accounts one client (address; an IPv6 /64) may create in an hour, counted in the database.
    #[arg(
        long,
        env = "TAAWON_SIGN_UP_PER_CLIENT",
        default_value_t = 10,
        value_parser = clap::value_parser!(u32).range(1..=100_000),
        global = true
    )]
    pub sign_up_per_client: u32,

    /// Days without a message or a delivery after which an expert's claim goes back to open.
    #[arg(
        long,
        env = "TAAWON_CLAIM_RELEASE_DAYS",
        default_value_t = 14,
        value_parser = clap::value_parser!(u32).range(1..=365),
        global = true
    )]
    pub claim_release_days: u32,

    /// Where media (photos, logos, certificates) are stored: `s3://bucket/prefix` for S3 or an
    /// S3-compatible store (set up with the usual `AWS_*` variables: `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT`, `AWS_ALLOW_HTTP`), `file:///path`, or
    /// `memory:///` (tests). Unset: the `media` folder of the data dir.
    #[arg(long, env = "MEDIA_URL", global = true)]
    pub media_url: Option<String>,

    /// The SMTP relay e-mail goes through, e.g. `smtps://user:password@smtp.example.com:465` or
    /// `smtp://user:password@host:587?tls=required`. Unset: each message is written as a file
    /// under `<data dir>/outbox/`.
    #[arg(long, env = "SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<Secret>,

    /// A PEM file of certificate authorities to trust for the SMTP relay, besides the public
    /// ones (a relay whose certificate a private authority signed).
    #[arg(long, env = "SMTP_CA_FILE", global = true)]
    pub smtp_ca_file: Option<PathBuf>,

    /// Meilisearch's URL; when set, search uses it instead of the embedded index.
    #[arg(long, env = "MEILISEARCH_URL", global = true)]
    pub meilisearch_url: Option<String>,

    /// Meilisearch's API key (a key allowed to search, add documents and change settings).
    #[arg(
        long,
        env = "MEILISEARCH_API_KEY",
        global = true,
        hide_env_values = true
    )]
    pub meilisearch_api_key: Option<Secret>,

    /// The Meilisearch index holding the products.
    #[arg(
        long,
        env = "TAAWON_SEARCH_INDEX",
        default_value = "products",
        global = true
    )]
    pub search_index: String,

    /// How many nice steps below the rest of the server the embedded engine's search threads run
    /// (0-19; 0: the same priority), so that short request work is not queued behind searches.
    #[arg(
        long,
        env = "TAAWON_SEARCH_NICENESS",
        default_value_t = backend::search::embedded::SEARCH_NICENESS,
        value_parser = clap::value_parser!(u8).range(0..=19),
        global = true
    )]
    pub search_niceness: u8,

    /// Card payments (Stripe).
    #[command(flatten)]
    pub payments: PaymentConfig,

    /// Log format: `pretty` for people, `json` for log collectors.
    #[arg(
        long,
        env = "TAAWON_LOG_FORMAT",
        default_value = "pretty",
        global = true
    )]
    pub log_format: String,
}

/// Card payments through Stripe Checkout. Without a secret key, only cash on delivery is offered.
#[derive(Debug, Clone, Args)]
pub struct PaymentConfig {
    /// Stripe's secret API key; setting it offers card payments at checkout.
    #[arg(long, env = "STRIPE_SECRET_KEY", global = true, hide_env_values = true)]
    pub stripe_secret_key: Option<Secret>,

    /// The signing secret of the `/webhooks/stripe` endpoint (`whsec_…`); events not signed with
    /// it are refused.
    #[arg(
        long,
        env = "STRIPE_WEBHOOK_SECRET",
        global = true,
        hide_env_values = true
    )]
    pub stripe_webhook_secret: Option<Secret>,

    /// Another Stripe API server, such as Stripe's mock server in tests (`http://127.0.0.1:12111`).
    #[arg(long, env = "STRIPE_API_BASE", global = true)]
    pub stripe_api_base: Option<String>,

    /// ISO 4217 code of the catalog's prices and of card charges.
    #[arg(long, env = "TAAWON_CURRENCY", default_value = "MAD", global = true)]
    pub currency: String,

    /// Minutes after ordering during which a card order can be paid (its stock is held until
    /// then; Stripe needs more than 30, and at most a day).
    #[arg(
        long,
        env = "TAAWON_CARD_PAYMENT_MINUTES",
        default_value_t = 60,
        value_parser = clap::value_parser!(i64).range(31..=1440),
        global = true
    )]
    pub card_window_minutes: i64,
}

impl Default for PaymentConfig {
    fn default() -> Self {
        Self {
            stripe_secret_key: None,
            stripe_webhook_secret: None,
            stripe_api_base: None,
            currency: "MAD".into(),
            card_window_minutes: 60,
        }
    }
}

/// An amount of MAD as typed (`30`, `29,90`), in centimes; `0` is allowed.
fn parse_amount(raw: &str) -> Result<i64, String> {
    if raw.trim().chars().all(|c| c == '0' || c == '.' || c == ',') && !raw.trim().is_empty() {
        return Ok(0);
    }
    domain::money::parse_price(raw).map_err(|_| "an amount of MAD, such as 30 or 29,90".to_owned())
}

/// An optional threshold: an amount of MAD, or `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold(pub Option<i64>);

fn parse_threshold(raw: &str) -> Result<Threshold, String> {
    match raw.trim() {
        "" | "none" => Ok(Threshold(None)),
        amount => parse_amount(amount).map(|c| Threshold(Some(c))),
    }
}

fn parse_fee(raw: &str) -> Result<rust_decimal::Decimal, String> {
    domain::money::parse_percent(raw).map_err(|_| "a percentage from 0 to 100".to_owned())
}

impl Config {
    /// The settings the application code reads at run time.
    pub fn app_settings(&self) -> app::ssr::state::AppSettings {
        app::ssr::state::AppSettings {
            public_url: self.public_url.clone(),
            secure_cookies: self.secure_cookies(),
            platform_fee: self.platform_fee,
            delivery: domain::order::DeliveryPolicy {
                flat_fee: self.delivery_fee,
                free_from: self.free_delivery_from.0,
            },
            cash_on_delivery: self.cash_on_delivery,
            cash_orders_waiting: self.cash_orders_waiting,
            checkout_per_client: self.checkout_per_client,
            api_per_minute: self.api_per_minute,
            legal: self.legal_notice(),
            account_limits: backend::services::limits::AccountLimits::new(
                self.sign_in_per_client,
                self.sign_up_per_client,
            ),
            requests: domain::expert::RequestPolicy {
                max_open_requests: self.max_open_requests,
                release_after_days: self.claim_release_days,
            },
            card_payments: self.payments.stripe_secret_key.is_some(),
            currency: self.payments.currency.trim().to_ascii_uppercase(),
            card_window_minutes: self.payments.card_window_minutes,
        }
    }

    /// The operator's particulars for the legal pages.
    pub fn legal_notice(&self) -> app::dto::LegalNotice {
        let sender = self
            .mail_from
            .rsplit_once('<')
            .map_or(self.mail_from.as_str(), |(_, rest)| {
                rest.trim_end_matches('>')
            })
            .trim()
            .to_owned();
        app::dto::LegalNotice {
            operator: self.operator_name.trim().to_owned(),
            address: self.operator_address.trim().to_owned(),
            contact: self
                .contact_email
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map_or(sender, str::to_owned),
            cndp_declaration: self
                .cndp_declaration
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned),
        }
    }

    /// The database URL in force (the SQLite default created on first use).
    /// Where e-mail goes: the SMTP relay of `SMTP_URL`, else files in `<data dir>/outbox/`.
    pub fn mailer(&self) -> anyhow::Result<crate::jobs::Mailer> {
        match &self.smtp_url {
            Some(url) => {
                let roots = match &self.smtp_ca_file {
                    Some(path) => Some(std::fs::read(path).map_err(|e| {
                        anyhow::anyhow!("SMTP_CA_FILE {} cannot be read: {e}", path.display())
                    })?),
                    None => None,
                };
                crate::jobs::Mailer::smtp(url.expose(), roots.as_deref())
            }
            None => Ok(crate::jobs::Mailer::Files(self.data_dir.join("outbox"))),
        }
    }

    /// Where text messages go: files in `<data dir>/texts/` (a provider is plugged in by
    /// implementing `jobs::TextSender`).
    pub fn text_sender(&self) -> std::sync::Arc<dyn crate::jobs::TextSender> {
        std::sync::Arc::new(crate::jobs::TextFiles(self.data_dir.join("texts")))
    }

    /// The media store of `MEDIA_URL`, else the data dir's `media` folder.
    pub fn media_store(&self) -> anyhow::Result<backend::media::MediaStore> {
        match &self.media_url {
            Some(url) => {
                let options = std::env::vars()
                    .filter(|(key, _)| key.starts_with("AWS_"))
                    .map(|(key, value)| (key.to_ascii_lowercase(), value));
                backend::media::MediaStore::from_url(url, options).map_err(|e| anyhow::anyhow!(e))
            }
            None => backend::media::MediaStore::local(&self.data_dir.join("media"))
                .map_err(|_| anyhow::anyhow!("cannot open the media folder")),
        }
    }

    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.expose().to_owned(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("taawon.db").display()
            ),
        }
    }

    /// Whether cookies are marked Secure (and session cookies get the `__Host-` prefix).
    pub fn secure_cookies(&self) -> bool {
        self.secure_cookies
            .unwrap_or_else(|| self.public_url.starts_with("https://"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Probe {
        #[command(flatten)]
        config: Config,
    }

    #[test]
    fn defaults_are_the_embedded_ones() {
        let probe = Probe::parse_from(["taawon"]);
        let config = probe.config;
        assert_eq!(config.listen.to_string(), "127.0.0.1:3000");
        assert!(
            config.database_url().starts_with("sqlite://data/taawon.db"),
            "{}",
            config.database_url()
        );
        assert!(!config.secure_cookies());
    }

    #[test]
    fn an_https_public_url_turns_on_secure_cookies() {
        let probe = Probe::parse_from(["taawon", "--public-url", "https://taawon.ma"]);
        assert!(probe.config.secure_cookies());
    }

    #[test]
    fn card_payments_are_off_until_a_stripe_key_is_set_and_keys_never_print() {
        let probe = Probe::parse_from(["taawon"]);
        assert!(!probe.config.app_settings().card_payments);
        assert_eq!(probe.config.app_settings().currency, "MAD");
        let probe = Probe::parse_from(["taawon", "--stripe-secret-key", "sk_test_hunter2"]);
        assert!(probe.config.app_settings().card_payments);
        assert!(!format!("{:?}", probe.config).contains("hunter2"));
        assert!(
            Probe::try_parse_from(["taawon", "--card-window-minutes", "10"]).is_err(),
            "Stripe sessions last more than 30 minutes"
        );
    }

    #[test]
    fn database_urls_are_never_printed() {
        let probe =
            Probe::parse_from(["taawon", "--database-url", "postgres://u:hunter2@db/taawon"]);
        assert!(!format!("{:?}", probe.config).contains("hunter2"));
    }
}
