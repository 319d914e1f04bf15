//! Who may order, and how much cash on delivery one buyer may have waiting: a cooperative's
//! members do not order from it (by account, e-mail or its phone), and one address, phone,
//! e-mail or account holds at most the set number of unconfirmed cash orders. Each refusal is
//! translated and orders nothing.

use crate::{
    cooperatives::prepare,
    helpers::*,
    orders::{act, add, address, order_count, place, product_by_id},
    products::published_product,
};
use backend::entity::{cooperative_member, order, shipment, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

#[tokio::test]
async fn a_member_cannot_order_from_their_own_cooperative() {
    let (app, admin) = prepare(spawn_app().await).await;
    let (coop, argan) = published_product(&app, &admin).await;
    let owner = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::CooperativeId.eq(coop.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("its owner");
    let owner_email = user::Entity::find_by_id(owner.user_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("user")
        .email;
    let stock = product_by_id(&app, argan.id).await.stock;

    // The owner, signed in; a guest giving the owner's e-mail; a guest giving the cooperative's
    // phone: each refused, with the reason in their language, and nothing ordered.
    let guest_email = browser();
    let guest_phone = browser();
    let attempts: [(&reqwest::Client, Vec<(&str, &str)>); 3] = [
        (&app.client, vec![("email", owner_email.as_str())]),
        (&guest_email, vec![("email", owner_email.as_str())]),
        (&guest_phone, vec![("phone", coop.phone.as_str())]),
    ];
    for (client, overrides) in attempts {
        add(&app, client, &argan, "1").await;
        let key = Uuid::new_v4().to_string();
        let refused = place(&app, client, &address(&key, &overrides)).await;
        assert_eq!(error_code(&refused), "own_cooperative", "{overrides:?}");
        let (_, html) = app.follow_as(client, refused).await;
        assert!(
            html.contains("membre d’une coopérative de votre panier")
                || html.contains("member of a cooperative in your cart")
                || html.contains("أنت عضو في تعاونية"),
            "the reason is said"
        );
    }
    assert_eq!(order_count(&app).await, 0);
    assert_eq!(product_by_id(&app, argan.id).await.stock, stock);

    // Anyone else orders.
    let buyer = browser();
    add(&app, &buyer, &argan, "1").await;
    let placed = place(&app, &buyer, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
}

#[tokio::test]
async fn one_buyer_may_have_only_so_many_cash_orders_waiting() {
    let app = spawn_app_with(Spawn {
        cash_orders_waiting: Some(2),
        ..Spawn::default()
    })
    .await;
    let (app, admin) = prepare(app).await;
    let (coop, argan) = published_product(&app, &admin).await;
    let guest = browser();
    let mut numbers = Vec::new();
    for _ in 0..2 {
        add(&app, &guest, &argan, "1").await;
        let placed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
        let to = location(&placed);
        let number = to
            .strip_prefix("/orders/")
            .and_then(|rest| rest.split('?').next())
            .expect("an order")
            .to_owned();
        numbers.push(number);
    }
    let stock = product_by_id(&app, argan.id).await.stock;

    // A third, by the same phone — or the same address under another name and phone, or the
    // same e-mail from another browser: refused, in Arabic too, and nothing is held.
    let other_browser = browser();
    let attempts: [(&reqwest::Client, Vec<(&str, &str)>); 3] = [
        (&guest, vec![]),
        (
            &guest,
            vec![("phone", "0522334455"), ("email", "autre@example.ma")],
        ),
        (
            &other_browser,
            vec![("phone", "0522334455"), ("address", "3 avenue Hassan II")],
        ),
    ];
    for (client, overrides) in attempts {
        add(&app, client, &argan, "1").await;
        let refused = place(
            &app,
            client,
            &address(&Uuid::new_v4().to_string(), &overrides),
        )
        .await;
        assert_eq!(error_code(&refused), "cash_orders_limit", "{overrides:?}");
    }
    let (_, html) = app
        .follow_as(&guest, {
            add(&app, &guest, &argan, "1").await;
            place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await
        })
        .await;
    assert!(
        html.contains("plusieurs commandes payables à la livraison")
            || html.contains("several cash-on-delivery orders")
            || html.contains("عدة طلبات بالدفع عند التسليم"),
        "the reason is said"
    );
    assert_eq!(order_count(&app).await, 2);
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        stock,
        "nothing held"
    );

    // Someone else orders; and once a cooperative confirms one of the guest's orders, the guest
    // may order again.
    let neighbour = browser();
    add(&app, &neighbour, &argan, "1").await;
    let theirs = [
        ("email", "voisin@example.ma"),
        ("phone", "0677889900"),
        ("address", "8 rue de Fès"),
    ];
    let placed = place(
        &app,
        &neighbour,
        &address(&Uuid::new_v4().to_string(), &theirs),
    )
    .await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    let first = order::Entity::find()
        .filter(order::Column::Number.eq(numbers[0].as_str()))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the guest's first order");
    let first = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(first.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("its part");
    let confirmed = act(
        &app,
        &app.client,
        coop.id,
        first.id,
        &[("event", "confirm")],
    )
    .await;
    assert!(location(&confirmed).ends_with("/orders?saved=1"));
    add(&app, &guest, &argan, "1").await;
    let again = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(
        location(&again).starts_with("/orders/"),
        "{}",
        location(&again)
    );
}

/// A browser behind the shipped proxy: `X-Forwarded-For` carries whatever the client wrote,
/// then the address the proxy saw (`$proxy_add_x_forwarded_for`).
fn behind_proxy(written: &str, seen: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-forwarded-for",
        format!("{written}, {seen}").parse().expect("header"),
    );
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(20))
        .default_headers(headers)
        .build()
        .expect("client")
}

#[tokio::test]
async fn checkout_is_limited_per_client_as_the_proxy_saw_it() {
    let app = spawn_app_with(Spawn {
        checkout_per_client: Some(3),
        ..Spawn::default()
    })
    .await;
    let (app, admin) = prepare(app).await;
    let (_, argan) = published_product(&app, &admin).await;
    // One client, changing the address it writes on every try: counted by the one the proxy saw.
    for n in 0..3 {
        let client = behind_proxy(&format!("10.0.0.{n}"), "203.0.113.5");
        add(&app, &client, &argan, "1").await;
        let key = Uuid::new_v4().to_string();
        let placed = place(
            &app,
            &client,
            &address(&key, &[("phone", &format!("066100000{n}"))]),
        )
        .await;
        assert!(location(&placed).starts_with("/orders/"), "order {n}");
    }
    let stock = product_by_id(&app, argan.id).await.stock;
    let fourth = behind_proxy("10.0.0.99", "203.0.113.5");
    add(&app, &fourth, &argan, "1").await;
    let refused = place(
        &app,
        &fourth,
        &address(&Uuid::new_v4().to_string(), &[("phone", "0661999999")]),
    )
    .await;
    assert_eq!(error_code(&refused), "rate_limited");
    let (_, html) = app.follow_as(&fourth, refused).await;
    assert!(
        html.contains("Trop de tentatives")
            || html.contains("Too many attempts")
            || html.contains("محاولات كثيرة"),
        "the reason is said"
    );
    assert_eq!(order_count(&app).await, 3);
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        stock,
        "nothing held"
    );

    // Another client is not held back.
    let neighbour = behind_proxy("203.0.113.5", "198.51.100.7");
    add(&app, &neighbour, &argan, "1").await;
    let placed = place(
        &app,
        &neighbour,
        &address(&Uuid::new_v4().to_string(), &[("phone", "0662000000")]),
    )
    .await;
    assert!(location(&placed).starts_with("/orders/"));
}

/// The count is one atomic upsert in the database: twenty attempts at once (as from several
/// replicas) let exactly the limit through, and the next window starts afresh; windows ended a
/// day ago are forgotten, the current one kept.
#[tokio::test]
async fn the_client_limit_is_exact_under_concurrency() {
    use backend::services::limits::{self, Limit};
    let app = spawn_app().await;
    let limit = Limit {
        scope: "test",
        max: 5,
        window_secs: 600,
    };
    // Ten seconds into a window (1,800,000,000 is a multiple of 600).
    let now = 1_800_000_010;
    let answers = futures::future::join_all(
        (0..20).map(|_| limits::take(&app.db, limit, "203.0.113.9", now)),
    )
    .await;
    let passed = answers.iter().filter(|a| a.is_ok()).count();
    assert_eq!(passed, 5);
    assert!(answers.iter().all(|a| match a {
        Ok(()) => true,
        Err(backend::error::AppError::RateLimited { retry_after_secs }) => *retry_after_secs == 590,
        Err(_) => false,
    }));
    assert!(
        limits::take(&app.db, limit, "203.0.113.9", now + 600)
            .await
            .is_ok()
    );
    assert!(
        limits::take(&app.db, limit, "203.0.113.10", now)
            .await
            .is_ok()
    );
    assert_eq!(
        limits::forget_old(&app.db, now + 86_400)
            .await
            .expect("forgotten"),
        2
    );
}
