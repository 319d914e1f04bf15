//! Volunteer experts (ARCHITECTURE.md §6, §10): the skills taxonomy, the languages experts work
//! in, the expert and support-request state machines, the inputs of their forms, and the pure,
//! deterministic matching score that ranks open requests for an expert and experts for a request,
//! with the reasons a page puts into words.

use crate::{InputError, Locale, geo::Region};
use serde::{Deserialize, Serialize};

pub mod form;

crate::coded!(
    Skill,
    Language,
    ExpertState,
    ExpertEvent,
    RequestState,
    RequestEvent
);

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

/// A refused transition of an expert profile or a request for help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {event} when {state}")]
pub struct InvalidTransition {
    /// Code of the current state.
    pub state: &'static str,
    /// Code of the refused event.
    pub event: &'static str,
}

/// Where an expert's application stands. Only verified experts claim requests.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ExpertState {
    /// Applied; an admin has not decided yet.
    Pending,
    /// An admin checked the profile: may claim.
    Verified,
    /// Turned down; the expert may edit the profile, which applies again.
    Rejected,
}

/// What happens to an expert profile.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum ExpertEvent {
    /// An admin accepts the expert.
    Verify,
    /// An admin turns the application down (or withdraws a verification).
    Reject,
    /// The expert edits a rejected profile, which applies again.
    Reapply,
}

impl ExpertState {
    /// Every state.
    pub const ALL: [ExpertState; 3] = [
        ExpertState::Pending,
        ExpertState::Verified,
        ExpertState::Rejected,
    ];

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(self, event: ExpertEvent) -> Result<ExpertState, InvalidTransition> {
        use ExpertEvent as E;
        use ExpertState as S;
        match (self, event) {
            (S::Pending, E::Verify) => Ok(S::Verified),
            (S::Pending | S::Verified, E::Reject) => Ok(S::Rejected),
            (S::Rejected, E::Reapply) => Ok(S::Pending),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }
}

impl ExpertEvent {
    /// Every event.
    pub const ALL: [ExpertEvent; 3] = [
        ExpertEvent::Verify,
        ExpertEvent::Reject,
        ExpertEvent::Reapply,
    ];
}

/// Where a cooperative's request for help stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RequestState {
    /// Waiting for an expert.
    Open,
    /// An expert is working on it.
    Claimed,
    /// The expert delivered; the cooperative looks.
    Delivered,
    /// The cooperative asked for changes; the expert works again.
    ChangesRequested,
    /// The cooperative accepted the work.
    Completed,
    /// The cooperative withdrew it before anyone claimed it.
    Cancelled,
}

/// What happens to a request for help.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum RequestEvent {
    /// A verified expert with free capacity takes it.
    Claim,
    /// The expert gives it back (or it is released after inactivity).
    Release,
    /// The expert hands in work.
    Deliver,
    /// The cooperative asks for changes to the delivered work.
    RequestChanges,
    /// The cooperative accepts the delivered work.
    Complete,
    /// The cooperative withdraws an open request.
    Cancel,
}

impl RequestState {
    /// Every state, in the order of the workflow.
    pub const ALL: [RequestState; 6] = [
        RequestState::Open,
        RequestState::Claimed,
        RequestState::Delivered,
        RequestState::ChangesRequested,
        RequestState::Completed,
        RequestState::Cancelled,
    ];

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(self, event: RequestEvent) -> Result<RequestState, InvalidTransition> {
        use RequestEvent as E;
        use RequestState as S;
        match (self, event) {
            (S::Open, E::Claim) => Ok(S::Claimed),
            (S::Open, E::Cancel) => Ok(S::Cancelled),
            (S::Claimed, E::Release) => Ok(S::Open),
            (S::Claimed | S::ChangesRequested, E::Deliver) => Ok(S::Delivered),
            (S::Delivered, E::RequestChanges) => Ok(S::ChangesRequested),
            (S::Delivered, E::Complete) => Ok(S::Completed),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }

    /// Whether an expert holds the request (it counts against the expert's capacity).
    pub fn is_held(self) -> bool {
        matches!(
            self,
            RequestState::Claimed | RequestState::Delivered | RequestState::ChangesRequested
        )
    }

    /// Whether the request still counts against the cooperative's limit of open requests.
    pub fn is_active(self) -> bool {
        !matches!(self, RequestState::Completed | RequestState::Cancelled)
    }
}

impl RequestEvent {
    /// Every event.
    pub const ALL: [RequestEvent; 6] = [
        RequestEvent::Claim,
        RequestEvent::Release,
        RequestEvent::Deliver,
        RequestEvent::RequestChanges,
        RequestEvent::Complete,
        RequestEvent::Cancel,
    ];
}

/// Platform rules of the expert programme (settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestPolicy {
    /// The most requests a cooperative may have that are neither completed nor cancelled.
    pub max_open_requests: u32,
    /// Days without a message or a delivery after which a claimed request goes back to open.
    pub release_after_days: u32,
}

