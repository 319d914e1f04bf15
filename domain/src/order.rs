//! Orders (ARCHITECTURE.md §6, §8): the shipment state machine (one shipment per cooperative per
//! order), the payment state machine, the buyer's view of an order derived from both, what each
//! cooperative's part of a checkout costs and earns, and the payout ledger's balance.
//!
//! Every amount is an integer of centimes; sums are checked, never wrapped.

use crate::{InputError, money};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub mod form;

crate::coded!(
    PaymentMethod,
    ShipmentState,
    ShipmentEvent,
    PaymentState,
    PaymentEvent,
    OrderState
);

/// The most of one product a cart line may hold.
pub const MAX_LINE_QUANTITY: i32 = 99;

/// How the buyer pays.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum PaymentMethod {
    /// Cash handed to each cooperative's courier at delivery.
    #[strum(serialize = "cod")]
    CashOnDelivery,
    /// A card, through a Stripe Checkout Session.
    Card,
}

/// A refused transition of a shipment or a payment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {event} when {state}")]
pub struct InvalidTransition {
    /// Code of the current state.
    pub state: &'static str,
    /// Code of the refused event.
    pub event: &'static str,
}

/// One cooperative's part of an order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum ShipmentState {
    /// Ordered; the cooperative has not answered yet.
    Pending,
    /// The cooperative will send it.
    Confirmed,
    /// Handed to a carrier.
    Shipped,
    /// In the buyer's hands.
    Delivered,
    /// Called off before shipping; its stock went back.
    Cancelled,
    /// The buyer refused the parcel at the door; it is on its way back.
    Refused,
    /// A refused parcel is back with the cooperative; its stock went back.
    Returned,
}

/// What a cooperative (or the buyer, for cancelling a pending part) does to a shipment.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum ShipmentEvent {
    /// The cooperative accepts the order.
    Confirm,
    /// The parcel leaves.
    Ship,
    /// The parcel arrived.
    Deliver,
    /// Called off (stock returns).
    Cancel,
    /// The buyer refused the parcel at the door.
    Refuse,
    /// The refused parcel came back (stock returns).
    Return,
}

impl ShipmentState {
    /// Every state, for exhaustive tests and filters.
    pub const ALL: [ShipmentState; 7] = [
        ShipmentState::Pending,
        ShipmentState::Confirmed,
        ShipmentState::Shipped,
        ShipmentState::Delivered,
        ShipmentState::Cancelled,
        ShipmentState::Refused,
        ShipmentState::Returned,
    ];

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(self, event: ShipmentEvent) -> Result<ShipmentState, InvalidTransition> {
        use ShipmentEvent as E;
        use ShipmentState as S;
        match (self, event) {
            (S::Pending, E::Confirm) => Ok(S::Confirmed),
            (S::Confirmed, E::Ship) => Ok(S::Shipped),
            (S::Shipped, E::Deliver) => Ok(S::Delivered),
            (S::Pending | S::Confirmed, E::Cancel) => Ok(S::Cancelled),
            (S::Shipped, E::Refuse) => Ok(S::Refused),
            (S::Refused, E::Return) => Ok(S::Returned),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }

    /// Whether the shipment's goods are still owed to the buyer or with them (not cancelled nor
    /// refused at the door).
    pub fn is_live(self) -> bool {
        !matches!(
            self,
            ShipmentState::Cancelled | ShipmentState::Refused | ShipmentState::Returned
        )
    }

    /// Whether its stock went back to the cooperative (called off, or back after a refusal).
    pub fn gives_stock_back(self) -> bool {
        matches!(self, ShipmentState::Cancelled | ShipmentState::Returned)
    }
}

impl ShipmentEvent {
    /// Every event, for exhaustive tests.
    pub const ALL: [ShipmentEvent; 6] = [
        ShipmentEvent::Confirm,
        ShipmentEvent::Ship,
        ShipmentEvent::Deliver,
        ShipmentEvent::Cancel,
        ShipmentEvent::Refuse,
        ShipmentEvent::Return,
    ];
}

/// Where an order's money stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum PaymentState {
    /// Not paid yet: a card checkout under way, or cash still to be collected.
    Pending,
    /// Paid in full (the card charge succeeded, or every live shipment's cash was collected).
    Paid,
    /// The card checkout expired or failed: nothing was charged, the stock went back.
    Failed,
    /// The charge was refunded.
    Refunded,
}

