//! Security baseline: headers on every response, cookie attributes, cross-site refusal, limits.

use crate::helpers::*;

const ROUTES: [&str; 7] = [
    "/",
    "/sign-in",
    "/sign-up",
    "/no-such-page",
    "/healthz",
    "/favicon.svg",
    "/metrics",
];

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ROUTES {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "script-src 'self' 'nonce-",
        ] {
            assert!(
                csp.contains(directive),
                "{path}: CSP lacks {directive}: {csp}"
            );
        }
        assert_eq!(
            headers.get("x-content-type-options").map(|v| v.as_bytes()),
            Some(&b"nosniff"[..]),
            "{path}"
        );
        assert!(headers.get("referrer-policy").is_some(), "{path}");
        assert!(
            headers.get("strict-transport-security").is_none(),
            "{path}: no HSTS over plain HTTP"
        );
    }
}

#[tokio::test]
async fn the_page_nonce_matches_the_csp_and_changes_every_request() {
    let app = spawn_app().await;
    let mut nonces = Vec::new();
    for _ in 0..2 {
        let response = app.get("/sign-in").await;
        let csp = crate::helpers::header(response.headers(), "content-security-policy");
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|s| s.split('\'').next())
            .expect("nonce in CSP")
            .to_owned();
        let body = response.text().await.expect("body");
        assert!(
            body.contains(&format!(r#"nonce="{nonce}""#)),
            "the inline scripts carry the CSP nonce"
        );
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1]);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site_lax() {
    let app = spawn_app().await;
    let response = app.sign_up("Aya", "aya@example.ma", GOOD_PASSWORD).await;
    let cookie = set_cookie(&response, "taawon_session").expect("session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
}

#[tokio::test]
async fn over_https_the_session_cookie_is_secure_with_the_host_prefix() {
    let app = spawn_app_with(Spawn {
        public_url: Some("https://taawon.example".into()),
        ..Spawn::default()
    })
    .await;
    let response = app
        .client
        .post(app.url("/api/account/sign-up"))
        .header("accept", "text/html")
        .header("sec-fetch-site", "same-origin")
        .header("referer", app.url("/sign-up"))
        .form(&[
            ("display_name", "Aya"),
            ("email", "aya@example.ma"),
            ("password", GOOD_PASSWORD),
        ])
        .send()
        .await
        .expect("post");
    let cookie = set_cookie(&response, "__Host-taawon_session").expect("__Host- session cookie");
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain="), "{cookie}");
    assert_eq!(
        header(response.headers(), "strict-transport-security"),
        "max-age=31536000; includeSubDomains",
        "served over HTTPS, browsers are told to stay on it"
    );
    // The language cookie carries the session cookie's attributes.
    let language = app
        .client
        .post(app.url("/api/locale"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("locale", "fr")])
        .send()
        .await
        .expect("post");
    let cookie = set_cookie(&language, "taawon_locale").expect("language cookie");
    for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{attribute}: {cookie}");
    }
}

#[tokio::test]
async fn cross_site_posts_are_refused_with_a_translated_page_and_write_nothing() {
    let app = spawn_app().await;
    let cases: [(&str, &str); 3] = [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
    ];
    for (header, value) in cases {
        let response = app
            .client
            .post(app.url("/api/account/sign-up"))
            .header("accept", "text/html")
            .header("accept-language", "fr")
            .header(header, value)
            .form(&[
                ("display_name", "Mallory"),
                ("email", "mallory@example.ma"),
                ("password", GOOD_PASSWORD),
            ])
            .send()
            .await
            .expect("post");
        assert_eq!(response.status(), 403, "{header}: {value}");
        let body = response.text().await.expect("body");
        assert!(
            body.contains("venait d’un autre site"),
            "French explanation: {body}"
        );
    }
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn cross_site_sign_out_and_language_changes_are_refused_too() {
    let app = spawn_app().await;
    app.sign_up("Aya", "aya@example.ma", GOOD_PASSWORD).await;
    for action in ["/api/account/sign-out", "/api/locale"] {
        let response = app
            .client
            .post(app.url(action))
            .header("origin", "https://evil.example")
            .form(&[("locale", "en")])
            .send()
            .await
            .expect("post");
        assert_eq!(response.status(), 403, "{action}");
    }
    assert_eq!(app.get("/account").await.status(), 200, "still signed in");
}

#[tokio::test]
async fn oversized_bodies_are_refused_and_write_nothing() {
    let app = spawn_app().await;
    let huge = "x".repeat(200 * 1024);
    let response = app
        .post_form(
            "/api/account/sign-up",
            "/sign-up",
            &[
                ("display_name", huge.as_str()),
                ("email", "big@example.ma"),
                ("password", GOOD_PASSWORD),
            ],
        )
        .await;
    assert!(
        response.status() == 413 || location(&response).contains("__err="),
        "status {}",
        response.status()
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn malformed_forms_get_a_clear_error_and_write_nothing() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/account/sign-up",
            "/sign-up",
            &[("email", "only@example.ma")],
        )
        .await;
    assert!(location(&response).contains("__err="));
    let (_, page) = app.follow(response).await;
    assert!(
        page.contains("النموذج ناقص أو تالف"),
        "bad-request message in Arabic"
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn post_destinations_after_sign_in_cannot_leave_the_site() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/account/sign-up",
            "/sign-up",
            &[
                ("display_name", "Aya"),
                ("email", "aya@example.ma"),
                ("password", GOOD_PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/");
}

/// Every page the application routes (from its route list, with real records in the paths) and
/// every plain route, as an anonymous visitor, a cooperative's owner and an admin: the security
/// headers are on each answer, no answer is a server error, what a signed-in person sees is
/// marked private, and every cookie set is HttpOnly, SameSite=Lax and for the whole site.
#[tokio::test]
async fn every_route_carries_the_security_headers_and_safe_cookies_for_everyone() {
    use backend::entity::category;
    use sea_orm::EntityTrait;
    let w = crate::authorisation::world().await;
    let code = category::Entity::find()
        .one(&w.app.db)
        .await
        .expect("query")
        .expect("a category")
        .code;
    let mut paths: Vec<String> = leptos_axum::generate_route_list(app::App)
        .iter()
        .map(|route| w.concrete(route.path(), &code))
        .collect();
    paths.sort();
    paths.dedup();
    assert!(paths.len() >= 35, "the route list: {paths:?}");
    let coop = &w.coop;
    paths.extend(
        [
            "/healthz".to_owned(),
            "/robots.txt".into(),
            "/sitemap.xml".into(),
            "/favicon.svg".into(),
            "/no-such-page".into(),
            "/media/no-such-image.webp".into(),
            format!("{}?q=argan", app::components::search_box::SUGGEST_PATH),
            format!("/cooperatives/{coop}/certificate"),
            format!("/labels/{}/evidence", w.label),
            format!("/cooperatives/{coop}/products.csv"),
            format!("/cooperatives/{coop}/statement.csv"),
            "/exports/orders.csv".into(),
            "/products/template.csv".into(),
        ]
        .into_iter(),
    );
    for path in &paths {
        for (who, client) in [
            ("anonymous", &w.anonymous),
            ("owner", &w.app.client),
            ("admin", &w.admin),
        ] {
            let response = w.app.get_as(client, path).await;
            let status = response.status();
            assert!(!status.is_server_error(), "{path} as {who}: {status}");
            let headers = response.headers();
            let header = |name: &str| {
                headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
            };
            let csp = header("content-security-policy");
            assert!(
                csp.contains("frame-ancestors 'none'") || csp.contains("sandbox"),
                "{path} as {who}: CSP {csp:?}"
            );
            assert_eq!(
                header("x-content-type-options"),
                "nosniff",
                "{path} as {who}"
            );
            assert_eq!(
                header("referrer-policy"),
                "strict-origin-when-cross-origin",
                "{path} as {who}"
            );
            assert_eq!(header("x-frame-options"), "DENY", "{path} as {who}");
            let personal = ["text/html", "text/csv"]
                .iter()
                .any(|kind| header("content-type").starts_with(kind));
            if who != "anonymous" && personal {
                assert!(
                    header("cache-control").contains("private")
                        || header("cache-control").contains("no-store"),
                    "{path} as {who}: cache-control {:?}",
                    header("cache-control")
                );
            }
            for cookie in headers.get_all("set-cookie") {
                let cookie = cookie.to_str().unwrap_or_default();
                assert!(
                    cookie.contains("HttpOnly")
                        && cookie.contains("SameSite=Lax")
                        && cookie.contains("Path=/"),
                    "{path} as {who}: cookie {cookie}"
                );
            }
        }
    }
}
