//! `spawn_app()`: a real server on a random port with its own database, and a cookie-keeping
//! client that posts forms the way a browser without JavaScript does.

use reqwest::{Client, Response, header};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait};
use server::{Application, Overrides, config::Config};
use std::path::PathBuf;

/// A running application and a client for it.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`
    pub address: String,
    /// Browser-like client: keeps cookies, does not follow redirects (tests look at them).
    pub client: Client,
    /// The application's database, for checking what was (not) written.
    pub db: DatabaseConnection,
    /// Which database the suite runs on.
    pub backend: &'static str,
    /// Where this app's data (and its outbox of e-mails) lives.
    pub dir: tempfile::TempDir,
    /// The settings the application runs with (for calling services and jobs directly).
    pub settings: std::sync::Arc<app::ssr::state::AppSettings>,
    /// The settings in force as admins change them.
    pub live_settings: app::ssr::state::LiveSettings,
    /// The database's URL, for starting more replicas on it.
    pub database_url: String,
    /// Where `/metrics` is served (apart from the public address).
    pub metrics_address: Option<String>,
}

/// Options for [`spawn_app_with`].
#[derive(Default)]
pub struct Spawn {
    /// Limits on signing in and up; default: the configured ones (100,000 here: every test's
    /// client is 127.0.0.1).
    pub account_limits: Option<backend::services::limits::AccountLimits>,
    pub public_url: Option<String>,
    /// `TAAWON_TRUSTED_PROXIES`; default one proxy (the tests write `X-Forwarded-For` as it).
    pub trusted_proxies: Option<server::client_addr::TrustedProxies>,
    /// The platform fee rate (`0.05` is 5 %); default 0.
    pub platform_fee: Option<rust_decimal::Decimal>,
    /// The search engine, instead of the embedded one in the data dir.
    pub search: Option<std::sync::Arc<dyn backend::search::SearchIndex>>,
    /// A card gateway (card payments are offered with one).
    pub payments: Option<std::sync::Arc<dyn backend::payments::CardGateway>>,
    /// Stripe settings (webhook secret, API base, secret key).
    pub payment_config: Option<server::config::PaymentConfig>,
    /// `SMTP_URL`: the relay e-mail goes through (default: files in the data dir).
    pub smtp_url: Option<String>,
    /// `SMTP_CA_FILE`: authorities trusted for the relay besides the public ones.
    pub smtp_ca_file: Option<PathBuf>,
    /// `MEDIA_URL`: where media are stored (default: the data dir's `media` folder).
    pub media_url: Option<String>,
    /// A media store built by the test (an S3 peer with its credentials), instead of `media_url`.
    pub media: Option<backend::media::MediaStore>,
    /// The most open requests for help a cooperative may have; default 3.
    pub max_open_requests: Option<u32>,
    /// Cash-on-delivery orders one buyer may have waiting; default 50 here (many tests order
    /// from one address; the platform's own default is 3).
    pub cash_orders_waiting: Option<u32>,
    /// Orders one client may place in ten minutes; default 100,000 here (every test's client is
    /// 127.0.0.1; the platform's own default is 20).
    pub checkout_per_client: Option<u32>,
    /// Requests one client may make to the open API in a minute; default 100,000 here.
    pub api_per_minute: Option<u32>,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Spawn::default()).await
}

