//! Card money after the charge, through HTTP and signed webhooks: a paid card part called off by
//! its cooperative or its buyer, or back after a refusal at the door, is refunded through the
//! provider once (an idempotency key per part), and the ledger says so once; a refund the
//! provider could not take is sent again until it answers; refunds made at the provider (full or
//! partial) and disputes (frozen, then released or lost) change the books once however often and
//! in whatever order their events arrive; a refund for more than was paid, or for a charge we do
//! not know, writes nothing.

use crate::{
    helpers::*,
    orders::{act, owner_of_second, product_by_id, second_cooperative_product},
    payments::{FakeGateway, card_app, card_order, deliver, order_now, session_of, signed},
};
use backend::{
    entity::{card_dispute, order, refund, shipment, webhook_event},
    services::{ledger, refunds},
};
use domain::{
    card::{DisputeState, RefundOrigin, RefundState},
    ledger::Account,
    order::{PaymentState, ShipmentState},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::stripe::samples;
use std::{collections::BTreeMap, sync::atomic::Ordering};
use uuid::Uuid;

/// A card order of `quantity` dates, paid by its signed event; returns it (paid) and its session.
async fn paid_order(
    app: &TestApp,
    dates: &backend::entity::product::Model,
    quantity: &str,
) -> (order::Model, String) {
    let (o, _, _) = card_order(app, dates, quantity).await;
    let session = session_of(app, &o).await;
    let paid = samples::event(
        &format!("evt_paid_{}", o.id),
        "checkout.session.completed",
        samples::session(
            &session,
            &o.id.to_string(),
            o.total_centimes,
            "complete",
            "paid",
        ),
    );
    assert_eq!(deliver(app, &paid, &signed(&paid)).await, 200);
    let o = order_now(app, o.id).await;
    assert_eq!(o.payment_state, PaymentState::Paid);
    (o, session)
}

async fn part_of(app: &TestApp, o: &order::Model) -> shipment::Model {
    shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(o.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a part")
}

async fn refunds_of(app: &TestApp, o: &order::Model) -> Vec<refund::Model> {
    refund::Entity::find()
        .filter(refund::Column::OrderId.eq(o.id))
        .all(&app.db)
        .await
        .expect("refunds")
}

async fn balances(app: &TestApp) -> BTreeMap<Account, i64> {
    ledger::account_balances(&app.db)
        .await
        .expect("balances")
        .into_iter()
        .collect()
}

async fn refund_transactions(app: &TestApp) -> u64 {
    backend::entity::ledger_transaction::Entity::find()
        .filter(backend::entity::ledger_transaction::Column::Kind.eq("refund"))
        .count(&app.db)
        .await
        .expect("count")
}

/// Delivers each of `events` five times, shuffled and all at once; every answer is 200.
async fn five_times_shuffled(app: &TestApp, events: &[String]) {
    use rand::seq::SliceRandom;
    let mut deliveries: Vec<&String> = events
        .iter()
        .flat_map(|e| std::iter::repeat_n(e, 5))
        .collect();
    deliveries.shuffle(&mut rand::rng());
    let answers = futures::future::join_all(
        deliveries
            .iter()
            .map(|payload| async { deliver(app, payload, &signed(payload)).await }),
    )
    .await;
    assert!(answers.iter().all(|s| *s == 200), "{answers:?}");
}

/// Karim (the second cooperative's owner) moves its part through `events`.
async fn move_part(
    app: &TestApp,
    karim: &reqwest::Client,
    part: &shipment::Model,
    events: &[&str],
) {
    for event in events {
        let done = act(
            app,
            karim,
            part.cooperative_id,
            part.id,
            &[("event", event), ("reason", "Rupture de stock")],
        )
        .await;
        assert!(
            location(&done).ends_with("/orders?saved=1"),
            "{event}: {}",
            location(&done)
        );
    }
}

#[tokio::test]
async fn a_cooperative_calling_off_a_paid_card_part_refunds_it_through_the_provider_once() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (o, _) = paid_order(&app, &dates, "2").await;
    let part = part_of(&app, &o).await;
    let karim = owner_of_second(&app, dates.cooperative_id).await;
    assert_eq!(product_by_id(&app, dates.id).await.stock, 8);

    move_part(&app, &karim, &part, &["cancel"]).await;

    // The part's goods and delivery, once, under the part's own key.
    let money = ledger::part(&part);
    assert_eq!(
        gateway.refunded(),
        [(money.total(), refunds::part_key(part.id))]
    );
    let rows = refunds_of(&app, &o).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (
            rows[0].state,
            rows[0].origin,
            rows[0].provider_ref.as_deref()
        ),
        (RefundState::Sent, RefundOrigin::Taawon, Some("re_test_1"))
    );
    assert_eq!(product_by_id(&app, dates.id).await.stock, 10);
    // The buyer's money left card clearing; nobody earned anything; the books balance.
    let books = balances(&app).await;
    for account in [
        Account::CardClearing,
        Account::BuyerFunds,
        Account::DeliveryFees,
    ] {
        assert_eq!(books.get(&account).copied().unwrap_or(0), 0, "{account:?}");
    }
    assert_eq!(books.values().sum::<i64>(), 0);
    assert_eq!(
        ledger::position(&app.db, dates.cooperative_id)
            .await
            .expect("position"),
        0
    );

    // Stripe then reports the charge refunded in full, five times at once: the order's payment
    // is refunded, and nothing is refunded or written again.
    let reported = samples::event(
        "evt_refunded_by_us",
        "charge.refunded",
        samples::refunded_charge("ch_us", &o.id.to_string(), o.total_centimes),
    );
    five_times_shuffled(&app, &[reported]).await;
    assert_eq!(
        order_now(&app, o.id).await.payment_state,
        PaymentState::Refunded
    );
    assert_eq!(refunds_of(&app, &o).await.len(), 1);
    assert_eq!(refund_transactions(&app).await, 1);
    assert_eq!(gateway.refund_calls.load(Ordering::SeqCst), 1);

    // Calling it off again is refused and sends nothing.
    let again = act(
        &app,
        &karim,
        part.cooperative_id,
        part.id,
        &[("event", "cancel"), ("reason", "encore")],
    )
    .await;
    assert_eq!(error_code(&again), "conflict");
    assert_eq!(gateway.refund_calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_refund_the_provider_could_not_take_is_sent_again_until_it_answers() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (o, _) = paid_order(&app, &dates, "1").await;
    let part = part_of(&app, &o).await;
    let karim = owner_of_second(&app, dates.cooperative_id).await;
    let before = balances(&app).await;

    gateway.down.store(true, Ordering::SeqCst);
    move_part(&app, &karim, &part, &["cancel"]).await;
    // The change stands; the refund waits, and the books have not moved.
    assert_eq!(
        shipment::Entity::find_by_id(part.id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("part")
            .state,
        ShipmentState::Cancelled
    );
    let waiting = refunds_of(&app, &o).await;
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].state, RefundState::Requested);
    assert!(waiting[0].last_error.is_some());
    assert_eq!(balances(&app).await, before);

    // Sent again by two replicas at once once the provider is back: refunded once.
    gateway.down.store(false, Ordering::SeqCst);
    let g: &FakeGateway = &gateway;
    let (a, b) = tokio::join!(
        refunds::send_due(&app.db, g, chrono::Duration::zero()),
        refunds::send_due(&app.db, g, chrono::Duration::zero()),
    );
    assert!(a.expect("pass") + b.expect("pass") >= 1);
    assert_eq!(gateway.refunded().len(), 1);
    assert_eq!(refunds_of(&app, &o).await[0].state, RefundState::Sent);
    assert_eq!(refund_transactions(&app).await, 1);
    assert_eq!(
        balances(&app)
            .await
            .get(&Account::CardClearing)
            .copied()
            .unwrap_or(0),
        0
    );
    // Nothing is due any more.
    assert_eq!(
        refunds::send_due(&app.db, g, chrono::Duration::zero())
            .await
            .expect("pass"),
        0
    );
}

