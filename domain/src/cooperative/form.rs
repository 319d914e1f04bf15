//! The sign-up form of a cooperative: what its owner typed, parsed in one pass that reports
//! every field's problem. Whether the register number is in the register is the service's check.

use crate::{
    FieldProblems, InputError,
    geo::{Region, Sector},
    input::{choice, parse_phone},
    normalize::ascii_digits,
    registry::{Ice, RegisterNumber, parse_date},
};
use chrono::NaiveDate;

/// Longest name, in characters.
pub const NAME_MAX: usize = 200;

/// The sign-up form of a cooperative, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CooperativeForm {
    pub register_number: String,
    pub ice: String,
    pub name_ar: String,
    pub name_fr: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub founded_on: String,
    pub member_count: String,
    pub women_count: String,
    pub phone: String,
}

/// A parsed, valid cooperative declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub register_number: RegisterNumber,
    pub ice: Ice,
    /// Trimmed, not empty.
    pub name_ar: String,
    /// Trimmed, not empty.
    pub name_fr: String,
    pub region: Region,
    /// The code of one of the region's provinces.
    pub province: &'static str,
    pub sector: Sector,
    /// Not after the day it was declared.
    pub founded_on: NaiveDate,
    /// At least one.
    pub member_count: i32,
    /// At most `member_count`.
    pub women_count: i32,
    pub phone: String,
}

/// A head count: digits (Arabic-Indic ones too), 0 to 100,000.
fn parse_count(raw: &str) -> Result<i32, InputError> {
    let text = ascii_digits(raw);
    if text.is_empty() {
        return Err(InputError::Required);
    }
    match text.parse::<i32>() {
        Ok(n) if (0..=100_000).contains(&n) => Ok(n),
        _ => Err(InputError::NumberInvalid),
    }
}

impl CooperativeForm {
    /// Parses every field, reporting each field's problem; `today` bounds the founding date.
    pub fn parse(&self, today: NaiveDate) -> Result<Declaration, FieldProblems> {
        let mut problems = FieldProblems::default();
        let register_number = problems.check(
            "register_number",
            RegisterNumber::parse(&self.register_number),
        );
        let ice = problems.check("ice", Ice::parse(&self.ice));
        let (name_ar, name_fr) = parse_names(&mut problems, &self.name_ar, &self.name_fr);
        let region = problems.check(
            "region",
            choice(&self.region, Region::from_code(&self.region)),
        );
        // Without a region the province cannot be checked; the region's problem is enough.
        let province = region.and_then(|r| {
            let found = r.provinces().iter().find(|p| p.code == self.province);
            problems.check("province", choice(&self.province, found))
        });
        let sector = problems.check(
            "sector",
            choice(&self.sector, Sector::from_code(&self.sector)),
        );
        let founded_on = parse_date(&self.founded_on)
            .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .filter(|d| *d <= today)
            .ok_or(if self.founded_on.trim().is_empty() {
                InputError::Required
            } else {
                InputError::DateInvalid
            });
        let founded_on = problems.check("founded_on", founded_on);
        let (member_count, women_count) =
            parse_counts(&mut problems, &self.member_count, &self.women_count);
        let phone = problems.check("phone", parse_phone(&self.phone));
        let declaration = (|| {
            Some(Declaration {
                register_number: register_number?,
                ice: ice?,
                name_ar,
                name_fr,
                region: region?,
                province: province?.code,
                sector: sector?,
                founded_on: founded_on?,
                member_count: member_count?,
                women_count: women_count?,
                phone: phone?,
            })
        })();
        problems.or(declaration)
    }
}

/// The Arabic and French names: trimmed, required, at most `NAME_MAX` characters.
fn parse_names(problems: &mut FieldProblems, name_ar: &str, name_fr: &str) -> (String, String) {
    let (name_ar, name_fr) = (name_ar.trim().to_owned(), name_fr.trim().to_owned());
    for (field, name) in [("name_ar", &name_ar), ("name_fr", &name_fr)] {
        if name.is_empty() {
            problems.add(field, InputError::Required);
        } else if name.chars().count() > NAME_MAX {
            problems.add(field, InputError::TooLong);
        }
    }
    (name_ar, name_fr)
}

/// The members and women members: at least one member, no more women than members.
fn parse_counts(
    problems: &mut FieldProblems,
    member_count: &str,
    women_count: &str,
) -> (Option<i32>, Option<i32>) {
    let member_count = problems.check("member_count", parse_count(member_count));
    let women_count = problems.check("women_count", parse_count(women_count));
    if member_count == Some(0) {
        problems.add("member_count", InputError::NumberInvalid);
    }
    if let (Some(members), Some(women)) = (member_count, women_count)
        && women > members
    {
        problems.add("women_count", InputError::WomenExceedMembers);
    }
    (member_count, women_count)
}

/// The public profile a verified cooperative keeps up to date itself, as typed: no admin
/// looks at a change of it again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileForm {
    pub phone: String,
    /// Empty for none.
    pub whatsapp: String,
    pub member_count: String,
    pub women_count: String,
    pub sector: String,
}

/// A parsed, valid public profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub phone: String,
    /// A Moroccan mobile in national form, if it publishes one.
    pub whatsapp: Option<String>,
    pub member_count: i32,
    pub women_count: i32,
    pub sector: Sector,
}

