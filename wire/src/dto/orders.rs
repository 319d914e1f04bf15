//! Cart, checkout, orders, the cooperative's inbox and its statement.

use super::catalog::ProductCardDto;
use domain::order::{OrderState, PaymentMethod, PaymentState, ShipmentState};
use serde::{Deserialize, Serialize};

/// A visitor's cart, grouped by cooperative (the cart and checkout pages).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CartDto {
    pub parts: Vec<CartPartDto>,
    /// How many items in all.
    pub count: i32,
    /// Sums over the lines that can be ordered.
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    /// Lines that cannot be ordered as they are (gone, sold out, not enough left).
    pub problems: usize,
    /// Lines whose price changed since they were added (the buyer must accept it).
    pub price_changes: usize,
    /// Whether cash on delivery is offered for this cart (by the platform and every cooperative).
    pub cash_on_delivery: bool,
}

/// One cooperative's part of a cart: its lines, delivery fee and share.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CartPartDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub accepts_cash_on_delivery: bool,
    pub lines: Vec<CartLineDto>,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    pub platform_fee_centimes: i64,
    pub cooperative_share_centimes: i64,
    /// How much more of this cooperative's products would make delivery free.
    pub free_delivery_missing_centimes: Option<i64>,
}

/// A cart line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartLineDto {
    pub product_id: String,
    /// The line's key: the option in the cart.
    pub option_id: String,
    /// Empty for a single-option product.
    pub option_label: String,
    pub card: ProductCardDto,
    pub quantity: i32,
    pub unit_price_centimes: i64,
    pub line_centimes: i64,
    pub stock: i32,
    /// The most the quantity field offers.
    pub max_quantity: i32,
    /// `unavailable`, `sold_out` or `not_enough` when the line cannot be ordered as it is.
    pub problem: Option<String>,
    /// The price when it was added, when it has changed since.
    pub price_was_centimes: Option<i64>,
}

/// What the checkout page needs: the cart and a fresh idempotency key for its form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckoutDto {
    pub cart: CartDto,
    /// The form's idempotency key (a new one each time the page is shown).
    pub key: String,
    /// Whether the buyer must give an e-mail address (guests).
    pub needs_email: bool,
    /// The signed-in buyer's name, to prefill the recipient.
    pub name: String,
    /// Whether paying by card is offered.
    pub card: bool,
}

/// An order as its buyer sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderDto {
    pub number: String,
    /// RFC 3339.
    pub created_at: String,
    pub state: OrderState,
    pub payment_method: PaymentMethod,
    pub payment_state: PaymentState,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    pub recipient_name: String,
    pub phone: String,
    pub region: String,
    pub city: String,
    pub address_line: String,
    pub notes: Option<String>,
    pub shipments: Vec<ShipmentDto>,
    /// Whether the buyer can (still) be sent to pay this card order.
    pub can_pay: bool,
    /// The order's private link (absolute), for the buyer to keep or send to themselves.
    pub private_link: String,
}

/// One cooperative's part of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShipmentDto {
    pub id: String,
    pub cooperative_id: String,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub state: ShipmentState,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    pub cooperative_share_centimes: i64,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    pub cancel_reason: Option<String>,
    /// Whether its buyer may still call it off.
    pub can_cancel: bool,
    pub lines: Vec<OrderLineDto>,
}

/// A product as it was bought.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderLineDto {
    pub id: String,
    pub title: String,
    /// The option bought (empty for a product sold one way).
    pub option_label: String,
    /// The option's SKU (what the cooperative picks from its shelves).
    pub sku: String,
    pub product_slug: Option<String>,
    pub quantity: i32,
    pub unit_price_centimes: i64,
    pub line_centimes: i64,
    /// For the buyer of a delivered line: `Some(None)` may review it, `Some(Some(n))` gave n stars.
    pub review: Option<Option<u8>>,
}

/// A line of the buyer's order list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderSummaryDto {
    pub number: String,
    pub created_at: String,
    pub state: OrderState,
    pub total_centimes: i64,
    pub items: i32,
}

/// A shipment in its cooperative's order inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxShipmentDto {
    pub id: String,
    pub order_number: String,
    pub created_at: String,
    pub state: ShipmentState,
    pub payment_method: PaymentMethod,
    pub recipient_name: String,
    pub phone: String,
    pub region: String,
    pub city: String,
    pub address_line: String,
    pub notes: Option<String>,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub cooperative_share_centimes: i64,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    pub cancel_reason: Option<String>,
    pub lines: Vec<OrderLineDto>,
}

