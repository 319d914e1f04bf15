//! Online fairs and collections: a time-boxed selection of products with its own page, made by an
//! admin in three languages, filled with hand-picked products, a saved search (a region, a
//! sector, a label, women-led cooperatives, a category) or both, and with products cooperatives
//! propose while it runs. It runs from its first day to its last, whole days in UTC, and ends by
//! itself.

use crate::{
    FieldProblems, InputError, category,
    geo::{Region, Sector},
    input::choice,
    label::LabelKind,
    registry::parse_date,
};
use chrono::NaiveDate;

/// Longest title, in characters.
pub const TITLE_MAX: usize = 120;
/// Longest text, in characters.
pub const TEXT_MAX: usize = 2000;
/// Most products an admin may pick in one form.
pub const PICKS_MAX: usize = 200;
/// Longest run, in days.
pub const DAYS_MAX: i64 = 366;

/// The collection form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CollectionForm {
    pub title_ar: String,
    pub title_fr: String,
    pub title_en: String,
    pub text_ar: String,
    pub text_fr: String,
    pub text_en: String,
    /// `YYYY-MM-DD` (or any form `registry::parse_date` reads).
    pub starts_on: String,
    pub ends_on: String,
    /// The saved search: each empty for "any".
    pub region: String,
    pub sector: String,
    pub label: String,
    pub category: String,
    pub women_led: bool,
    /// Hand-picked products: their addresses or slugs, one per line (or separated by spaces or
    /// commas).
    pub products: String,
}

/// The products a saved search selects (every set part must hold).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedSearch {
    pub region: Option<Region>,
    pub sector: Option<Sector>,
    pub label: Option<LabelKind>,
    /// A category code (a top-level one includes its sub-categories).
    pub category: Option<&'static str>,
    pub women_led: bool,
}

impl SavedSearch {
    /// Whether it selects nothing (the collection is hand-picked only).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A parsed, valid collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    /// Arabic, French, English: trimmed, not empty.
    pub titles: [String; 3],
    pub texts: [String; 3],
    pub starts_on: NaiveDate,
    /// Not before `starts_on`.
    pub ends_on: NaiveDate,
    pub search: SavedSearch,
    /// Slugs of the hand-picked products, each once, in the order given.
    pub picks: Vec<String>,
}

/// Where a collection stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Upcoming,
    Running,
    Ended,
}

/// The phase of a collection running from `starts_on` to `ends_on` (both included) on `today`.
pub fn phase(starts_on: NaiveDate, ends_on: NaiveDate, today: NaiveDate) -> Phase {
    if today < starts_on {
        Phase::Upcoming
    } else if today > ends_on {
        Phase::Ended
    } else {
        Phase::Running
    }
}

/// The slug in a product address (`https://…/p/slug`, `/p/slug` or the bare slug).
fn product_slug(token: &str) -> Option<String> {
    let path = token.split(['?', '#']).next().unwrap_or_default();
    let slug = path.rsplit('/').find(|s| !s.is_empty())?;
    let ok = slug.len() <= 200
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then(|| slug.to_owned())
}

fn parse_day(raw: &str) -> Result<NaiveDate, InputError> {
    if raw.trim().is_empty() {
        return Err(InputError::Required);
    }
    parse_date(raw)
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .ok_or(InputError::DateInvalid)
}

/// A choice that may be left empty ("any").
fn optional<T>(raw: &str, found: Option<T>) -> Result<Option<T>, InputError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        choice(raw, found).map(Some)
    }
}

