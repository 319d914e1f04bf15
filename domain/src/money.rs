//! Money: an integer of centimes of Moroccan dirhams (MAD), never a float. `rust_decimal` is used
//! only for rates (the platform fee) and the rounding of derived figures.

use crate::{InputError, Locale};
use rust_decimal::{Decimal, RoundingStrategy, prelude::ToPrimitive};
use serde::{Deserialize, Serialize};

/// ISO 4217 code of the only currency sold in for now.
pub const CURRENCY: &str = "MAD";

/// The highest price a product may have: 1,000,000.00 MAD.
pub const MAX_PRICE_CENTIMES: i64 = 100_000_000;

/// Reads a price as people type it: `120`, `120.5`, `120,50`, `1 250,00`, Arabic-Indic digits
/// and the Arabic decimal separator `٫`. At most two decimals; more than zero and at most
/// [`MAX_PRICE_CENTIMES`].
pub fn parse_price(raw: &str) -> Result<i64, InputError> {
    let text = ascii_number(raw);
    if text.is_empty() {
        return Err(InputError::Required);
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text.as_str(), ""),
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || fraction.len() > 2 {
        return Err(InputError::PriceInvalid);
    }
    let whole: i64 = whole.parse().map_err(|_| InputError::PriceInvalid)?;
    let fraction: i64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| InputError::PriceInvalid)?;
    let centimes = whole
        .checked_mul(100)
        .and_then(|c| c.checked_add(fraction))
        .ok_or(InputError::PriceInvalid)?;
    if centimes <= 0 || centimes > MAX_PRICE_CENTIMES {
        return Err(InputError::PriceInvalid);
    }
    Ok(centimes)
}

/// `raw` with Arabic-Indic digits made ASCII, spaces (also thin and no-break) dropped and the
/// decimal comma or `٫` made a dot.
pub(crate) fn ascii_number(raw: &str) -> String {
    raw.trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{066c}')
        .map(|c| match c {
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
            '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10).unwrap_or(c),
            ',' | '٫' => '.',
            c => c,
        })
        .collect()
}

/// Writes an amount of centimes for `locale`: `1 250,00 MAD` (fr), `MAD 1,250.00` (en),
/// `1250,00 درهم` (ar, Western digits as Moroccan shops write them).
pub fn format(centimes: i64, locale: Locale) -> String {
    let negative = centimes < 0;
    let abs = centimes.unsigned_abs();
    let (whole, cents) = (abs / 100, abs % 100);
    let group = |sep: &str| {
        let digits = whole.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    };
    let sign = if negative { "-" } else { "" };
    match locale {
        Locale::Fr => format!("{sign}{},{cents:02} MAD", group("\u{202f}")),
        Locale::En => format!("{sign}MAD {}.{cents:02}", group(",")),
        Locale::Ar => format!("{sign}{},{cents:02} درهم", group("\u{202f}")),
    }
}

/// Writes an amount of centimes for spreadsheets: `-1250.00` (a point, no grouping, no currency).
pub fn plain(centimes: i64) -> String {
    let sign = if centimes < 0 { "-" } else { "" };
    let abs = centimes.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// A price split between the platform's fee and the cooperative's share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    /// What the buyer pays, in centimes.
    pub price: i64,
    /// The platform's fee, in centimes.
    pub fee: i64,
    /// What the cooperative receives, in centimes (`price - fee`).
    pub cooperative: i64,
}

/// Splits `price` (centimes) with a platform fee `rate` (e.g. `0.05` for 5 %), the fee rounded to
/// the nearest centime (halves to even), never below zero nor above the price.
pub fn split(price: i64, rate: Decimal) -> Split {
    let rate = rate.clamp(Decimal::ZERO, Decimal::ONE);
    let fee = (Decimal::from(price) * rate)
        .round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven)
        .to_i64()
        .unwrap_or(0)
        .clamp(0, price.max(0));
    Split {
        price,
        fee,
        cooperative: price - fee,
    }
}

/// Reads a fee rate given as a percentage (`0`, `2.5`, `10`): between 0 and 100 inclusive.
pub fn parse_percent(raw: &str) -> Result<Decimal, InputError> {
    let value: Decimal = ascii_number(raw)
        .parse()
        .map_err(|_| InputError::NumberInvalid)?;
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
        return Err(InputError::NumberInvalid);
    }
    Ok(value / Decimal::ONE_HUNDRED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spreadsheet_amounts_have_a_point_and_a_sign() {
        assert_eq!(plain(125_005), "1250.05");
        assert_eq!(plain(-7), "-0.07");
        assert_eq!(plain(0), "0.00");
    }

    #[test]
    fn prices_are_read_as_people_type_them() {
        assert_eq!(parse_price("120"), Ok(12_000));
        assert_eq!(parse_price(" 120.5 "), Ok(12_050));
        assert_eq!(parse_price("120,50"), Ok(12_050));
        assert_eq!(parse_price("1 250,00"), Ok(125_000));
        assert_eq!(parse_price("١٢٠٫٥٠"), Ok(12_050));
        assert_eq!(parse_price("0,01"), Ok(1));
        assert_eq!(parse_price("12."), Ok(1_200));
    }

    #[test]
    fn bad_prices_are_refused() {
        assert_eq!(parse_price(""), Err(InputError::Required));
        for bad in [
            "0",
            "0.00",
            "-5",
            "12.345",
            "abc",
            ".5",
            "1e3",
            "1000001",
            "99999999999999999999",
        ] {
            assert_eq!(parse_price(bad), Err(InputError::PriceInvalid), "{bad}");
        }
    }

    #[test]
    fn amounts_are_written_per_locale() {
        assert_eq!(format(125_050, Locale::Fr), "1\u{202f}250,50 MAD");
        assert_eq!(format(125_050, Locale::En), "MAD 1,250.50");
        assert_eq!(format(12_000, Locale::Ar), "120,00 درهم");
        assert_eq!(format(5, Locale::En), "MAD 0.05");
    }

    #[test]
    fn the_default_fee_leaves_everything_to_the_cooperative() {
        assert_eq!(
            split(12_000, Decimal::ZERO),
            Split {
                price: 12_000,
                fee: 0,
                cooperative: 12_000
            }
        );
    }

    #[test]
    fn the_fee_is_rounded_to_the_centime() {
        // 2.5 % of 99.99 MAD = 249.975 centimes → 250.
        let s = split(9_999, Decimal::new(25, 3));
        assert_eq!((s.fee, s.cooperative), (250, 9_749));
    }

    #[test]
    fn fee_rates_are_percentages() {
        assert_eq!(parse_percent("2,5"), Ok(Decimal::new(25, 3)));
        assert_eq!(parse_percent("0"), Ok(Decimal::ZERO));
        assert!(parse_percent("101").is_err());
        assert!(parse_percent("-1").is_err());
        assert!(parse_percent("x").is_err());
    }

    proptest! {
        #[test]
        fn a_split_always_adds_up(price in 0i64..MAX_PRICE_CENTIMES, permille in 0u32..=1000) {
            let s = split(price, Decimal::new(i64::from(permille), 3));
            prop_assert_eq!(s.fee + s.cooperative, price);
            prop_assert!(s.fee >= 0 && s.cooperative >= 0);
        }

        #[test]
        fn formatted_prices_read_back(centimes in 1i64..MAX_PRICE_CENTIMES) {
            let fr = format(centimes, Locale::Fr).replace(" MAD", "");
            prop_assert_eq!(parse_price(&fr), Ok(centimes));
        }
    }
}
