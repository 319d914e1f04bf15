//! Any text an export writes as a cell: what a spreadsheet would run as a formula never leaves
//! unescaped (only plain numbers may start with a sign), and reading the cell back gives the text
//! as it was.
#![no_main]

use domain::export::{from_spreadsheet, spreadsheet_safe};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cell = spreadsheet_safe(&text);
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        assert_eq!(cell, text, "only a plain number is left as it is");
        assert!(cell.parse::<f64>().is_ok(), "{cell:?} would run as a formula");
    }
    assert_eq!(from_spreadsheet(&cell), &*text, "the cell reads back as the text");
});
