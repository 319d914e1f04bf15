//! The expert programme in words: a match's reasons and logged hours.

use crate::i18n::{t, t_args};
use domain::{Locale, expert::Reason};

/// A match's reasons in words, joined with " · " ("speaks Darija · packaging · same region: …").
pub fn reasons_in_words(locale: Locale, reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| match r {
            Reason::Skill { skill } => skill.name(locale).to_owned(),
            Reason::Speaks { language } => t_args(
                locale,
                "match-speaks",
                &[("language", language.name(locale).into())],
            ),
            Reason::SameRegion { region } => t_args(
                locale,
                "match-same-region",
                &[("region", region.name(locale).into())],
            ),
            Reason::Remote => t(locale, "match-remote"),
            Reason::FreeCapacity { free } => {
                t_args(locale, "match-free", &[("free", (*free).into())])
            }
            Reason::Waiting { days } => {
                t_args(locale, "match-waiting", &[("days", (*days).into())])
            }
            Reason::Rated { tenths } => t_args(
                locale,
                "match-rated",
                &[("rating", format!("{}.{}", tenths / 10, tenths % 10).into())],
            ),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Minutes as hours with up to two decimals (`90` → `1.5`).
pub fn hours(minutes: i64) -> String {
    let whole = minutes / 60;
    match minutes % 60 {
        0 => whole.to_string(),
        15 => format!("{whole}.25"),
        30 => format!("{whole}.5"),
        45 => format!("{whole}.75"),
        rest => format!("{whole}.{:02}", rest * 100 / 60),
    }
}