impl ProfileForm {
    /// Parses every field, reporting each field's problem.
    pub fn parse(&self) -> Result<Profile, FieldProblems> {
        let mut problems = FieldProblems::default();
        let phone = problems.check("phone", parse_phone(&self.phone));
        let whatsapp = problems.check(
            "whatsapp",
            crate::conversation::parse_whatsapp(&self.whatsapp),
        );
        let (member_count, women_count) =
            parse_counts(&mut problems, &self.member_count, &self.women_count);
        let sector = problems.check(
            "sector",
            choice(&self.sector, Sector::from_code(&self.sector)),
        );
        let profile = (|| {
            Some(Profile {
                phone: phone?,
                whatsapp: whatsapp?,
                member_count: member_count?,
                women_count: women_count?,
                sector: sector?,
            })
        })();
        problems.or(profile)
    }
}

/// The legal details of a cooperative, as typed: what the register and the tax office know it
/// by. A verified cooperative's change of them is a proposal an admin decides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LegalForm {
    pub register_number: String,
    pub ice: String,
    pub name_ar: String,
    pub name_fr: String,
}

/// Parsed, valid legal details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legal {
    pub register_number: RegisterNumber,
    pub ice: Ice,
    pub name_ar: String,
    pub name_fr: String,
}

impl LegalForm {
    /// Parses every field, reporting each field's problem.
    pub fn parse(&self) -> Result<Legal, FieldProblems> {
        let mut problems = FieldProblems::default();
        let register_number = problems.check(
            "register_number",
            RegisterNumber::parse(&self.register_number),
        );
        let ice = problems.check("ice", Ice::parse(&self.ice));
        let (name_ar, name_fr) = parse_names(&mut problems, &self.name_ar, &self.name_fr);
        let legal = (|| {
            Some(Legal {
                register_number: register_number?,
                ice: ice?,
                name_ar,
                name_fr,
            })
        })();
        problems.or(legal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
    }

    fn form() -> CooperativeForm {
        let region = Region::ALL[0];
        CooperativeForm {
            register_number: "12345".into(),
            ice: "001234567000089".into(),
            name_ar: " تعاونية الأمل ".into(),
            name_fr: "Coopérative Al Amal".into(),
            region: region.code().into(),
            province: region.provinces()[0].code.into(),
            sector: Sector::Agriculture.code().into(),
            founded_on: "2015-03-08".into(),
            member_count: "٢٠".into(),
            women_count: "12".into(),
            phone: "0612345678".into(),
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let declaration = form().parse(today()).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(declaration.name_ar, "تعاونية الأمل");
        assert_eq!(declaration.member_count, 20);
        assert_eq!(declaration.women_count, 12);
        assert_eq!(declaration.sector, Sector::Agriculture);
    }

    #[test]
    fn every_problem_is_reported_in_form_order() {
        let bad = CooperativeForm {
            register_number: String::new(),
            name_fr: "x".repeat(NAME_MAX + 1),
            region: "atlantis".into(),
            sector: String::new(),
            founded_on: "2099-01-01".into(),
            member_count: "0".into(),
            ..form()
        };
        let Err(problems) = bad.parse(today()) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("register_number", InputError::Required),
                ("name_fr", InputError::TooLong),
                ("region", InputError::ChoiceInvalid),
                ("sector", InputError::Required),
                ("founded_on", InputError::DateInvalid),
                ("member_count", InputError::NumberInvalid),
                ("women_count", InputError::WomenExceedMembers),
            ]
        );
    }

    #[test]
    fn a_province_must_belong_to_the_region() {
        let other = Region::ALL[1].provinces()[0].code;
        let bad = CooperativeForm {
            province: other.into(),
            ..form()
        };
        let Err(problems) = bad.parse(today()) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [("province", InputError::ChoiceInvalid)]
        );
    }
    #[test]
    fn a_profile_parses_and_reports_each_problem() {
        let form = ProfileForm {
            phone: "0612345678".into(),
            whatsapp: String::new(),
            member_count: "٣٠".into(),
            women_count: "30".into(),
            sector: Sector::Handicraft.code().into(),
        };
        let profile = form.parse().unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!((profile.member_count, profile.women_count), (30, 30));
        assert_eq!(profile.whatsapp, None);
        assert_eq!(profile.sector, Sector::Handicraft);
        let bad = ProfileForm {
            phone: "12".into(),
            whatsapp: "0522000000".into(),
            women_count: "31".into(),
            sector: "mining".into(),
            ..form
        };
        let Err(problems) = bad.parse() else {
            panic!("should be refused")
        };
        let fields: Vec<_> = problems.iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["phone", "whatsapp", "women_count", "sector"]);
    }

    #[test]
    fn legal_details_need_every_field() {
        let good = LegalForm {
            register_number: "12345".into(),
            ice: "001234567000089".into(),
            name_ar: " تعاونية ".into(),
            name_fr: "Coopérative".into(),
        };
        assert_eq!(
            good.parse().map(|l| l.name_ar).ok().as_deref(),
            Some("تعاونية")
        );
        let Err(problems) = LegalForm {
            ice: "12".into(),
            name_fr: " ".into(),
            ..good
        }
        .parse() else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [
                ("ice", InputError::IceInvalid),
                ("name_fr", InputError::Required)
            ]
        );
    }
}
