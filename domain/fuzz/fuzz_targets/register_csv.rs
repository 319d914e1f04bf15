//! The register reader takes any bytes: it answers rows or problems (never both, never neither),
//! with unique register numbers and a bounded list of problems.
#![no_main]

use domain::csv_file::{MAX_PROBLEMS, REGISTER_COLUMNS, parse_register};
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;

fuzz_target!(|data: &[u8]| {
    match parse_register(data) {
        Ok(rows) => {
            assert!(!rows.is_empty(), "a clean file has rows");
            let numbers: HashSet<_> = rows.iter().map(|r| r.register_number.clone()).collect();
            assert_eq!(numbers.len(), rows.len(), "register numbers are unique");
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused file says why");
            assert!(
                problems.len() <= MAX_PROBLEMS.max(REGISTER_COLUMNS.len()),
                "{} problems",
                problems.len()
            );
        }
    }
});