#[tokio::test]
async fn a_refund_the_provider_refuses_fails_for_an_admin_and_writes_nothing() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (o, _) = paid_order(&app, &dates, "1").await;
    let part = part_of(&app, &o).await;
    let karim = owner_of_second(&app, dates.cooperative_id).await;
    gateway.refuse_refunds.store(true, Ordering::SeqCst);
    move_part(&app, &karim, &part, &["cancel"]).await;
    let rows = refunds_of(&app, &o).await;
    assert_eq!(rows[0].state, RefundState::Failed);
    assert_eq!(
        rows[0].last_error.as_deref(),
        Some("charge already refunded")
    );
    assert_eq!(refund_transactions(&app).await, 0);
    // The admins see it, with Stripe's answer, in their language; nobody else does.
    let (app, admin) = crate::cooperatives::prepare(app).await;
    let page = app
        .get_as(&admin, "/admin/payouts?lang=fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("data-list=\"admin-refunds\""), "listed");
    assert!(page.contains("Refusé par Stripe") && page.contains("charge already refunded"));
    assert!(page.contains(&o.number));
    let stranger = app
        .get_as(&karim, "/admin/payouts")
        .await
        .text()
        .await
        .expect("body");
    assert!(!stranger.contains("charge already refunded"));
    // A failed refund is not sent again.
    assert_eq!(
        refunds::send_due(&app.db, &*gateway, chrono::Duration::zero())
            .await
            .expect("pass"),
        0
    );
}

