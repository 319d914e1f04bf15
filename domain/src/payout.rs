//! A bank transfer between the platform and a cooperative, as an admin records it: which way,
//! the amount, the transfer's reference and the day it was sent, parsed in one pass that
//! reports every field's problem. Whether it fits what is open is the ledger's check
//! ([`crate::ledger::transfer`]), which the service makes against the stored position.

use crate::{
    FieldProblems, InputError, input::choice, ledger::Direction, money::parse_price,
    registry::parse_date,
};
use chrono::NaiveDate;

/// The longest transfer reference, in characters.
pub const REFERENCE_MAX: usize = 120;

/// A payout as the admin typed it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PayoutForm {
    /// `to_cooperative` or `from_cooperative`.
    pub direction: String,
    pub amount: String,
    pub reference: String,
    pub paid_on: String,
}

/// A parsed payout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payout {
    pub direction: Direction,
    /// Centimes, above zero.
    pub amount: i64,
    /// Trimmed, 1 to [`REFERENCE_MAX`] printable characters.
    pub reference: String,
    /// Not after the day it was recorded.
    pub paid_on: NaiveDate,
}

/// A transfer reference: `Required` when empty, `TooLong` past [`REFERENCE_MAX`] or with a
/// control character.
fn parse_reference(raw: &str) -> Result<String, InputError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(InputError::Required);
    }
    if text.chars().count() > REFERENCE_MAX || text.chars().any(char::is_control) {
        return Err(InputError::TooLong);
    }
    Ok(text.to_owned())
}

/// The day a transfer was sent: a date, not after `today`.
fn parse_paid_on(raw: &str, today: NaiveDate) -> Result<NaiveDate, InputError> {
    if raw.trim().is_empty() {
        return Err(InputError::Required);
    }
    parse_date(raw)
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .filter(|d| *d <= today)
        .ok_or(InputError::DateInvalid)
}

impl PayoutForm {
    /// Parses every field, reporting each field's problem; `today` bounds the day paid.
    pub fn parse(&self, today: NaiveDate) -> Result<Payout, FieldProblems> {
        let mut problems = FieldProblems::default();
        let direction = problems.check(
            "direction",
            choice(&self.direction, Direction::from_code(&self.direction)),
        );
        let amount = problems.check("amount", parse_price(&self.amount));
        let reference = problems.check("reference", parse_reference(&self.reference));
        let paid_on = problems.check("paid_on", parse_paid_on(&self.paid_on, today));
        let payout = (|| {
            Some(Payout {
                direction: direction?,
                amount: amount?,
                reference: reference?,
                paid_on: paid_on?,
            })
        })();
        problems.or(payout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
    }

    #[test]
    fn a_payout_parses_whole() {
        let form = PayoutForm {
            direction: "from_cooperative".into(),
            amount: "1 250,50".into(),
            reference: " VIR-2026-0042 ".into(),
            paid_on: "2026-12-06".into(),
        };
        let payout = form.parse(today()).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(payout.direction, Direction::FromCooperative);
        assert_eq!(payout.amount, 125_050);
        assert_eq!(payout.reference, "VIR-2026-0042");
        assert_eq!(payout.paid_on, today());
    }

    #[test]
    fn every_payout_problem_is_reported_in_form_order() {
        let bad = PayoutForm {
            direction: "sideways".into(),
            amount: "0".into(),
            reference: "x".repeat(REFERENCE_MAX + 1),
            paid_on: "2026-12-07".into(),
        };
        let Err(problems) = bad.parse(today()) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("direction", InputError::ChoiceInvalid),
                ("amount", InputError::PriceInvalid),
                ("reference", InputError::TooLong),
                ("paid_on", InputError::DateInvalid),
            ]
        );
        let empty = PayoutForm::default().parse(today());
        assert_eq!(
            empty.map_err(|p| p.iter().map(|(_, e)| e).collect::<Vec<_>>()),
            Err(vec![InputError::Required; 4])
        );
    }
}
