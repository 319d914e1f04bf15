//! The catalog's categories: seeded at start-up (idempotently), browsable in every language.

use crate::helpers::*;
use backend::{entity::category, services::catalog};
use sea_orm::{EntityTrait, PaginatorTrait};

async fn count(app: &TestApp) -> u64 {
    category::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn the_category_tree_is_seeded_once_and_browsable_in_each_language() {
    let app = spawn_app().await;
    let expected = domain::category::flattened().len() as u64;
    assert_eq!(count(&app).await, expected);
    catalog::sync_categories(&app.db).await.expect("sync again");
    assert_eq!(count(&app).await, expected, "syncing again adds nothing");

    let home = app.get("/").await.text().await.expect("body");
    assert!(
        home.contains(r#"href="/categories/honey-amlou""#) && home.contains("العسل وأملو"),
        "the home page links the categories, in Arabic by default"
    );
    let index = app
        .get_in("/categories", "fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        index.contains("Dattes et fruits secs")
            && index.contains("Eau de rose et eau de fleur d’oranger")
    );

    let honey = app.get_in("/categories/honey-amlou", "en").await;
    assert_eq!(honey.status(), 200);
    let page = honey.text().await.expect("body");
    assert!(page.contains("<h1>Honey and amlou</h1>"), "{page}");
    assert!(
        page.contains(r#"href="/categories/amlou""#),
        "sub-categories are linked"
    );
    let amlou = app
        .get_in("/categories/amlou", "en")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        amlou.contains(r#"href="/categories/honey-amlou""#),
        "breadcrumb to the parent"
    );
    assert_eq!(app.get("/categories/no-such-thing").await.status(), 404);
}