/// What happens to an order's payment. Card events come only from verified webhooks (or the
/// reconciliation job asking Stripe); they arrive at least once and in any order, so applying an
/// event that does not fit the state is refused and the caller ignores it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum PaymentEvent {
    /// The charge succeeded, or the last cash was collected.
    Succeed,
    /// The checkout expired or the asynchronous payment failed.
    Fail,
    /// The charge was refunded.
    Refund,
}

impl PaymentState {
    /// Every state, for exhaustive tests.
    pub const ALL: [PaymentState; 4] = [
        PaymentState::Pending,
        PaymentState::Paid,
        PaymentState::Failed,
        PaymentState::Refunded,
    ];

    /// Applies `event`; every pair not listed is refused (a replayed or late event changes
    /// nothing).
    pub fn apply(self, event: PaymentEvent) -> Result<PaymentState, InvalidTransition> {
        use PaymentEvent as E;
        use PaymentState as S;
        match (self, event) {
            (S::Pending, E::Succeed) => Ok(S::Paid),
            (S::Pending, E::Fail) => Ok(S::Failed),
            (S::Paid, E::Refund) => Ok(S::Refunded),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }
}

impl PaymentEvent {
    /// Every event, for exhaustive tests.
    pub const ALL: [PaymentEvent; 3] = [
        PaymentEvent::Succeed,
        PaymentEvent::Fail,
        PaymentEvent::Refund,
    ];
}

/// The buyer's view of an order, derived from its payment and its shipments (never stored, so
/// it cannot disagree with them).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum OrderState {
    /// A card order waiting for its payment.
    PendingPayment,
    /// A cash-on-delivery order being prepared; it is paid at the door.
    Placed,
    /// Paid; some parts are still on their way.
    Paid,
    /// Every part that was not cancelled is delivered, and paid for.
    Fulfilled,
    /// Nothing is coming: every part was cancelled, or the card payment failed or was refunded.
    Cancelled,
}

/// Whether the buyer may call off a part in `state` of an order paid by `method`, whose payment
/// is `payment`: one not shipped yet, paid cash on delivery or already paid by card (its money
/// then goes back through the payment provider). A card order still being paid is not cut: an
/// unpaid checkout lapses by itself.
pub fn buyer_may_cancel(
    method: PaymentMethod,
    payment: PaymentState,
    state: ShipmentState,
) -> bool {
    let paid_enough = match method {
        PaymentMethod::CashOnDelivery => true,
        PaymentMethod::Card => payment == PaymentState::Paid,
    };
    paid_enough && state.apply(ShipmentEvent::Cancel).is_ok()
}

impl OrderState {
    /// The state of an order paid by `method`, whose payment is `payment` and whose shipments
    /// are `shipments` (one per cooperative).
    pub fn derive(
        method: PaymentMethod,
        payment: PaymentState,
        shipments: &[ShipmentState],
    ) -> Self {
        let live: Vec<ShipmentState> = shipments.iter().copied().filter(|s| s.is_live()).collect();
        if live.is_empty() || matches!(payment, PaymentState::Failed | PaymentState::Refunded) {
            return OrderState::Cancelled;
        }
        let all_delivered = live.iter().all(|s| *s == ShipmentState::Delivered);
        match (method, payment) {
            (_, PaymentState::Paid) if all_delivered => OrderState::Fulfilled,
            (_, PaymentState::Paid) => OrderState::Paid,
            (PaymentMethod::Card, _) => OrderState::PendingPayment,
            (PaymentMethod::CashOnDelivery, _) => OrderState::Placed,
        }
    }
}

