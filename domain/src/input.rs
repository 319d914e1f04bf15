//! Inputs parsed at the edge into types that cannot hold an invalid value ("parse, don't validate").

use serde::{Deserialize, Serialize};
use std::fmt;

crate::coded!(InputError);

/// Why an input was refused. Each variant has a stable code, which the UI translates.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    thiserror::Error,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum InputError {
    /// Nothing was entered where something is needed.
    #[error("required")]
    Required,
    /// Not an e-mail address.
    #[error("email_invalid")]
    EmailInvalid,
    /// Shorter than the minimum.
    #[error("password_too_short")]
    PasswordTooShort,
    /// Longer than the maximum.
    #[error("password_too_long")]
    PasswordTooLong,
    /// Among the most common passwords, which attackers try first.
    #[error("password_too_common")]
    PasswordTooCommon,
    /// Longer than the field allows.
    #[error("too_long")]
    TooLong,
    /// Not a 15-digit ICE.
    #[error("ice_invalid")]
    IceInvalid,
    /// Not a register number (letters, digits and / - . only).
    #[error("register_number_invalid")]
    RegisterNumberInvalid,
    /// Not a Moroccan phone number.
    #[error("phone_invalid")]
    PhoneInvalid,
    /// Not a whole number in the allowed range.
    #[error("number_invalid")]
    NumberInvalid,
    /// Not one of the offered choices.
    #[error("choice_invalid")]
    ChoiceInvalid,
    /// Not a valid date, or in the future.
    #[error("date_invalid")]
    DateInvalid,
    /// Not a `#rrggbb` colour.
    #[error("colour_invalid")]
    ColourInvalid,
    /// Not a price above zero with at most two decimals.
    #[error("price_invalid")]
    PriceInvalid,
    /// Not a quantity above zero (whole for pieces).
    #[error("quantity_invalid")]
    QuantityInvalid,
    /// Not a stock-keeping unit (letters, digits and - _ . /).
    #[error("sku_invalid")]
    SkuInvalid,
    /// None of the three languages was filled in where one is needed.
    #[error("one_language_required")]
    OneLanguageRequired,
    /// More than is open (a transfer above what the platform and a cooperative owe each other).
    #[error("amount_over_balance")]
    AmountOverBalance,
    /// A transfer the other way from what is open (paying a cooperative that owes fees).
    #[error("transfer_wrong_direction")]
    TransferWrongDirection,
    /// Not a date from tomorrow to a year from now.
    #[error("deadline_invalid")]
    DeadlineInvalid,
    /// More women members than members.
    #[error("women_exceed_members")]
    WomenExceedMembers,
    /// A new password and its confirmation differ.
    #[error("passwords_differ")]
    PasswordsDiffer,
    /// HTML or script where plain text is expected.
    #[error("markup_not_allowed")]
    MarkupNotAllowed,
    /// A product with several options was added to a cart without choosing one.
    #[error("option_missing")]
    OptionMissing,
    /// Two options of a product have the same name (or the same SKU).
    #[error("option_repeated")]
    OptionRepeated,
    /// Every option of a product was removed.
    #[error("last_option")]
    LastOption,
    /// More options than a product may have.
    #[error("options_too_many")]
    OptionsTooMany,
    /// Not a GTIN (8, 12, 13 or 14 digits with the right check digit).
    #[error("gtin_invalid")]
    GtinInvalid,
    /// A collection whose last day comes before its first.
    #[error("ends_before_start")]
    EndsBeforeStart,
    /// An address that names no product on sale.
    #[error("product_unknown")]
    ProductUnknown,
}

/// The value chosen from a list (`found`, looked up from `raw`): `Required` when nothing was
/// chosen, `ChoiceInvalid` when `raw` names nothing on the list.
pub fn choice<T>(raw: &str, found: Option<T>) -> Result<T, InputError> {
    found.ok_or(if raw.trim().is_empty() {
        InputError::Required
    } else {
        InputError::ChoiceInvalid
    })
}

/// The problems of a refused form, field by field, in the order the parser met them. Domain
/// parsers return it; the wire layer turns it into the translated field errors of a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldProblems(Vec<(&'static str, InputError)>);

impl FieldProblems {
    /// Records a problem with `field`.
    pub fn add(&mut self, field: &'static str, problem: InputError) {
        self.0.push((field, problem));
    }