impl CollectionForm {
    /// Parses every field, reporting each field's problem: titles and texts in the three
    /// languages, dates (the last day not before the first, a run of at most `DAYS_MAX` days),
    /// the saved search's choices and the picked products' addresses.
    pub fn parse(&self) -> Result<Collection, FieldProblems> {
        let mut problems = FieldProblems::default();
        let mut texts = |fields: [(&'static str, &String); 3], max: usize| {
            fields.map(|(field, raw)| {
                let text = raw.trim().to_owned();
                if text.is_empty() {
                    problems.add(field, InputError::Required);
                } else if text.chars().count() > max {
                    problems.add(field, InputError::TooLong);
                }
                text
            })
        };
        let titles = texts(
            [
                ("title_ar", &self.title_ar),
                ("title_fr", &self.title_fr),
                ("title_en", &self.title_en),
            ],
            TITLE_MAX,
        );
        let bodies = texts(
            [
                ("text_ar", &self.text_ar),
                ("text_fr", &self.text_fr),
                ("text_en", &self.text_en),
            ],
            TEXT_MAX,
        );
        let starts_on = problems.check("starts_on", parse_day(&self.starts_on));
        let ends_on = problems.check("ends_on", parse_day(&self.ends_on));
        if let (Some(start), Some(end)) = (starts_on, ends_on) {
            if end < start {
                problems.add("ends_on", InputError::EndsBeforeStart);
            } else if (end - start).num_days() >= DAYS_MAX {
                problems.add("ends_on", InputError::DateInvalid);
            }
        }
        let region = problems.check(
            "region",
            optional(&self.region, Region::from_code(&self.region)),
        );
        let sector = problems.check(
            "sector",
            optional(&self.sector, Sector::from_code(&self.sector)),
        );
        let label = problems.check(
            "label",
            optional(&self.label, LabelKind::from_code(&self.label)),
        );
        let known = category::flattened()
            .into_iter()
            .map(|(_, _, c)| c.code)
            .find(|code| *code == self.category);
        let category = problems.check("category", optional(&self.category, known));
        let mut picks: Vec<String> = Vec::new();
        for token in self
            .products
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|t| !t.is_empty())
        {
            match product_slug(token) {
                Some(slug) if !picks.contains(&slug) => picks.push(slug),
                Some(_) => {}
                None => {
                    problems.add("products", InputError::ProductUnknown);
                    break;
                }
            }
        }
        if picks.len() > PICKS_MAX {
            problems.add("products", InputError::TooLong);
        }
        let collection = (|| {
            Some(Collection {
                titles,
                texts: bodies,
                starts_on: starts_on?,
                ends_on: ends_on?,
                search: SavedSearch {
                    region: region?,
                    sector: sector?,
                    label: label?,
                    category: category?,
                    women_led: self.women_led,
                },
                picks,
            })
        })();
        problems.or(collection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn form() -> CollectionForm {
        CollectionForm {
            title_ar: "معرض المرأة التعاونية".into(),
            title_fr: "Foire des coopératives de femmes".into(),
            title_en: "Women's cooperatives fair".into(),
            text_ar: "نص".into(),
            text_fr: "Texte".into(),
            text_en: "Text".into(),
            starts_on: "2026-03-01".into(),
            ends_on: "08/03/2026".into(),
            women_led: true,
            sector: "handicraft".into(),
            products: "https://taawon.ma/p/huile-argan-1?lang=fr\n/p/miel-thym-2, miel-thym-2"
                .into(),
            ..CollectionForm::default()
        }
    }

    #[test]
    fn a_complete_form_parses_with_its_saved_search_and_picks() {
        let c = form().parse().unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!((c.starts_on, c.ends_on), (day(2026, 3, 1), day(2026, 3, 8)));
        assert_eq!(c.search.sector, Some(Sector::Handicraft));
        assert!(c.search.women_led && c.search.region.is_none());
        assert_eq!(c.picks, ["huile-argan-1", "miel-thym-2"]);
        assert!(!c.search.is_empty());
        assert!(SavedSearch::default().is_empty());
    }

    #[test]
    fn a_collection_ending_before_it_starts_and_other_problems_are_reported() {
        let bad = CollectionForm {
            title_en: " ".into(),
            ends_on: "2026-02-28".into(),
            region: "atlantis".into(),
            category: "no-such-category".into(),
            products: "Huile d'argan!".into(),
            ..form()
        };
        let Err(problems) = bad.parse() else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("title_en", InputError::Required),
                ("ends_on", InputError::EndsBeforeStart),
                ("region", InputError::ChoiceInvalid),
                ("category", InputError::ChoiceInvalid),
                ("products", InputError::ProductUnknown),
            ]
        );
        let too_long = CollectionForm {
            ends_on: "2027-06-01".into(),
            ..form()
        };
        assert!(too_long.parse().is_err(), "a run of more than a year");
    }

    #[test]
    fn the_phase_follows_the_days_both_included() {
        let (start, end) = (day(2026, 3, 1), day(2026, 3, 8));
        assert_eq!(phase(start, end, day(2026, 2, 28)), Phase::Upcoming);
        assert_eq!(phase(start, end, start), Phase::Running);
        assert_eq!(phase(start, end, end), Phase::Running);
        assert_eq!(phase(start, end, day(2026, 3, 9)), Phase::Ended);
    }
}