/// How delivery is charged: a flat fee per cooperative's parcel, waived when that cooperative's
/// goods reach `free_from` (when set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryPolicy {
    /// Fee per parcel, in centimes.
    pub flat_fee: i64,
    /// Goods total (centimes) from which a parcel travels free.
    pub free_from: Option<i64>,
}

impl DeliveryPolicy {
    /// The delivery fee of a parcel holding `goods` centimes of products.
    pub fn fee(&self, goods: i64) -> i64 {
        match self.free_from {
            Some(threshold) if goods >= threshold => 0,
            _ => self.flat_fee.max(0),
        }
    }
}

/// One cart line as checkout prices it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Unit price, in centimes.
    pub unit_price: i64,
    /// How many.
    pub quantity: i32,
}

/// What one cooperative's part of an order costs the buyer and earns the cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartTotals {
    /// The products, in centimes.
    pub goods: i64,
    /// The delivery fee, in centimes (kept whole by the cooperative, which delivers).
    pub delivery: i64,
    /// The platform's fee on the products, in centimes.
    pub platform_fee: i64,
    /// What the cooperative is owed once the part is delivered and paid: goods minus the
    /// platform's fee, plus delivery.
    pub cooperative_share: i64,
    /// What the buyer pays for this part: goods plus delivery.
    pub total: i64,
}

/// A checkout's total figure would not fit in centimes: refused as an invalid quantity.
fn checked_sum(values: impl IntoIterator<Item = Option<i64>>) -> Result<i64, InputError> {
    values
        .into_iter()
        .try_fold(0i64, |sum, v| v.and_then(|v| sum.checked_add(v)))
        .ok_or(InputError::QuantityInvalid)
}

/// Prices one cooperative's part: its lines, the delivery `policy` and the platform fee `rate`.
pub fn price_part(
    lines: &[Line],
    policy: DeliveryPolicy,
    rate: Decimal,
) -> Result<PartTotals, InputError> {
    if lines.iter().any(|l| l.quantity <= 0 || l.unit_price < 0) {
        return Err(InputError::QuantityInvalid);
    }
    let goods = checked_sum(
        lines
            .iter()
            .map(|l| l.unit_price.checked_mul(i64::from(l.quantity))),
    )?;
    let delivery = policy.fee(goods);
    let split = money::split(goods, rate);
    Ok(PartTotals {
        goods,
        delivery,
        platform_fee: split.fee,
        cooperative_share: split.cooperative + delivery,
        total: goods + delivery,
    })
}

