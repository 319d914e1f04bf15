//! The expert's profile form: what they offer, in which languages, where and how much, parsed in
//! one pass that reports every field's problem.

use super::{BIO_MAX, Language, Skill, parse_capacity, parse_set, parse_text};
use crate::{FieldProblems, InputError, geo::Region};

/// The profile form, as sent (check boxes arrive as lists of codes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExpertForm {
    pub bio: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub regions: Vec<String>,
    pub remote: bool,
    pub on_site: bool,
    pub capacity: String,
}

/// A parsed profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub bio: String,
    pub skills: Vec<Skill>,
    pub languages: Vec<Language>,
    /// Where the expert goes on site (none when they work only remotely).
    pub regions: Vec<Region>,
    /// How many requests they hold at once.
    pub capacity: u32,
}

impl ExpertForm {
    /// Parses every field, reporting each field's problem.
    pub fn parse(&self) -> Result<Profile, FieldProblems> {
        let mut problems = FieldProblems::default();
        let bio = problems.check("bio", parse_text(&self.bio, BIO_MAX, true));
        let skills = problems.check("skills", parse_set(&self.skills, Skill::from_code, false));
        let languages = problems.check(
            "languages",
            parse_set(&self.languages, Language::from_code, false),
        );
        // Regions are where the expert goes on site: needed only then.
        let regions = problems.check(
            "regions",
            parse_set(&self.regions, Region::from_code, !self.on_site),
        );
        if !self.remote && !self.on_site {
            problems.add("remote", InputError::Required);
        }
        let capacity = problems.check("capacity", parse_capacity(&self.capacity));
        let profile = (|| {
            Some(Profile {
                bio: bio?,
                skills: skills?,
                languages: languages?,
                regions: regions?,
                capacity: capacity?,
            })
        })();
        problems.or(profile)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ExpertForm {
        ExpertForm {
            bio: "Graphiste, 10 ans d'identités de coopératives.".into(),
            skills: vec!["visual_identity".into(), "packaging".into()],
            languages: vec!["fr".into(), "ary".into()],
            regions: vec![],
            remote: true,
            on_site: false,
            capacity: "3".into(),
        }
    }

    #[test]
    fn a_remote_profile_needs_no_region() {
        let profile = form().parse().unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(profile.skills.len(), 2);
        assert_eq!(profile.capacity, 3);
        assert!(profile.regions.is_empty());
    }

    #[test]
    fn on_site_work_needs_a_region_and_some_way_of_working_is_needed() {
        let on_site = ExpertForm {
            remote: false,
            on_site: true,
            ..form()
        };
        assert_eq!(
            on_site.parse().map_err(|p| p.fields()),
            Err(vec!["regions"])
        );
        let neither = ExpertForm {
            remote: false,
            ..form()
        };
        assert_eq!(neither.parse().map_err(|p| p.fields()), Err(vec!["remote"]));
    }

    #[test]
    fn every_problem_is_reported_in_form_order() {
        let bad = ExpertForm {
            bio: String::new(),
            skills: vec!["juggling".into()],
            capacity: "many".into(),
            ..form()
        };
        let Err(problems) = bad.parse() else {
            panic!("should be refused")
        };
        assert_eq!(problems.fields(), ["bio", "skills", "capacity"]);
    }
}