pub async fn spawn_app_with(spawn: Spawn) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let (backend, database_url) = match std::env::var("TAAWON_TEST_DATABASE").as_deref() {
        Ok("postgres") => ("postgres", fresh_postgres_database().await),
        Ok("sqlite") | Err(_) => (
            "sqlite",
            format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display()),
        ),
        Ok(other) => panic!("TAAWON_TEST_DATABASE must be sqlite or postgres, not {other}"),
    };
    let public_url = spawn
        .public_url
        .unwrap_or_else(|| "http://127.0.0.1".into());
    let config = Config {
        listen: "127.0.0.1:0".parse().expect("address"),
        database_url: Some(database_url.parse().expect("url")),
        data_dir: dir.path().to_path_buf(),
        public_url,
        secure_cookies: None,
        site_root: PathBuf::from(dir.path()),
        trusted_proxies: spawn
            .trusted_proxies
            .unwrap_or(server::client_addr::TrustedProxies::Count(1)),
        mail_from: "Taawon <no-reply@taawon.test>".into(),
        log_format: "pretty".into(),
        platform_fee: spawn.platform_fee.unwrap_or_default(),
        delivery_fee: 3_000,
        free_delivery_from: server::config::Threshold(Some(40_000)),
        cash_on_delivery: true,
        cash_orders_waiting: spawn.cash_orders_waiting.unwrap_or(50),
        checkout_per_client: spawn.checkout_per_client.unwrap_or(100_000),
        api_per_minute: spawn.api_per_minute.unwrap_or(100_000),
        sign_in_per_client: 100_000,
        sign_up_per_client: 100_000,
        operator_name: "Taawon".into(),
        metrics_listen: Some("127.0.0.1:0".parse().expect("address")),
        operator_address: String::new(),
        contact_email: None,
        cndp_declaration: None,
        max_open_requests: spawn.max_open_requests.unwrap_or(3),
        claim_release_days: 14,
        meilisearch_url: None,
        meilisearch_api_key: None,
        smtp_url: spawn.smtp_url.map(|u| u.parse().expect("secret")),
        smtp_ca_file: spawn.smtp_ca_file,
        media_url: spawn.media_url,
        search_index: "products".into(),
        search_niceness: backend::search::embedded::SEARCH_NICENESS,
        payments: spawn.payment_config.unwrap_or_default(),
    };
    let overrides = Overrides {
        account_limits: spawn.account_limits,
        search: spawn.search,
        payments: spawn.payments,
        media: spawn.media,
    };
    let application = Application::build(&config, overrides)
        .await
        .expect("application builds");
    let address = format!("http://{}", application.address().expect("bound"));
    let metrics_address = application
        .metrics_address()
        .map(|at| format!("http://{at}"));
    let db = application.state().db.clone();
    let settings = application.state().settings();
    let live_settings = application.state().live_settings.clone();
    tokio::spawn(application.serve());
    let client = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        // A request that hangs fails its test (with its URL) instead of hanging the suite.
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        db,
        backend,
        dir,
        settings,
        live_settings,
        database_url,
        metrics_address,
    }
}

/// Creates an empty database on the local PostgreSQL and returns its URL. The test command drops
/// these databases before each run.
pub async fn fresh_postgres_database() -> String {
    let base = std::env::var("TAAWON_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let admin = Database::connect(format!("{base}/postgres"))
        .await
        .unwrap_or_else(|e| {
            panic!("PostgreSQL is required for this run and is not reachable at {base}: {e}")
        });
    let name = format!("taawon_test_{}", uuid::Uuid::now_v7().simple());
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    admin.close().await.ok();
    format!("{base}/{name}")
}

impl TestApp {
    /// An absolute URL for `path` (already absolute URLs, e.g. redirect targets, pass through).
    pub fn url(&self, path: &str) -> String {
        absolute(&self.address, path)
    }

    /// GET as a browser would, in `lang` when given.
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .header(header::ACCEPT, "text/html")
            .send()
            .await
            .expect("GET")
    }

    /// GET with an `Accept-Language` header.
    pub async fn get_in(&self, path: &str, accept_language: &str) -> Response {
        self.get_as_in(&self.client, path, accept_language).await
    }

    /// GET as `client` with an `Accept-Language` header.
    pub async fn get_as_in(&self, client: &Client, path: &str, accept_language: &str) -> Response {
        client
            .get(self.url(path))
            .header(header::ACCEPT, "text/html")
            .header(header::ACCEPT_LANGUAGE, accept_language)
            .send()
            .await
            .expect("GET")
    }

    /// POSTs a form from `from_page` of this site, as a browser without JavaScript does.
    pub async fn post_form(
        &self,
        action: &str,
        from_page: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        self.post_form_as(&self.client, action, from_page, fields)
            .await
    }

    /// Follows one redirect and returns the page body.
    pub async fn follow(&self, response: Response) -> (u16, String) {
        let location = location(&response);
        let page = self
            .client
            .get(absolute(&self.address, &location))
            .header(header::ACCEPT, "text/html")
            .send()
            .await
            .expect("follow");
        let status = page.status().as_u16();
        (status, page.text().await.expect("body"))
    }

    /// Signs up as a person would, and follows the link mailed to verify the address (as the
    /// person would, so the account may go on to register a cooperative or apply as an expert).
    pub async fn sign_up(&self, name: &str, email: &str, password: &str) -> Response {
        let answer = self
            .post_form(
                "/api/account/sign-up",
                "/sign-up",
                &[
                    ("display_name", name),
                    ("email", email),
                    ("password", password),
                ],
            )
            .await;
        if location(&answer) == "/" {
            verify_address(self, &self.client, email).await;
        }
        answer
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.post_form(
            "/api/account/sign-in",
            "/sign-in",
            &[("email", email), ("password", password)],
        )
        .await
    }

    pub async fn user_count(&self) -> u64 {
        backend::entity::user::Entity::find()
            .count(&self.db)
            .await
            .expect("count users")
    }

    pub async fn audit_count(&self) -> u64 {
        backend::entity::audit_log::Entity::find()
            .count(&self.db)
            .await
            .expect("count audit")
    }
}

