//! Card payments through HTTP: a card order goes to the (in-memory) gateway's payment page and
//! waits; only a correctly signed Stripe event, or the provider's own answer, makes it paid —
//! never the buyer's redirect; tampered, wrongly signed and stale events are refused and change
//! nothing; every event delivered five times, shuffled and at once, moves each order once and
//! gives stock back once; expired sessions and lost webhooks are settled by reconciliation. The
//! real Stripe adapter runs against Stripe's mock server when `STRIPE_API_BASE` is set.

use crate::{
    helpers::*,
    orders::{add, address, place, product_by_id, second_cooperative_product},
};
use backend::{
    entity::{order, outbox, payment, shipment, webhook_event},
    payments::{
        CardGateway, CheckoutRequest, CheckoutStatus, GatewayError, HostedCheckout, RefundAnswer,
        RefundRequest,
    },
    services::payments,
};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::stripe::samples;
use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
};
use uuid::Uuid;

const SECRET: &str = "whsec_taawon_tests";

/// A payment provider in memory: sessions and refunds keyed by the idempotency key (as Stripe
/// does: the same key gives the same answer), session statuses set by the test, a switch to make
/// it unreachable and one to make it refuse refunds.
#[derive(Default)]
pub(crate) struct FakeGateway {
    sessions: Mutex<HashMap<String, (String, CheckoutRequest)>>,
    statuses: Mutex<HashMap<String, CheckoutStatus>>,
    /// Refunds made, by idempotency key: (the refund's id, what was asked).
    pub(crate) refunds: Mutex<HashMap<String, (String, RefundRequest)>>,
    /// How many refund calls arrived (a repeated key included).
    pub(crate) refund_calls: std::sync::atomic::AtomicUsize,
    pub(crate) down: AtomicBool,
    pub(crate) refuse_refunds: AtomicBool,
}

impl FakeGateway {
    /// The refunds made, as (amount, idempotency key), in key order.
    pub(crate) fn refunded(&self) -> Vec<(i64, String)> {
        let mut out: Vec<(i64, String)> = self
            .refunds
            .lock()
            .expect("lock")
            .values()
            .map(|(_, r)| (r.amount, r.idempotency_key.clone()))
            .collect();
        out.sort_by(|a, b| a.1.cmp(&b.1));
        out
    }

    fn set_status(&self, session_id: &str, status: CheckoutStatus) {
        self.statuses
            .lock()
            .expect("lock")
            .insert(session_id.to_owned(), status);
    }

    fn opened(&self) -> usize {
        self.sessions.lock().expect("lock").len()
    }
}

#[async_trait::async_trait]
impl CardGateway for FakeGateway {
    async fn open_checkout(
        &self,
        request: &CheckoutRequest,
    ) -> Result<HostedCheckout, GatewayError> {
        if self.down.load(Ordering::SeqCst) {
            return Err(GatewayError("connection refused".into()));
        }
        let mut sessions = self.sessions.lock().expect("lock");
        let next = sessions.len() + 1;
        let (id, _) = sessions
            .entry(request.idempotency_key.clone())
            .or_insert_with(|| (format!("cs_test_{next}"), request.clone()));
        Ok(HostedCheckout {
            session_id: id.clone(),
            url: format!("https://checkout.stripe.test/c/pay/{id}"),
        })
    }

    async fn checkout_status(&self, session_id: &str) -> Result<CheckoutStatus, GatewayError> {
        if self.down.load(Ordering::SeqCst) {
            return Err(GatewayError("connection refused".into()));
        }
        Ok(self
            .statuses
            .lock()
            .expect("lock")
            .get(session_id)
            .cloned()
            .unwrap_or(CheckoutStatus::Open))
    }

    async fn refund(&self, request: &RefundRequest) -> Result<RefundAnswer, GatewayError> {
        self.refund_calls.fetch_add(1, Ordering::SeqCst);
        if self.down.load(Ordering::SeqCst) {
            return Err(GatewayError("connection refused".into()));
        }
        if self.refuse_refunds.load(Ordering::SeqCst) {
            return Ok(RefundAnswer::Refused("charge already refunded".into()));
        }
        assert!(request.amount > 0, "a refund above zero: {request:?}");
        assert!(
            !request.session_id.is_empty(),
            "the session that charged: {request:?}"
        );
        let mut refunds = self.refunds.lock().expect("lock");
        let next = refunds.len() + 1;
        let (id, _) = refunds
            .entry(request.idempotency_key.clone())
            .or_insert_with(|| (format!("re_test_{next}"), request.clone()));
        Ok(RefundAnswer::Accepted {
            refund_id: id.clone(),
        })
    }
}