/// A cooperative's order inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    /// The state filter in use (`""`: all).
    pub filter: String,
    pub shipments: Vec<InboxShipmentDto>,
}

/// A cooperative's statement: every movement of its position with the platform, both ways.
/// Amounts are in the cooperative's favour: above zero the platform owes it more, below zero it
/// owes the platform more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    /// The net: what the platform owes the cooperative (below zero: what it owes the platform).
    pub balance_centimes: i64,
    /// Its share of delivered orders (goods and delivery less the platform's fee).
    pub earned_centimes: i64,
    /// Cash on delivery it collected at the door (the buyer's money it holds).
    pub cash_collected_centimes: i64,
    /// Refunds after delivery charged to it.
    pub refunded_centimes: i64,
    /// Earnings frozen by open card disputes (not payable until they close).
    pub frozen_centimes: i64,
    /// Transfers the platform sent it.
    pub received_centimes: i64,
    /// Transfers it sent the platform.
    pub sent_centimes: i64,
    /// Whether the viewer (an admin) may record a transfer.
    pub can_record: bool,
    /// Oldest first.
    pub rows: Vec<LedgerRowDto>,
}

/// One movement of a cooperative's position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerRowDto {
    /// `YYYY-MM-DD`: the day it happened (a transfer: the day it was sent).
    pub date: String,
    pub kind: domain::ledger::Kind,
    /// In the cooperative's favour (see [`StatementDto`]).
    pub amount_centimes: i64,
    /// The order it came from.
    pub order_number: Option<String>,
    /// A transfer's bank reference.
    pub reference: Option<String>,
}

/// A cooperative with money open either way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PayoutDueDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    /// What the platform owes it (below zero: the fees it owes the platform).
    pub balance_centimes: i64,
}

/// A card refund not settled: still waiting for the provider, or refused by it (admins).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefundWaitingDto {
    pub order_number: String,
    pub amount_centimes: i64,
    pub state: domain::card::RefundState,
    /// How often it was sent.
    pub attempts: i32,
    /// The provider's last refusal or failure.
    pub last_error: Option<String>,
    /// `YYYY-MM-DD`, when it was asked for.
    pub date: String,
}

/// `/admin/reconciliation`: a period's money, per cooperative and in total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReconciliationDto {
    /// The period's first and last days (`YYYY-MM-DD`; empty: open).
    pub from: String,
    pub to: String,
    /// One per cooperative with money in the period or open at its end, by name.
    pub rows: Vec<ReconciliationRowDto>,
    /// Every cooperative added up.
    pub total: ReconciliationRowDto,
    /// Card money the platform collected in the period.
    pub card_collected_centimes: i64,
    /// Whether the period's ledger lines sum to zero (they always should).
    pub balanced: bool,
}

/// One cooperative's (or the total's) money in a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReconciliationRowDto {
    /// `None` for the total.
    pub cooperative_id: Option<String>,
    pub cooperative_name: String,
    /// Goods and delivery of parts delivered.
    pub sales_centimes: i64,
    /// Of those, cash the cooperatives collected at the door.
    pub cash_collected_centimes: i64,
    /// Of those, paid by card (the platform collected them).
    pub card_sales_centimes: i64,
    /// Fees earned, less fees given back with refunds.
    pub fees_centimes: i64,
    /// Card refunds to buyers.
    pub refunds_centimes: i64,
    /// What refunds after delivery took back from the cooperatives.
    pub charged_back_centimes: i64,
    /// Earnings frozen by card disputes (held less released in the period).
    pub frozen_centimes: i64,
    /// Transfers from the platform to cooperatives.
    pub transferred_to_centimes: i64,
    /// Transfers from cooperatives to the platform.
    pub transferred_from_centimes: i64,
    /// At the period's end: above zero the platform owes it, below zero it owes the platform.
    pub position_centimes: i64,
}

/// The reconciliation's columns (translation keys), as the page and the CSV show them.
pub const RECONCILIATION_COLUMNS: [&str; 11] = [
    "admin-payouts-cooperative",
    "recon-sales",
    "recon-cash",
    "recon-card",
    "recon-fees",
    "recon-refunds",
    "recon-charged-back",
    "recon-frozen",
    "recon-transferred-to",
    "recon-transferred-from",
    "recon-position",
];
