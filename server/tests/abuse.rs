//! Attacks on accounts: a guesser rotating the addresses it writes, sign-up floods from one client
//! and from many, as an attacker would try them.

use crate::{
    accounts::{sign_in_from, strict_limits},
    helpers::*,
    production::Binary,
};
use backend::entity::user;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};
use std::time::{Duration, Instant};

const THROTTLED_AR: &str = "محاولات كثيرة جدًا";

#[tokio::test]
async fn a_guesser_rotating_x_forwarded_for_on_every_try_is_still_stopped() {
    // The proxies are 10.0.0.0/8; the guesser connects from 127.0.0.1, so nothing it writes in
    // the header is believed.
    let app = spawn_app_with(Spawn {
        account_limits: Some(strict_limits()),
        trusted_proxies: Some("10.0.0.0/8".parse().expect("networks")),
        ..Spawn::default()
    })
    .await;
    app.sign_up("Imane", "imane@example.ma", GOOD_PASSWORD)
        .await;
    app.post_form("/api/account/sign-out", "/", &[]).await;

    for n in 0..3 {
        let attempt = sign_in_from(
            &app,
            &format!("198.51.100.{n}"),
            "imane@example.ma",
            "guess-guess-guess",
        )
        .await;
        let (_, page) = app.follow(attempt).await;
        assert!(!page.contains(THROTTLED_AR), "try {n} is not throttled yet");
    }
    for n in 3..6 {
        let attempt = sign_in_from(
            &app,
            &format!("198.51.100.{n}, 10.0.0.{n}"),
            "Imane@Example.ma",
            GOOD_PASSWORD,
        )
        .await;
        let (_, page) = app.follow(attempt).await;
        assert!(
            page.contains(THROTTLED_AR),
            "try {n} from a new written address is still the same client"
        );
    }
    assert_eq!(app.get("/account").await.status(), 302, "not signed in");

    // The limiter's table holds the client and a digest, never the address tried.
    let keys = app
        .db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT key FROM rate_limits",
        ))
        .await
        .expect("keys");
    assert!(!keys.is_empty());
    for row in keys {
        let key: String = row.try_get("", "key").expect("key");
        assert!(!key.to_lowercase().contains("imane"), "{key}");
        assert!(key.len() < 128, "{key}");
    }
}

async fn sign_up_from(app: &TestApp, ip: &str, email: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/account/sign-up"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url("/sign-up"))
        .header("x-forwarded-for", ip)
        .form(&[
            ("display_name", "Sara"),
            ("email", email),
            ("password", GOOD_PASSWORD),
        ])
        .send()
        .await
        .expect("post")
}

#[tokio::test]
async fn sign_ups_are_limited_per_client_and_a_refused_one_writes_nothing() {
    let app = spawn_app_with(Spawn {
        account_limits: Some(strict_limits()),
        ..Spawn::default()
    })
    .await;
    for n in 0..2 {
        let made = sign_up_from(&app, "203.0.113.50", &format!("sara{n}@example.ma")).await;
        assert_eq!(location(&made), "/", "sign-up {n} is allowed");
        app.post_form("/api/account/sign-out", "/", &[]).await;
    }
    let refused = sign_up_from(&app, "203.0.113.50", "sara2@example.ma").await;
    let (_, page) = app.follow(refused).await;
    assert!(
        page.contains(THROTTLED_AR),
        "the third from one client waits"
    );
    let written = user::Entity::find()
        .filter(user::Column::Email.eq("sara2@example.ma"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(written, 0, "nothing was written");

    // An IPv6 client is one /64, whatever address of it each try comes from.
    for n in 0..2 {
        let made = sign_up_from(
            &app,
            &format!("2001:db8:5:6::{n}"),
            &format!("v6-{n}@example.ma"),
        )
        .await;
        assert_eq!(location(&made), "/", "IPv6 sign-up {n} is allowed");
        app.post_form("/api/account/sign-out", "/", &[]).await;
    }
    let same_64 = sign_up_from(&app, "2001:db8:5:6:ffff::9", "v6-2@example.ma").await;
    let (_, page) = app.follow(same_64).await;
    assert!(page.contains(THROTTLED_AR), "the same /64 is one client");

    let elsewhere = sign_up_from(&app, "198.51.100.60", "sara2@example.ma").await;
    assert_eq!(location(&elsewhere), "/", "another client is not held back");
}

/// Kibibytes of a process's `field` (`VmRSS`, `VmHWM`) from `/proc`.
fn memory_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    status
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("field")
}

#[tokio::test]
async fn two_hundred_sign_ups_at_once_are_answered_quickly_with_bounded_memory() {
    let dir = tempfile::tempdir().expect("dir");
    let mut binary = Binary::start(
        &[
            ("TAAWON_TRUSTED_PROXIES", "1".to_owned()),
            ("TAAWON_PUBLIC_URL", "http://127.0.0.1".to_owned()),
        ],
        dir.path(),
    );
    binary.healthy().await;
    let pid = binary.child.id();
    let resident_before = memory_kib(pid, "VmRSS");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client");
    let started = Instant::now();
    // Each from its own client, so no per-client limit answers first: every one wants a hash.
    let answers = futures::future::join_all((0..200).map(|n| {
        let client = client.clone();
        let url = format!("{}/api/account/sign-up", binary.address);
        async move {
            client
                .post(url)
                .header(
                    "x-forwarded-for",
                    format!("203.0.{}.{}", n / 200, n % 200 + 1),
                )
                .form(&[
                    ("display_name", format!("Flood {n}")),
                    ("email", format!("flood{n}@example.ma")),
                    ("password", GOOD_PASSWORD.to_owned()),
                ])
                .send()
                .await
        }
    }))
    .await;
    let took = started.elapsed();
    let mut created = 0;
    let mut busy = 0;
    for answer in answers {
        let answer = answer.expect("every sign-up is answered, none times out");
        match answer.status().as_u16() {
            // A script's call (no `Accept: text/html`) gets the server function's 200.
            200 | 302 => created += 1,
            503 => {
                let retry = answer
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok());
                assert!(
                    retry.is_some_and(|s| s > 0),
                    "a busy answer says when to come back"
                );
                let body: serde_json::Value = answer.json().await.expect("JSON");
                assert_eq!(body["code"], "busy", "{body}");
                busy += 1;
            }
            other => panic!(
                "unexpected status {other}: {}",
                answer.text().await.unwrap_or_default()
            ),
        }
    }
    let peak = memory_kib(pid, "VmHWM");
    println!(
        "200 sign-ups at once: {created} created, {busy} busy, in {took:?}; resident {} MiB before, peak {} MiB",
        resident_before / 1024,
        peak / 1024
    );
    assert!(created > 0, "some accounts are made");
    assert!(busy > 0, "beyond the queue the answer is busy");
    // 200 argon2 hashes at once would take 200 × 19 MiB; one per core at a time takes a few.
    assert!(
        peak.saturating_sub(resident_before) < 300 * 1024,
        "peak {peak} KiB, {resident_before} KiB before"
    );
    // The server is still well: it answers at once.
    let health = client
        .get(format!("{}/healthz", binary.address))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200, "{}", binary.log());
}
