//! Products: the publishing state machine (ARCHITECTURE.md §6), what publishing needs, how much
//! is in the pack (unit and quantity) and the price per kilogram, litre or piece it gives.

use crate::{InputError, Locale, money::ascii_number};
use rust_decimal::{Decimal, RoundingStrategy, prelude::ToPrimitive};
use serde::{Deserialize, Serialize};

pub mod form;
pub mod option;

crate::coded!(ProductState, ProductEvent, PublishBlocker, Unit, Per);

/// Where a product stands. Moderation (hidden by an admin) is separate: a hidden product keeps
/// its state and is simply not shown.
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
pub enum ProductState {
    /// Being prepared; only the cooperative sees it.
    Draft,
    /// On sale: public, searchable, orderable.
    Published,
    /// Withdrawn from sale for good (kept for past orders); can be brought back as a draft.
    Archived,
}

/// What can happen to a product.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum ProductEvent {
    /// Put on sale (guarded by [`PublishFacts::blockers`]).
    Publish,
    /// Taken back to draft to rework it.
    Unpublish,
    /// Withdrawn from sale.
    Archive,
    /// Brought back from the archive, as a draft.
    Restore,
}

/// A refused transition.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {event} a product that is {state}")]
pub struct InvalidTransition {
    /// Code of the current state.
    pub state: &'static str,
    /// Code of the refused event.
    pub event: &'static str,
}

impl ProductState {
    /// Applies `event`; every pair not listed is refused.
    pub fn apply(self, event: ProductEvent) -> Result<ProductState, InvalidTransition> {
        use ProductEvent as E;
        use ProductState as S;
        match (self, event) {
            (S::Draft, E::Publish) => Ok(S::Published),
            (S::Published, E::Unpublish) => Ok(S::Draft),
            (S::Draft | S::Published, E::Archive) => Ok(S::Archived),
            (S::Archived, E::Restore) => Ok(S::Draft),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }
}

/// What stands in the way of publishing.
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
#[strum(serialize_all = "kebab-case")]
pub enum PublishBlocker {
    /// The cooperative is not (or no longer) verified.
    CooperativeNotVerified,
    /// No title in any language.
    NoTitle,
    /// The price is not above zero.
    NoPrice,
    /// No photo.
    NoPhoto,
}

/// The facts publishing depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishFacts {
    pub cooperative_verified: bool,
    pub has_title: bool,
    pub price_centimes: i64,
    pub photos: usize,
}

impl PublishFacts {
    /// Everything that stops publishing (empty: it may be published).
    pub fn blockers(&self) -> Vec<PublishBlocker> {
        let mut out = Vec::new();
        if !self.cooperative_verified {
            out.push(PublishBlocker::CooperativeNotVerified);
        }
        if !self.has_title {
            out.push(PublishBlocker::NoTitle);
        }
        if self.price_centimes <= 0 {
            out.push(PublishBlocker::NoPrice);
        }
        if self.photos == 0 {
            out.push(PublishBlocker::NoPhoto);
        }
        out
    }
}

/// The unit a pack's quantity is given in.
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
pub enum Unit {
    #[strum(serialize = "g")]
    Gram,
    #[strum(serialize = "kg")]
    Kilogram,
    #[strum(serialize = "ml")]
    Millilitre,
    #[strum(serialize = "l")]
    Litre,
    /// Pieces (a rug, a tagine, a bar of soap).
    Piece,
}

impl Unit {
    /// Every unit, in form order.
    pub const ALL: [Unit; 5] = [
        Unit::Gram,
        Unit::Kilogram,
        Unit::Millilitre,
        Unit::Litre,
        Unit::Piece,
    ];

    /// The short symbol shown after a number.
    pub fn symbol(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Unit::Gram, Locale::Ar) => "غ",
            (Unit::Kilogram, Locale::Ar) => "كغ",
            (Unit::Millilitre, Locale::Ar) => "مل",
            (Unit::Litre, Locale::Ar) => "ل",
            (Unit::Piece, Locale::Ar) => "قطعة",
            (Unit::Gram, _) => "g",
            (Unit::Kilogram, _) => "kg",
            (Unit::Millilitre, _) => "ml",
            (Unit::Litre, _) => "l",
            (Unit::Piece, Locale::Fr) => "pièce",
            (Unit::Piece, Locale::En) => "piece",
        }
    }

    /// Base units (grams, millilitres, pieces) in one of this unit.
    fn base(self) -> i64 {
        match self {
            Unit::Kilogram | Unit::Litre => 1000,
            Unit::Gram | Unit::Millilitre | Unit::Piece => 1,
        }
    }

    /// What the unit price is per: kilogram, litre or piece.
    pub fn per(self) -> Per {
        match self {
            Unit::Gram | Unit::Kilogram => Per::Kilogram,
            Unit::Millilitre | Unit::Litre => Per::Litre,
            Unit::Piece => Per::Piece,
        }
    }
}

