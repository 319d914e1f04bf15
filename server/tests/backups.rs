//! `taawon backup` while the server runs and buyers order: the backup restores (SQLite: the file
//! put in place; PostgreSQL: `pg_restore` into an empty database) with every order placed before
//! it, and every order in it whole (lines, a shipment, and the stock they took).

use crate::{
    helpers::*,
    orders::{add, address, place, second_cooperative_product},
};
use backend::entity::{order, order_line, product, shipment};
use sea_orm::{ColumnTrait, Database, DatabaseConnection, EntityTrait, QueryFilter};
use std::{collections::HashSet, path::Path};
use uuid::Uuid;

/// `count` buyers each order one jar at once; returns the numbers of the orders made.
async fn orders_placed(app: &TestApp, product: &product::Model, count: usize) -> Vec<String> {
    let buyers: Vec<_> = (0..count).map(|_| browser()).collect();
    for buyer in &buyers {
        assert_eq!(
            location(&add(app, buyer, product, "1").await),
            "/cart?added=1"
        );
    }
    let keys: Vec<String> = (0..count).map(|_| Uuid::new_v4().to_string()).collect();
    let placed = buyers
        .iter()
        .zip(&keys)
        .map(|(buyer, key)| async { place(app, buyer, &address(key, &[])).await });
    futures::future::join_all(placed)
        .await
        .iter()
        .map(|answer| {
            let to = location(answer);
            assert!(to.starts_with("/orders/"), "ordered: {to}");
            to.trim_start_matches("/orders/")
                .split('?')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// Runs `taawon backup <file>` on the app's database.
async fn run_backup(app: &TestApp, file: &Path) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_taawon"))
        .arg("backup")
        .arg(file)
        .env("DATABASE_URL", &app.database_url)
        .env("TAAWON_DATA_DIR", app.dir.path())
        .output()
        .await
        .expect("taawon backup runs")
}

/// Restores `file` as an operator would and connects to the result.
async fn restore(app: &TestApp, file: &Path) -> DatabaseConnection {
    let url = if app.backend == "postgres" {
        let url = fresh_postgres_database().await;
        let restored = tokio::process::Command::new("pg_restore")
            .args(["--no-owner", "--exit-on-error", "--dbname", &url])
            .arg(file)
            .output()
            .await
            .expect("pg_restore runs");
        assert!(
            restored.status.success(),
            "pg_restore: {}",
            String::from_utf8_lossy(&restored.stderr)
        );
        url
    } else {
        let place = app.dir.path().join("restored").join("taawon.db");
        std::fs::create_dir_all(place.parent().expect("folder")).expect("folder");
        std::fs::copy(file, &place).expect("the backup put in place");
        format!("sqlite://{}?mode=rw", place.display())
    };
    let db = Database::connect(url)
        .await
        .expect("the restored database opens");
    server::database::migrate(&db)
        .await
        .expect("the restored database is at the current schema");
    db
}

#[tokio::test]
async fn a_backup_taken_while_buyers_order_restores_with_every_order_whole() {
    let app = spawn_app().await;
    let jars = second_cooperative_product(&app, 8_000, 60).await;
    let before = orders_placed(&app, &jars, 15).await;

    let file = app.dir.path().join("backups").join("taawon.backup");
    let (during, backup) = tokio::join!(orders_placed(&app, &jars, 15), run_backup(&app, &file));
    assert!(
        backup.status.success(),
        "backup: {}",
        String::from_utf8_lossy(&backup.stderr)
    );
    assert!(String::from_utf8_lossy(&backup.stdout).contains("backup written to"));
    assert_eq!(during.len(), 15);

    let again = run_backup(&app, &file).await;
    assert!(!again.status.success(), "a backup never overwrites a file");
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let db = restore(&app, &file).await;
    let orders = order::Entity::find().all(&db).await.expect("orders");
    let numbers: HashSet<&str> = orders.iter().map(|o| o.number.as_str()).collect();
    for number in &before {
        assert!(
            numbers.contains(number.as_str()),
            "order {number} is in the backup"
        );
    }
    assert!(
        (15..=30).contains(&orders.len()),
        "the backup holds the orders of one instant ({})",
        orders.len()
    );
    // Each order in it is whole, and the stock it holds is what those orders left.
    let mut sold = 0;
    for o in &orders {
        let lines = order_line::Entity::find()
            .filter(order_line::Column::OrderId.eq(o.id))
            .all(&db)
            .await
            .expect("lines");
        let parts = shipment::Entity::find()
            .filter(shipment::Column::OrderId.eq(o.id))
            .all(&db)
            .await
            .expect("shipments");
        assert_eq!(
            (lines.len(), parts.len()),
            (1, 1),
            "order {} is whole",
            o.number
        );
        sold += lines[0].quantity;
    }
    let stock = product::Entity::find_by_id(jars.id)
        .one(&db)
        .await
        .expect("query")
        .expect("the product")
        .stock;
    assert_eq!(stock + sold, 60, "stock and orders agree in the backup");
}