impl Default for RequestPolicy {
    fn default() -> Self {
        Self {
            max_open_requests: 3,
            release_after_days: 14,
        }
    }
}

/// What matching knows of an expert.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpertFit<'a> {
    /// What the expert can do.
    pub skills: &'a [Skill],
    /// Languages the expert works in.
    pub languages: &'a [Language],
    /// Regions where the expert can work on site.
    pub regions: &'a [Region],
    /// Works at a distance.
    pub remote: bool,
    /// Travels to cooperatives in `regions`.
    pub on_site: bool,
    /// Requests held at once, at most.
    pub capacity: u32,
    /// Requests held now.
    pub held: u32,
    /// Average rating from cooperatives, in tenths of a star (10–50), if rated.
    pub rating_tenths: Option<u32>,
}

/// What matching knows of a request.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestFit<'a> {
    /// The help asked for.
    pub skill: Skill,
    /// Languages the cooperative prefers (empty: any).
    pub languages: &'a [Language],
    /// Whether someone must come to the cooperative.
    pub on_site: bool,
    /// The cooperative's region.
    pub region: Region,
    /// Whole days since the request was posted (or last went back to open).
    pub waited_days: u32,
}

/// One reason a pair was matched, for the page to put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The expert has the skill asked for.
    Skill { skill: Skill },
    /// A language both use (the first shared one, in the cooperative's order).
    Speaks { language: Language },
    /// On-site work in the expert's region.
    SameRegion { region: Region },
    /// Remote work, which the expert does.
    Remote,
    /// Places the expert has free.
    FreeCapacity { free: u32 },
    /// Days the request has waited (only said after a few days).
    Waiting { days: u32 },
    /// The expert's rating, in tenths of a star.
    Rated { tenths: u32 },
}

/// A pair's score (higher ranks first) and its reasons, strongest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The score; comparable across pairs.
    pub score: u32,
    /// Why, in the order a page lists them.
    pub reasons: Vec<Reason>,
}

/// Weight of a skill match. Everything else together stays below it, so a request needing a
/// skill the expert lacks never ranks above one that matches.
const SKILL_WEIGHT: u32 = 10_000;
const LANGUAGE_WEIGHT: u32 = 3_000;
const PLACE_WEIGHT: u32 = 2_000;
const CAPACITY_STEP: u32 = 200;
const CAPACITY_STEPS: u32 = 5;
const WAIT_STEP: u32 = 30;
const WAIT_DAYS_CAP: u32 = 90;
const RATING_STEP: u32 = 10;
/// Days of waiting before a page mentions it.
const WAIT_MENTIONED_FROM: u32 = 3;

/// Scores an (expert, request) pair: skill fit, then a shared language, then place (the same
/// region for on-site work, remote work otherwise), then free capacity, waiting time (fairness)
/// and rating. Pure and deterministic.
pub fn score(expert: &ExpertFit<'_>, request: &RequestFit<'_>) -> Match {
    let mut score = 0;
    let mut reasons = Vec::new();
    if expert.skills.contains(&request.skill) {
        score += SKILL_WEIGHT;
        reasons.push(Reason::Skill {
            skill: request.skill,
        });
    }
    let shared = if request.languages.is_empty() {
        expert.languages.first().copied()
    } else {
        request
            .languages
            .iter()
            .copied()
            .find(|l| expert.languages.contains(l))
    };
    if let Some(language) = shared {
        score += LANGUAGE_WEIGHT;
        reasons.push(Reason::Speaks { language });
    }
    if request.on_site {
        if expert.on_site && expert.regions.contains(&request.region) {
            score += PLACE_WEIGHT;
            reasons.push(Reason::SameRegion {
                region: request.region,
            });
        }
    } else if expert.remote {
        score += PLACE_WEIGHT;
        reasons.push(Reason::Remote);
    } else if expert.regions.contains(&request.region) {
        // Remote work asked of an on-site expert nearby: a fit, a weaker one.
        score += PLACE_WEIGHT / 2;
        reasons.push(Reason::SameRegion {
            region: request.region,
        });
    }
    let free = expert.capacity.saturating_sub(expert.held);
    if free > 0 {
        score += free.min(CAPACITY_STEPS) * CAPACITY_STEP;
        reasons.push(Reason::FreeCapacity { free });
    }
    let waited = request.waited_days.min(WAIT_DAYS_CAP);
    score += waited * WAIT_STEP;
    if waited >= WAIT_MENTIONED_FROM {
        reasons.push(Reason::Waiting {
            days: request.waited_days,
        });
    }
    if let Some(tenths) = expert.rating_tenths {
        let tenths = tenths.min(50);
        score += tenths * RATING_STEP;
        reasons.push(Reason::Rated { tenths });
    }
    Match { score, reasons }
}

