//! Identifiers of the national register of cooperatives and of companies, and how a cooperative's
//! declaration is matched against its register entry.

use crate::{
    geo::{self, Region, Sector},
    input::InputError,
    normalize,
};
use serde::{Deserialize, Serialize};
use std::fmt;

crate::coded!(RegistryStatus, RowProblem);

/// The ICE (Identifiant Commun de l'Entreprise): exactly 15 digits. Cooperatives need it to sell
/// to public bodies. Spaces, dots and Arabic-Indic digits are accepted on input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ice(String);

impl Ice {
    /// Parses an ICE.
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let digits = normalize::ascii_digits(raw);
        if digits.is_empty() {
            return Err(InputError::Required);
        }
        if digits.len() != 15
            || !digits.chars().all(|c| c.is_ascii_digit())
            || digits.chars().all(|c| c == '0')
        {
            return Err(InputError::IceInvalid);
        }
        Ok(Self(digits))
    }

    /// The 15 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Ice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A number in the national register of cooperatives, normalised (upper case, ASCII digits, no
/// spaces): letters, digits and `/ - .`, at least one digit, at most 32 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RegisterNumber(String);

impl RegisterNumber {
    /// Longest accepted number.
    pub const MAX_LEN: usize = 32;

    /// Parses a register number.
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let number: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
                '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10).unwrap_or(c),
                c => c.to_ascii_uppercase(),
            })
            .collect();
        if number.is_empty() {
            return Err(InputError::Required);
        }
        if number.len() > Self::MAX_LEN
            || !number
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.'))
            || !number.chars().any(|c| c.is_ascii_digit())
        {
            return Err(InputError::RegisterNumberInvalid);
        }
        Ok(Self(number))
    }

    /// The normalised number.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RegisterNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which declared field disagrees with the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MismatchedField {
    /// Neither the Arabic nor the French name matches.
    Name,
    /// The region differs.
    Region,
}

/// How a cooperative's declaration compares with the register, shown to the verifying admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "fields")]
pub enum RegisterMatch {
    /// The number exists and the (folded) name and region agree.
    Exact,
    /// The number exists but these fields differ.
    Partial(Vec<MismatchedField>),
    /// No entry has this number.
    None,
}

/// The facts compared on each side.
#[derive(Debug, Clone, Copy)]
pub struct Declared<'a> {
    /// Legal name in Arabic.
    pub name_ar: &'a str,
    /// Legal name in French.
    pub name_fr: &'a str,
    /// Region code.
    pub region: &'a str,
}

/// Compares a declaration with the register entry of the same number (if any). A name matches
/// when either language matches after folding (accents, hamza forms, case, punctuation).
pub fn match_register(declared: Declared<'_>, entry: Option<Declared<'_>>) -> RegisterMatch {
    let Some(entry) = entry else {
        return RegisterMatch::None;
    };
    let same = |a: &str, b: &str| !a.trim().is_empty() && normalize::fold(a) == normalize::fold(b);
    let mut differs = Vec::new();
    if !(same(declared.name_ar, entry.name_ar) || same(declared.name_fr, entry.name_fr)) {
        differs.push(MismatchedField::Name);
    }
    if declared.region != entry.region {
        differs.push(MismatchedField::Region);
    }
    if differs.is_empty() {
        RegisterMatch::Exact
    } else {
        RegisterMatch::Partial(differs)
    }
}

/// Legal status of a register entry.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum RegistryStatus {
    /// Operating.
    Active,
    /// Being wound up.
    InLiquidation,
    /// Dissolved.
    Dissolved,
}

impl RegistryStatus {
    /// Whether a cooperative with this status may be verified and sell.
    pub fn is_active(self) -> bool {
        self == Self::Active
    }

