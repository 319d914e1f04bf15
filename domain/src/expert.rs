//! Volunteer experts (ARCHITECTURE.md §6, §10): the skills taxonomy, the languages experts work
//! in, the expert and support-request state machines, the inputs of their forms, and the pure,
//! deterministic matching score that ranks open requests for an expert and experts for a request,
//! with the reasons a page puts into words.
//!
//! `states.rs` holds the two state machines, `matching.rs` the score; this file the vocabulary
//! and the field readers the forms (`form.rs`) share.

use crate::{InputError, Locale};
use serde::{Deserialize, Serialize};

pub mod form;
mod matching;
mod states;

pub use matching::{ExpertFit, Match, Reason, RequestFit, rank, score};
pub use states::{
    ExpertEvent, ExpertState, InvalidTransition, RequestEvent, RequestPolicy, RequestState,
};

crate::coded!(Skill, Language);

/// What an expert can do and what a cooperative asks for.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Skill {
    /// Logo, colours, the whole visual identity.
    VisualIdentity,
    /// Packaging and labels.
    Packaging,
    /// Product photography.
    Photography,
    /// Product texts and the cooperative's story.
    Copywriting,
    /// Social media pages and posts.
    SocialMedia,
    /// Training to sell online.
    Ecommerce,
    /// Setting prices.
    Pricing,
}

impl Skill {
    /// Every skill, in the order forms list them.
    pub const ALL: [Skill; 7] = [
        Skill::VisualIdentity,
        Skill::Packaging,
        Skill::Photography,
        Skill::Copywriting,
        Skill::SocialMedia,
        Skill::Ecommerce,
        Skill::Pricing,
    ];

    /// The name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        let [ar, fr, en] = match self {
            Skill::VisualIdentity => [
                "الهوية البصرية والشعار",
                "Identité visuelle et logo",
                "Visual identity and logo",
            ],
            Skill::Packaging => ["تصميم التغليف", "Design d'emballage", "Packaging design"],
            Skill::Photography => [
                "تصوير المنتجات",
                "Photographie de produits",
                "Product photography",
            ],
            Skill::Copywriting => ["كتابة النصوص", "Rédaction", "Copywriting"],
            Skill::SocialMedia => ["شبكات التواصل الاجتماعي", "Réseaux sociaux", "Social media"],
            Skill::Ecommerce => [
                "التكوين في التجارة الإلكترونية",
                "Formation au e-commerce",
                "E-commerce training",
            ],
            Skill::Pricing => ["التسعير", "Fixation des prix", "Pricing"],
        };
        match locale {
            Locale::Ar => ar,
            Locale::Fr => fr,
            Locale::En => en,
        }
    }

    /// Whether a deliverable for this skill is a visual identity (a logo and a palette) that the
    /// cooperative can apply to its storefront.
    pub fn is_identity(self) -> bool {
        self == Skill::VisualIdentity
    }
}

/// A language an expert works in or a cooperative prefers.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum Language {
    /// Modern standard Arabic.
    #[strum(serialize = "ar")]
    Arabic,
    /// Moroccan Arabic.
    #[strum(serialize = "ary")]
    Darija,
    /// Standard Moroccan Amazigh.
    #[strum(serialize = "zgh")]
    Tamazight,
    /// French.
    #[strum(serialize = "fr")]
    French,
    /// English.
    #[strum(serialize = "en")]
    English,
}

impl Language {
    /// Every language, in the order forms list them.
    pub const ALL: [Language; 5] = [
        Language::Arabic,
        Language::Darija,
        Language::Tamazight,
        Language::French,
        Language::English,
    ];

    /// The name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        let [ar, fr, en] = match self {
            Language::Arabic => ["العربية", "arabe", "Arabic"],
            Language::Darija => ["الدارجة", "darija", "Darija"],
            Language::Tamazight => ["الأمازيغية", "tamazight", "Tamazight"],
            Language::French => ["الفرنسية", "français", "French"],
            Language::English => ["الإنجليزية", "anglais", "English"],
        };
        match locale {
            Locale::Ar => ar,
            Locale::Fr => fr,
            Locale::En => en,
        }
    }
}

/// Reads a set of codes sent by check boxes; unknown codes refuse the whole set, an empty set is
/// `Required` unless `optional`. The result is sorted and without repeats.
pub fn parse_set<T: Copy + Ord>(
    codes: &[String],
    from_code: impl Fn(&str) -> Option<T>,
    optional: bool,
) -> Result<Vec<T>, InputError> {
    let mut out = Vec::with_capacity(codes.len());
    for code in codes.iter().filter(|c| !c.trim().is_empty()) {
        out.push(from_code(code).ok_or(InputError::ChoiceInvalid)?);
    }
    out.sort();
    out.dedup();
    if out.is_empty() && !optional {
        return Err(InputError::Required);
    }
    Ok(out)
}

/// Codes joined for storage (`"ar,fr"`).
pub fn join_codes<T: Copy>(items: &[T], code: impl Fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(",")
}

/// Codes read back from storage; codes no longer known are dropped.
pub fn split_codes<T>(stored: &str, from_code: impl Fn(&str) -> Option<T>) -> Vec<T> {
    stored.split(',').filter_map(from_code).collect()
}

/// The most requests an expert may hold at once.
pub const MAX_CAPACITY: u32 = 10;
/// The longest bio, in characters.
pub const BIO_MAX: usize = 2_000;
/// The longest request title, in characters.
pub const TITLE_MAX: usize = 120;
/// The longest request description, message or deliverable note, in characters.
pub const TEXT_MAX: usize = 4_000;
/// The most hours one log entry may hold.
pub const MAX_HOURS_PER_LOG: u32 = 200;