/// Orders candidates best first: by score, then by longer waiting, then by `key` (so equal pairs
/// always come out in the same order).
pub fn rank<K: Ord + Clone>(mut scored: Vec<(K, Match, u32)>) -> Vec<(K, Match)> {
    scored.sort_by(|a, b| {
        b.1.score
            .cmp(&a.1.score)
            .then(b.2.cmp(&a.2))
            .then(a.0.cmp(&b.0))
    });
    scored.into_iter().map(|(k, m, _)| (k, m)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
    fn each_request_transition_and_every_refusal() {
        use RequestEvent as E;
        use RequestState as S;
        let allowed = [
            (S::Open, E::Claim, S::Claimed),
            (S::Open, E::Cancel, S::Cancelled),
            (S::Claimed, E::Release, S::Open),
            (S::Claimed, E::Deliver, S::Delivered),
            (S::Delivered, E::RequestChanges, S::ChangesRequested),
            (S::ChangesRequested, E::Deliver, S::Delivered),
            (S::Delivered, E::Complete, S::Completed),
        ];
        for state in S::ALL {
            for event in E::ALL {
                let expected = allowed
                    .iter()
                    .find(|(s, e, _)| *s == state && *e == event)
                    .map(|(_, _, to)| *to);
                match expected {
                    Some(to) => assert_eq!(state.apply(event), Ok(to), "{state:?} {event:?}"),
                    None => assert_eq!(
                        state.apply(event),
                        Err(InvalidTransition {
                            state: state.code(),
                            event: event.code()
                        })
                    ),
                }
            }
        }
        assert!(S::Claimed.is_held() && S::ChangesRequested.is_held() && !S::Open.is_held());
        assert!(S::Open.is_active() && !S::Completed.is_active() && !S::Cancelled.is_active());
    }

    #[test]
    fn each_expert_transition_and_every_refusal() {
        use ExpertEvent as E;
        use ExpertState as S;
        let allowed = [
            (S::Pending, E::Verify, S::Verified),
            (S::Pending, E::Reject, S::Rejected),
            (S::Verified, E::Reject, S::Rejected),
            (S::Rejected, E::Reapply, S::Pending),
        ];
        for state in S::ALL {
            for event in E::ALL {
                let expected = allowed
                    .iter()
                    .find(|(s, e, _)| *s == state && *e == event)
                    .map(|(_, _, to)| *to);
                assert_eq!(state.apply(event).ok(), expected, "{state:?} {event:?}");
            }
        }
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

    fn expert<'a>(
        skills: &'a [Skill],
        languages: &'a [Language],
        regions: &'a [Region],
    ) -> ExpertFit<'a> {
        ExpertFit {
            skills,
            languages,
            regions,
            remote: true,
            on_site: true,
            capacity: 2,
            held: 0,
            rating_tenths: None,
        }
    }

    #[test]
    fn reasons_say_why_a_request_was_suggested() {
        let e = expert(
            &[Skill::Packaging],
            &[Language::Darija, Language::French],
            &[Region::SoussMassa],
        );
        let r = RequestFit {
            skill: Skill::Packaging,
            languages: &[Language::Darija],
            on_site: true,
            region: Region::SoussMassa,
            waited_days: 5,
        };
        let m = score(&e, &r);
        assert_eq!(
            m.reasons,
            vec![
                Reason::Skill {
                    skill: Skill::Packaging
                },
                Reason::Speaks {
                    language: Language::Darija
                },
                Reason::SameRegion {
                    region: Region::SoussMassa
                },
                Reason::FreeCapacity { free: 2 },
                Reason::Waiting { days: 5 },
            ]
        );
        // Elsewhere, on site: no region reason and a lower score.
        let far = RequestFit {
            region: Region::Oriental,
            ..r.clone()
        };
        assert!(score(&e, &far).score < m.score);
        // A full expert gets no capacity points.
        let full = ExpertFit {
            held: 2,
            ..e.clone()
        };
        assert!(
            !score(&full, &r)
                .reasons
                .contains(&Reason::FreeCapacity { free: 0 })
        );
    }

    fn arb_skill() -> impl Strategy<Value = Skill> {
        proptest::sample::select(Skill::ALL.to_vec())
    }
    fn arb_language() -> impl Strategy<Value = Language> {
        proptest::sample::select(Language::ALL.to_vec())
    }
    fn arb_region() -> impl Strategy<Value = Region> {
        proptest::sample::select(Region::ALL.to_vec())
    }

    #[derive(Debug, Clone)]
    struct ArbExpert {
        skills: Vec<Skill>,
        languages: Vec<Language>,
        regions: Vec<Region>,
        remote: bool,
        on_site: bool,
        capacity: u32,
        held: u32,
        rating: Option<u32>,
    }

    impl ArbExpert {
        fn fit(&self) -> ExpertFit<'_> {
            ExpertFit {
                skills: &self.skills,
                languages: &self.languages,
                regions: &self.regions,
                remote: self.remote,
                on_site: self.on_site,
                capacity: self.capacity,
                held: self.held,
                rating_tenths: self.rating,
            }
        }
    }

    fn arb_expert() -> impl Strategy<Value = ArbExpert> {
        (
            proptest::collection::vec(arb_skill(), 0..4),
            proptest::collection::vec(arb_language(), 0..4),
            proptest::collection::vec(arb_region(), 0..4),
            any::<bool>(),
            any::<bool>(),
            1u32..=10,
            0u32..=12,
            proptest::option::of(10u32..=50),
        )
            .prop_map(
                |(skills, languages, regions, remote, on_site, capacity, held, rating)| ArbExpert {
                    skills,
                    languages,
                    regions,
                    remote,
                    on_site,
                    capacity,
                    held,
                    rating,
                },
            )
    }

    #[derive(Debug, Clone)]
    struct ArbRequest {
        skill: Skill,
        languages: Vec<Language>,
        on_site: bool,
        region: Region,
        waited: u32,
    }

    impl ArbRequest {
        fn fit(&self) -> RequestFit<'_> {
            RequestFit {
                skill: self.skill,
                languages: &self.languages,
                on_site: self.on_site,
                region: self.region,
                waited_days: self.waited,
            }
        }
    }

    fn arb_request() -> impl Strategy<Value = ArbRequest> {
        (
            arb_skill(),
            proptest::collection::vec(arb_language(), 0..3),
            any::<bool>(),
            arb_region(),
            0u32..400,
        )
            .prop_map(|(skill, languages, on_site, region, waited)| ArbRequest {
                skill,
                languages,
                on_site,
                region,
                waited,
            })
    }

    fn position(expert: &ExpertFit<'_>, requests: &[ArbRequest], index: usize) -> usize {
        let scored = requests
            .iter()
            .enumerate()
            .map(|(i, r)| (i, score(expert, &r.fit()), r.waited))
            .collect();
        rank(scored)
            .iter()
            .position(|(i, _)| *i == index)
            .expect("ranked")
    }

    proptest! {
        #[test]
        fn scoring_is_deterministic(e in arb_expert(), r in arb_request()) {
            prop_assert_eq!(score(&e.fit(), &r.fit()), score(&e.fit(), &r.fit()));
        }

        #[test]
        fn a_request_needing_a_missing_skill_never_ranks_above_a_matching_one(
            e in arb_expert(), a in arb_request(), b in arb_request()
        ) {
            prop_assume!(a.skill != b.skill);
            let mut e = e;
            e.skills.push(a.skill);
            e.skills.retain(|s| *s != b.skill);
            let fit = e.fit();
            let requests = [a, b];
            prop_assert!(position(&fit, &requests, 0) < position(&fit, &requests, 1));
        }

        #[test]
        fn more_waiting_never_lowers_a_requests_rank(
            e in arb_expert(), requests in proptest::collection::vec(arb_request(), 1..8), more in 0u32..200, pick in any::<proptest::sample::Index>()
        ) {
            let fit = e.fit();
            let index = pick.index(requests.len());
            let before = position(&fit, &requests, index);
            let mut waited_more = requests.clone();
            waited_more[index].waited += more;
            prop_assert!(position(&fit, &waited_more, index) <= before);
        }

        #[test]
        fn ranking_is_the_same_whatever_the_input_order(
            e in arb_expert(), requests in proptest::collection::vec(arb_request(), 1..8)
        ) {
            let fit = e.fit();
            let forward: Vec<usize> = rank(requests.iter().enumerate().map(|(i, r)| (i, score(&fit, &r.fit()), r.waited)).collect())
                .into_iter().map(|(i, _)| i).collect();
            let backward: Vec<usize> = rank(requests.iter().enumerate().rev().map(|(i, r)| (i, score(&fit, &r.fit()), r.waited)).collect())
                .into_iter().map(|(i, _)| i).collect();
            prop_assert_eq!(forward, backward);
        }
    }
}