    /// Reads a code or a status word in Arabic, French or English.
    pub fn from_name(raw: &str) -> Option<Self> {
        match normalize::fold(raw).as_str() {
            "active" | "actif" | "active cooperative" | "نشطه" | "نشيطه" | "in activity"
            | "en activite" => Some(Self::Active),
            "in liquidation" | "en liquidation" | "في طور التصفيه" | "قيد التصفيه" => {
                Some(Self::InLiquidation)
            }
            "dissolved" | "dissoute" | "dissous" | "منحله" => Some(Self::Dissolved),
            _ => None,
        }
    }
}

/// A verified cooperative a register file shows dissolved or in liquidation (listed for the
/// admin to confirm before the import takes it off sale).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lapsing {
    pub register_number: String,
    pub name_ar: String,
    pub name_fr: String,
    pub status: RegistryStatus,
}

/// One valid line of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryRow {
    /// Register number (the key).
    pub register_number: RegisterNumber,
    /// Name in Arabic (may be empty when the French one is given).
    pub name_ar: String,
    /// Name in French (may be empty when the Arabic one is given).
    pub name_fr: String,
    /// Region.
    pub region: Region,
    /// Province or prefecture code.
    pub province: &'static str,
    /// Sector.
    pub sector: Sector,
    /// Registration date, when known.
    pub registered_on: Option<(i32, u32, u32)>,
    /// Legal status.
    pub status: RegistryStatus,
}

/// Why a register line was refused; each has a stable code the UI translates.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RowProblem {
    /// The register number is missing or malformed.
    RegisterNumber,
    /// Neither an Arabic nor a French name.
    NameMissing,
    /// A name longer than 200 characters.
    NameTooLong,
    /// Not one of the 12 regions.
    UnknownRegion,
    /// Not a province of that region.
    UnknownProvince,
    /// Not a known sector.
    UnknownSector,
    /// Not a date (YYYY-MM-DD or DD/MM/YYYY), or in the future of the year 2100.
    BadDate,
    /// Not a known status.
    UnknownStatus,
    /// The line has too few or too many columns.
    ColumnCount,
    /// The same register number appears on an earlier line.
    DuplicateNumber,
}

/// Largest register file accepted by the admin upload page (65,000 cooperatives is about 10 MB).
pub const MAX_REGISTER_BYTES: usize = 32 * 1024 * 1024;

/// What is wrong with a register file, by line (1 = the header line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum FileProblem {
    /// The file is not UTF-8 text (e.g. saved as Windows-1256 or Latin-1).
    NotUtf8,
    /// The file has no header line or no data line.
    Empty,
    /// A required column is missing from the header.
    MissingColumn {
        /// The column's name.
        column: String,
    },
    /// A data line has problems.
    Line {
        /// Line number in the file.
        line: u64,
        /// What is wrong with it.
        problems: Vec<RowProblem>,
    },
}

/// The raw text fields of one register line, in column order.
#[derive(Debug, Clone, Copy)]
pub struct RawRow<'a> {
    pub register_number: &'a str,
    pub name_ar: &'a str,
    pub name_fr: &'a str,
    pub region: &'a str,
    pub province: &'a str,
    pub sector: &'a str,
    pub registered_on: &'a str,
    pub status: &'a str,
}