#[tokio::test]
async fn a_buyer_calls_off_a_paid_card_part_and_a_returned_card_parcel_is_refunded() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let karim = owner_of_second(&app, dates.cooperative_id).await;

    // The buyer, with the order's link, before it ships.
    let (o, _) = paid_order(&app, &dates, "1").await;
    let part = part_of(&app, &o).await;
    let guest = browser();
    let page = app
        .get_as(
            &guest,
            &format!("/orders/{}?key={}", o.number, o.idempotency_key),
        )
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("/api/orders/cancel"), "the page offers it");
    let cancelled = app
        .post_form_as(
            &guest,
            "/api/orders/cancel",
            &format!("/orders/{}", o.number),
            &[
                ("number", o.number.as_str()),
                ("key", o.idempotency_key.as_str()),
                ("shipment_id", &part.id.to_string()),
                ("reason", ""),
            ],
        )
        .await;
    assert!(
        location(&cancelled).contains("cancelled=1"),
        "{}",
        location(&cancelled)
    );
    assert_eq!(
        gateway.refunded(),
        [(ledger::part(&part).total(), refunds::part_key(part.id))]
    );

    // A parcel refused at the door is refunded when it is back, not before.
    let (refused, _) = paid_order(&app, &dates, "1").await;
    let parcel = part_of(&app, &refused).await;
    move_part(&app, &karim, &parcel, &["confirm", "ship", "refuse"]).await;
    assert_eq!(gateway.refunded().len(), 1, "not refunded at the door");
    move_part(&app, &karim, &parcel, &["return"]).await;
    assert_eq!(gateway.refunded().len(), 2);
    assert_eq!(refund_transactions(&app).await, 2);
    let books = balances(&app).await;
    assert_eq!(books.get(&Account::CardClearing).copied().unwrap_or(0), 0);
    assert_eq!(books.values().sum::<i64>(), 0);
    assert_eq!(product_by_id(&app, dates.id).await.stock, 10);

    // A card order still being paid cannot be cut by its buyer.
    let (pending, _, _) = card_order(&app, &dates, "1").await;
    let pending_part = part_of(&app, &pending).await;
    let refused_cut = app
        .post_form_as(
            &guest,
            "/api/orders/cancel",
            &format!("/orders/{}", pending.number),
            &[
                ("number", pending.number.as_str()),
                ("key", pending.idempotency_key.as_str()),
                ("shipment_id", &pending_part.id.to_string()),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(error_code(&refused_cut), "conflict");
    assert_eq!(gateway.refunded().len(), 2);
}

#[tokio::test]
async fn refunds_and_disputes_after_delivery_five_times_shuffled_change_the_books_once() {
    let (app, _gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 20).await;
    let coop = dates.cooperative_id;
    let karim = owner_of_second(&app, coop).await;
    let delivered = ["confirm", "ship", "deliver"];
    let (partly, _) = paid_order(&app, &dates, "2").await;
    let (won, s_won) = paid_order(&app, &dates, "1").await;
    let (lost, s_lost) = paid_order(&app, &dates, "3").await;
    let (late, s_late) = paid_order(&app, &dates, "1").await;
    let mut share = 0;
    for o in [&partly, &won, &lost] {
        let part = part_of(&app, o).await;
        move_part(&app, &karim, &part, &delivered).await;
        share += ledger::part(&part).share();
    }
    assert_eq!(
        ledger::position(&app.db, coop).await.expect("position"),
        share
    );

    // A dispute opened on an order not delivered yet: its delivery is frozen as it happens.
    let late_open = samples::event(
        "evt_late_open",
        "charge.dispute.created",
        samples::dispute(
            "dp_late",
            &format!("pi_{s_late}"),
            late.total_centimes,
            "needs_response",
        ),
    );
    five_times_shuffled(&app, &[late_open]).await;
    let late_part = part_of(&app, &late).await;
    move_part(&app, &karim, &late_part, &delivered).await;
    assert_eq!(
        ledger::position(&app.db, coop).await.expect("position"),
        share,
        "the late part's earnings are frozen"
    );
    assert_eq!(
        balances(&app).await.get(&Account::Disputed(coop)).copied(),
        Some(-ledger::part(&late_part).share())
    );

    // Partial refunds (running totals 20 and 50 MAD) of one order, a dispute won on another and
    // one lost on a third, the late one closed: every event five times, shuffled, at once.
    let dispute = |id: &str, event: &str, intent: &str, amount: i64, status: &str| {
        samples::event(
            id,
            event,
            samples::dispute(event_dispute(id), intent, amount, status),
        )
    };
    fn event_dispute(event: &str) -> &'static str {
        match event {
            "evt_won_open" | "evt_won_close" => "dp_won",
            "evt_lost_open" | "evt_lost_close" => "dp_lost",
            _ => "dp_late",
        }
    }
    let charge = |id: &str, refunded: i64| {
        samples::event(
            id,
            "charge.refunded",
            samples::charge(
                "ch_partly",
                &partly.id.to_string(),
                partly.total_centimes,
                refunded,
            ),
        )
    };
    let i_won = format!("pi_{s_won}");
    let i_lost = format!("pi_{s_lost}");
    let i_late = format!("pi_{s_late}");
    let events = vec![
        charge("evt_refund_20", 2_000),
        charge("evt_refund_50", 5_000),
        dispute(
            "evt_won_open",
            "charge.dispute.created",
            &i_won,
            won.total_centimes,
            "needs_response",
        ),
        dispute(
            "evt_won_close",
            "charge.dispute.closed",
            &i_won,
            won.total_centimes,
            "won",
        ),
        dispute(
            "evt_lost_open",
            "charge.dispute.created",
            &i_lost,
            lost.total_centimes,
            "needs_response",
        ),
        dispute(
            "evt_lost_close",
            "charge.dispute.closed",
            &i_lost,
            lost.total_centimes,
            "lost",
        ),
        dispute(
            "evt_late_close",
            "charge.dispute.closed",
            &i_late,
            late.total_centimes,
            "won",
        ),
    ];
    five_times_shuffled(&app, &events).await;

    assert_eq!(
        webhook_event::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        4 + 1 + events.len() as u64,
        "four payments, the late opening and these: each stored once"
    );
    // 50 MAD went back on the partly refunded order, taken from its cooperative less the fee's
    // share; the lost order's money all went back; the won and late ones are paid as earned.
    let p_partly = ledger::part(&part_of(&app, &partly).await);
    let p_lost = ledger::part(&part_of(&app, &lost).await);
    let taken = 5_000 - domain::ledger::fee_back(&p_partly, 5_000);
    let refunded: i64 = refunds_of(&app, &partly)
        .await
        .iter()
        .map(|r| r.amount_centimes)
        .sum();
    assert_eq!(refunded, 5_000);
    assert_eq!(
        order_now(&app, partly.id).await.payment_state,
        PaymentState::Paid
    );
    assert_eq!(
        order_now(&app, lost.id).await.payment_state,
        PaymentState::Refunded
    );
    assert_eq!(
        refunds_of(&app, &lost)
            .await
            .iter()
            .map(|r| r.amount_centimes)
            .sum::<i64>(),
        p_lost.total()
    );
    let expected = share + ledger::part(&late_part).share() - taken - p_lost.share();
    assert_eq!(
        ledger::position(&app.db, coop).await.expect("position"),
        expected
    );
    let books = balances(&app).await;
    assert_eq!(books.get(&Account::Disputed(coop)).copied().unwrap_or(0), 0);
    assert_eq!(books.values().sum::<i64>(), 0);
    for (dispute, state) in [
        ("dp_won", DisputeState::Won),
        ("dp_lost", DisputeState::Lost),
        ("dp_late", DisputeState::Won),
    ] {
        let row = card_dispute::Entity::find()
            .filter(card_dispute::Column::ProviderRef.eq(dispute))
            .one(&app.db)
            .await
            .expect("query")
            .expect("stored once");
        assert_eq!(row.state, state, "{dispute}");
    }
}

#[tokio::test]
async fn a_refund_for_more_than_was_paid_or_an_unknown_charge_writes_nothing() {
    let (app, _gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (o, _) = paid_order(&app, &dates, "1").await;
    let before = balances(&app).await;
    let too_much = samples::event(
        "evt_too_much",
        "charge.refunded",
        samples::charge(
            "ch_too_much",
            &o.id.to_string(),
            o.total_centimes + 1,
            o.total_centimes + 1,
        ),
    );
    let unknown = samples::event(
        "evt_unknown",
        "charge.refunded",
        samples::charge("ch_unknown", &Uuid::now_v7().to_string(), 5_000, 1_000),
    );
    let unknown_dispute = samples::event(
        "evt_unknown_dispute",
        "charge.dispute.created",
        samples::dispute("dp_unknown", "pi_nobody", 5_000, "needs_response"),
    );
    five_times_shuffled(&app, &[too_much, unknown, unknown_dispute]).await;
    assert!(refunds_of(&app, &o).await.is_empty());
    assert_eq!(
        card_dispute::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
    assert_eq!(balances(&app).await, before);
    assert_eq!(
        order_now(&app, o.id).await.payment_state,
        PaymentState::Paid
    );
}
