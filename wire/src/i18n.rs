//! Translations. Every user-facing string lives in `wire/locales/{ar,fr,en}/main.ftl` (Fluent), so
//! Arabic plural forms and word order are handled by the translation, not by code.
//! `tests::every_key_exists_in_every_locale` fails when a key is missing anywhere.

use domain::Locale;
use fluent_templates::Loader;
pub use fluent_templates::fluent_bundle::FluentValue;
use std::{borrow::Cow, collections::HashMap};
use unic_langid::{LanguageIdentifier, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks would show up inside attributes and e-mails; our layout isolates.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn language(locale: Locale) -> LanguageIdentifier {
    match locale {
        Locale::Ar => langid!("ar"),
        Locale::Fr => langid!("fr"),
        Locale::En => langid!("en"),
    }
}

/// The translation of `key` in `locale`.
pub fn t(locale: Locale, key: &str) -> String {
    LOCALES.lookup(&language(locale), key)
}

/// The translation of `key` with named arguments, e.g. `("name", "Khadija".into())`. Numbers
/// passed as numbers select the right plural form (Arabic has six).
pub fn t_args(locale: Locale, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES.lookup_with_args(&language(locale), key, &args)
}

/// The translation key of a state: `{machine}-state-{code}`, with the code's underscores as
/// hyphens (`order`, `pending_payment` → `order-state-pending-payment`).
pub fn state_key(machine: &str, code: &str) -> String {
    format!("{machine}-state-{}", code.replace('_', "-"))
}

/// The translation key of a ledger transaction's kind, as statements name it.
pub fn ledger_kind_key(kind: domain::ledger::Kind) -> String {
    format!("payouts-kind-{}", kind.code().replace('_', "-"))
}

/// A state of one of the domain's machines, named in every locale under [`state_key`].
pub trait State: Copy {
    /// The machine's part of the key (`order`, `shipment`…).
    const MACHINE: &'static str;
    /// The state's code.
    fn code(self) -> &'static str;
}

macro_rules! states {
    ($($kind:ty => $machine:literal),+ $(,)?) => {$(
        impl State for $kind {
            const MACHINE: &'static str = $machine;
            fn code(self) -> &'static str {
                <$kind>::code(self)
            }
        }
    )+};
}

states! {
    domain::expert::ExpertState => "expert",
    domain::expert::RequestState => "request",
    domain::order::OrderState => "order",
    domain::order::ShipmentState => "shipment",
    domain::product::ProductState => "product",
    domain::cooperative::CooperativeStatus => "coop",
    domain::label::LabelStatus => "label",
}

/// The name of a quality label in `locale` (`LabelKind::Igp` → the `label-igp` message).
pub fn label_name(locale: Locale, kind: domain::label::LabelKind) -> String {
    t(locale, &format!("label-{}", kind.code().replace('_', "-")))
}

/// A register entry's legal status in `locale` (`Dissolved` → the `registry-status-dissolved`
/// message).
pub fn register_status_name(locale: Locale, status: domain::registry::RegistryStatus) -> String {
    t(locale, &format!("registry-status-{}", status.code()))
}

/// The name of `state` in `locale` (`OrderState::Paid` → the `order-state-paid` message).
pub fn state_name<S: State>(locale: Locale, state: S) -> String {
    t(locale, &state_key(S::MACHINE, state.code()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(locale: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{locale}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '-', '.', '*', '[', '}']) && l.contains('='))
            .filter_map(|l| l.split('=').next())
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect()
    }

    /// Every state a page names has its translation, in every locale: walked from the enums, so
    /// a new state without its key fails here.
    #[test]
    fn every_state_has_its_translation_in_every_locale() {
        use domain::{
            cooperative::CooperativeState,
            expert::{ExpertState, RequestState},
            label::LabelState,
            order::{OrderState, ShipmentState},
            product::ProductState,
        };
        use strum::IntoEnumIterator;
        let keys: Vec<String> = [
            CooperativeState::iter()
                .map(|s| state_key("coop", s.code()))
                .collect::<Vec<_>>(),
            ExpertState::iter()
                .map(|s| state_key("expert", s.code()))
                .collect(),
            RequestState::iter()
                .map(|s| state_key("request", s.code()))
                .collect(),
            LabelState::iter()
                .map(|s| state_key("label", s.code()))
                .collect(),
            OrderState::iter()
                .map(|s| state_key("order", s.code()))
                .collect(),
            ShipmentState::iter()
                .map(|s| state_key("shipment", s.code()))
                .collect(),
            ProductState::iter()
                .map(|s| state_key("product", s.code()))
                .collect(),
            domain::ledger::Kind::iter().map(ledger_kind_key).collect(),
        ]
        .concat();
        assert!(keys.len() >= 25, "{} states", keys.len());
        // Read from the files: a lookup would fall back to another language and hide a gap.
        for locale in ["ar", "fr", "en"] {
            let have = self::keys(locale);
            let missing: Vec<&String> = keys.iter().filter(|k| !have.contains(*k)).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        }
    }

    #[test]
    fn every_key_exists_in_every_locale() {
        let en = keys("en");
        assert!(
            en.len() > 50,
            "the English file should hold the full key set"
        );
        for other in ["ar", "fr"] {
            let theirs = keys(other);
            let missing: Vec<_> = en.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&en).collect();
            assert!(missing.is_empty(), "keys missing in {other}: {missing:?}");
            assert!(extra.is_empty(), "keys only in {other}: {extra:?}");
        }
    }

    #[test]
    fn lookups_return_the_locale_text_not_the_key() {
        for locale in Locale::ALL {
            let text = t(locale, "nav-sign-in");
            assert_ne!(text, "nav-sign-in", "{locale:?}");
            assert!(!text.is_empty());
        }
        assert_ne!(t(Locale::Ar, "nav-sign-in"), t(Locale::Fr, "nav-sign-in"));
    }

    #[test]
    fn arguments_are_substituted() {
        let text = t_args(
            Locale::Fr,
            "account-greeting",
            &[("name", "Khadija".into())],
        );
        assert!(text.contains("Khadija"), "{text}");
    }
}
