//! Health and metrics endpoints.

use crate::helpers::*;

#[tokio::test]
async fn healthz_answers_ok_when_the_database_does() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.expect("body"), "ok");
}

#[tokio::test]
async fn metrics_are_exposed_in_prometheus_text_format() {
    let app = spawn_app().await;
    app.get("/").await;
    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.expect("body");
    for metric in [
        "http_requests_total",
        "http_request_duration_seconds",
        "db_pool_connections",
    ] {
        assert!(body.contains(metric), "{metric} missing:\n{body}");
    }
    assert!(!app.backend.is_empty());
}