/// Parses one line; every problem of the line is reported, not just the first.
pub fn parse_row(raw: RawRow<'_>) -> Result<RegistryRow, Vec<RowProblem>> {
    let mut problems = Vec::new();
    let register_number = RegisterNumber::parse(raw.register_number)
        .map_err(|_| problems.push(RowProblem::RegisterNumber))
        .ok();
    let (name_ar, name_fr) = (raw.name_ar.trim().to_owned(), raw.name_fr.trim().to_owned());
    if name_ar.is_empty() && name_fr.is_empty() {
        problems.push(RowProblem::NameMissing);
    }
    if name_ar.chars().count() > 200 || name_fr.chars().count() > 200 {
        problems.push(RowProblem::NameTooLong);
    }
    let region = Region::from_name(raw.region);
    if region.is_none() {
        problems.push(RowProblem::UnknownRegion);
    }
    let province = region.and_then(|r| geo::find_province(r, raw.province));
    if region.is_some() && province.is_none() {
        problems.push(RowProblem::UnknownProvince);
    }
    let sector = Sector::from_name(raw.sector);
    if sector.is_none() {
        problems.push(RowProblem::UnknownSector);
    }
    let registered_on = if raw.registered_on.trim().is_empty() {
        Some(None)
    } else {
        parse_date(raw.registered_on).map(Some)
    };
    if registered_on.is_none() {
        problems.push(RowProblem::BadDate);
    }
    let status = if raw.status.trim().is_empty() {
        Some(RegistryStatus::Active)
    } else {
        RegistryStatus::from_name(raw.status)
    };
    if status.is_none() {
        problems.push(RowProblem::UnknownStatus);
    }
    match (
        register_number,
        region,
        province,
        sector,
        registered_on,
        status,
    ) {
        (
            Some(register_number),
            Some(region),
            Some(province),
            Some(sector),
            Some(registered_on),
            Some(status),
        ) if problems.is_empty() => Ok(RegistryRow {
            register_number,
            name_ar,
            name_fr,
            region,
            province: province.code,
            sector,
            registered_on,
            status,
        }),
        _ => Err(problems),
    }
}

