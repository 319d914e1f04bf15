//! The Taawon server: wiring of configuration, database, sessions, middleware and routes.
//! `Application::build` is what `taawon serve` runs and what the integration tests start.

pub mod backup;
pub mod cli;
pub mod client_addr;
pub mod config;
pub mod database;
pub mod error_page;
pub mod jobs;
pub mod middleware;
pub mod page_cache;
pub mod routes;
pub mod search;
pub mod stripe;
pub mod telemetry;
pub mod tls;

use anyhow::Context;
use app::ssr::AppState;
use axum::{Router, extract::DefaultBodyLimit};
use backend::{services::limits::AccountLimits, session_store::DbSessionStore};
use config::Config;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::{net::SocketAddr, sync::Arc, time::Duration};
use tokio::net::TcpListener;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{CompressionLayer, DefaultPredicate, Predicate, predicate::NotForContentType},
};
use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};

/// Largest request body outside upload routes: forms are small.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;
/// Largest request body of an upload route (under [`UPLOAD_PREFIX`]): one file of at most
/// [`domain::media::MAX_FILE_BYTES`] plus the form's other fields.
pub const UPLOAD_BODY_LIMIT: usize = domain::media::MAX_FILE_BYTES + 256 * 1024;
/// Server functions that take files live under this path.
pub const UPLOAD_PREFIX: &str = "/api/upload/";
/// The register upload, whose file may be larger than an image.
pub const REGISTER_UPLOAD_PATH: &str = "/api/upload/admin/registry";

/// A built, bound application, ready to serve.
pub struct Application {
    listener: TcpListener,
    /// The operators' listener for `/metrics` (`TAAWON_METRICS_LISTEN`), apart from the public one.
    metrics_listener: Option<TcpListener>,
    router: Router,
    state: AppState,
    senders: jobs::Senders,
    rebuild_search: bool,
}

/// Knobs the tests turn; production uses the defaults.
#[derive(Clone, Default)]
pub struct Overrides {
    /// Limits on signing in and up, instead of the configured ones.
    pub account_limits: Option<AccountLimits>,
    /// A search engine to use instead of the configured one (the outbox test's failing index).
    pub search: Option<Arc<dyn backend::search::SearchIndex>>,
    /// A card gateway to use instead of Stripe (the tests' in-memory one).
    pub payments: Option<Arc<dyn backend::payments::CardGateway>>,
    /// A media store to use instead of `MEDIA_URL`'s (the tests' S3 peer, with its credentials).
    pub media: Option<backend::media::MediaStore>,
}

