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

#[tokio::test]
async fn demo_data_loads_once_with_the_register_and_a_verified_branded_cooperative() {
    use app::ssr::entity::{cooperative, cooperative_identity, registry_entry};
    use sea_orm::{EntityTrait, PaginatorTrait};
    let app = spawn_app().await;
    assert!(server::demo::seed(&app.db).await.expect("seed"));
    assert!(
        !server::demo::seed(&app.db).await.expect("seed again"),
        "a second run changes nothing"
    );
    assert_eq!(
        registry_entry::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        2_400
    );
    let coop = cooperative::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("demo cooperative");
    assert_eq!(coop.state, "verified");
    assert_eq!(
        cooperative_identity::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        1
    );
    let storefront = app.get(&format!("/c/{}", coop.slug)).await;
    assert_eq!(storefront.status(), 200);
}