    /// The parsed value, or `None` with its problem recorded against `field`.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, InputError>) -> Option<T> {
        parsed.map_err(|e| self.add(field, e)).ok()
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `value` when no problem was found, else the problems.
    pub fn or<T>(self, value: Option<T>) -> Result<T, FieldProblems> {
        match value {
            Some(value) if self.is_empty() => Ok(value),
            _ => Err(self),
        }
    }

    /// Every `(field, problem)`, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, InputError)> + '_ {
        self.0.iter().copied()
    }

    /// The fields with a problem, in order (for tests and logs).
    pub fn fields(&self) -> Vec<&'static str> {
        self.0.iter().map(|(f, _)| *f).collect()
    }
}

/// A Moroccan phone number as people write it (`06 12 34 56 78`, `+212 6-12-34-56-78`,
/// `00212…`, Arabic-Indic digits), in its ten-digit national form: 06/07 mobiles and 05
/// landlines (the national numbering plan; no other country is served).
pub fn parse_phone(raw: &str) -> Result<String, InputError> {
    let digits = crate::normalize::ascii_digits(raw).replace(['(', ')'], "");
    if digits.is_empty() {
        return Err(InputError::Required);
    }
    let national = digits
        .strip_prefix("+212")
        .or_else(|| digits.strip_prefix("00212"))
        .map(|rest| format!("0{rest}"))
        .unwrap_or(digits);
    let valid = national.len() == 10
        && national.chars().all(|c| c.is_ascii_digit())
        && matches!(&national[..2], "05" | "06" | "07");
    if valid {
        Ok(national)
    } else {
        Err(InputError::PhoneInvalid)
    }
}

/// A normalised e-mail address (trimmed, lower-cased), used as the sign-in identifier.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// The longest address the SMTP standard allows.
    pub const MAX_LEN: usize = 254;

    /// Accepts `local@domain.tld` with no spaces; deliverability is proven later by mail, not here.
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err(InputError::Required);
        }
        if email.chars().count() > Self::MAX_LEN {
            return Err(InputError::TooLong);
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(InputError::EmailInvalid);
        };
        let well_formed = !local.is_empty()
            && local.len() <= 64
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !email
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c));
        if well_formed {
            Ok(Self(email))
        } else {
            Err(InputError::EmailInvalid)
        }
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password that meets the policy: 8–128 characters, not among the 10,000 most common.
/// Its `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Fewest characters (NIST SP 800-63B).
    pub const MIN_CHARS: usize = 8;
    /// Most characters: enough for passphrases, bounded so hashing cost is bounded.
    pub const MAX_CHARS: usize = 128;
    /// Passwords ranked this high or better in the common-password list are refused.
    pub const COMMON_RANK_LIMIT: usize = 10_000;

    /// Checks length (in characters, so Arabic passphrases count fairly) and commonness.
    /// The password is kept exactly as typed: no trimming, paste allowed.
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let chars = raw.chars().count();
        if chars == 0 {
            return Err(InputError::Required);
        }
        if chars < Self::MIN_CHARS {
            return Err(InputError::PasswordTooShort);
        }
        if chars > Self::MAX_CHARS {
            return Err(InputError::PasswordTooLong);
        }
        if is_common_password(raw) {
            return Err(InputError::PasswordTooCommon);
        }
        Ok(Self(raw.to_owned()))
    }

    /// The secret, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// The most common passwords, lower case (`domain/data/common-passwords.txt`, zxcvbn's list).
static COMMON_PASSWORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .take(Password::COMMON_RANK_LIMIT)
            .collect()
    });

/// True when the whole password, ignoring case, is one of the most common passwords.
pub fn is_common_password(raw: &str) -> bool {
    // The list has no long entries; a long password is not worth lower-casing.
    raw.chars().count() <= 40 && COMMON_PASSWORDS.contains(raw.to_lowercase().as_str())
}