/// What a unit price is per.
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
pub enum Per {
    #[strum(serialize = "kg")]
    Kilogram,
    #[strum(serialize = "l")]
    Litre,
    Piece,
}

/// How much is in a pack: `250 ml`, `1.5 kg`, `1 piece`. The amount is kept in thousandths of the
/// unit, so `1.5 kg` is exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    /// The amount in thousandths of `unit`.
    pub milli: i64,
    pub unit: Unit,
}

impl Quantity {
    /// The largest pack: 100,000 of any unit.
    pub const MAX_MILLI: i64 = 100_000_000;

    /// Reads a quantity typed as a number (`250`, `1,5`, `0.75`, Arabic-Indic digits) in `unit`:
    /// above zero, at most three decimals, and whole for pieces.
    pub fn parse(raw: &str, unit: Unit) -> Result<Quantity, InputError> {
        let text = ascii_number(raw);
        if text.is_empty() {
            return Err(InputError::Required);
        }
        let value: Decimal = text.parse().map_err(|_| InputError::QuantityInvalid)?;
        if value.scale() > 3 || value <= Decimal::ZERO {
            return Err(InputError::QuantityInvalid);
        }
        if unit == Unit::Piece && !value.fract().is_zero() {
            return Err(InputError::QuantityInvalid);
        }
        // `checked_mul`: `*` panics when a huge number overflows the decimal (found by fuzzing).
        let milli = value
            .checked_mul(Decimal::ONE_THOUSAND)
            .and_then(|m| m.to_i64())
            .filter(|m| (1..=Self::MAX_MILLI).contains(m))
            .ok_or(InputError::QuantityInvalid)?;
        Ok(Quantity { milli, unit })
    }

    /// The number as typed back: `250`, `1.5` (no trailing zeros).
    pub fn amount(&self) -> String {
        Decimal::new(self.milli, 3).normalize().to_string()
    }

    /// `250 ml`, `1,5 kg` (decimal comma in Arabic and French).
    pub fn display(&self, locale: Locale) -> String {
        let amount = match locale {
            Locale::En => self.amount(),
            Locale::Ar | Locale::Fr => self.amount().replace('.', ","),
        };
        format!("{amount} {}", self.unit.symbol(locale))
    }

    /// The price per kilogram, litre or piece of a pack sold at `price` centimes, rounded to the
    /// centime (halves away from zero, as shelf labels do).
    pub fn unit_price(&self, price: i64) -> (i64, Per) {
        // price / (milli / 1000 × base / per_base), per_base being 1000 g, 1000 ml or 1 piece.
        let per = self.unit.per();
        let per_base = if per == Per::Piece { 1 } else { 1000 };
        let base_milli = Decimal::from(self.milli) * Decimal::from(self.unit.base());
        let value =
            Decimal::from(price) * Decimal::from(per_base) * Decimal::ONE_THOUSAND / base_milli;
        let centimes = value
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            .to_i64()
            .unwrap_or(i64::MAX);
        (centimes, per)
    }
}

/// A stock count typed in a form: a whole number from 0 to 1,000,000.
pub fn parse_stock(raw: &str) -> Result<i32, InputError> {
    let text = ascii_number(raw);
    if text.is_empty() {
        return Err(InputError::Required);
    }
    text.parse::<i32>()
        .ok()
        .filter(|n| (0..=1_000_000).contains(n))
        .ok_or(InputError::NumberInvalid)
}

/// A shipping weight in grams, optional: a whole number from 1 to 1,000,000 (1 t).
pub fn parse_weight(raw: &str) -> Result<Option<i32>, InputError> {
    let text = ascii_number(raw);
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i32>()
        .ok()
        .filter(|n| (1..=1_000_000).contains(n))
        .map(Some)
        .ok_or(InputError::NumberInvalid)
}

/// A GTIN, optional: the number under a barcode (EAN-8, UPC-A, EAN-13 or GTIN-14), spaces and
/// dashes ignored, Arabic-Indic digits read, its check digit verified.
pub fn parse_gtin(raw: &str) -> Result<Option<String>, InputError> {
    let digits: String = crate::normalize::ascii_digits(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if ![8, 12, 13, 14].contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(InputError::GtinInvalid);
    }
    // From the right, excluding the check digit: weights 3, 1, 3, 1…
    let values: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let (body, check) = values.split_at(values.len() - 1);
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d })
        .sum();
    if (10 - sum % 10) % 10 == check[0] {
        Ok(Some(digits))
    } else {
        Err(InputError::GtinInvalid)
    }
}