pub fn location(response: &Response) -> String {
    response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("expected a redirect, got {}", response.status()))
        .to_owned()
}

fn absolute(base: &str, location: &str) -> String {
    if location.starts_with("http") {
        location.to_owned()
    } else {
        format!("{base}{location}")
    }
}

/// A header's value as text (empty when absent or not text).
pub fn header(headers: &reqwest::header::HeaderMap, name: &str) -> String {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The value of the `name` cookie in a response's `Set-Cookie` headers.
pub fn set_cookie<'a>(response: &'a Response, name: &str) -> Option<&'a str> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
}

pub const GOOD_PASSWORD: &str = "argan-oil-from-souss";

/// A second browser (its own cookie jar), e.g. for an admin beside a cooperative owner.
pub fn browser() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        // A request that hangs fails its test (with its URL) instead of hanging the suite.
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .expect("client")
}

/// A new browser that signed up (and so is signed in) as `name` <`email`>, its address
/// verified by the link mailed to it.
pub async fn signed_up(app: &TestApp, name: &str, email: &str) -> Client {
    let client = signed_up_unverified(app, name, email).await;
    verify_address(app, &client, email).await;
    client
}

/// A new browser that signed up as `name` <`email`> and has not followed the mailed link.
pub async fn signed_up_unverified(app: &TestApp, name: &str, email: &str) -> Client {
    let client = browser();
    let answer = app
        .post_form_as(
            &client,
            "/api/account/sign-up",
            "/sign-up",
            &[
                ("display_name", name),
                ("email", email),
                ("password", GOOD_PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&answer), "/", "{name} signs up");
    client
}

/// The token of the newest link mailed to `to` whose path starts with `path` (`/verify-email/`).
pub async fn mailed_token(app: &TestApp, to: &str, path: &str) -> Option<String> {
    use backend::{entity::outbox, mail::Mail};
    use sea_orm::{EntityTrait, QueryOrder};
    outbox::Entity::find()
        .order_by_desc(outbox::Column::CreatedAt)
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .filter_map(|row| serde_json::from_str::<Mail>(&row.payload).ok())
        .filter(|mail| mail.to.eq_ignore_ascii_case(to))
        .find_map(|mail| {
            let link = mail
                .body
                .split_whitespace()
                .find(|w| w.contains(path))?
                .to_owned();
            Some(link.rsplit('/').next()?.to_owned())
        })
}

/// Follows the newest verification link mailed to `email`, as `client`.
pub async fn verify_address(app: &TestApp, client: &Client, email: &str) {
    let token = mailed_token(app, email, "/verify-email/")
        .await
        .unwrap_or_else(|| panic!("a verification link was mailed to {email}"));
    let answer = app
        .post_form_as(
            client,
            "/api/account/verify",
            &format!("/verify-email/{token}"),
            &[("token", token.as_str())],
        )
        .await;
    assert_eq!(
        location(&answer),
        "/account?verified=1",
        "{email} is verified"
    );
}

/// POSTs a form as `client` to the server at `address` (`http://host:port`) from `from_page`, as
/// a browser without JavaScript does.
pub async fn post_form_to(
    client: &Client,
    address: &str,
    action: &str,
    from_page: &str,
    fields: &[(&str, &str)],
) -> Response {
    client
        .post(format!("{address}{action}"))
        .header(header::ACCEPT, "text/html")
        .header(header::ORIGIN, address)
        .header("sec-fetch-site", "same-origin")
        .header(header::REFERER, format!("{address}{from_page}"))
        .form(fields)
        .send()
        .await
        .expect("POST")
}

impl TestApp {
    /// POSTs a form as `client` from `from_page`, as a browser without JavaScript does.
    pub async fn post_form_as(
        &self,
        client: &Client,
        action: &str,
        from_page: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        post_form_to(client, &self.address, action, from_page, fields).await
    }

    /// POSTs a `multipart/form-data` form (text fields and one file) as `client` from `from_page`,
    /// as a browser without JavaScript does.
    pub async fn post_upload_as(
        &self,
        client: &Client,
        action: &str,
        from_page: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, Vec<u8>),
    ) -> Response {
        let (field, file_name, bytes) = file;
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text((*k).to_owned(), (*v).to_owned());
        }
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_owned())
            .mime_str("application/octet-stream")
            .expect("mime");
        form = form.part(field.to_owned(), part);
        client
            .post(self.url(action))
            .header(header::ACCEPT, "text/html")
            .header(header::ORIGIN, &self.address)
            .header("sec-fetch-site", "same-origin")
            .header(header::REFERER, self.url(from_page))
            .multipart(form)
            .send()
            .await
            .expect("POST")
    }

    /// Follows one redirect as `client` and returns the page body.
    pub async fn follow_as(&self, client: &Client, response: Response) -> (u16, String) {
        let location = location(&response);
        let page = self.get_as(client, &location).await;
        let status = page.status().as_u16();
        (status, page.text().await.expect("body"))
    }

    /// The text of a page as `client` sees it in `accept_language`.
    pub async fn text_as_in(&self, client: &Client, path: &str, accept_language: &str) -> String {
        self.get_as_in(client, path, accept_language)
            .await
            .text()
            .await
            .expect("body")
    }

    /// GETs a page as `client`.
    pub async fn get_as(&self, client: &Client, path: &str) -> Response {
        client
            .get(self.url(path))
            .header(header::ACCEPT, "text/html")
            .send()
            .await
            .expect("GET")
    }
}

