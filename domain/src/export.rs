//! What the dashboards export as CSV, who may export it, and the period asked for — parsed from
//! the download's URL, so the export code only ever holds a known kind and a valid range.

use crate::InputError;
use chrono::NaiveDate;

crate::coded!(ExportKind);

/// A table the dashboards export, one CSV file each (`/exports/{code}.csv`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum ExportKind {
    /// Orders as the buyer placed them.
    Orders,
    /// Each cooperative's part of an order.
    Shipments,
    /// The payout ledger: credits for delivered orders and bank transfers.
    Payouts,
    /// The cooperatives' files (the platform's list: admins only).
    Cooperatives,
    /// Products of the catalog, published or not.
    Products,
    /// Requests for help to volunteer experts.
    Requests,
}

impl ExportKind {
    /// Every kind, in the order the export form offers them.
    pub const ALL: [ExportKind; 6] = [
        ExportKind::Orders,
        ExportKind::Shipments,
        ExportKind::Payouts,
        ExportKind::Cooperatives,
        ExportKind::Products,
        ExportKind::Requests,
    ];

    /// The kind a download's file name asks for: `orders.csv` is [`ExportKind::Orders`].
    pub fn from_file_name(name: &str) -> Option<Self> {
        name.strip_suffix(".csv").and_then(Self::from_code)
    }

    /// The path of the download (`/exports/orders.csv`).
    pub fn path(self) -> String {
        format!("/exports/{}.csv", self.code())
    }

    /// Whether one cooperative's members may export this about their own cooperative. The list
    /// of cooperatives is the platform's, not any one cooperative's: admins only.
    pub fn for_one_cooperative(self) -> bool {
        !matches!(self, ExportKind::Cooperatives)
    }
}

/// An inclusive range of days (either end may be open), as typed in the export form's date
/// fields: `YYYY-MM-DD`, the first no later than the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateRange {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

impl DateRange {
    /// Parses the two ends; an empty or absent end is open. A date that is not `YYYY-MM-DD` or
    /// does not exist (`2026-02-30`), or a start after the end, is [`InputError::DateInvalid`].
    pub fn parse(from: Option<&str>, to: Option<&str>) -> Result<Self, InputError> {
        let from = from.map(parse_day).transpose()?.flatten();
        let to = to.map(parse_day).transpose()?.flatten();
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err(InputError::DateInvalid);
        }
        Ok(Self { from, to })
    }

    /// The first day, if the range has one.
    pub fn from(&self) -> Option<NaiveDate> {
        self.from
    }

    /// The last day (included), if the range has one.
    pub fn to(&self) -> Option<NaiveDate> {
        self.to
    }

    /// Whether `day` is in the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && self.to.is_none_or(|to| day <= to)
    }
}

/// `Some(day)` for `YYYY-MM-DD`, `None` for an empty value, an error for anything else.
fn parse_day(raw: &str) -> Result<Option<NaiveDate>, InputError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(InputError::DateInvalid);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| InputError::DateInvalid)
}

/// The first characters by which a spreadsheet reads a cell as a formula (or, for tab and
/// carriage return, may shift it into one).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// A cell as exports write it: text a spreadsheet would run as a formula (`=HYPERLINK(…)`,
/// `+1+1`, `@SUM(…)`) gets a leading apostrophe, which spreadsheets show as text; plain numbers
/// (`-9.50`) stay numbers. [`from_spreadsheet`] takes the apostrophe off on the way back in.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    // Behind apostrophes too, so a cell that began with one reads back as it was.
    if formula_like(cell) && !is_plain_number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A cell read back from a file Taawon exported: the apostrophe [`spreadsheet_safe`] added in
/// front of formula-like text is taken off.
pub fn from_spreadsheet(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

/// Whether `cell`, past any leading apostrophes, starts as a formula would.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn codes_and_file_names_read_back() {
        for kind in ExportKind::ALL {
            assert_eq!(ExportKind::from_code(kind.code()), Some(kind));
            assert_eq!(
                ExportKind::from_file_name(&format!("{}.csv", kind.code())),
                Some(kind)
            );
            assert_eq!(kind.path(), format!("/exports/{}.csv", kind.code()));
        }
    }

    #[test]
    fn unknown_kinds_and_other_extensions_are_not_exports() {
        for name in [
            "users.csv",
            "orders",
            "orders.xlsx",
            "ORDERS.csv",
            "",
            ".csv",
        ] {
            assert_eq!(ExportKind::from_file_name(name), None, "{name}");
        }
    }

    #[test]
    fn only_the_list_of_cooperatives_is_not_offered_to_one_cooperative() {
        let offered: Vec<_> = ExportKind::ALL
            .into_iter()
            .filter(|k| k.for_one_cooperative())
            .collect();
        assert_eq!(offered.len(), 5);
        assert!(!offered.contains(&ExportKind::Cooperatives));
    }

    #[test]
    fn empty_or_absent_ends_are_open() {
        for (from, to) in [(None, None), (Some(""), Some("  ")), (Some(""), None)] {
            assert_eq!(DateRange::parse(from, to), Ok(DateRange::default()));
        }
        let range = DateRange::parse(Some("2026-03-01"), None).unwrap();
        assert_eq!(range.from(), Some(day(2026, 3, 1)));
        assert_eq!(range.to(), None);
        assert!(range.contains(day(2030, 1, 1)));
        assert!(!range.contains(day(2026, 2, 28)));
    }

    #[test]
    fn both_ends_are_included() {
        let range = DateRange::parse(Some("2026-03-01"), Some("2026-03-31")).unwrap();
        assert!(range.contains(day(2026, 3, 1)));
        assert!(range.contains(day(2026, 3, 31)));
        assert!(!range.contains(day(2026, 4, 1)));
        let one_day = DateRange::parse(Some("2026-03-05"), Some("2026-03-05"));
        assert!(one_day.is_ok_and(|r| r.contains(day(2026, 3, 5))));
    }

    #[test]
    fn malformed_impossible_or_reversed_dates_are_refused() {
        for (from, to) in [
            (Some("31/03/2026"), None),
            (Some("2026-3-1"), None),
            (None, Some("2026-02-30")),
            (Some("2026-13-01"), None),
            (Some("yesterday"), None),
            (Some("٢٠٢٦-٠٣-٠١"), None),
            (Some("2026-04-01"), Some("2026-03-31")),
        ] {
            assert_eq!(
                DateRange::parse(from, to),
                Err(InputError::DateInvalid),
                "{from:?} {to:?}"
            );
        }
    }

    #[test]
    fn formula_like_cells_are_written_as_text_and_read_back_whole() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\",\"x\")",
                "'=HYPERLINK(\"http://x\",\"x\")",
            ),
            ("+212 661 23 45 67", "'+212 661 23 45 67"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("\tcmd", "'\tcmd"),
            ("-9.50", "-9.50"),
            ("+3", "+3"),
            ("12.00", "12.00"),
            ("Salma", "Salma"),
            ("", ""),
            ("'déjà", "'déjà"),
            ("'=x", "''=x"),
        ] {
            assert_eq!(spreadsheet_safe(cell), written, "{cell:?}");
            assert_eq!(from_spreadsheet(&spreadsheet_safe(cell)), cell, "{cell:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_written_cell_starts_a_formula(cell in ".{0,40}") {
            let written = spreadsheet_safe(&cell);
            proptest::prop_assert!(
                !written.starts_with(FORMULA_STARTS) || is_plain_number(&written),
                "{:?}", written
            );
            proptest::prop_assert_eq!(from_spreadsheet(&written), cell.as_str());
        }
    }
}