/// Reads a cart quantity: a whole number from 1 to [`MAX_LINE_QUANTITY`] (Arabic-Indic digits
/// too). Whether that much is in stock is checked against the database when the order is made.
pub fn parse_quantity(raw: &str) -> Result<i32, InputError> {
    let text = money::ascii_number(raw);
    if text.is_empty() {
        return Err(InputError::Required);
    }
    match text.parse::<i32>() {
        Ok(n) if (1..=MAX_LINE_QUANTITY).contains(&n) => Ok(n),
        _ => Err(InputError::QuantityInvalid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ShipmentEvent as E;
    use ShipmentState as S;
    use proptest::prelude::*;

    #[test]
    fn a_buyer_calls_off_a_part_not_shipped_yet_cash_or_paid_by_card() {
        for state in S::ALL {
            let open = matches!(state, S::Pending | S::Confirmed);
            for payment in PaymentState::ALL {
                assert_eq!(
                    buyer_may_cancel(PaymentMethod::CashOnDelivery, payment, state),
                    open,
                    "{state:?}"
                );
                assert_eq!(
                    buyer_may_cancel(PaymentMethod::Card, payment, state),
                    open && payment == PaymentState::Paid,
                    "{state:?} {payment:?}"
                );
            }
        }
    }

    #[test]
    fn a_shipment_goes_from_pending_to_delivered_and_can_be_cancelled_before_it_ships() {
        let allowed = [
            (S::Pending, E::Confirm, S::Confirmed),
            (S::Confirmed, E::Ship, S::Shipped),
            (S::Shipped, E::Deliver, S::Delivered),
            (S::Pending, E::Cancel, S::Cancelled),
            (S::Confirmed, E::Cancel, S::Cancelled),
            (S::Shipped, E::Refuse, S::Refused),
            (S::Refused, E::Return, S::Returned),
        ];
        for state in S::ALL {
            for event in E::ALL {
                let expected = allowed
                    .iter()
                    .find(|(s, e, _)| *s == state && *e == event)
                    .map(|(_, _, to)| *to);
                match expected {
                    Some(to) => assert_eq!(state.apply(event), Ok(to), "{state:?} {event:?}"),
                    None => assert_eq!(
                        state.apply(event),
                        Err(InvalidTransition {
                            state: state.code(),
                            event: event.code()
                        }),
                        "{state:?} {event:?} must be refused"
                    ),
                }
            }
        }
    }

    #[test]
    fn a_payment_is_settled_once_and_late_events_are_refused() {
        use PaymentEvent as PE;
        use PaymentState as PS;
        let allowed = [
            (PS::Pending, PE::Succeed, PS::Paid),
            (PS::Pending, PE::Fail, PS::Failed),
            (PS::Paid, PE::Refund, PS::Refunded),
        ];
        for state in PS::ALL {
            for event in PE::ALL {
                let expected = allowed
                    .iter()
                    .find(|(s, e, _)| *s == state && *e == event)
                    .map(|(_, _, to)| *to);
                match expected {
                    Some(to) => assert_eq!(state.apply(event), Ok(to)),
                    None => assert!(state.apply(event).is_err(), "{state:?} {event:?}"),
                }
            }
        }
    }

    #[test]
    fn codes_read_back() {
        for s in S::ALL {
            assert_eq!(S::from_code(s.code()), Some(s));
        }
        for e in E::ALL {
            assert_eq!(E::from_code(e.code()), Some(e));
        }
        for p in PaymentState::ALL {
            assert_eq!(PaymentState::from_code(p.code()), Some(p));
        }
        for m in [PaymentMethod::CashOnDelivery, PaymentMethod::Card] {
            assert_eq!(PaymentMethod::from_code(m.code()), Some(m));
        }
        assert_eq!(S::from_code("lost"), None);
        assert_eq!(PaymentMethod::from_code("cheque"), None);
    }

    #[test]
    fn the_order_state_follows_its_payment_and_shipments() {
        use OrderState as O;
        use PaymentMethod::{Card, CashOnDelivery as Cod};
        use PaymentState as P;
        let cases = [
            (Card, P::Pending, vec![S::Pending], O::PendingPayment),
            (Card, P::Paid, vec![S::Pending, S::Shipped], O::Paid),
            (
                Card,
                P::Paid,
                vec![S::Delivered, S::Cancelled],
                O::Fulfilled,
            ),
            (Card, P::Failed, vec![S::Pending], O::Cancelled),
            (Card, P::Refunded, vec![S::Delivered], O::Cancelled),
            (Cod, P::Pending, vec![S::Confirmed, S::Pending], O::Placed),
            // Delivered but the cash not yet recorded: still placed.
            (Cod, P::Pending, vec![S::Delivered], O::Placed),
            (Cod, P::Paid, vec![S::Delivered, S::Delivered], O::Fulfilled),
            (
                Cod,
                P::Pending,
                vec![S::Cancelled, S::Cancelled],
                O::Cancelled,
            ),
            (Cod, P::Pending, vec![], O::Cancelled),
        ];
        for (method, payment, shipments, expected) in cases {
            assert_eq!(
                OrderState::derive(method, payment, &shipments),
                expected,
                "{method:?} {payment:?} {shipments:?}"
            );
        }
    }

    #[test]
    fn delivery_is_free_from_the_threshold_and_the_cooperative_keeps_it() {
        let policy = DeliveryPolicy {
            flat_fee: 3_000,
            free_from: Some(50_000),
        };
        let rate = Decimal::new(5, 2);
        let small = price_part(
            &[Line {
                unit_price: 12_000,
                quantity: 2,
            }],
            policy,
            rate,
        )
        .expect("part");
        assert_eq!(
            small,
            PartTotals {
                goods: 24_000,
                delivery: 3_000,
                platform_fee: 1_200,
                cooperative_share: 25_800,
                total: 27_000,
            }
        );
        let large = price_part(
            &[
                Line {
                    unit_price: 20_000,
                    quantity: 2,
                },
                Line {
                    unit_price: 10_000,
                    quantity: 1,
                },
            ],
            policy,
            Decimal::ZERO,
        )
        .expect("part");
        assert_eq!(
            (large.goods, large.delivery, large.total),
            (50_000, 0, 50_000)
        );
        assert_eq!(large.cooperative_share, 50_000);
        let no_threshold = DeliveryPolicy {
            flat_fee: 2_500,
            free_from: None,
        };
        assert_eq!(no_threshold.fee(10_000_000), 2_500);
    }

    #[test]
    fn impossible_lines_are_refused() {
        let policy = DeliveryPolicy {
            flat_fee: 0,
            free_from: None,
        };
        for line in [
            Line {
                unit_price: 100,
                quantity: 0,
            },
            Line {
                unit_price: 100,
                quantity: -3,
            },
            Line {
                unit_price: -1,
                quantity: 1,
            },
            Line {
                unit_price: i64::MAX,
                quantity: 2,
            },
        ] {
            assert_eq!(
                price_part(&[line], policy, Decimal::ZERO),
                Err(InputError::QuantityInvalid),
                "{line:?}"
            );
        }
    }

    #[test]
    fn quantities_are_whole_numbers_within_the_line_limit() {
        assert_eq!(parse_quantity("3"), Ok(3));
        assert_eq!(parse_quantity(" ١٢ "), Ok(12));
        assert_eq!(parse_quantity("99"), Ok(99));
        assert_eq!(parse_quantity(""), Err(InputError::Required));
        for bad in ["0", "-1", "100", "1.5", "2e3", "abc", "99999999999"] {
            assert_eq!(
                parse_quantity(bad),
                Err(InputError::QuantityInvalid),
                "{bad}"
            );
        }
    }

    proptest! {
        #[test]
        fn every_centime_of_a_part_is_accounted_for(
            lines in prop::collection::vec((1i64..money::MAX_PRICE_CENTIMES, 1i32..=MAX_LINE_QUANTITY), 1..20),
            flat_fee in 0i64..10_000,
            free_from in prop::option::of(0i64..1_000_000),
            permille in 0u32..=1000,
        ) {
            let lines: Vec<Line> = lines.into_iter().map(|(unit_price, quantity)| Line { unit_price, quantity }).collect();
            let part = price_part(&lines, DeliveryPolicy { flat_fee, free_from }, Decimal::new(i64::from(permille), 3)).expect("part");
            prop_assert_eq!(part.goods, lines.iter().map(|l| l.unit_price * i64::from(l.quantity)).sum::<i64>());
            prop_assert_eq!(part.total, part.goods + part.delivery);
            // The buyer's money is split between the cooperative and the platform, to the centime.
            prop_assert_eq!(part.cooperative_share + part.platform_fee, part.total);
            prop_assert!(part.platform_fee >= 0 && part.platform_fee <= part.goods);
        }
    }
}
