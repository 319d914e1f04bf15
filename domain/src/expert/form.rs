//! The volunteer programme's forms, each parsed in one pass that reports every field's problem:
//! the expert's profile (what they offer, in which languages, where and how much), a
//! cooperative's request for help, and the expert's hand-in.

use super::{
    BIO_MAX, Language, Skill, TEXT_MAX, TITLE_MAX, parse_capacity, parse_deadline, parse_set,
    parse_text,
};
use crate::{FieldProblems, InputError, colour::Rgb, geo::Region, input::choice};
use chrono::NaiveDate;

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

/// A cooperative's request for help, as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestForm {
    pub skill: String,
    pub title: String,
    pub description: String,
    pub languages: Vec<String>,
    pub on_site: bool,
    pub deadline: String,
}

/// A parsed request for help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub skill: Skill,
    pub title: String,
    pub description: String,
    /// The languages the work is wanted in (none: any).
    pub languages: Vec<Language>,
    pub on_site: bool,
    /// From tomorrow to a year after the day it was posted, when given.
    pub deadline: Option<NaiveDate>,
}

impl RequestForm {
    /// Parses every field, reporting each field's problem; `today` bounds the deadline.
    pub fn parse(&self, today: NaiveDate) -> Result<Request, FieldProblems> {
        let mut problems = FieldProblems::default();
        let skill = problems.check(
            "skill",
            choice(&self.skill, Skill::from_code(self.skill.trim())),
        );
        let title = problems.check("title", parse_text(&self.title, TITLE_MAX, true));
        let description =
            problems.check("description", parse_text(&self.description, TEXT_MAX, true));
        let languages = problems.check(
            "languages",
            parse_set(&self.languages, Language::from_code, true),
        );
        let deadline = problems.check("deadline", parse_deadline(&self.deadline, today));
        let request = (|| {
            Some(Request {
                skill: skill?,
                title: title?,
                description: description?,
                languages: languages?,
                on_site: self.on_site,
                deadline: deadline?,
            })
        })();
        problems.or(request)
    }
}

/// An expert's hand-in, as sent (the image comes separately).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryForm {
    pub note: String,
    pub primary_colour: String,
    pub secondary_colour: String,
}

/// A parsed hand-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// May be empty for a visual identity (the logo speaks).
    pub note: String,
    /// Both given for a visual identity; otherwise either may be absent.
    pub primary_colour: Option<Rgb>,
    pub secondary_colour: Option<Rgb>,
}

impl DeliveryForm {
    /// Parses every field. A visual identity (`identity`) needs both brand colours and no note;
    /// other work needs a note and takes colours only when given.
    pub fn parse(&self, identity: bool) -> Result<Delivery, FieldProblems> {
        let mut problems = FieldProblems::default();
        let note = problems.check("note", parse_text(&self.note, TEXT_MAX, !identity));
        let mut colour = |field: &'static str, raw: &str| -> Option<Rgb> {
            if raw.trim().is_empty() && !identity {
                return None;
            }
            problems.check(
                field,
                Rgb::parse(raw).map_err(|_| InputError::ColourInvalid),
            )
        };
        let primary_colour = colour("primary_colour", &self.primary_colour);
        let secondary_colour = colour("secondary_colour", &self.secondary_colour);
        let delivery = note.map(|note| Delivery {
            note,
            primary_colour,
            secondary_colour,
        });
        problems.or(delivery)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> RequestForm {
        RequestForm {
            skill: "packaging".into(),
            title: "Étiquette pour notre huile d'argan".into(),
            description: "Nous voulons une étiquette en arabe et en français.".into(),
            languages: vec!["ar".into(), "fr".into()],
            on_site: false,
            deadline: String::new(),
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_request_parses_whole() {
        let today = day(2026, 12, 6);
        let parsed = RequestForm {
            deadline: "2027-01-15".into(),
            ..request()
        }
        .parse(today)
        .unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(parsed.skill, Skill::Packaging);
        assert_eq!(parsed.languages.len(), 2);
        assert_eq!(parsed.deadline, Some(day(2027, 1, 15)));
    }

    #[test]
    fn every_request_problem_is_reported_in_form_order() {
        let bad = RequestForm {
            skill: "juggling".into(),
            title: String::new(),
            description: "x".repeat(TEXT_MAX + 1),
            languages: vec![],
            on_site: true,
            deadline: "2026-12-06".into(),
        };
        let Err(problems) = bad.parse(day(2026, 12, 6)) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("skill", InputError::ChoiceInvalid),
                ("title", InputError::Required),
                ("description", InputError::TooLong),
                ("deadline", InputError::DeadlineInvalid),
            ]
        );
        let no_skill = RequestForm {
            skill: " ".into(),
            ..request()
        };
        assert_eq!(
            no_skill
                .parse(day(2026, 12, 6))
                .map_err(|p| p.iter().collect::<Vec<_>>()),
            Err(vec![("skill", InputError::Required)])
        );
    }

    #[test]
    fn an_identity_hand_in_needs_both_colours_and_other_work_a_note() {
        let identity = DeliveryForm {
            note: String::new(),
            primary_colour: "#1f4e79".into(),
            secondary_colour: String::new(),
        };
        assert_eq!(
            identity.parse(true).map_err(|p| p.fields()),
            Err(vec!["secondary_colour"])
        );
        assert_eq!(
            identity.parse(false).map_err(|p| p.fields()),
            Err(vec!["note"])
        );
        let advice = DeliveryForm {
            note: "Photos prises à la lumière du jour.".into(),
            ..DeliveryForm::default()
        };
        let parsed = advice.parse(false).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(
            (parsed.primary_colour, parsed.secondary_colour),
            (None, None)
        );
        assert_eq!(
            DeliveryForm {
                primary_colour: "blue".into(),
                ..advice
            }
            .parse(false)
            .map_err(|p| p.iter().collect::<Vec<_>>()),
            Err(vec![("primary_colour", InputError::ColourInvalid)])
        );
    }

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
