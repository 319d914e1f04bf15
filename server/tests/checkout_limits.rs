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