impl Application {
    /// Connects and migrates the database, builds the router and binds the listener.
    pub async fn build(config: &Config, overrides: Overrides) -> anyhow::Result<Self> {
        tls::install_crypto_provider();
        telemetry::metrics_handle();
        let db = database::connect(config).await?;
        database::migrate(&db).await?;
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let address = listener.local_addr()?;
        let metrics_listener = match config.metrics_listen {
            Some(at) => Some(
                TcpListener::bind(at)
                    .await
                    .with_context(|| format!("cannot listen for metrics on {at}"))?,
            ),
            None => None,
        };
        let (search, rebuild_search) = match overrides.search.clone() {
            Some(index) => (index, false),
            None => search::open(config).await?,
        };
        let leptos_options = LeptosOptions::builder()
            .output_name(routes::client_name(&config.site_root))
            .site_root(config.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .site_addr(address)
            .env(leptos::config::Env::PROD)
            .build();
        let payments: Option<Arc<dyn backend::payments::CardGateway>> = match (
            overrides.payments.clone(),
            &config.payments.stripe_secret_key,
        ) {
            (Some(gateway), _) => Some(gateway),
            (None, Some(key)) => Some(Arc::new(stripe::StripeGateway::new(
                key.expose(),
                config.payments.stripe_api_base.as_deref(),
            )?)),
            (None, None) => None,
        };
        let mut settings = config.app_settings();
        settings.card_payments = payments.is_some();
        if let Some(limits) = overrides.account_limits {
            settings.account_limits = limits;
        }
        let live_settings = app::ssr::state::LiveSettings::new(settings);
        backend::services::settings::reload(&db, &live_settings)
            .await
            .map_err(|_| anyhow::anyhow!("cannot read the platform settings"))?;
        let revisions = backend::revisions::RevisionReader::new(db.clone());
        let state = AppState {
            leptos_options,
            core: app::ssr::state::Core {
                db,
                live_settings,
                media: match overrides.media {
                    Some(store) => store,
                    None => config.media_store()?,
                },
                search,
                payments,
                cards: Default::default(),
                revisions,
            },
        };
        let senders = jobs::Senders {
            mailer: config.mailer()?,
            mail_from: config.mail_from.clone(),
            texts: config.text_sender(),
        };
        log_back_ends(config, &state, &senders);
        let router = router(
            state.clone(),
            config.trusted_proxies.clone(),
            config.payments.stripe_webhook_secret.clone(),
        );
        Ok(Self {
            listener,
            metrics_listener,
            router,
            state,
            senders,
            rebuild_search,
        })
    }

    /// The bound address (tests bind port 0).
    pub fn address(&self) -> anyhow::Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Where `/metrics` is served, when it is (tests bind port 0).
    pub fn metrics_address(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
    }

    /// The shared state (tests use its database handle).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until ctrl-c / SIGTERM, then finishes in-flight requests.
    pub async fn serve(self) -> anyhow::Result<()> {
        spawn_housekeeping(self.state.clone());
        jobs::spawn_outbox_worker(self.state.db.clone(), self.senders.clone());
        search::spawn_worker(
            self.state.db.clone(),
            self.state.search.clone(),
            self.rebuild_search,
        );
        jobs::spawn_claim_releaser(self.state.db.clone(), self.state.live_settings.clone());
        jobs::spawn_settings_refresher(self.state.db.clone(), self.state.live_settings.clone());
        if let Some(gateway) = self.state.payments.clone() {
            jobs::spawn_payment_reconciler(
                self.state.db.clone(),
                self.state.live_settings.clone(),
                gateway,
            );
        }
        if let Some(listener) = self.metrics_listener {
            let metrics = Router::new()
                .route("/metrics", axum::routing::get(routes::health::metrics))
                .route("/healthz", axum::routing::get(routes::health::healthz))
                .with_state(self.state.clone());
            tokio::spawn(async move {
                if let Err(e) = axum::serve(listener, metrics)
                    .with_graceful_shutdown(shutdown_signal())
                    .await
                {
                    tracing::error!(error = %e, "the metrics listener stopped");
                }
            });
        }
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        Ok(())
    }
}

/// Says once, at start, which back-end each part uses (never a credential), so an operator
/// reads in the log what the settings switched on.
fn log_back_ends(config: &Config, state: &AppState, senders: &jobs::Senders) {
    let database = match state.db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => "PostgreSQL",
        sea_orm::DatabaseBackend::Sqlite => "SQLite",
        _ => "another database",
    };
    let search = match &config.meilisearch_url {
        Some(url) => format!("Meilisearch at {url}, index {}", config.search_index),
        None => format!(
            "embedded index in {}",
            config.data_dir.join("search").display()
        ),
    };
    let payments = match (&state.payments, &config.payments.stripe_api_base) {
        (None, _) => "cash on delivery only (no STRIPE_SECRET_KEY)".to_owned(),
        (Some(_), Some(base)) => format!("cards through Stripe at {base}"),
        (Some(_), None) => "cards through Stripe".to_owned(),
    };
    let webhooks = if config.payments.stripe_webhook_secret.is_some() {
        "signed events accepted at /webhooks/stripe"
    } else {
        "none (no STRIPE_WEBHOOK_SECRET)"
    };
    for (part, uses) in [
        ("database", database.to_owned()),
        ("search", search),
        ("media", state.media.describe().to_owned()),
        ("mail", senders.mailer.describe()),
        ("text messages", senders.texts.describe()),
        ("payments", payments),
        ("card webhooks", webhooks.to_owned()),
        ("tls", tls::BACKEND.to_owned()),
        ("public url", config.public_url.clone()),
    ] {
        tracing::info!(part, uses = %uses, "back-end");
    }
    if state.payments.is_some() && config.payments.stripe_webhook_secret.is_none() {
        tracing::warn!(
            "card payments without STRIPE_WEBHOOK_SECRET: orders become paid only when the \
             reconciliation job asks Stripe (every five minutes)"
        );
    }
}

