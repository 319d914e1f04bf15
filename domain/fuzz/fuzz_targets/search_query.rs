//! Whatever is typed in the search box: the cleaned query is bounded and free of control
//! characters, normalising is idempotent, the query terms and highlights never panic and the
//! highlighted pieces give the text back, and a filter literal always reads back as its value.
#![no_main]

use domain::search::{
    MAX_QUERY_CHARS, Synonyms, clean_query, filter_literal, highlight, normalise, query_terms,
};
use libfuzzer_sys::fuzz_target;

/// Reads a double-quoted literal with `\` escapes; `None` when anything follows its end.
fn read_literal(literal: &str) -> Option<String> {
    let mut chars = literal.chars();
    if chars.next() != Some('"') {
        return None;
    }
    let mut value = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => value.push(chars.next()?),
            '"' => return chars.next().is_none().then_some(value),
            c => value.push(c),
        }
    }
    None
}

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let (query, _truncated) = clean_query(&raw);
    assert!(query.chars().count() <= MAX_QUERY_CHARS);
    assert!(!query.chars().any(char::is_control));
    let once = normalise(&query);
    assert_eq!(normalise(&once), once, "normalising twice changes nothing");
    let terms = query_terms(&query, Synonyms::builtin());
    let pieces = highlight(&raw, &terms);
    let joined: String = pieces.iter().map(|(piece, _)| piece.as_str()).collect();
    assert_eq!(joined, raw, "the highlighted pieces give the text back");
    assert_eq!(read_literal(&filter_literal(&raw)).as_deref(), Some(&*raw));
    let _ = Synonyms::parse(&raw);
});
