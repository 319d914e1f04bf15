//! The checkout form: where the order goes and how it is paid, parsed in one pass that reports
//! every field's problem. The idempotency key and the cart are the service's to check.

use super::PaymentMethod;
use crate::{
    Email, FieldProblems, InputError,
    geo::Region,
    input::{choice, parse_phone},
};

/// Longest recipient name, city, address line and delivery notes, in characters.
pub const NAME_MAX: usize = 120;
pub const CITY_MAX: usize = 80;
pub const ADDRESS_MAX: usize = 240;
pub const NOTES_MAX: usize = 500;

/// The checkout form, as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckoutForm {
    /// The form's own key: the same key twice is the same order.
    pub idempotency_key: String,
    pub email: String,
    pub name: String,
    pub phone: String,
    pub region: String,
    pub city: String,
    pub address: String,
    pub notes: String,
    pub payment: String,
}

/// A checked delivery address and payment choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// Where the buyer's mail goes; a guest may leave it out (the phone reaches them).
    pub email: Option<String>,
    pub name: String,
    pub phone: String,
    pub region: Region,
    pub city: String,
    pub address: String,
    pub notes: Option<String>,
    pub payment: PaymentMethod,
}

/// Which ways of paying the platform offers now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offered {
    pub cash: bool,
    pub card: bool,
}

/// Trimmed text of at most `max` characters, without control characters but line breaks;
/// `None` when empty.
fn text(raw: &str, max: usize) -> Result<Option<String>, InputError> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max || value.chars().any(|c| c.is_control() && c != '\n') {
        return Err(InputError::TooLong);
    }
    Ok(Some(value.to_owned()))
}

/// Like [`text`], and something must be there.
fn required(raw: &str, max: usize) -> Result<String, InputError> {
    text(raw, max)?.ok_or(InputError::Required)
}

impl CheckoutForm {
    /// Parses the delivery and payment fields. A signed-in buyer's `account_email` is used
    /// instead of the form's; a guest may leave the e-mail empty, the (always required, checked
    /// Moroccan) phone being how they are reached. A way of paying that is not `offered` is
    /// refused.
    pub fn parse(
        &self,
        account_email: Option<&str>,
        offered: Offered,
    ) -> Result<Delivery, FieldProblems> {
        let mut problems = FieldProblems::default();
        let name = problems.check("name", required(&self.name, NAME_MAX));
        let phone = problems.check("phone", parse_phone(&self.phone));
        let email = match account_email {
            Some(email) => Some(Some(email.to_owned())),
            None if self.email.trim().is_empty() => Some(None),
            None => problems.check(
                "email",
                Email::parse(&self.email).map(|e| Some(e.as_str().to_owned())),
            ),
        };
        let region = problems.check(
            "region",
            choice(&self.region, Region::from_code(self.region.trim())),
        );
        let city = problems.check("city", required(&self.city, CITY_MAX));
        let address = problems.check("address", required(&self.address, ADDRESS_MAX));
        let notes = problems
            .check("notes", text(&self.notes, NOTES_MAX))
            .flatten();
        let payment = PaymentMethod::from_code(&self.payment)
            .filter(|m| match m {
                PaymentMethod::CashOnDelivery => offered.cash,
                PaymentMethod::Card => offered.card,
            })
            .ok_or(InputError::ChoiceInvalid);
        let payment = problems.check("payment", payment);
        let delivery = (|| {
            Some(Delivery {
                email: email?,
                name: name?,
                phone: phone?,
                region: region?,
                city: city?,
                address: address?,
                notes,
                payment: payment?,
            })
        })();
        problems.or(delivery)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: Offered = Offered {
        cash: true,
        card: true,
    };

    fn form() -> CheckoutForm {
        CheckoutForm {
            idempotency_key: String::new(),
            email: "amina@example.ma".into(),
            name: " Amina Tazi ".into(),
            phone: "0612345678".into(),
            region: Region::ALL[0].code().into(),
            city: "Agadir".into(),
            address: "12, rue des Arganiers".into(),
            notes: "  ".into(),
            payment: "cod".into(),
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let delivery = form().parse(None, BOTH).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(delivery.name, "Amina Tazi");
        assert_eq!(delivery.notes, None);
        assert_eq!(delivery.payment, PaymentMethod::CashOnDelivery);
        assert_eq!(delivery.email.as_deref(), Some("amina@example.ma"));
    }

    #[test]
    fn a_guest_may_leave_the_email_out_but_not_the_phone() {
        let phone_only = CheckoutForm {
            email: "  ".into(),
            ..form()
        };
        let delivery = phone_only
            .parse(None, BOTH)
            .unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(delivery.email, None);
        assert_eq!(delivery.phone, "0612345678");
        let foreign = CheckoutForm {
            email: String::new(),
            phone: "+33 6 12 34 56 78".into(),
            ..form()
        };
        let Err(problems) = foreign.parse(None, BOTH) else {
            panic!("a phone that is not Moroccan should be refused")
        };
        assert_eq!(problems.fields(), ["phone"]);
    }

    #[test]
    fn a_signed_in_buyer_keeps_the_account_address() {
        let typed = CheckoutForm {
            email: "not an address".into(),
            ..form()
        };
        let delivery = typed
            .parse(Some("account@example.ma"), BOTH)
            .unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(delivery.email.as_deref(), Some("account@example.ma"));
    }

    #[test]
    fn every_problem_is_reported_in_form_order() {
        let bad = CheckoutForm {
            email: "nope".into(),
            name: String::new(),
            region: "atlantis".into(),
            address: "a".repeat(ADDRESS_MAX + 1),
            notes: "ring\u{7}".into(),
            payment: "bitcoin".into(),
            ..form()
        };
        let Err(problems) = bad.parse(None, BOTH) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("name", InputError::Required),
                ("email", InputError::EmailInvalid),
                ("region", InputError::ChoiceInvalid),
                ("address", InputError::TooLong),
                ("notes", InputError::TooLong),
                ("payment", InputError::ChoiceInvalid),
            ]
        );
    }

    #[test]
    fn a_way_of_paying_not_offered_is_refused() {
        let card = CheckoutForm {
            payment: "card".into(),
            ..form()
        };
        let Err(problems) = card.parse(
            None,
            Offered {
                cash: true,
                card: false,
            },
        ) else {
            panic!("card is off")
        };
        assert_eq!(problems.fields(), ["payment"]);
        assert!(card.parse(None, BOTH).is_ok());
    }
}