/// Periodic clean-up of expired sessions (old rate-limit windows go in the hourly job).
fn spawn_housekeeping(state: AppState) {
    use tower_sessions::ExpiredDeletion;
    tokio::spawn(async move {
        let store = DbSessionStore::new(state.db.clone());
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "expired session sweep failed");
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

/// The full router: Leptos pages and server functions (leptos_axum registers each server function
/// at its endpoint), plain routes, and the middleware stack.
pub fn router(
    state: AppState,
    trusted_proxies: client_addr::TrustedProxies,
    stripe_webhook_secret: Option<config::Secret>,
) -> Router {
    let routes = generate_route_list(app::App);
    let secure = state.settings().secure_cookies;
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(if secure {
            "__Host-taawon_session"
        } else {
            "taawon_session"
        })
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::days(30),
        ));

    let render_state = state.clone();
    Router::new()
        .route("/healthz", axum::routing::get(routes::health::healthz))
        .route("/media/{*key}", axum::routing::get(routes::media::image))
        .route(
            "/cooperatives/{id}/certificate",
            axum::routing::get(routes::documents::certificate),
        )
        .route(
            "/labels/{id}/evidence",
            axum::routing::get(routes::documents::label_evidence),
        )
        .route(
            "/deliverables/{id}/original",
            axum::routing::get(routes::documents::deliverable_original),
        )
        .route(
            "/cooperatives/{id}/products.csv",
            axum::routing::get(routes::documents::products_csv),
        )
        .route(
            "/cooperatives/{id}/statement.csv",
            axum::routing::get(routes::documents::statement_csv),
        )
        .route(
            "/admin/reconciliation.csv",
            axum::routing::get(routes::documents::reconciliation_csv),
        )
        .route(
            "/exports/{file}",
            axum::routing::get(routes::exports::download),
        )
        .route(
            "/account/data",
            axum::routing::get(routes::account_data::download),
        )
        .route(
            "/products/template.csv",
            axum::routing::get(routes::documents::products_template),
        )
        .route(
            app::components::search_box::SUGGEST_PATH,
            axum::routing::get(routes::search::suggest),
        )
        .route(
            routes::webhooks::STRIPE_PATH,
            axum::routing::post(move |state, headers, body| {
                routes::webhooks::stripe(state, stripe_webhook_secret.clone(), headers, body)
            })
            .layer(DefaultBodyLimit::max(routes::webhooks::BODY_LIMIT)),
        )
        .route("/robots.txt", axum::routing::get(routes::seo::robots))
        .route(
            "/manifest.webmanifest",
            axum::routing::get(routes::app_manifest::manifest),
        )
        .route(
            "/sitemap.xml",
            axum::routing::get(routes::seo::sitemap_index),
        )
        .route(
            "/sitemaps/{file}",
            axum::routing::get(routes::seo::sitemap_file),
        )
        .route("/feeds/{file}", axum::routing::get(routes::feeds::products))
        .nest(routes::api_v1::PREFIX, routes::api_v1::router(&state).0)
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(render_state.clone());
                app::context::provide_request_context();
            },
            {
                let options = state.leptos_options.clone();
                move || app::shell(options.clone())
            },
        )
        .fallback(routes::static_or_not_found)
        .layer(DefaultBodyLimit::max(DEFAULT_BODY_LIMIT))
        .layer(CatchPanicLayer::custom(error_page::panic_response))
        .layer(axum::middleware::from_fn_with_state(
            page_cache::PageCache::new(state.revisions.clone(), state.live_settings.clone()),
            page_cache::public_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            middleware::MiddlewareState {
                app: Arc::new(state.clone()),
                trusted_proxies,
            },
            middleware::request_context,
        ))
        .layer(sessions)
        .layer(
            CompressionLayer::new()
                .gzip(true)
                .compress_when(compressible()),
        )
        .with_state(state)
}

/// Which answers go out gzipped (to a client that accepts it): pages, JSON and other text, which
/// shrink to a fifth on the slow phone networks Taawon's buyers are on. Never a download: Chromium
/// cancels a streamed CSV attachment that arrives gzipped (seen in the e2e suite), and a CSV is
/// saved, not read, so files with `Content-Disposition` and every CSV go out as they are. Images
/// (already compressed) and tiny answers are left alone by tower-http's default predicate, and
/// the precompressed `/pkg` files already carry their `Content-Encoding`.
pub fn compressible() -> impl Predicate {
    DefaultPredicate::new()
        .and(NotForContentType::const_new("text/csv"))
        .and(
            |_: http::StatusCode,
             _: http::Version,
             headers: &http::HeaderMap,
             _: &http::Extensions| {
                !headers.contains_key(http::header::CONTENT_DISPOSITION)
            },
        )
}