/// A stock-keeping unit, the cooperative's own reference (CSV re-imports match on it): 1–40
/// characters among letters, digits, `-`, `_`, `.` and `/`, upper-cased.
pub fn parse_sku(raw: &str) -> Result<String, InputError> {
    let sku = raw.trim().to_uppercase();
    if sku.is_empty() {
        return Err(InputError::Required);
    }
    if sku.chars().count() > 40
        || !sku
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    {
        return Err(InputError::SkuInvalid);
    }
    Ok(sku)
}

/// The text in `locale` if any, else the next language of the fallback chain (ar → fr → en,
/// fr → ar → en, en → fr → ar); empty when none has text.
pub fn pick(locale: Locale, [ar, fr, en]: [&str; 3]) -> &str {
    let order = match locale {
        Locale::Ar => [ar, fr, en],
        Locale::Fr => [fr, ar, en],
        Locale::En => [en, fr, ar],
    };
    order
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .unwrap_or_default()
}

/// A URL slug for a product: the folded Latin title (French, else English) cut to six words,
/// else `fallback` (e.g. the category code), then `-` and a short unique suffix.
pub fn slug(title_fr: &str, title_en: &str, fallback: &str, suffix: &str) -> String {
    let words = |title: &str| -> Vec<String> {
        crate::normalize::fold(title)
            .split(' ')
            .map(|w| w.chars().filter(char::is_ascii_alphanumeric).collect())
            .filter(|w: &String| !w.is_empty())
            .take(6)
            .collect()
    };
    let mut base = words(title_fr);
    if base.is_empty() {
        base = words(title_en);
    }
    let base = if base.is_empty() {
        fallback.to_owned()
    } else {
        base.join("-")
    };
    format!("{base}-{suffix}")
}

#[cfg(test)]
mod tests {
    use super::{ProductEvent as E, ProductState as S, *};

    #[test]
    fn a_draft_can_be_published() {
        assert_eq!(S::Draft.apply(E::Publish), Ok(S::Published));
    }

    #[test]
    fn a_published_product_can_go_back_to_draft() {
        assert_eq!(S::Published.apply(E::Unpublish), Ok(S::Draft));
    }

    #[test]
    fn drafts_and_published_products_can_be_archived() {
        assert_eq!(S::Draft.apply(E::Archive), Ok(S::Archived));
        assert_eq!(S::Published.apply(E::Archive), Ok(S::Archived));
    }

    #[test]
    fn an_archived_product_comes_back_as_a_draft() {
        assert_eq!(S::Archived.apply(E::Restore), Ok(S::Draft));
    }

