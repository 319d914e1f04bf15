//! The three languages Taawon speaks, and how a request's language is chosen.

use serde::{Deserialize, Serialize};

/// A supported user-interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// Arabic, written right to left. The default: most of our users read it first.
    #[default]
    Ar,
    /// French, the other working language of Moroccan administration and commerce.
    Fr,
    /// English, for visitors and the diaspora.
    En,
}

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every locale, in the order the language menu lists them.
    pub const ALL: [Locale; 3] = [Locale::Ar, Locale::Fr, Locale::En];

    /// The BCP 47 tag (`<html lang>`, cookie value, URL parameter).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// The language's own name, as shown in the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Fr => "Français",
            Locale::En => "English",
        }
    }

    /// Writing direction.
    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            Locale::Fr | Locale::En => Direction::Ltr,
        }
    }

    /// Parses a tag such as `fr`, `fr-MA` or `AR`; anything else is not a supported locale.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// Picks the best supported locale from an `Accept-Language` header, honouring q-values.
    /// Returns `None` when the header names none of ours, so the caller can fall back.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut best: Option<(Locale, f32)> = None;
        for part in accept_language.split(',').take(32) {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            // q=0 means "not acceptable"; NaN is garbage. Both are skipped.
            if q.is_nan() || q <= 0.0 {
                continue;
            }
            if let Some(locale) = Self::from_tag(tag)
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((locale, q));
            }
        }
        best.map(|(l, _)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_right_to_left_and_the_others_left_to_right() {
        assert_eq!(Locale::Ar.direction(), Direction::Rtl);
        assert_eq!(Locale::Fr.direction(), Direction::Ltr);
        assert_eq!(Locale::En.direction(), Direction::Ltr);
    }

    #[test]
    fn tags_parse_with_regions_and_any_case() {
        assert_eq!(Locale::from_tag("fr-MA"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("AR"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("en_GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn accept_language_picks_the_highest_quality_supported_locale() {
        assert_eq!(
            Locale::negotiate("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7"),
            Some(Locale::Fr)
        );
        assert_eq!(Locale::negotiate("en;q=0.5, ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("fr;q=0, en"), Some(Locale::En));
    }

    #[test]
    fn accept_language_with_no_supported_locale_gives_none() {
        assert_eq!(Locale::negotiate("de, es;q=0.8"), None);
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate(";;;,,q=abc"), None);
    }
}
