//! CSV rows as Taawon's downloads write them: every cell through
//! `domain::export::spreadsheet_safe`, so text a buyer or a cooperative typed (a name such as
//! `=HYPERLINK(…)`) opens in a spreadsheet as text, never as a formula.

use domain::export::spreadsheet_safe;

/// Writes one record of `cells`, each made spreadsheet-safe.
pub fn write<W: std::io::Write, S: AsRef<str>>(
    writer: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> csv::Result<()> {
    let cells: Vec<S> = cells.into_iter().collect();
    let safe: Vec<std::borrow::Cow<'_, str>> =
        cells.iter().map(|c| spreadsheet_safe(c.as_ref())).collect();
    writer.write_record(safe.iter().map(|c| c.as_bytes()))
}
