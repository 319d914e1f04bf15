//! The platform's business settings an admin may change while it runs: the fee, delivery, cash on
//! delivery and the expert programme's limits. Stored as `(key, text)` pairs; what is not stored
//! keeps the value given at start-up. Reading a stored value never fails the platform: a value
//! that no longer parses is ignored (and the start-up value holds).

use crate::{
    InputError,
    expert::RequestPolicy,
    money::{self, ascii_number},
    order::DeliveryPolicy,
};
use rust_decimal::Decimal;

/// The most open requests for help a cooperative may be allowed.
pub const MAX_OPEN_REQUESTS: u32 = 50;
/// The longest inactivity before a claim is released, in days.
pub const MAX_RELEASE_DAYS: u32 = 365;
/// The highest delivery fee or free-delivery threshold, in centimes (10,000 MAD).
pub const MAX_DELIVERY_CENTIMES: i64 = 1_000_000;
/// The most cash-on-delivery orders a buyer may be allowed to have waiting for confirmation.
pub const MAX_CASH_ORDERS_WAITING: u32 = 50;
/// How many unless an admin says otherwise.
pub const DEFAULT_CASH_ORDERS_WAITING: u32 = 3;

/// Storage keys, in the order the settings page lists them.
pub const KEYS: [&str; 7] = [
    FEE,
    DELIVERY_FEE,
    FREE_DELIVERY_FROM,
    CASH_ON_DELIVERY,
    CASH_ORDERS_WAITING,
    MAX_OPEN,
    RELEASE_DAYS,
];
/// The platform fee, a rate (`0.05`).
pub const FEE: &str = "platform_fee";
/// A parcel's delivery fee, centimes.
pub const DELIVERY_FEE: &str = "delivery_fee";
/// The goods total from which a parcel travels free, centimes, or `none`.
pub const FREE_DELIVERY_FROM: &str = "free_delivery_from";
/// `true` or `false`.
pub const CASH_ON_DELIVERY: &str = "cash_on_delivery";
/// Cash-on-delivery orders one buyer (address, phone or account) may have waiting.
pub const CASH_ORDERS_WAITING: &str = "cash_orders_waiting";
/// Open requests for help per cooperative.
pub const MAX_OPEN: &str = "max_open_requests";
/// Days of inactivity before a claim is released.
pub const RELEASE_DAYS: &str = "claim_release_days";

/// The settings themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlatformRules {
    /// The platform's fee as a rate (`0.05` is 5 %).
    pub platform_fee: Decimal,
    /// What a parcel costs to deliver.
    pub delivery: DeliveryPolicy,
    /// Whether buyers may pay cash on delivery.
    pub cash_on_delivery: bool,
    /// How many cash-on-delivery orders one buyer (address, phone or account) may have waiting
    /// for a cooperative's confirmation, so nobody locks stock up anonymously.
    pub cash_orders_waiting: u32,
    /// Open requests per cooperative and release after inactivity.
    pub requests: RequestPolicy,
}

impl PlatformRules {
    /// The stored text of every setting, keyed as [`KEYS`].
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            (FEE, self.platform_fee.normalize().to_string()),
            (DELIVERY_FEE, self.delivery.flat_fee.to_string()),
            (
                FREE_DELIVERY_FROM,
                self.delivery
                    .free_from
                    .map_or_else(|| "none".to_owned(), |c| c.to_string()),
            ),
            (CASH_ON_DELIVERY, self.cash_on_delivery.to_string()),
            (CASH_ORDERS_WAITING, self.cash_orders_waiting.to_string()),
            (MAX_OPEN, self.requests.max_open_requests.to_string()),
            (RELEASE_DAYS, self.requests.release_after_days.to_string()),
        ]
    }

    /// These rules with every stored pair that parses applied over them; returns the keys whose
    /// stored text was not understood (so they can be logged).
    pub fn with_pairs<'a>(
        mut self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<String>) {
        let mut ignored = Vec::new();
        for (key, value) in pairs {
            let applied = match key {
                FEE => value
                    .parse::<Decimal>()
                    .ok()
                    .filter(|r| (Decimal::ZERO..=Decimal::ONE).contains(r))
                    .map(|r| self.platform_fee = r),
                DELIVERY_FEE => stored_centimes(value).map(|c| self.delivery.flat_fee = c),
                FREE_DELIVERY_FROM if value == "none" => {
                    self.delivery.free_from = None;
                    Some(())
                }
                FREE_DELIVERY_FROM => {
                    stored_centimes(value).map(|c| self.delivery.free_from = Some(c))
                }
                CASH_ON_DELIVERY => value.parse().ok().map(|b| self.cash_on_delivery = b),
                CASH_ORDERS_WAITING => stored_count(value, MAX_CASH_ORDERS_WAITING)
                    .map(|n| self.cash_orders_waiting = n),
                MAX_OPEN => stored_count(value, MAX_OPEN_REQUESTS)
                    .map(|n| self.requests.max_open_requests = n),
                RELEASE_DAYS => stored_count(value, MAX_RELEASE_DAYS)
                    .map(|n| self.requests.release_after_days = n),
                _ => None,
            };
            if applied.is_none() {
                ignored.push(key.to_owned());
            }
        }
        (self, ignored)
    }

    /// The settings whose value differs from `before`: `(key, before, after)`.
    pub fn changes_from(&self, before: &Self) -> Vec<(&'static str, String, String)> {
        before
            .to_pairs()
            .into_iter()
            .zip(self.to_pairs())
            .filter(|((_, old), (_, new))| old != new)
            .map(|((key, old), (_, new))| (key, old, new))
            .collect()
    }
}