/// The code of the error a refused form post left in its redirect (`__err` is base64 JSON), or
/// an empty string when there is none.
pub fn error_code(response: &Response) -> String {
    error_json(response)["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The error a refused form post left in its redirect (`__err`, base64 JSON: code, field issues
/// and the values kept), or `null` when there is none.
pub fn error_json(response: &Response) -> serde_json::Value {
    use base64::Engine;
    let location = location(response);
    let Some(raw) = location
        .split("__err=")
        .nth(1)
        .map(|v| v.split('&').next().unwrap_or(v))
    else {
        return serde_json::Value::Null;
    };
    let raw = raw
        .replace("%3D", "=")
        .replace("%2B", "+")
        .replace("%2F", "/");
    let json = base64::engine::general_purpose::STANDARD
        .decode(raw.as_bytes())
        .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(raw.as_bytes()))
        .expect("__err is base64");
    serde_json::from_slice(&json).expect("__err is JSON")
}

/// Waits (up to 60 s) until `check` holds; fails the test naming `what` otherwise.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = std::time::Instant::now();
    while !check().await {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "timed out waiting until {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Senders writing mail and text messages as files under `dir` (`texts/` for the texts), as the
/// default settings do.
pub fn file_senders(dir: &std::path::Path) -> server::jobs::Senders {
    server::jobs::Senders {
        mailer: server::jobs::Mailer::Files(dir.to_path_buf()),
        mail_from: "Taawon <no-reply@taawon.test>".into(),
        texts: std::sync::Arc::new(server::jobs::TextFiles(dir.join("texts"))),
    }
}

/// The text messages the app wrote to its `texts` folder to `phone` (national form), each
/// file's body, oldest first.
pub fn texts_to(app: &TestApp, phone: &str) -> Vec<String> {
    let to = format!("To: +212{}", phone.trim_start_matches('0'));
    let dir = app.dir.path().join("texts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|text| text.lines().next() == Some(to.as_str()))
        .collect()
}

/// Waits until the app's outbox job tried every queued message at least once (sent, or failed
/// and put off); the rows as they are then.
pub async fn outbox_tried(app: &TestApp) -> Vec<backend::entity::outbox::Model> {
    use backend::entity::outbox;
    eventually("every queued message is tried", || async {
        outbox::Entity::find()
            .all(&app.db)
            .await
            .expect("rows")
            .iter()
            .all(|r| r.processed_at.is_some() || r.attempts > 0)
    })
    .await;
    outbox::Entity::find().all(&app.db).await.expect("rows")
}

/// The nonce of a response's Content-Security-Policy.
pub fn csp_nonce(response: &reqwest::Response) -> String {
    let csp = response
        .headers()
        .get("content-security-policy")
        .expect("CSP")
        .to_str()
        .expect("ASCII");
    csp.split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("nonce")
        .to_owned()
}