    #[test]
    fn every_other_transition_is_refused() {
        let allowed = [
            (S::Draft, E::Publish),
            (S::Published, E::Unpublish),
            (S::Draft, E::Archive),
            (S::Published, E::Archive),
            (S::Archived, E::Restore),
        ];
        for state in [S::Draft, S::Published, S::Archived] {
            for event in [E::Publish, E::Unpublish, E::Archive, E::Restore] {
                if !allowed.contains(&(state, event)) {
                    assert_eq!(
                        state.apply(event),
                        Err(InvalidTransition {
                            state: state.code(),
                            event: event.code()
                        }),
                        "{state:?} {event:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for state in [S::Draft, S::Published, S::Archived] {
            assert_eq!(S::from_code(state.code()), Some(state));
        }
        for event in [E::Publish, E::Unpublish, E::Archive, E::Restore] {
            assert_eq!(E::from_code(event.code()), Some(event));
        }
        for unit in Unit::ALL {
            assert_eq!(Unit::from_code(unit.code()), Some(unit));
        }
        assert_eq!(S::from_code("hidden"), None);
    }

    #[test]
    fn publishing_needs_a_verified_cooperative_a_title_a_price_and_a_photo() {
        let ready = PublishFacts {
            cooperative_verified: true,
            has_title: true,
            price_centimes: 100,
            photos: 1,
        };
        assert!(ready.blockers().is_empty());
        let nothing = PublishFacts {
            cooperative_verified: false,
            has_title: false,
            price_centimes: 0,
            photos: 0,
        };
        assert_eq!(
            nothing.blockers(),
            vec![
                PublishBlocker::CooperativeNotVerified,
                PublishBlocker::NoTitle,
                PublishBlocker::NoPrice,
                PublishBlocker::NoPhoto
            ]
        );
        let no_photo = PublishFacts { photos: 0, ..ready };
        assert_eq!(no_photo.blockers(), vec![PublishBlocker::NoPhoto]);
    }

    #[test]
    fn quantities_are_read_as_typed() {
        let q = |raw, unit| Quantity::parse(raw, unit);
        assert_eq!(
            q("250", Unit::Millilitre),
            Ok(Quantity {
                milli: 250_000,
                unit: Unit::Millilitre
            })
        );
        assert_eq!(q("1,5", Unit::Kilogram).map(|q| q.milli), Ok(1500));
        assert_eq!(q("٠٫٧٥", Unit::Litre).map(|q| q.milli), Ok(750));
        assert_eq!(q("", Unit::Gram), Err(InputError::Required));
        // The last: so large that multiplying by 1,000 overflows the decimal (a panic once).
        for bad in [
            "0",
            "-1",
            "abc",
            "1.2345",
            "100001",
            "50077777777777777777777777777",
        ] {
            assert_eq!(
                q(bad, Unit::Gram),
                Err(InputError::QuantityInvalid),
                "{bad}"
            );
        }
        assert_eq!(q("1.5", Unit::Piece), Err(InputError::QuantityInvalid));
    }

    #[test]
    fn quantities_are_displayed_per_locale() {
        let q = Quantity::parse("1.5", Unit::Kilogram).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q.amount(), "1.5");
        assert_eq!(q.display(Locale::Fr), "1,5 kg");
        assert_eq!(q.display(Locale::En), "1.5 kg");
        assert_eq!(q.display(Locale::Ar), "1,5 كغ");
    }

    #[test]
    fn unit_prices_are_per_kilogram_litre_or_piece() {
        let q = |raw, unit| Quantity::parse(raw, unit).unwrap_or_else(|e| panic!("{e}"));
        // 250 ml of argan oil at 150.00 MAD is 600.00 MAD a litre.
        assert_eq!(
            q("250", Unit::Millilitre).unit_price(15_000),
            (60_000, Per::Litre)
        );
        // 1 g of saffron at 45.00 MAD is 45,000.00 MAD a kilogram.
        assert_eq!(
            q("1", Unit::Gram).unit_price(4_500),
            (4_500_000, Per::Kilogram)
        );
        // 1.5 kg of couscous at 40.00 MAD: 26.666… → 26.67 MAD a kilogram.
        assert_eq!(
            q("1.5", Unit::Kilogram).unit_price(4_000),
            (2_667, Per::Kilogram)
        );
        // A set of 3 bars of soap at 60.00 MAD: 20.00 MAD a piece.
        assert_eq!(q("3", Unit::Piece).unit_price(6_000), (2_000, Per::Piece));
        assert_eq!(
            q("0.5", Unit::Litre).unit_price(9_000),
            (18_000, Per::Litre)
        );
    }

    #[test]
    fn stock_weight_and_sku_are_checked() {
        assert_eq!(parse_stock("12"), Ok(12));
        assert_eq!(parse_stock("0"), Ok(0));
        assert_eq!(parse_stock("-1"), Err(InputError::NumberInvalid));
        assert_eq!(parse_stock(""), Err(InputError::Required));
        assert_eq!(parse_weight(""), Ok(None));
        assert_eq!(parse_weight("350"), Ok(Some(350)));
        assert_eq!(parse_weight("0"), Err(InputError::NumberInvalid));
        assert_eq!(parse_sku(" arg-250 "), Ok("ARG-250".to_owned()));
        assert_eq!(
            parse_gtin("6 111245 590011"),
            Ok(Some("6111245590011".to_owned()))
        );
        assert_eq!(
            parse_gtin("٦١١١٢٤٥٥٩٠٠١١"),
            Ok(Some("6111245590011".to_owned()))
        );
        assert_eq!(parse_gtin("96385074"), Ok(Some("96385074".to_owned())));
        assert_eq!(parse_gtin(""), Ok(None));
        assert_eq!(parse_gtin("6111245590018"), Err(InputError::GtinInvalid));
        assert_eq!(parse_gtin("12345"), Err(InputError::GtinInvalid));
        assert_eq!(parse_sku("a b"), Err(InputError::SkuInvalid));
        assert_eq!(parse_sku(""), Err(InputError::Required));
    }

    #[test]
    fn titles_fall_back_through_the_other_languages() {
        assert_eq!(pick(Locale::En, ["زيت", "Huile", ""]), "Huile");
        assert_eq!(pick(Locale::Fr, ["زيت", " ", "Oil"]), "زيت");
        assert_eq!(pick(Locale::Ar, ["", "", "Oil"]), "Oil");
        assert_eq!(pick(Locale::Ar, ["", "", ""]), "");
    }

    #[test]
    fn slugs_come_from_the_latin_title_or_the_fallback() {
        assert_eq!(
            slug("Huile d’argan culinaire", "", "argan-oils", "1a2b"),
            "huile-d-argan-culinaire-1a2b"
        );
        assert_eq!(slug("", "Amlou", "x", "9"), "amlou-9");
        assert_eq!(slug("", "", "honey-amlou", "9"), "honey-amlou-9");
    }
}