fn stored_centimes(value: &str) -> Option<i64> {
    value
        .parse::<i64>()
        .ok()
        .filter(|c| (0..=MAX_DELIVERY_CENTIMES).contains(c))
}

fn stored_count(value: &str, max: u32) -> Option<u32> {
    value.parse::<u32>().ok().filter(|n| (1..=max).contains(n))
}

/// The settings form as typed.
#[derive(Debug, Clone, Default)]
pub struct RulesForm {
    /// Percent, `0` to `100`, decimals allowed (`2,5`).
    pub platform_fee_percent: String,
    /// MAD, `0` for free delivery.
    pub delivery_fee: String,
    /// MAD, empty for never free.
    pub free_delivery_from: String,
    /// The check box: present when ticked.
    pub cash_on_delivery: bool,
    /// 1 to [`MAX_CASH_ORDERS_WAITING`].
    pub cash_orders_waiting: String,
    /// 1 to [`MAX_OPEN_REQUESTS`].
    pub max_open_requests: String,
    /// 1 to [`MAX_RELEASE_DAYS`].
    pub claim_release_days: String,
}

/// Reads an amount of MAD that may be zero (a fee) up to [`MAX_DELIVERY_CENTIMES`].
pub fn parse_amount_or_zero(raw: &str) -> Result<i64, InputError> {
    let text = ascii_number(raw);
    if text.is_empty() {
        return Err(InputError::Required);
    }
    if text.chars().all(|c| c == '0' || c == '.') && text.starts_with('0') {
        return Ok(0);
    }
    match money::parse_price(&text) {
        Ok(c) if c <= MAX_DELIVERY_CENTIMES => Ok(c),
        _ => Err(InputError::PriceInvalid),
    }
}

fn parse_count(raw: &str, max: u32) -> Result<u32, InputError> {
    let text = ascii_number(raw);
    if text.is_empty() {
        return Err(InputError::Required);
    }
    match text.parse::<u32>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(InputError::NumberInvalid),
    }
}

