//! Matching: a pure, deterministic score that ranks open requests for an expert and experts for
//! a request, with the reasons a page puts into words.

use super::{Language, Skill};
use crate::geo::Region;
use serde::{Deserialize, Serialize};

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