/// A person's name as shown to others: 1–80 characters, trimmed, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    /// Most characters.
    pub const MAX_CHARS: usize = 80;

    /// Trims and checks the length; inner control characters are refused as invalid.
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let name: String = raw.trim().chars().filter(|c| !c.is_control()).collect();
        if name.is_empty() {
            return Err(InputError::Required);
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(InputError::TooLong);
        }
        Ok(Self(name))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn moroccan_phone_numbers_are_read_as_people_write_them() {
        for raw in [
            "0612345678",
            "06 12 34 56 78",
            "+212 6-12-34-56-78",
            "00212612345678",
            "٠٦١٢٣٤٥٦٧٨",
            "(06) 12.34.56.78",
        ] {
            assert_eq!(parse_phone(raw).as_deref(), Ok("0612345678"), "{raw}");
        }
        assert_eq!(parse_phone("0522 12 34 56").as_deref(), Ok("0522123456"));
        assert_eq!(parse_phone(" "), Err(InputError::Required));
        for bad in [
            "0812345678",
            "061234567",
            "06123456789",
            "+33612345678",
            "06l2345678",
            "+212",
        ] {
            assert_eq!(parse_phone(bad), Err(InputError::PhoneInvalid), "{bad}");
        }
    }

    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        let email = Email::parse("  Fatima@Example.MA ").map(|e| e.to_string());
        assert_eq!(email, Ok("fatima@example.ma".to_owned()));
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "fatima",
            "fatima@",
            "@example.ma",
            "a@b",
            "a@@b.ma",
            "a b@c.ma",
            "a@.ma",
            "a@b..ma",
            "<a>@b.ma",
        ] {
            assert_eq!(Email::parse(bad), Err(InputError::EmailInvalid), "{bad}");
        }
        assert_eq!(Email::parse("   "), Err(InputError::Required));
        assert_eq!(
            Email::parse(&format!("{}@example.ma", "a".repeat(250))),
            Err(InputError::TooLong)
        );
    }

    #[test]
    fn passwords_shorter_than_eight_characters_are_refused() {
        assert_eq!(
            Password::parse("Zq7!xP2"),
            Err(InputError::PasswordTooShort)
        );
        assert_eq!(Password::parse(""), Err(InputError::Required));
    }

    #[test]
    fn password_length_is_counted_in_characters_not_bytes() {
        // Seven Arabic letters are 14 bytes but only seven characters.
        assert_eq!(
            Password::parse("تعاونيه"),
            Err(InputError::PasswordTooShort)
        );
        assert!(Password::parse("تعاونية المغرب").is_ok());
    }

    #[test]
    fn passwords_longer_than_128_characters_are_refused() {
        assert!(Password::parse(&"k".repeat(128)).is_ok());
        assert_eq!(
            Password::parse(&"k".repeat(129)),
            Err(InputError::PasswordTooLong)
        );
    }

    #[test]
    fn the_most_common_passwords_are_refused_whatever_their_case() {
        for common in [
            "password",
            "12345678",
            "PASSWORD",
            "qwertyuiop",
            "iloveyou",
            "sunshine",
            "football",
        ] {
            assert_eq!(
                Password::parse(common),
                Err(InputError::PasswordTooCommon),
                "{common}"
            );
        }
    }

    #[test]
    fn the_list_is_the_ten_thousand_most_common_and_no_more() {
        assert_eq!(COMMON_PASSWORDS.len(), Password::COMMON_RANK_LIMIT);
        assert!(COMMON_PASSWORDS.iter().all(|p| *p == p.to_lowercase()));
        // Ranks 10,000 and 10,001 of zxcvbn's list: the first is in, the next is not.
        assert!(is_common_password("QQQQQQ1"));
        assert!(!is_common_password("cathy1"));
        assert!(!is_common_password(&"password".repeat(6)));
    }

    #[test]
    fn uncommon_passwords_and_passphrases_are_accepted() {
        for fine in [
            "argan-oil-from-souss",
            "Zq7!xP2m",
            "tamazight 2026 honey",
            "password-manager-made-9f3k",
        ] {
            assert!(Password::parse(fine).is_ok(), "{fine}");
        }
    }

    #[test]
    fn password_debug_output_hides_the_secret() {
        let password = Password::parse("argan-oil-from-souss").map(|p| format!("{p:?}"));
        assert_eq!(password, Ok("Password(***)".to_owned()));
    }

    #[test]
    fn display_names_are_trimmed_and_bounded() {
        assert_eq!(
            DisplayName::parse("  Khadija ").map(|n| n.as_str().to_owned()),
            Ok("Khadija".to_owned())
        );
        assert_eq!(DisplayName::parse(" \t "), Err(InputError::Required));
        assert_eq!(
            DisplayName::parse(&"x".repeat(81)),
            Err(InputError::TooLong)
        );
    }
}