/// How many requests an expert takes at once, 1 to [`MAX_CAPACITY`].
pub fn parse_capacity(raw: &str) -> Result<u32, InputError> {
    let text = crate::normalize::western_digits(raw.trim());
    if text.is_empty() {
        return Err(InputError::Required);
    }
    match text.parse::<u32>() {
        Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Ok(n),
        _ => Err(InputError::NumberInvalid),
    }
}

/// Trimmed text with line breaks kept and no other control character; `Required` when empty and
/// `required`, `TooLong` past `max` characters.
pub fn parse_text(raw: &str, max: usize, required: bool) -> Result<String, InputError> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() && required {
        return Err(InputError::Required);
    }
    if text.chars().count() > max {
        return Err(InputError::TooLong);
    }
    Ok(text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect())
}

/// Logged work in quarter hours (`"2"`, `"1.5"`, `"1,25"`, Arabic-Indic digits), above zero and
/// at most [`MAX_HOURS_PER_LOG`] hours; returned in minutes.
pub fn parse_hours(raw: &str) -> Result<u32, InputError> {
    let text = crate::normalize::western_digits(raw.trim()).replace(',', ".");
    if text.is_empty() {
        return Err(InputError::Required);
    }
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| InputError::NumberInvalid)?
    };
    let minutes_of_fraction = match fraction {
        "" | "0" | "00" => 0,
        "25" => 15,
        "5" | "50" => 30,
        "75" => 45,
        _ => return Err(InputError::NumberInvalid),
    };
    let minutes = whole
        .checked_mul(60)
        .and_then(|m| m.checked_add(minutes_of_fraction))
        .ok_or(InputError::NumberInvalid)?;
    if minutes == 0 || minutes > MAX_HOURS_PER_LOG * 60 {
        return Err(InputError::NumberInvalid);
    }
    Ok(minutes)
}

/// A desired deadline typed as `YYYY-MM-DD` (optional): from tomorrow to a year after `today`.
pub fn parse_deadline(
    raw: &str,
    today: chrono::NaiveDate,
) -> Result<Option<chrono::NaiveDate>, InputError> {
    let text = crate::normalize::western_digits(raw.trim());
    if text.is_empty() {
        return Ok(None);
    }
    let date = chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| InputError::DeadlineInvalid)?;
    if date <= today || date > today + chrono::Days::new(366) {
        return Err(InputError::DeadlineInvalid);
    }
    Ok(Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for s in Skill::ALL {
            assert_eq!(Skill::from_code(s.code()), Some(s));
            for l in Locale::ALL {
                assert!(!s.name(l).is_empty());
            }
        }
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        for s in RequestState::ALL {
            assert_eq!(RequestState::from_code(s.code()), Some(s));
        }
        for s in ExpertState::ALL {
            assert_eq!(ExpertState::from_code(s.code()), Some(s));
        }
        assert_eq!(Skill::from_code("magic"), None);
    }

    #[test]
    fn form_inputs_are_parsed_or_refused() {
        assert_eq!(parse_capacity("3"), Ok(3));
        assert_eq!(parse_capacity("٢"), Ok(2));
        assert_eq!(parse_capacity(""), Err(InputError::Required));
        for bad in ["0", "11", "-1", "two", "99999999999"] {
            assert_eq!(parse_capacity(bad), Err(InputError::NumberInvalid), "{bad}");
        }
        assert_eq!(parse_hours("2"), Ok(120));
        assert_eq!(parse_hours("1,5"), Ok(90));
        assert_eq!(parse_hours("0.25"), Ok(15));
        assert_eq!(parse_hours("١.٧٥"), Ok(105));
        for bad in ["0", "1.1", "201", "abc", "-2", "1.5.5", "4294967295"] {
            assert_eq!(parse_hours(bad), Err(InputError::NumberInvalid), "{bad}");
        }
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date");
        assert_eq!(parse_deadline("", today), Ok(None));
        assert_eq!(
            parse_deadline("2026-12-20", today),
            Ok(chrono::NaiveDate::from_ymd_opt(2026, 12, 20))
        );
        for bad in [
            "2026-12-02",
            "2020-01-01",
            "2028-01-01",
            "20/12/2026",
            "soon",
        ] {
            assert_eq!(
                parse_deadline(bad, today),
                Err(InputError::DeadlineInvalid),
                "{bad}"
            );
        }
        assert_eq!(parse_text("  ", 10, true), Err(InputError::Required));
        assert_eq!(parse_text("a\u{7}b\r\nc", 10, true), Ok("ab\nc".into()));
        assert_eq!(
            parse_text(&"x".repeat(11), 10, false),
            Err(InputError::TooLong)
        );
        let codes = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_set(&codes(&["fr", "ar", "fr"]), Language::from_code, false),
            Ok(vec![Language::Arabic, Language::French])
        );
        assert_eq!(
            parse_set(&codes(&["fr", "xx"]), Language::from_code, false),
            Err(InputError::ChoiceInvalid)
        );
        assert_eq!(
            parse_set(&codes(&[]), Language::from_code, false),
            Err(InputError::Required)
        );
        let stored = join_codes(&[Language::Darija, Language::French], Language::code);
        assert_eq!(stored, "ary,fr");
        assert_eq!(
            split_codes(&stored, Language::from_code),
            vec![Language::Darija, Language::French]
        );
    }
}
