//! `/healthz` (is the database answering?) and `/metrics` (Prometheus text format).

use app::ssr::AppState;
use axum::{extract::State, response::IntoResponse};
use http::{StatusCode, header};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};

/// 200 `ok` when the database answers a trivial query, else 503.
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let backend = state.db.get_database_backend();
    match state
        .db
        .execute_raw(Statement::from_string(backend, "SELECT 1"))
        .await
    {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// Prometheus metrics: request counts and latencies (recorded by the middleware), DB pool gauges.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let (size, idle) = pool_stats(&state.db);
    metrics::gauge!("db_pool_connections").set(f64::from(size));
    metrics::gauge!("db_pool_idle_connections").set(idle as f64);
    let body = crate::telemetry::metrics_handle().render();
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
}

fn pool_stats(db: &DatabaseConnection) -> (u32, usize) {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    }
}