/// Checks every field of the form; on failure, every field in error with its issue (form order).
pub fn parse_form(form: &RulesForm) -> Result<PlatformRules, Vec<(&'static str, InputError)>> {
    let mut errors = Vec::new();
    let mut check = |field: &'static str, result: Result<(), InputError>| {
        if let Err(e) = result {
            errors.push((field, e));
        }
    };
    let fee = money::parse_percent(&form.platform_fee_percent);
    check("platform_fee_percent", fee.map(|_| ()));
    let flat = parse_amount_or_zero(&form.delivery_fee);
    check("delivery_fee", flat.map(|_| ()));
    let free = if form.free_delivery_from.trim().is_empty() {
        Ok(None)
    } else {
        parse_amount_or_zero(&form.free_delivery_from).map(Some)
    };
    check("free_delivery_from", free.map(|_| ()));
    let waiting = parse_count(&form.cash_orders_waiting, MAX_CASH_ORDERS_WAITING);
    check("cash_orders_waiting", waiting.map(|_| ()));
    let open = parse_count(&form.max_open_requests, MAX_OPEN_REQUESTS);
    check("max_open_requests", open.map(|_| ()));
    let days = parse_count(&form.claim_release_days, MAX_RELEASE_DAYS);
    check("claim_release_days", days.map(|_| ()));
    match (fee, flat, free, waiting, open, days) {
        (
            Ok(platform_fee),
            Ok(flat_fee),
            Ok(free_from),
            Ok(cash_orders_waiting),
            Ok(max_open_requests),
            Ok(days),
        ) if errors.is_empty() => Ok(PlatformRules {
            platform_fee,
            delivery: DeliveryPolicy {
                flat_fee,
                free_from,
            },
            cash_on_delivery: form.cash_on_delivery,
            cash_orders_waiting,
            requests: RequestPolicy {
                max_open_requests,
                release_after_days: days,
            },
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules() -> PlatformRules {
        PlatformRules {
            platform_fee: Decimal::new(5, 2),
            delivery: DeliveryPolicy {
                flat_fee: 3000,
                free_from: Some(40_000),
            },
            cash_on_delivery: true,
            cash_orders_waiting: DEFAULT_CASH_ORDERS_WAITING,
            requests: RequestPolicy::default(),
        }
    }

    fn form() -> RulesForm {
        RulesForm {
            platform_fee_percent: "2,5".into(),
            delivery_fee: "25".into(),
            free_delivery_from: "".into(),
            cash_on_delivery: false,
            cash_orders_waiting: "٤".into(),
            max_open_requests: "٥".into(),
            claim_release_days: "7".into(),
        }
    }

    #[test]
    fn a_good_form_gives_the_rules_it_says() {
        let parsed = parse_form(&form()).expect("valid");
        assert_eq!(parsed.platform_fee, Decimal::new(25, 3));
        assert_eq!(parsed.delivery.flat_fee, 2500);
        assert_eq!(parsed.delivery.free_from, None);
        assert!(!parsed.cash_on_delivery);
        assert_eq!(parsed.requests.max_open_requests, 5);
        assert_eq!(parsed.cash_orders_waiting, 4);
        assert_eq!(parsed.requests.release_after_days, 7);
    }

    #[test]
    fn free_delivery_and_a_zero_fee_are_allowed() {
        let parsed = parse_form(&RulesForm {
            delivery_fee: "0".into(),
            free_delivery_from: "0,00".into(),
            platform_fee_percent: "0".into(),
            ..form()
        })
        .expect("valid");
        assert_eq!(parsed.delivery.flat_fee, 0);
        assert_eq!(parsed.delivery.free_from, Some(0));
        assert_eq!(parsed.platform_fee, Decimal::ZERO);
    }

    #[test]
    fn every_bad_field_is_named_with_its_issue() {
        let errors = parse_form(&RulesForm {
            platform_fee_percent: "120".into(),
            delivery_fee: "".into(),
            free_delivery_from: "beaucoup".into(),
            cash_on_delivery: true,
            cash_orders_waiting: "51".into(),
            max_open_requests: "0".into(),
            claim_release_days: "400".into(),
        })
        .expect_err("invalid");
        assert_eq!(
            errors,
            vec![
                ("platform_fee_percent", InputError::NumberInvalid),
                ("delivery_fee", InputError::Required),
                ("free_delivery_from", InputError::PriceInvalid),
                ("cash_orders_waiting", InputError::NumberInvalid),
                ("max_open_requests", InputError::NumberInvalid),
                ("claim_release_days", InputError::NumberInvalid),
            ]
        );
    }

    #[test]
    fn a_delivery_fee_above_the_cap_is_refused() {
        assert_eq!(
            parse_amount_or_zero("10000,01"),
            Err(InputError::PriceInvalid)
        );
        assert_eq!(parse_amount_or_zero("10000"), Ok(MAX_DELIVERY_CENTIMES));
    }

    #[test]
    fn stored_values_that_do_not_parse_are_ignored_and_named() {
        let (applied, ignored) = rules().with_pairs([
            (FEE, "7"),
            (DELIVERY_FEE, "1500"),
            (MAX_OPEN, "0"),
            ("unknown", "1"),
            (FREE_DELIVERY_FROM, "none"),
        ]);
        assert_eq!(applied.platform_fee, rules().platform_fee);
        assert_eq!(applied.delivery.flat_fee, 1500);
        assert_eq!(applied.delivery.free_from, None);
        assert_eq!(applied.requests.max_open_requests, 3);
        assert_eq!(
            ignored,
            vec![FEE.to_owned(), MAX_OPEN.into(), "unknown".into()]
        );
    }

    #[test]
    fn changes_name_only_what_moved() {
        let before = rules();
        let after = PlatformRules {
            cash_on_delivery: false,
            ..before
        };
        assert_eq!(
            after.changes_from(&before),
            vec![(CASH_ON_DELIVERY, "true".to_owned(), "false".to_owned())]
        );
        assert!(before.changes_from(&before).is_empty());
    }

    proptest! {
        #[test]
        fn stored_pairs_read_back_as_the_same_rules(
            fee in 0u32..=1000, flat in 0i64..=MAX_DELIVERY_CENTIMES,
            free in proptest::option::of(0i64..=MAX_DELIVERY_CENTIMES), cash: bool,
            waiting in 1u32..=MAX_CASH_ORDERS_WAITING,
            open in 1u32..=MAX_OPEN_REQUESTS, days in 1u32..=MAX_RELEASE_DAYS,
        ) {
            let original = PlatformRules {
                platform_fee: Decimal::new(i64::from(fee), 3),
                delivery: DeliveryPolicy { flat_fee: flat, free_from: free },
                cash_on_delivery: cash,
                cash_orders_waiting: waiting,
                requests: RequestPolicy { max_open_requests: open, release_after_days: days },
            };
            let pairs = original.to_pairs();
            let (read, ignored) = rules()
                .with_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
            prop_assert!(ignored.is_empty());
            prop_assert_eq!(read, original);
        }
    }
}