/// Reads `YYYY-MM-DD` or `DD/MM/YYYY` (Arabic-Indic digits allowed) into (year, month, day).
pub fn parse_date(raw: &str) -> Option<(i32, u32, u32)> {
    let text = normalize::fold(raw);
    let parts: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 {
        (*a, *b, *c)
    } else if c.len() == 4 {
        (*c, *b, *a)
    } else {
        return None;
    };
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2100).contains(&y) && (1..=days).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawRow<'static> {
        RawRow {
            register_number: "2015/4521",
            name_ar: "تعاونية تيفاوت",
            name_fr: "Coopérative Tifawt",
            region: "Souss-Massa",
            province: "Taroudant",
            sector: "Agriculture",
            registered_on: "12/03/2015",
            status: "active",
        }
    }

    #[test]
    fn a_well_formed_line_parses() {
        let row = parse_row(raw()).map_err(|p| format!("{p:?}"));
        let row = row.as_ref().map(|r| {
            (
                r.register_number.as_str(),
                r.region,
                r.province,
                r.sector,
                r.registered_on,
            )
        });
        assert_eq!(
            row,
            Ok((
                "2015/4521",
                Region::SoussMassa,
                "taroudant",
                Sector::Agriculture,
                Some((2015, 3, 12))
            ))
        );
    }

    #[test]
    fn every_problem_of_a_line_is_reported() {
        let bad = RawRow {
            register_number: "??",
            name_ar: "",
            name_fr: " ",
            region: "Atlantis",
            sector: "Piracy",
            registered_on: "31/02/2015",
            status: "asleep",
            ..raw()
        };
        assert_eq!(
            parse_row(bad),
            Err(vec![
                RowProblem::RegisterNumber,
                RowProblem::NameMissing,
                RowProblem::UnknownRegion,
                RowProblem::UnknownSector,
                RowProblem::BadDate,
                RowProblem::UnknownStatus
            ])
        );
    }

    #[test]
    fn a_province_of_another_region_is_refused() {
        assert_eq!(
            parse_row(RawRow {
                province: "Casablanca",
                ..raw()
            }),
            Err(vec![RowProblem::UnknownProvince])
        );
    }

    #[test]
    fn dates_parse_in_both_orders_and_impossible_dates_are_refused() {
        assert_eq!(parse_date("2019-07-01"), Some((2019, 7, 1)));
        assert_eq!(parse_date("01/07/2019"), Some((2019, 7, 1)));
        assert_eq!(parse_date("٠١/٠٧/٢٠١٩"), Some((2019, 7, 1)));
        assert_eq!(parse_date("29/02/2020"), Some((2020, 2, 29)));
        for bad in [
            "29/02/2019",
            "2019-13-01",
            "00/01/2019",
            "2019",
            "1/2/19",
            "hier",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn statuses_are_read_in_three_languages() {
        assert_eq!(
            RegistryStatus::from_name("Dissoute"),
            Some(RegistryStatus::Dissolved)
        );
        assert_eq!(
            RegistryStatus::from_name("نشطة"),
            Some(RegistryStatus::Active)
        );
        assert_eq!(
            RegistryStatus::from_name("in_liquidation"),
            Some(RegistryStatus::InLiquidation)
        );
        assert_eq!(RegistryStatus::from_name("sleeping"), None);
    }

    #[test]
    fn an_ice_is_fifteen_digits_typed_any_way() {
        assert_eq!(
            Ice::parse("001 523 456 000 078").map(|i| i.to_string()),
            Ok("001523456000078".into())
        );
        assert_eq!(
            Ice::parse("٠٠١٥٢٣٤٥٦٠٠٠٠٧٨").map(|i| i.to_string()),
            Ok("001523456000078".into())
        );
    }

    #[test]
    fn malformed_ices_are_refused() {
        for bad in [
            "00152345600007",
            "0015234560000789",
            "00152345600007A",
            "000000000000000",
            "ICE001523456000",
        ] {
            assert_eq!(Ice::parse(bad), Err(InputError::IceInvalid), "{bad}");
        }
        assert_eq!(Ice::parse("  "), Err(InputError::Required));
    }

    #[test]
    fn register_numbers_are_normalised() {
        assert_eq!(
            RegisterNumber::parse(" 2019/ 1234 ").map(|n| n.to_string()),
            Ok("2019/1234".into())
        );
        assert_eq!(
            RegisterNumber::parse("ag-٤٥").map(|n| n.to_string()),
            Ok("AG-45".into())
        );
    }

    #[test]
    fn malformed_register_numbers_are_refused() {
        for bad in ["<script>", "ABC", "1".repeat(33).as_str(), "12;34"] {
            assert_eq!(
                RegisterNumber::parse(bad),
                Err(InputError::RegisterNumberInvalid),
                "{bad}"
            );
        }
        assert_eq!(RegisterNumber::parse(""), Err(InputError::Required));
    }

    fn entry() -> Declared<'static> {
        Declared {
            name_ar: "تعاونية الأمل للأركان",
            name_fr: "Coopérative Al Amal d'Argane",
            region: "souss_massa",
        }
    }

    #[test]
    fn same_names_spelled_differently_are_an_exact_match() {
        let declared = Declared {
            name_ar: "تعاونيه الامل للاركان",
            name_fr: "",
            region: "souss_massa",
        };
        assert_eq!(
            match_register(declared, Some(entry())),
            RegisterMatch::Exact
        );
        let declared = Declared {
            name_ar: "",
            name_fr: "COOPERATIVE AL-AMAL D'ARGANE",
            region: "souss_massa",
        };
        assert_eq!(
            match_register(declared, Some(entry())),
            RegisterMatch::Exact
        );
    }

    #[test]
    fn a_partial_match_says_which_fields_differ() {
        let declared = Declared {
            name_ar: "تعاونية النور",
            name_fr: "Coopérative Annour",
            region: "draa_tafilalet",
        };
        assert_eq!(
            match_register(declared, Some(entry())),
            RegisterMatch::Partial(vec![MismatchedField::Name, MismatchedField::Region])
        );
        let declared = Declared {
            name_ar: "تعاونية الأمل للأركان",
            name_fr: "",
            region: "draa_tafilalet",
        };
        assert_eq!(
            match_register(declared, Some(entry())),
            RegisterMatch::Partial(vec![MismatchedField::Region])
        );
    }

    #[test]
    fn an_unknown_number_is_no_match() {
        assert_eq!(match_register(entry(), None), RegisterMatch::None);
    }
}
