//! The Stripe adapter (async-stripe): Checkout Sessions for card orders, their status, refunds
//! of a part (by the session's payment intent, with an idempotency key per part), and the
//! verification of Stripe's signed webhook events (signature and a 300 s timestamp tolerance,
//! checked by `stripe_webhook`). `STRIPE_API_BASE` points the client at another server, such as
//! Stripe's official mock server in the tests.

use backend::payments::{
    CardEvent, CardEventKind, CardGateway, CheckoutRequest, CheckoutStatus, GatewayError,
    HostedCheckout, RefundAnswer, RefundRequest,
};
use domain::card::DisputeState;
use std::{collections::HashMap, time::Duration};
use stripe::{Client, ClientBuilder, IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_checkout::{
    CheckoutSession, CheckoutSessionLocale, CheckoutSessionMode, CheckoutSessionPaymentStatus,
    CheckoutSessionStatus,
    checkout_session::{
        CreateCheckoutSession, CreateCheckoutSessionLineItems,
        CreateCheckoutSessionLineItemsPriceData, CreateCheckoutSessionPaymentIntentData,
        ProductData, RetrieveCheckoutSession,
    },
};
use stripe_core::refund::{CreateRefund, CreateRefundReason};
use stripe_webhook::{EventObject, Webhook, WebhookError};

/// Card payments through Stripe Checkout.
pub struct StripeGateway {
    client: Client,
}

impl StripeGateway {
    /// A client with the secret key, at `api_base` when given (else Stripe's API). Nothing is
    /// sent here; a key or base that cannot be right is refused with the setting's name.
    pub fn new(secret_key: &str, api_base: Option<&str>) -> anyhow::Result<Self> {
        if !is_secret_key(secret_key) {
            anyhow::bail!(
                "STRIPE_SECRET_KEY is not a Stripe secret key (sk_… or rk_…, letters, digits and _)"
            );
        }
        if let Some(base) = api_base
            && !matches!(url::Url::parse(base), Ok(u) if matches!(u.scheme(), "http" | "https"))
        {
            anyhow::bail!("STRIPE_API_BASE is not an http(s) URL: {base}");
        }
        let mut builder = ClientBuilder::new(secret_key)
            .timeout(Duration::from_secs(20))
            .app_info("taawon", Some(env!("CARGO_PKG_VERSION").to_owned()), None);
        if let Some(base) = api_base {
            // The client appends `v1/…` to the base: it must end with a slash.
            let base = format!("{}/", base.trim_end_matches('/'));
            builder = builder.url(base);
        }
        Ok(Self {
            client: builder
                .build()
                .map_err(|e| anyhow::anyhow!("STRIPE_SECRET_KEY: no Stripe client: {e}"))?,
        })
    }
}

/// Stripe's secret and restricted keys: `sk_` or `rk_`, then letters, digits and `_`.
fn is_secret_key(key: &str) -> bool {
    (key.starts_with("sk_") || key.starts_with("rk_"))
        && key.len() > 3
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Stripe's answers that refuse a request for good (a bad parameter, a charge already refunded,
/// nothing to refund): asking again will not help.
fn refused_for_good(e: &stripe::StripeError) -> bool {
    matches!(e, stripe::StripeError::Stripe(_, status) if matches!(*status, 400 | 402 | 404))
}

fn gateway_error(e: stripe::StripeError) -> GatewayError {
    GatewayError(match e {
        // The API error's body can hold the request; its status and type are enough to log.
        stripe::StripeError::Stripe(_, status) => format!("Stripe refused the request ({status})"),
        other => other.to_string(),
    })
}

/// Stripe's payment-page languages; Arabic is not among them, so Arabic readers get the
/// browser's choice.
fn stripe_locale(tag: &str) -> CheckoutSessionLocale {
    match tag {
        "fr" | "en" => tag.parse().unwrap_or(CheckoutSessionLocale::Auto),
        _ => CheckoutSessionLocale::Auto,
    }
}

#[async_trait::async_trait]
impl CardGateway for StripeGateway {
    async fn open_checkout(
        &self,
        request: &CheckoutRequest,
    ) -> Result<HostedCheckout, GatewayError> {
        let currency: stripe_types::Currency = request
            .currency
            .to_ascii_lowercase()
            .parse()
            .map_err(|_| GatewayError(format!("unknown currency {}", request.currency)))?;
        let metadata = HashMap::from([
            ("order_id".to_owned(), request.order_id.to_string()),
            ("order_number".to_owned(), request.order_number.clone()),
        ]);
        let line_items: Vec<CreateCheckoutSessionLineItems> = request
            .lines
            .iter()
            .map(|line| {
                let mut price = CreateCheckoutSessionLineItemsPriceData::new(currency.clone());
                price.product_data = Some(ProductData::new(line.name.clone()));
                price.unit_amount = Some(line.unit_amount);
                let mut item = CreateCheckoutSessionLineItems::new();
                item.price_data = Some(price);
                item.quantity = Some(u64::try_from(line.quantity).unwrap_or(1));
                item
            })
            .collect();
        // The charge carries the order too, so a refund event names it.
        let mut intent = CreateCheckoutSessionPaymentIntentData::new();
        intent.metadata = Some(metadata.clone());
        let key = IdempotencyKey::new(&request.idempotency_key)
            .map_err(|e| GatewayError(e.to_string()))?;
        let mut session = CreateCheckoutSession::new()
            .mode(CheckoutSessionMode::Payment)
            .line_items(line_items)
            .client_reference_id(request.order_id.to_string())
            .metadata(metadata)
            .payment_intent_data(intent);
        // A guest who ordered with a phone only gives the address on the payment page.
        if let Some(email) = &request.customer_email {
            session = session.customer_email(email.clone());
        }
        let session = session
            .success_url(request.success_url.clone())
            .cancel_url(request.cancel_url.clone())
            .expires_at(request.expires_at)
            .locale(stripe_locale(request.locale))
            .customize()
            .request_strategy(RequestStrategy::Idempotent(key))
            .send(&self.client)
            .await
            .map_err(gateway_error)?;
        let url = session
            .url
            .clone()
            .ok_or_else(|| GatewayError("Stripe gave no payment page URL".into()))?;
        Ok(HostedCheckout {
            session_id: session.id.as_str().to_owned(),
            url,
        })
    }

    async fn checkout_status(&self, session_id: &str) -> Result<CheckoutStatus, GatewayError> {
        let session = RetrieveCheckoutSession::new(session_id)
            .send(&self.client)
            .await
            .map_err(gateway_error)?;
        Ok(status_of(&session))
    }

    async fn refund(&self, request: &RefundRequest) -> Result<RefundAnswer, GatewayError> {
        let intent = match &request.payment_intent {
            Some(intent) => intent.clone(),
            None => {
                let session = RetrieveCheckoutSession::new(request.session_id.as_str())
                    .send(&self.client)
                    .await
                    .map_err(gateway_error)?;
                match session.payment_intent {
                    Some(intent) => intent.id().as_str().to_owned(),
                    None => {
                        return Ok(RefundAnswer::Refused(
                            "the session made no payment to refund".into(),
                        ));
                    }
                }
            }
        };
        let mut metadata = HashMap::from([("order_id".to_owned(), request.order_id.to_string())]);
        if let Some(part) = request.shipment_id {
            metadata.insert("shipment_id".to_owned(), part.to_string());
        }
        let key = IdempotencyKey::new(&request.idempotency_key)
            .map_err(|e| GatewayError(e.to_string()))?;
        let sent = CreateRefund::new()
            .payment_intent(intent)
            .amount(request.amount)
            .reason(CreateRefundReason::RequestedByCustomer)
            .metadata(metadata)
            .customize()
            .request_strategy(RequestStrategy::Idempotent(key))
            .send(&self.client)
            .await;
        match sent {
            Ok(refund) => match refund.status.as_deref() {
                Some("failed" | "canceled") => Ok(RefundAnswer::Refused(format!(
                    "Stripe refund {} {}",
                    refund.id.as_str(),
                    refund.failure_reason.as_deref().unwrap_or("failed")
                ))),
                _ => Ok(RefundAnswer::Accepted {
                    refund_id: refund.id.as_str().to_owned(),
                }),
            },
            Err(e) if refused_for_good(&e) => Ok(RefundAnswer::Refused(gateway_error(e).0)),
            Err(e) => Err(gateway_error(e)),
        }
    }
}

fn status_of(session: &CheckoutSession) -> CheckoutStatus {
    match (&session.status, &session.payment_status) {
        (_, CheckoutSessionPaymentStatus::Paid) => CheckoutStatus::Paid {
            amount_total: session.amount_total,
            payment_intent: intent_of(session.payment_intent.as_ref()),
        },
        (Some(CheckoutSessionStatus::Complete), _) => CheckoutStatus::AwaitingAsyncPayment,
        (Some(CheckoutSessionStatus::Expired), _) => CheckoutStatus::Expired,
        _ => CheckoutStatus::Open,
    }
}

/// Why a webhook delivery was refused (answered 400; Stripe retries it).
#[derive(Debug, thiserror::Error)]
pub enum WebhookRefusal {
    /// Missing or wrong signature, wrong secret, or a timestamp more than 300 s away.
    #[error("bad signature: {0}")]
    Signature(String),
    /// Signed correctly, but not an event we can read.
    #[error("unreadable event: {0}")]
    Unreadable(String),
}

/// Verifies a delivery's `Stripe-Signature` against the endpoint's secret and reads the event.
pub fn verify_event(
    payload: &str,
    signature: &str,
    secret: &str,
) -> Result<CardEvent, WebhookRefusal> {
    let event = Webhook::construct_event(payload, signature, secret).map_err(|e| match e {
        WebhookError::BadParse(m) => WebhookRefusal::Unreadable(m),
        other => WebhookRefusal::Signature(other.to_string()),
    })?;
    Ok(card_event(
        event.id.as_str(),
        event.type_.as_str(),
        event.data.object,
    ))
}

fn intent_of(
    intent: Option<&stripe_types::Expandable<stripe_shared::PaymentIntent>>,
) -> Option<String> {
    intent.map(|i| i.id().as_str().to_owned())
}

fn order_of(metadata: Option<&HashMap<String, String>>) -> Option<uuid::Uuid> {
    metadata
        .and_then(|m| m.get("order_id"))
        .and_then(|id| uuid::Uuid::parse_str(id).ok())
}

/// What a Stripe event means for Taawon.
fn card_event(id: &str, type_name: &str, object: EventObject) -> CardEvent {
    let mut event = CardEvent {
        id: id.to_owned(),
        type_name: type_name.to_owned(),
        kind: CardEventKind::Other,
        order_id: None,
        session_id: None,
        payment_intent: None,
        amount: None,
        currency: None,
    };
    let (kind, session) = match object {
        EventObject::CheckoutSessionCompleted(s) => {
            let kind = if s.payment_status == CheckoutSessionPaymentStatus::Unpaid {
                CardEventKind::CheckoutAwaitingPayment
            } else {
                CardEventKind::CheckoutPaid
            };
            (kind, s)
        }
        EventObject::CheckoutSessionAsyncPaymentSucceeded(s) => {
            (CardEventKind::AsyncPaymentSucceeded, s)
        }
        EventObject::CheckoutSessionAsyncPaymentFailed(s) => (CardEventKind::AsyncPaymentFailed, s),
        EventObject::CheckoutSessionExpired(s) => (CardEventKind::CheckoutExpired, s),
        EventObject::ChargeRefunded(c) => {
            event.kind = CardEventKind::Refunded {
                full: c.refunded || c.amount_refunded >= c.amount,
            };
            event.order_id = order_of(Some(&c.metadata));
            event.payment_intent = intent_of(c.payment_intent.as_ref());
            event.amount = Some(c.amount_refunded);
            event.currency = Some(c.currency.to_string().to_ascii_uppercase());
            return event;
        }
        EventObject::ChargeDisputeCreated(d) => {
            event.kind = CardEventKind::DisputeOpened {
                dispute: d.id.as_str().to_owned(),
            };
            return dispute_event(event, &d);
        }
        EventObject::ChargeDisputeClosed(d) => {
            let Some(outcome) = DisputeState::closed_as(d.status.as_str()) else {
                tracing::warn!(
                    dispute = d.id.as_str(),
                    status = d.status.as_str(),
                    "dispute closed with a status not read as a close"
                );
                return event;
            };
            event.kind = CardEventKind::DisputeClosed {
                dispute: d.id.as_str().to_owned(),
                outcome,
            };
            return dispute_event(event, &d);
        }
        _ => return event,
    };
    event.kind = kind;
    event.order_id = order_of(session.metadata.as_ref()).or_else(|| {
        session
            .client_reference_id
            .as_deref()
            .and_then(|id| uuid::Uuid::parse_str(id).ok())
    });
    event.session_id = Some(session.id.as_str().to_owned());
    event.payment_intent = intent_of(session.payment_intent.as_ref());
    event.amount = session.amount_total;
    event.currency = session
        .currency
        .as_ref()
        .map(|c| c.to_string().to_ascii_uppercase());
    event
}

/// A dispute's event: its order found by the payment it contests (a dispute carries no metadata
/// of ours).
fn dispute_event(mut event: CardEvent, d: &stripe_shared::Dispute) -> CardEvent {
    event.order_id = order_of(Some(&d.metadata));
    event.payment_intent = intent_of(d.payment_intent.as_ref());
    event.amount = Some(d.amount);
    event.currency = Some(d.currency.to_string().to_ascii_uppercase());
    event
}

/// Stripe events as Stripe sends them, for tests and local trials: the fields Stripe always
/// sends, with the order in the metadata.
pub mod samples {
    use serde_json::{Value, json};

    /// A Checkout Session object.
    pub fn session(
        session_id: &str,
        order_id: &str,
        amount_total: i64,
        status: &str,
        payment_status: &str,
    ) -> Value {
        json!({
            "id": session_id,
            "object": "checkout.session",
            "amount_subtotal": amount_total,
            "amount_total": amount_total,
            "automatic_tax": { "enabled": false, "liability": null, "provider": null, "status": null },
            "client_reference_id": order_id,
            "created": 1_764_633_600,
            "currency": "mad",
            "custom_fields": [],
            "custom_text": { "after_submit": null, "shipping_address": null, "submit": null, "terms_of_service_acceptance": null },
            "expires_at": 1_764_637_200,
            "livemode": false,
            "metadata": { "order_id": order_id },
            "mode": "payment",
            "payment_intent": (payment_status == "paid").then(|| format!("pi_{session_id}")),
            "payment_method_types": ["card"],
            "payment_status": payment_status,
            "shipping_options": [],
            "status": status,
            "url": null
        })
    }

    /// A refunded Charge object (refunded in full).
    pub fn refunded_charge(charge_id: &str, order_id: &str, amount: i64) -> Value {
        charge(charge_id, order_id, amount, amount)
    }

    /// A Charge object of `amount`, of which `refunded` (a running total) was refunded.
    pub fn charge(charge_id: &str, order_id: &str, amount: i64, refunded: i64) -> Value {
        json!({
            "id": charge_id,
            "object": "charge",
            "amount": amount,
            "amount_captured": amount,
            "amount_refunded": refunded,
            "billing_details": { "address": null, "email": null, "name": null, "phone": null, "tax_id": null },
            "captured": true,
            "created": 1_764_633_600,
            "currency": "mad",
            "disputed": false,
            "livemode": false,
            "metadata": { "order_id": order_id },
            "paid": true,
            "payment_intent": format!("pi_{charge_id}"),
            "refunded": refunded >= amount,
            "status": "succeeded"
        })
    }

    /// A Dispute object about payment `payment_intent` (no metadata: Stripe copies none to it).
    pub fn dispute(dispute_id: &str, payment_intent: &str, amount: i64, status: &str) -> Value {
        json!({
            "id": dispute_id,
            "object": "dispute",
            "amount": amount,
            "balance_transactions": [],
            "charge": format!("ch_{dispute_id}"),
            "created": 1_764_633_600,
            "currency": "mad",
            "enhanced_eligibility_types": [],
            "evidence": { "enhanced_evidence": {} },
            "evidence_details": {
                "due_by": null,
                "enhanced_eligibility": {},
                "has_evidence": false,
                "past_due": false,
                "submission_count": 0
            },
            "is_charge_refundable": false,
            "livemode": false,
            "metadata": {},
            "network_reason_code": null,
            "payment_intent": payment_intent,
            "payment_method_details": null,
            "reason": "fraudulent",
            "status": status
        })
    }

    /// An event envelope around `object`.
    pub fn event(event_id: &str, type_name: &str, object: Value) -> String {
        json!({
            "id": event_id,
            "object": "event",
            "api_version": null,
            "created": 1_764_633_600,
            "data": { "object": object },
            "livemode": false,
            "pending_webhooks": 1,
            "request": { "id": null, "idempotency_key": null },
            "type": type_name
        })
        .to_string()
    }

    /// The `Stripe-Signature` header Stripe would send for `payload` at `timestamp`.
    pub fn signature(payload: &str, secret: &str, timestamp: i64) -> String {
        stripe_webhook::Webhook::generate_test_header(payload, secret, Some(timestamp))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_unit";
    const ORDER: &str = "0194f0b6-1c2d-7e3f-8a9b-0c1d2e3f4a5b";

    fn signed(payload: &str) -> String {
        samples::signature(payload, SECRET, chrono::Utc::now().timestamp())
    }

    #[test]
    fn a_paid_session_event_names_its_order_session_and_amount() {
        let payload = samples::event(
            "evt_1",
            "checkout.session.completed",
            samples::session("cs_test_1", ORDER, 44_000, "complete", "paid"),
        );
        let event = verify_event(&payload, &signed(&payload), SECRET).expect("verified");
        assert_eq!(event.kind, CardEventKind::CheckoutPaid);
        assert_eq!(
            event.order_id.map(|o| o.to_string()).as_deref(),
            Some(ORDER)
        );
        assert_eq!(event.session_id.as_deref(), Some("cs_test_1"));
        assert_eq!(event.amount, Some(44_000));
        assert_eq!(event.currency.as_deref(), Some("MAD"));
    }

    #[test]
    fn a_completed_but_unpaid_session_waits_for_its_payment() {
        let payload = samples::event(
            "evt_2",
            "checkout.session.completed",
            samples::session("cs_test_2", ORDER, 100, "complete", "unpaid"),
        );
        let event = verify_event(&payload, &signed(&payload), SECRET).expect("verified");
        assert_eq!(event.kind, CardEventKind::CheckoutAwaitingPayment);
    }

    #[test]
    fn a_refunded_charge_names_its_order() {
        let payload = samples::event(
            "evt_3",
            "charge.refunded",
            samples::refunded_charge("ch_1", ORDER, 500),
        );
        let event = verify_event(&payload, &signed(&payload), SECRET).expect("verified");
        assert_eq!(event.kind, CardEventKind::Refunded { full: true });
        assert_eq!(
            event.order_id.map(|o| o.to_string()).as_deref(),
            Some(ORDER)
        );
    }

    #[test]
    fn a_partial_refund_reads_as_the_running_total_and_not_full() {
        let payload = samples::event(
            "evt_3b",
            "charge.refunded",
            samples::charge("ch_2", ORDER, 10_000, 2_500),
        );
        let event = verify_event(&payload, &signed(&payload), SECRET).expect("verified");
        assert_eq!(event.kind, CardEventKind::Refunded { full: false });
        assert_eq!(event.amount, Some(2_500));
        assert_eq!(event.payment_intent.as_deref(), Some("pi_ch_2"));
    }

    #[test]
    fn disputes_name_their_payment_and_close_as_won_or_lost() {
        let opened = samples::event(
            "evt_6",
            "charge.dispute.created",
            samples::dispute("dp_1", "pi_1", 12_500, "needs_response"),
        );
        let event = verify_event(&opened, &signed(&opened), SECRET).expect("verified");
        assert_eq!(
            event.kind,
            CardEventKind::DisputeOpened {
                dispute: "dp_1".into()
            }
        );
        assert_eq!(event.payment_intent.as_deref(), Some("pi_1"));
        assert_eq!((event.order_id, event.amount), (None, Some(12_500)));
        for (status, outcome) in [
            ("won", Some(DisputeState::Won)),
            ("warning_closed", Some(DisputeState::Won)),
            ("lost", Some(DisputeState::Lost)),
            ("under_review", None),
        ] {
            let closed = samples::event(
                "evt_7",
                "charge.dispute.closed",
                samples::dispute("dp_1", "pi_1", 12_500, status),
            );
            let event = verify_event(&closed, &signed(&closed), SECRET).expect("verified");
            let expected = outcome.map_or(CardEventKind::Other, |outcome| {
                CardEventKind::DisputeClosed {
                    dispute: "dp_1".into(),
                    outcome,
                }
            });
            assert_eq!(event.kind, expected, "{status}");
        }
    }

    #[test]
    fn tampered_bodies_wrong_secrets_and_stale_timestamps_are_refused() {
        let payload = samples::event(
            "evt_4",
            "checkout.session.expired",
            samples::session("cs_test_4", ORDER, 100, "expired", "unpaid"),
        );
        let good = signed(&payload);
        assert!(verify_event(&payload, &good, SECRET).is_ok());
        let tampered = payload.replace("cs_test_4", "cs_test_5");
        assert!(matches!(
            verify_event(&tampered, &good, SECRET),
            Err(WebhookRefusal::Signature(_))
        ));
        assert!(matches!(
            verify_event(&payload, &good, "whsec_other"),
            Err(WebhookRefusal::Signature(_))
        ));
        let stale = samples::signature(&payload, SECRET, chrono::Utc::now().timestamp() - 301);
        assert!(matches!(
            verify_event(&payload, &stale, SECRET),
            Err(WebhookRefusal::Signature(_))
        ));
        assert!(matches!(
            verify_event(&payload, "", SECRET),
            Err(WebhookRefusal::Signature(_))
        ));
    }

    #[test]
    fn other_event_types_are_read_and_change_nothing() {
        let payload = samples::event(
            "evt_5",
            "taawon.something_new",
            serde_json::json!({"id": "x_1", "object": "something"}),
        );
        let event = verify_event(&payload, &signed(&payload), SECRET).expect("verified");
        assert_eq!(event.kind, CardEventKind::Other);
        assert_eq!(event.order_id, None);
    }

    #[test]
    fn malformed_keys_and_api_bases_are_refused_with_the_settings_name() {
        for key in [
            "",
            "pk_test_123",
            "sk_",
            "sk_test 123",
            "sk_test_12\n3",
            "whsec_abc",
        ] {
            let error = StripeGateway::new(key, None).err().expect("refused");
            assert!(
                error.to_string().contains("STRIPE_SECRET_KEY"),
                "{key:?}: {error}"
            );
        }
        let error = StripeGateway::new("sk_test_123", Some("not a url"))
            .err()
            .expect("refused");
        assert!(error.to_string().contains("STRIPE_API_BASE"), "{error}");
        assert!(StripeGateway::new("sk_test_123", Some("http://127.0.0.1:12111")).is_ok());
        assert!(StripeGateway::new("rk_live_AbC123", None).is_ok());
    }

    #[test]
    fn arabic_pages_let_stripe_choose_since_it_has_no_arabic() {
        assert_eq!(stripe_locale("ar"), CheckoutSessionLocale::Auto);
        assert_eq!(stripe_locale("fr"), CheckoutSessionLocale::Fr);
    }
}
