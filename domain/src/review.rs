//! Reviews: a buyer rates a delivered product from 1 to 5 stars, once, with optional words; the
//! cooperative may answer once. What pages show is the average of the visible ratings.

use crate::{FieldProblems, InputError};
use rust_decimal::Decimal;

/// The most characters a review's text (or a reply) may hold.
pub const MAX_TEXT: usize = 2_000;

/// A number of stars from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rating(u8);

impl Rating {
    /// Reads the stars a form sent (`"4"`; Arabic-Indic digits too).
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        // Arabic-Indic and Persian digits read as the digits they are; nothing else is dropped.
        let text: String = raw
            .trim()
            .chars()
            .map(|c| match c {
                '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
                '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
                other => other,
            })
            .collect();
        let text = text.as_str();
        if text.is_empty() {
            return Err(InputError::Required);
        }
        match text.parse::<u8>() {
            Ok(n) if (1..=5).contains(&n) => Ok(Rating(n)),
            _ => Err(InputError::ChoiceInvalid),
        }
    }

    /// The stars, 1 to 5.
    pub fn stars(self) -> u8 {
        self.0
    }
}

/// A review's words (or a reply): optional for a review, trimmed, at most [`MAX_TEXT`]
/// characters, no control characters but line breaks.
pub fn parse_text(raw: &str, required: bool) -> Result<Option<String>, InputError> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return if required {
            Err(InputError::Required)
        } else {
            Ok(None)
        };
    }
    if text.chars().count() > MAX_TEXT || text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(InputError::TooLong);
    }
    Ok(Some(text))
}

/// Stars with optional words: a buyer's review of a product, or one side's rating of the other
/// after a request for help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub rating: Rating,
    pub text: Option<String>,
}

/// Parses a review form's `rating` and `body` fields, reporting both fields' problems.
pub fn parse_review(rating: &str, body: &str) -> Result<Review, FieldProblems> {
    let mut problems = FieldProblems::default();
    let rating = problems.check("rating", Rating::parse(rating));
    let text = problems.check("body", parse_text(body, false));
    let review = rating
        .zip(text)
        .map(|(rating, text)| Review { rating, text });
    problems.or(review)
}

/// The average of `stars` to one decimal (halves away from zero), `None` without ratings.
pub fn average(stars: &[u8]) -> Option<Decimal> {
    if stars.is_empty() {
        return None;
    }
    let sum: u64 = stars.iter().map(|s| u64::from(*s)).sum();
    let mean = Decimal::from(sum) / Decimal::from(stars.len() as u64);
    Some(mean.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_reports_both_fields() {
        let review = parse_review("٤", "  Très bonne huile.  ").unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(review.rating.stars(), 4);
        assert_eq!(review.text.as_deref(), Some("Très bonne huile."));
        assert_eq!(parse_review("5", "").map(|r| r.text), Ok(None));
        let Err(problems) = parse_review("6", &"x".repeat(MAX_TEXT + 1)) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("rating", InputError::ChoiceInvalid),
                ("body", InputError::TooLong)
            ]
        );
    }
    use proptest::prelude::*;

    #[test]
    fn ratings_are_one_to_five_stars() {
        assert_eq!(Rating::parse("4").map(Rating::stars), Ok(4));
        assert_eq!(Rating::parse(" ٥ ").map(Rating::stars), Ok(5));
        assert_eq!(Rating::parse(""), Err(InputError::Required));
        for bad in ["0", "6", "-1", "4.5", "five", "999999"] {
            assert_eq!(Rating::parse(bad), Err(InputError::ChoiceInvalid), "{bad}");
        }
    }

    #[test]
    fn review_text_is_optional_bounded_and_plain() {
        assert_eq!(parse_text("  ", false), Ok(None));
        assert_eq!(parse_text("  ", true), Err(InputError::Required));
        assert_eq!(
            parse_text(" Très bon\r\nmiel ", false),
            Ok(Some("Très bon\nmiel".into()))
        );
        assert_eq!(
            parse_text(&"a".repeat(MAX_TEXT + 1), false),
            Err(InputError::TooLong)
        );
        assert_eq!(parse_text("bip\u{7}", false), Err(InputError::TooLong));
    }

    #[test]
    fn the_average_has_one_decimal() {
        assert_eq!(average(&[]), None);
        assert_eq!(average(&[5, 4]), Some(Decimal::new(45, 1)));
        assert_eq!(average(&[5, 4, 4]), Some(Decimal::new(43, 1)));
        assert_eq!(average(&[1, 2]), Some(Decimal::new(15, 1)));
    }

    proptest! {
        #[test]
        fn the_average_lies_between_the_lowest_and_the_highest_rating(stars in proptest::collection::vec(1u8..=5, 1..200)) {
            let avg = average(&stars).expect("ratings");
            let (lo, hi) = (stars.iter().min().copied().unwrap_or(1), stars.iter().max().copied().unwrap_or(5));
            prop_assert!(avg >= Decimal::from(lo) && avg <= Decimal::from(hi));
        }
    }
}
