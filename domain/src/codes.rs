//! Stable codes of closed sets — states, events, kinds, units, error reasons: the text stored in
//! the database, sent by forms and used as the tail of a translation key.
//!
//! strum derives each table from the enum itself (`IntoStaticStr` gives the code, `EnumString`
//! reads it back, `EnumIter` walks every value), so no code is written twice; [`coded!`] gives
//! the enum the `code()` / `from_code()` pair every caller uses, and `stored()`, the strict read.
//!
//! With the `db` feature (the server's build), the enums stored in a column also derive
//! sea-orm's `DeriveValueType` (text column, the code as value), so entities carry them typed.
//!
//! [`coded!`]: crate::coded

/// Gives each listed enum `code()` and `from_code()` from its strum derives
/// (`IntoStaticStr` and `EnumString`).
#[macro_export]
macro_rules! coded {
    ($($kind:ty),+ $(,)?) => {$(
        impl $kind {
            /// Stable code: stored in the database, sent by forms, a translation key's tail.
            pub fn code(self) -> &'static str {
                self.into()
            }

            /// The value with this code (surrounding spaces ignored); `None` for any other text.
            pub fn from_code(code: &str) -> Option<Self> {
                code.trim().parse().ok()
            }

            /// The value a stored code names exactly, or the code refused (the database reads
            /// columns typed with the enum through it).
            pub fn stored(code: &str) -> Result<Self, $crate::codes::UnknownCode> {
                code.parse()
                    .map_err(|_| $crate::codes::UnknownCode(code.to_owned()))
            }
        }
    )+};
}

/// A stored code that names no value: a damaged row (only codes this build writes are stored).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown code {0:?}")]
pub struct UnknownCode(pub String);

#[cfg(test)]
mod tests {
    use crate::{expert, export, label, order, product, role};
    use strum::IntoEnumIterator;

    /// Every value's code reads back to it, `ALL` lists every value once, in declaration order,
    /// and unknown text is refused.
    fn round_trips<T>(all: &[T])
    where
        T: IntoEnumIterator
            + Copy
            + PartialEq
            + std::fmt::Debug
            + Into<&'static str>
            + std::str::FromStr,
    {
        assert_eq!(
            all.to_vec(),
            T::iter().collect::<Vec<_>>(),
            "ALL is not every value"
        );
        for value in T::iter() {
            let code: &'static str = value.into();
            assert!(
                !code.is_empty() && code.trim() == code,
                "{value:?} has code {code:?}"
            );
            assert_eq!(
                code.parse::<T>().ok(),
                Some(value),
                "{code} does not read back"
            );
        }
        assert!("no-such-code".parse::<T>().is_err());
    }

    #[test]
    fn every_code_reads_back_and_every_list_is_whole() {
        round_trips(&order::ShipmentState::ALL);
        round_trips(&order::ShipmentEvent::ALL);
        round_trips(&order::PaymentState::ALL);
        round_trips(&order::PaymentEvent::ALL);
        round_trips(&role::Role::ALL);
        round_trips(&product::Unit::ALL);
        round_trips(&export::ExportKind::ALL);
        round_trips(&label::LabelKind::ALL);
        round_trips(&expert::Skill::ALL);
        round_trips(&expert::Language::ALL);
        round_trips(&expert::ExpertState::ALL);
        round_trips(&expert::ExpertEvent::ALL);
        round_trips(&expert::RequestState::ALL);
        round_trips(&expert::RequestEvent::ALL);
    }

    #[test]
    fn codes_are_the_stored_ones() {
        // Stored in the database and sent by forms: changing one is a data migration.
        assert_eq!(order::PaymentMethod::CashOnDelivery.code(), "cod");
        assert_eq!(order::OrderState::PendingPayment.code(), "pending_payment");
        assert_eq!(product::Unit::Gram.code(), "g");
        assert_eq!(product::Per::Kilogram.code(), "kg");
        assert_eq!(product::PublishBlocker::NoTitle.code(), "no-title");
        assert_eq!(expert::Language::Darija.code(), "ary");
        assert_eq!(label::LabelKind::LabelAgricole.code(), "label_agricole");
        assert_eq!(
            expert::RequestState::from_code(" changes_requested "),
            Some(expert::RequestState::ChangesRequested)
        );
    }
}
