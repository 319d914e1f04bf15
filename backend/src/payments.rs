//! The card-payment port (ARCHITECTURE.md §8). The server's Stripe adapter implements it with
//! async-stripe; the tests use an in-memory gateway. Only what Taawon asks of a payment provider
//! is here: open a hosted checkout for an order, ask what became of it, and refund part of what
//! it charged. What the provider tells us unasked comes as verified webhook events, read into
//! [`CardEvent`].

use uuid::Uuid;

/// The provider name stored with payments and webhook events.
pub const PROVIDER: &str = "stripe";

/// One line of a hosted checkout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutLine {
    /// What the buyer sees on the payment page.
    pub name: String,
    /// Price of one, in minor units.
    pub unit_amount: i64,
    pub quantity: i32,
}

/// What the provider needs to open a hosted checkout for one order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutRequest {
    pub order_id: Uuid,
    pub order_number: String,
    /// Sent as the provider's idempotency key: asking twice for the same order opens one session.
    pub idempotency_key: String,
    /// ISO 4217 code, e.g. `MAD`.
    pub currency: String,
    pub lines: Vec<CheckoutLine>,
    pub customer_email: Option<String>,
    /// Where the buyer comes back after paying (the order page, which asks the provider itself).
    pub success_url: String,
    /// Where the buyer comes back after giving up.
    pub cancel_url: String,
    /// When the session stops accepting payment (Unix seconds); its stock is released then.
    pub expires_at: i64,
    /// The payment page's language (`ar`, `fr`, `en`).
    pub locale: &'static str,
}

/// An opened hosted checkout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostedCheckout {
    /// The provider's id of the session (stored as the payment's reference).
    pub session_id: String,
    /// Where to send the buyer.
    pub url: String,
}

/// What the provider says of a checkout session now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckoutStatus {
    /// Still waiting for the buyer.
    Open,
    /// Paid: `amount_total` in minor units, as charged, by the provider's payment
    /// `payment_intent`.
    Paid {
        amount_total: Option<i64>,
        payment_intent: Option<String>,
    },
    /// Completed, but the money arrives later (a bank debit); an event will tell.
    AwaitingAsyncPayment,
    /// Expired (or its asynchronous payment failed): nothing was charged.
    Expired,
}

/// What the provider needs to refund part of an order's charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    pub order_id: Uuid,
    /// The part the refund is for (named in the refund's metadata).
    pub shipment_id: Option<Uuid>,
    /// The Checkout Session that charged the order.
    pub session_id: String,
    /// The provider's payment it made, when known (else the provider is asked by the session).
    pub payment_intent: Option<String>,
    /// In minor units; never more than what is left of the charge.
    pub amount: i64,
    /// ISO 4217 code, e.g. `MAD`.
    pub currency: String,
    /// Sent as the provider's idempotency key: sending the same refund again refunds once.
    pub idempotency_key: String,
}

/// The provider's answer to a refund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefundAnswer {
    /// Accepted (done, or under way): the provider's id of the refund.
    Accepted { refund_id: String },
    /// Refused for good (already refunded, more than is left…): sending it again will not help.
    Refused(String),
}

/// A provider call that failed: the provider is down, refused, or answered something unreadable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("card payment provider: {0}")]
pub struct GatewayError(pub String);

/// A card-payment provider.
#[async_trait::async_trait]
pub trait CardGateway: Send + Sync {
    /// Opens a hosted checkout. The same idempotency key gives the same session back.
    async fn open_checkout(
        &self,
        request: &CheckoutRequest,
    ) -> Result<HostedCheckout, GatewayError>;

    /// What became of a session.
    async fn checkout_status(&self, session_id: &str) -> Result<CheckoutStatus, GatewayError>;

    /// Refunds part of a charge. The same idempotency key refunds once. An error means the
    /// provider could not be asked (or answered nothing readable): ask again later.
    async fn refund(&self, request: &RefundRequest) -> Result<RefundAnswer, GatewayError>;
}

/// What a verified provider event means for an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardEventKind {
    /// `checkout.session.completed` with the payment made.
    CheckoutPaid,
    /// `checkout.session.completed` with the payment still to arrive.
    CheckoutAwaitingPayment,
    /// `checkout.session.async_payment_succeeded`.
    AsyncPaymentSucceeded,
    /// `checkout.session.async_payment_failed`.
    AsyncPaymentFailed,
    /// `checkout.session.expired`.
    CheckoutExpired,
    /// `charge.refunded`; `full` when everything charged was given back. The event's `amount`
    /// is all that was refunded of the charge so far (a running total, so events read in any
    /// order add up).
    Refunded { full: bool },
    /// `charge.dispute.created`: the buyer's bank contests the charge (`dispute` is the
    /// provider's id of it; the event's `amount` what is contested).
    DisputeOpened { dispute: String },
    /// `charge.dispute.closed`, and how.
    DisputeClosed {
        dispute: String,
        outcome: domain::card::DisputeState,
    },
    /// Any other type (acknowledged and stored, changes nothing).
    Other,
}

/// A provider event whose signature was verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardEvent {
    /// The provider's event id (stored once: a redelivery changes nothing).
    pub id: String,
    /// The provider's event type, as sent (for the store and the logs).
    pub type_name: String,
    pub kind: CardEventKind,
    /// The order named in the object's metadata.
    pub order_id: Option<Uuid>,
    /// The checkout session the event is about, when it is about one.
    pub session_id: Option<String>,
    /// The provider's payment the event is about (a dispute names its order only by this).
    pub payment_intent: Option<String>,
    /// The amount charged (sessions), refunded so far (refunds) or contested (disputes), in
    /// minor units, when known.
    pub amount: Option<i64>,
    /// Its currency, upper case.
    pub currency: Option<String>,
}