pub(crate) async fn card_app() -> (TestApp, Arc<FakeGateway>) {
    let gateway = Arc::new(FakeGateway::default());
    let app = spawn_app_with(Spawn {
        payments: Some(gateway.clone()),
        payment_config: Some(server::config::PaymentConfig {
            stripe_webhook_secret: Some(SECRET.parse().expect("secret")),
            ..Default::default()
        }),
        ..Spawn::default()
    })
    .await;
    (app, gateway)
}

/// A guest who puts `quantity` of `product` in the cart and orders it by card; returns the
/// order and where the checkout sent them.
pub(crate) async fn card_order(
    app: &TestApp,
    product: &backend::entity::product::Model,
    quantity: &str,
) -> (order::Model, String, Client) {
    let guest = browser();
    add(app, &guest, product, quantity).await;
    let key = Uuid::new_v4().to_string();
    let placed = place(app, &guest, &address(&key, &[("payment", "card")])).await;
    let target = location(&placed);
    let o = order::Entity::find()
        .filter(order::Column::IdempotencyKey.eq(key))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the order was placed");
    (o, target, guest)
}

pub(crate) async fn session_of(app: &TestApp, o: &order::Model) -> String {
    payment::Entity::find()
        .filter(payment::Column::OrderId.eq(o.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a payment row for the session")
        .provider_ref
}

pub(crate) async fn order_now(app: &TestApp, id: Uuid) -> order::Model {
    order::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("order")
}

pub(crate) async fn deliver(app: &TestApp, payload: &str, signature: &str) -> u16 {
    app.client
        .post(app.url("/webhooks/stripe"))
        .header("stripe-signature", signature)
        .header("content-type", "application/json")
        .body(payload.to_owned())
        .send()
        .await
        .expect("POST webhook")
        .status()
        .as_u16()
}

pub(crate) fn signed(payload: &str) -> String {
    samples::signature(payload, SECRET, chrono::Utc::now().timestamp())
}

pub(crate) fn session_event(
    event_id: &str,
    kind: &str,
    session: &str,
    o: &order::Model,
    status: &str,
    paid: &str,
) -> String {
    samples::event(
        event_id,
        kind,
        samples::session(session, &o.id.to_string(), o.total_centimes, status, paid),
    )
}

pub(crate) async fn mails_to(app: &TestApp, to: &str, subject_part: &str) -> usize {
    outbox::Entity::find()
        .all(&app.db)
        .await
        .expect("outbox")
        .iter()
        .filter(|m| m.payload.contains(to) && m.payload.contains(subject_part))
        .count()
}

#[tokio::test]
async fn a_card_order_is_paid_only_by_its_signed_event_and_once() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (o, target, guest) = card_order(&app, &dates, "2").await;

    // Sent to the provider's page; the order waits, its stock held.
    assert!(
        target.starts_with("https://checkout.stripe.test/c/pay/cs_test_"),
        "{target}"
    );
    assert_eq!(
        (o.payment_method.code(), o.payment_state.code()),
        ("card", "pending")
    );
    assert_eq!(product_by_id(&app, dates.id).await.stock, 8);
    let session = session_of(&app, &o).await;
    let opened = gateway
        .sessions
        .lock()
        .expect("lock")
        .values()
        .next()
        .cloned()
        .expect("opened")
        .1;
    assert_eq!(opened.currency, "MAD");
    assert_eq!(opened.order_id, o.id);
    let charged: i64 = opened
        .lines
        .iter()
        .map(|l| l.unit_amount * i64::from(l.quantity))
        .sum();
    assert_eq!(
        charged, o.total_centimes,
        "the session charges the order total, delivery included"
    );
    assert!(
        opened
            .success_url
            .contains(&format!("/orders/{}?key=", o.number))
    );

    // Coming back with `paid=1` proves nothing: the page asks the provider, which says open.
    let page = app
        .get_as(
            &guest,
            &format!("/orders/{}?key={}&paid=1", o.number, o.idempotency_key),
        )
        .await;
    let html = page.text().await.expect("body");
    assert!(
        html.contains("data-state=\"pending_payment\""),
        "still unpaid"
    );
    assert_eq!(
        order_now(&app, o.id).await.payment_state,
        domain::order::PaymentState::Pending
    );

    // The signed event pays it; the same event again changes nothing.
    let payload = session_event(
        "evt_paid_1",
        "checkout.session.completed",
        &session,
        &o,
        "complete",
        "paid",
    );
    assert_eq!(deliver(&app, &payload, &signed(&payload)).await, 200);
    assert_eq!(
        order_now(&app, o.id).await.payment_state,
        domain::order::PaymentState::Paid
    );
    assert_eq!(deliver(&app, &payload, &signed(&payload)).await, 200);
    assert_eq!(
        webhook_event::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        1
    );
    assert_eq!(
        mails_to(&app, "salma@example.ma", &o.number).await,
        1,
        "one payment mail"
    );
    let page = app
        .get_as(
            &guest,
            &format!("/orders/{}?key={}", o.number, o.idempotency_key),
        )
        .await;
    assert!(
        page.text()
            .await
            .expect("body")
            .contains("data-state=\"paid\"")
    );
    assert_eq!(
        product_by_id(&app, dates.id).await.stock,
        8,
        "paid stock stays taken"
    );
}

#[tokio::test]
async fn tampered_wrongly_signed_and_stale_events_are_refused_and_change_nothing() {
    let (app, _gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (o, _, _) = card_order(&app, &dates, "1").await;
    let session = session_of(&app, &o).await;
    let payload = session_event(
        "evt_forged",
        "checkout.session.completed",
        &session,
        &o,
        "complete",
        "paid",
    );
    let good = signed(&payload);
    let tampered = payload.replace(&o.total_centimes.to_string(), "1");
    let wrong_secret = samples::signature(
        &payload,
        "whsec_someone_else",
        chrono::Utc::now().timestamp(),
    );
    let stale = samples::signature(&payload, SECRET, chrono::Utc::now().timestamp() - 301);
    for (body, signature) in [
        (tampered.as_str(), good.as_str()),
        (payload.as_str(), wrong_secret.as_str()),
        (payload.as_str(), stale.as_str()),
        (payload.as_str(), ""),
        ("not json", good.as_str()),
    ] {
        assert_eq!(deliver(&app, body, signature).await, 400, "{signature}");
    }
    assert_eq!(
        order_now(&app, o.id).await.payment_state,
        domain::order::PaymentState::Pending
    );
    assert_eq!(
        webhook_event::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
}

#[tokio::test]
async fn every_event_five_times_shuffled_and_at_once_moves_each_order_once() {
    use rand::seq::SliceRandom;
    let (app, _gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 20).await;
    let (paid, _, _) = card_order(&app, &dates, "2").await;
    let (expired, _, _) = card_order(&app, &dates, "3").await;
    let (by_bank, _, _) = card_order(&app, &dates, "4").await;
    let (refunded, _, _) = card_order(&app, &dates, "1").await;
    assert_eq!(product_by_id(&app, dates.id).await.stock, 10);
    let s_paid = session_of(&app, &paid).await;
    let s_expired = session_of(&app, &expired).await;
    let s_bank = session_of(&app, &by_bank).await;
    let s_refunded = session_of(&app, &refunded).await;
    let events = vec![
        session_event(
            "evt_a1",
            "checkout.session.completed",
            &s_paid,
            &paid,
            "complete",
            "paid",
        ),
        session_event(
            "evt_b1",
            "checkout.session.expired",
            &s_expired,
            &expired,
            "expired",
            "unpaid",
        ),
        session_event(
            "evt_c1",
            "checkout.session.completed",
            &s_bank,
            &by_bank,
            "complete",
            "unpaid",
        ),
        session_event(
            "evt_c2",
            "checkout.session.async_payment_succeeded",
            &s_bank,
            &by_bank,
            "complete",
            "paid",
        ),
        session_event(
            "evt_d1",
            "checkout.session.completed",
            &s_refunded,
            &refunded,
            "complete",
            "paid",
        ),
    ];
    // The refund comes later, as it does at Stripe (a charge is refunded after it was made).
    let refund = samples::event(
        "evt_d2",
        "charge.refunded",
        samples::refunded_charge("ch_1", &refunded.id.to_string(), refunded.total_centimes),
    );
    for wave in [events.clone(), vec![refund]] {
        let mut deliveries: Vec<&String> = wave
            .iter()
            .flat_map(|e| std::iter::repeat_n(e, 5))
            .collect();
        deliveries.shuffle(&mut rand::rng());
        let answers = futures::future::join_all(
            deliveries
                .iter()
                .map(|payload| async { deliver(&app, payload, &signed(payload)).await }),
        )
        .await;
        assert!(answers.iter().all(|s| *s == 200), "{answers:?}");
    }

    assert_eq!(
        webhook_event::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        events.len() as u64 + 1,
        "each event stored once"
    );
    assert_eq!(
        order_now(&app, paid.id).await.payment_state,
        domain::order::PaymentState::Paid
    );
    assert_eq!(
        order_now(&app, expired.id).await.payment_state,
        domain::order::PaymentState::Failed
    );
    assert_eq!(
        order_now(&app, by_bank.id).await.payment_state,
        domain::order::PaymentState::Paid
    );
    assert_eq!(
        order_now(&app, refunded.id).await.payment_state,
        domain::order::PaymentState::Refunded
    );
    assert_eq!(
        product_by_id(&app, dates.id).await.stock,
        10 + 3 + 1,
        "the expired and the refunded orders' stock came back, once each"
    );
    let cancelled = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(expired.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("shipment");
    assert_eq!(cancelled.state, domain::order::ShipmentState::Cancelled);
    let paid_payments = payment::Entity::find()
        .filter(payment::Column::State.eq("paid"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(paid_payments, 2, "the paid and the bank-paid orders");
}

#[tokio::test]
async fn expired_sessions_and_lost_webhooks_are_settled_by_asking_the_provider() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let (paid, _, _) = card_order(&app, &dates, "1").await;
    let (expired, _, _) = card_order(&app, &dates, "2").await;
    let (open, _, _) = card_order(&app, &dates, "3").await;
    gateway.set_status(
        &session_of(&app, &paid).await,
        CheckoutStatus::Paid {
            amount_total: Some(paid.total_centimes),
            payment_intent: Some("pi_reconciled".into()),
        },
    );
    gateway.set_status(&session_of(&app, &expired).await, CheckoutStatus::Expired);
    assert_eq!(product_by_id(&app, dates.id).await.stock, 4);

    let settings = app::ssr::state::AppSettings {
        public_url: app.address.clone(),
        secure_cookies: false,
        platform_fee: rust_decimal::Decimal::ZERO,
        delivery: domain::order::DeliveryPolicy {
            flat_fee: 3_000,
            free_from: Some(40_000),
        },
        cash_on_delivery: true,
        cash_orders_waiting: 3,
        checkout_per_client: 20,
        api_per_minute: 300,
        account_limits: Default::default(),
        legal: Default::default(),
        card_payments: true,
        currency: "MAD".into(),
        card_window_minutes: 60,
        requests: Default::default(),
    };
    let reconcile_now = || async {
        payments::reconcile(
            &app.db,
            &settings,
            gateway.as_ref(),
            chrono::Duration::zero(),
        )
        .await
        .expect("reconcile")
    };
    // The provider is down: nothing is settled, nothing fails.
    gateway.down.store(true, Ordering::SeqCst);
    let none = reconcile_now().await;
    assert_eq!(none, 0);
    gateway.down.store(false, Ordering::SeqCst);
    let settled = reconcile_now().await;
    assert_eq!(settled, 2);
    assert_eq!(
        order_now(&app, paid.id).await.payment_state,
        domain::order::PaymentState::Paid
    );
    assert_eq!(
        order_now(&app, expired.id).await.payment_state,
        domain::order::PaymentState::Failed
    );
    assert_eq!(
        order_now(&app, open.id).await.payment_state,
        domain::order::PaymentState::Pending
    );
    assert_eq!(
        product_by_id(&app, dates.id).await.stock,
        6,
        "the expired order's two came back"
    );
    // Running it again changes nothing.
    let again = reconcile_now().await;
    assert_eq!(again, 0);
    assert_eq!(product_by_id(&app, dates.id).await.stock, 6);
    // A late event for the expired order cannot pay it.
    let payload = session_event(
        "evt_late",
        "checkout.session.completed",
        &session_of(&app, &expired).await,
        &expired,
        "complete",
        "paid",
    );
    assert_eq!(deliver(&app, &payload, &signed(&payload)).await, 200);
    assert_eq!(
        order_now(&app, expired.id).await.payment_state,
        domain::order::PaymentState::Failed
    );
}

#[tokio::test]
async fn when_the_provider_is_down_the_order_is_kept_and_can_be_paid_later() {
    let (app, gateway) = card_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    gateway.down.store(true, Ordering::SeqCst);
    let (o, target, guest) = card_order(&app, &dates, "1").await;
    assert!(
        target.starts_with(&format!("/orders/{}?key=", o.number)),
        "{target}"
    );
    assert!(target.contains("pay=payment_unavailable"), "{target}");
    let page = app
        .get_as(&guest, &target)
        .await
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("action=\"/api/orders/pay\""),
        "a pay button is offered"
    );
    assert!(
        page.contains("Le paiement par carte n’est pas disponible")
            || page.contains("الدفع بالبطاقة غير متاح"),
        "the error is said in the buyer's language"
    );
    assert_eq!(gateway.opened(), 0);

    gateway.down.store(false, Ordering::SeqCst);
    let paid = app
        .post_form_as(
            &guest,
            "/api/orders/pay",
            &target,
            &[
                ("number", o.number.as_str()),
                ("key", o.idempotency_key.as_str()),
            ],
        )
        .await;
    assert!(
        location(&paid).starts_with("https://checkout.stripe.test/"),
        "{}",
        location(&paid)
    );
    // Someone without the link cannot be sent to pay it (nor learn it exists).
    let stranger = browser();
    let refused = app
        .post_form_as(
            &stranger,
            "/api/orders/pay",
            "/",
            &[("number", o.number.as_str()), ("key", "guess")],
        )
        .await;
    assert_eq!(error_code(&refused), "not_found");
    assert_eq!(gateway.opened(), 1);
}

#[tokio::test]
async fn card_payment_is_refused_at_checkout_when_no_provider_is_configured() {
    let app = spawn_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let guest = browser();
    add(&app, &guest, &dates, "1").await;
    let key = Uuid::new_v4().to_string();
    let placed = place(&app, &guest, &address(&key, &[("payment", "card")])).await;
    assert_eq!(
        error_code(&placed),
        "invalid",
        "the payment choice is refused"
    );
    assert_eq!(
        order::Entity::find().count(&app.db).await.expect("count"),
        0
    );
    assert_eq!(product_by_id(&app, dates.id).await.stock, 10);
    // And the webhook endpoint does not exist without a signing secret.
    assert_eq!(deliver(&app, "{}", "t=1,v1=00").await, 404);
}

/// The real adapter against Stripe's mock server (`stripe-mock`), when `STRIPE_API_BASE` names
/// one: a session is created and read back, and a part refunded, through async-stripe (the mock
/// checks every parameter against Stripe's published API description).
#[tokio::test]
async fn the_stripe_adapter_talks_to_the_stripe_api_at_stripe_api_base() {
    let Ok(base) = std::env::var("STRIPE_API_BASE") else {
        eprintln!(
            "SKIPPED: STRIPE_API_BASE is not set; the Stripe adapter was not run against a server"
        );
        return;
    };
    let gateway = server::stripe::StripeGateway::new("sk_test_123", Some(&base)).expect("client");
    let request = CheckoutRequest {
        order_id: Uuid::now_v7(),
        order_number: "TA-TEST".into(),
        idempotency_key: format!("taawon-test-{}", Uuid::now_v7()),
        currency: "MAD".into(),
        lines: vec![backend::payments::CheckoutLine {
            name: "Huile d'argan".into(),
            unit_amount: 12_000,
            quantity: 2,
        }],
        customer_email: Some("salma@example.ma".into()),
        success_url: "https://taawon.test/orders/TA-TEST?paid=1".into(),
        cancel_url: "https://taawon.test/orders/TA-TEST".into(),
        expires_at: chrono::Utc::now().timestamp() + 3_600,
        locale: "fr",
    };
    let hosted = gateway
        .open_checkout(&request)
        .await
        .expect("session created");
    assert!(!hosted.session_id.is_empty());
    let status = gateway
        .checkout_status(&hosted.session_id)
        .await
        .expect("session read");
    eprintln!(
        "stripe-mock session {} status {status:?}",
        hosted.session_id
    );
    let part = Uuid::now_v7();
    let refund = gateway
        .refund(&RefundRequest {
            order_id: request.order_id,
            shipment_id: Some(part),
            session_id: hosted.session_id.clone(),
            payment_intent: Some("pi_taawon_mock".into()),
            amount: 12_000,
            currency: "MAD".into(),
            idempotency_key: format!("taawon-refund-{part}"),
        })
        .await
        .expect("refund answered");
    assert!(
        matches!(refund, RefundAnswer::Accepted { ref refund_id } if !refund_id.is_empty()),
        "{refund:?}"
    );
}
