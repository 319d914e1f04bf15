//! Search text, shared by both search engines (documents) and the query side (what people type):
//! the folding of `normalize::fold` (case, accents and ligatures, hamza and alef forms, ة → ه,
//! ى → ي, tatweel, harakat, Arabic-Indic digits), the Arabic article and clitic prefixes, Darija
//! typed in Latin letters with digits (`3sel` → عسل), and the catalog's synonyms across ar /
//! Darija / fr / en, read from `data/synonyms.txt`.

use crate::normalize::fold;
use std::{collections::HashMap, sync::OnceLock};

/// The longest query taken, in characters; longer ones are cut and the page says so.
pub const MAX_QUERY_CHARS: usize = 200;

/// `value` as a filter string literal (Meilisearch's syntax): in double quotes, with `\` and `"`
/// escaped, so no value a user sends can end the literal and change the filter expression.
pub fn filter_literal(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A query as typed, made safe to use: control characters become spaces, runs of spaces shrink
/// to one, and it is cut to [`MAX_QUERY_CHARS`]. The flag says whether it was cut.
pub fn clean_query(raw: &str) -> (String, bool) {
    let mut out = String::new();
    let mut count = 0;
    let mut truncated = false;
    for c in raw.chars() {
        let c = if c.is_control() { ' ' } else { c };
        if c.is_whitespace() && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        if count == MAX_QUERY_CHARS {
            truncated = true;
            break;
        }
        out.push(if c.is_whitespace() { ' ' } else { c });
        count += 1;
    }
    (out.trim_end().to_owned(), truncated)
}

/// Prefixes written onto Arabic words: the article and the conjunctions and prepositions that
/// attach to it. Longest first.
const CLITICS: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];

/// The shortest word, in letters, left after taking a prefix off.
const MIN_STEM: usize = 2;

/// `token` without its article or attached prefix (`والزيت` → `زيت`), as long as a word of at
/// least two letters is left.
fn strip_clitics(mut token: &str) -> &str {
    'strip: loop {
        for prefix in CLITICS {
            if let Some(rest) = token.strip_prefix(prefix)
                && rest.chars().count() >= MIN_STEM
            {
                token = rest;
                continue 'strip;
            }
        }
        return token;
    }
}

/// The normalised words of `text`, in order.
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| strip_clitics(t).to_owned())
        .collect()
}

/// `text` normalised: its words joined by single spaces. Normalising twice changes nothing.
pub fn normalise(text: &str) -> String {
    tokens(text).join(" ")
}

/// Words that carry no meaning of their own in a query (articles, "of", "and").
pub fn is_stop_word(token: &str) -> bool {
    matches!(
        token,
        "a" | "an"
            | "and"
            | "au"
            | "aux"
            | "d"
            | "de"
            | "des"
            | "du"
            | "el"
            | "en"
            | "et"
            | "for"
            | "l"
            | "la"
            | "le"
            | "les"
            | "of"
            | "the"
            | "un"
            | "une"
            | "with"
            | "في"
            | "من"
            | "و"
            | "مع"
            | "على"
    )
}

/// Darija typed in Latin letters, where digits stand for Arabic sounds (`3sel`, `za3fran`,
/// `9em7`), written in Arabic script and normalised (`عسل`, `زعفران`, `قمح`). `None` for a word
/// that uses none of those digits: plain Latin words are French or English far more often, and
/// the synonyms cover the Darija ones (`zit`, `seksu`).
pub fn darija_to_arabic(token: &str) -> Option<String> {
    let chat_digit = |c: char| matches!(c, '2' | '3' | '5' | '7' | '8' | '9');
    if !token
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        || !token.chars().any(chat_digit)
        || !token.chars().any(|c| c.is_ascii_lowercase())
    {
        return None;
    }
    let chars: Vec<char> = token.chars().collect();
    // The Darija article: `l3sel` is "the honey".
    let start = usize::from(chars.len() > 2 && chars[0] == 'l' && chat_digit(chars[1]));
    let mut out = String::new();
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let prev = (i > start).then(|| chars[i - 1]);
        let last = i + 1 == chars.len();
        let (letter, width) = match (c, next) {
            ('k', Some('h')) => (Some('خ'), 2),
            ('g', Some('h')) => (Some('غ'), 2),
            ('c' | 's', Some('h')) => (Some('ش'), 2),
            ('o', Some('u')) => (Some('و'), 2),
            ('2', _) => (Some('ء'), 1),
            ('3', _) => (Some('ع'), 1),
            ('5', _) => (Some('خ'), 1),
            ('7', _) => (Some('ح'), 1),
            ('8', _) => (Some('ه'), 1),
            ('9', _) => (Some('ق'), 1),
            // ع and ح carry their own vowel; short e and o are not written.
            ('a', _) if matches!(next, Some('3' | '7')) || matches!(prev, Some('3' | '7')) => {
                (None, 1)
            }
            ('a', _) if last && i > start => (Some('ه'), 1),
            ('a', _) => (Some('ا'), 1),
            ('e' | 'o', _) => (None, 1),
            ('i' | 'y', _) => (Some('ي'), 1),
            ('u' | 'w', _) => (Some('و'), 1),
            ('b' | 'p', _) => (Some('ب'), 1),
            ('c' | 'g' | 'k', _) => (Some('ك'), 1),
            ('d', _) => (Some('د'), 1),
            ('f' | 'v', _) => (Some('ف'), 1),
            ('h', _) => (Some('ه'), 1),
            ('j', _) => (Some('ج'), 1),
            ('l', _) => (Some('ل'), 1),
            ('m', _) => (Some('م'), 1),
            ('n', _) => (Some('ن'), 1),
            ('q', _) => (Some('ق'), 1),
            ('r', _) => (Some('ر'), 1),
            ('s', _) => (Some('س'), 1),
            ('t', _) => (Some('ت'), 1),
            ('x', _) => (Some('ك'), 1),
            ('z', _) => (Some('ز'), 1),
            _ => (None, 1),
        };
        // A doubled letter is one letter with a shadda, which is not written.
        if let Some(letter) = letter
            && !out.ends_with(letter)
        {
            out.push(letter);
        }
        i += width;
    }
    let out = normalise(&out);
    (out.chars().count() >= MIN_STEM).then_some(out)
}

/// Groups of interchangeable terms, normalised; a term may be several words (a phrase).
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
    by_term: HashMap<String, Vec<usize>>,
}

impl Synonyms {
    /// Reads groups, one per line, terms separated by commas; `#` starts a comment line.
    pub fn parse(text: &str) -> Self {
        let mut synonyms = Self::default();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut group: Vec<String> = Vec::new();
            for term in line.split(',').map(normalise) {
                if !term.is_empty() && !group.contains(&term) {
                    group.push(term);
                }
            }
            if group.len() < 2 {
                continue;
            }
            let index = synonyms.groups.len();
            for term in &group {
                synonyms
                    .by_term
                    .entry(term.clone())
                    .or_default()
                    .push(index);
            }
            synonyms.groups.push(group);
        }
        synonyms
    }

    /// The catalog's synonyms (`domain/data/synonyms.txt`).
    pub fn builtin() -> &'static Self {
        static BUILTIN: OnceLock<Synonyms> = OnceLock::new();
        BUILTIN.get_or_init(|| Self::parse(include_str!("../data/synonyms.txt")))
    }

    /// Every group.
    pub fn groups(&self) -> &[Vec<String>] {
        &self.groups
    }

    /// The terms interchangeable with the normalised `term` (itself excluded), in file order.
    pub fn of(&self, term: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for &g in self
            .by_term
            .get(term)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            for other in &self.groups[g] {
                if other != term && !out.contains(&other.as_str()) {
                    out.push(other);
                }
            }
        }
        out
    }
}

/// One word of a query with what else it may match: its Darija reading in Arabic script and its
/// synonyms (single words; phrases are matched by engines that support them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryTerm {
    /// The normalised word.
    pub word: String,
    /// Other normalised words it stands for.
    pub alternatives: Vec<String>,
    /// Whether the word carries no meaning of its own ("de", "the", "في").
    pub stop_word: bool,
}

/// The words of a query, normalised and expanded.
pub fn query_terms(query: &str, synonyms: &Synonyms) -> Vec<QueryTerm> {
    tokens(query)
        .into_iter()
        .map(|word| {
            let mut alternatives: Vec<String> = Vec::new();
            let mut add = |term: &str| {
                if term != word && !term.contains(' ') && !alternatives.iter().any(|a| a == term) {
                    alternatives.push(term.to_owned());
                }
            };
            let darija = darija_to_arabic(&word);
            for term in synonyms.of(&word) {
                add(term);
            }
            if let Some(arabic) = &darija {
                add(arabic);
                for term in synonyms.of(arabic) {
                    add(term);
                }
            }
            QueryTerm {
                stop_word: is_stop_word(&word),
                word,
                alternatives,
            }
        })
        .collect()
}

/// Edit distance between two words, counting a swap of neighbours as one edit; `None` once it
/// exceeds `max`.
fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut before = vec![0usize; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        if current.iter().min().copied().unwrap_or(0) > max {
            return None;
        }
        before = std::mem::replace(&mut previous, current);
    }
    (previous[b.len()] <= max).then_some(previous[b.len()])
}

fn within_typos(a: &str, b: &str, max: usize) -> bool {
    edit_distance(a, b, max).is_some()
}

/// A respelling of `query` whose words are all in `vocabulary` (normalised words), each
/// replaced by the nearest known word within two edits; `None` when nothing would change or a
/// word has no near neighbour.
pub fn suggest<'a>(
    query: &str,
    vocabulary: impl IntoIterator<Item = &'a str> + Clone,
) -> Option<String> {
    let words = tokens(query);
    let mut changed = false;
    let mut out = Vec::with_capacity(words.len());
    for word in &words {
        if is_stop_word(word) || vocabulary.clone().into_iter().any(|v| v == word) {
            out.push(word.clone());
            continue;
        }
        let max = if word.chars().count() >= 5 { 2 } else { 1 };
        let nearest = vocabulary
            .clone()
            .into_iter()
            .filter_map(|v| edit_distance(word, v, max).map(|d| (d, v)))
            .min_by_key(|(d, v)| (*d, v.len()))?;
        out.push(nearest.1.to_owned());
        changed = true;
    }
    changed.then(|| out.join(" "))
}

/// How many typos a word of `len` characters may carry: one from five letters, two from nine.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Whether the normalised word `word` of a text answers one of the query's terms: the same word,
/// one of its alternatives, within its typo budget, or, for the last term, starting with it.
pub fn word_matches(word: &str, terms: &[QueryTerm]) -> bool {
    terms.iter().enumerate().any(|(i, term)| {
        let last = i + 1 == terms.len();
        let budget = typo_budget(term.word.chars().count());
        word == term.word
            || term.alternatives.iter().any(|a| a == word)
            || (last && word.starts_with(term.word.as_str()))
            || (budget > 0 && within_typos(word, &term.word, budget))
    })
}

/// `text` cut into pieces, each marked when it is a word that answers the query, for showing
/// results with the matching words highlighted. Joining the pieces gives `text` back.
pub fn highlight(text: &str, terms: &[QueryTerm]) -> Vec<(String, bool)> {
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut push = |piece: &str, marked: bool| match pieces.last_mut() {
        Some((last, m)) if *m == marked => last.push_str(piece),
        _ => pieces.push((piece.to_owned(), marked)),
    };
    let mut rest = text;
    while !rest.is_empty() {
        let word_end = rest
            .char_indices()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(rest.len(), |(i, _)| i);
        if word_end == 0 {
            let gap_end = rest
                .char_indices()
                .find(|(_, c)| is_word_char(*c))
                .map_or(rest.len(), |(i, _)| i);
            push(&rest[..gap_end], false);
            rest = &rest[gap_end..];
            continue;
        }
        let word = &rest[..word_end];
        let marked = !terms.is_empty()
            && tokens(word)
                .iter()
                .any(|normal| !normal.is_empty() && word_matches(normal, terms));
        push(word, marked);
        rest = &rest[word_end..];
    }
    pieces
}

/// Letters, digits and the marks written on them belong to words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}')
        || unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_article_and_attached_prefixes_come_off_arabic_words() {
        assert_eq!(normalise("زيت الأركان"), "زيت اركان");
        assert_eq!(normalise("والعسل بالزعفران"), "عسل زعفران");
        assert_eq!(normalise("للبيع"), "بيع");
        // A word is never cut down to less than two letters.
        assert_eq!(normalise("الم"), "الم");
    }

    #[test]
    fn every_written_form_of_a_word_normalises_alike() {
        let forms = [
            "زيت الأركان",
            "زَيْتُ الْأَرْكَانِ",
            "زيت الاركان",
            "زيـــت إلأركان",
            "زيت آلأركان",
        ];
        for form in forms {
            assert_eq!(normalise(form), "زيت اركان", "{form}");
        }
        assert_eq!(normalise("زربية"), normalise("زربيه"));
        assert_eq!(normalise("مصطفى"), normalise("مصطفي"));
        assert_eq!(normalise("Huile d’ARGANE Bio"), "huile d argane bio");
        assert_eq!(normalise("Cœur  ÉPICÉ"), "coeur epice");
        assert_eq!(normalise("٢٥٠ مل"), "250 مل");
    }

    #[test]
    fn darija_in_latin_letters_reads_in_arabic_script() {
        let cases = [
            ("3sel", "عسل"),
            ("l3sel", "عسل"),
            ("3ssel", "عسل"),
            ("za3fran", "زعفران"),
            ("9em7", "قمح"),
            ("ch3ir", "شعير"),
            ("7rira", "حريره"),
            ("5obz", "خبز"),
            ("m7ammes", "محمس"),
            ("ta7mira", "تحميره"),
        ];
        for (latin, arabic) in cases {
            assert_eq!(darija_to_arabic(latin).as_deref(), Some(arabic), "{latin}");
        }
        // French and English words are left alone.
        for word in ["miel", "honey", "argan", "250", "x"] {
            assert_eq!(darija_to_arabic(word), None, "{word}");
        }
    }

    #[test]
    fn the_builtin_synonyms_link_the_catalogs_words_across_languages() {
        let synonyms = Synonyms::builtin();
        assert!(
            synonyms.groups().len() >= 100,
            "{}",
            synonyms.groups().len()
        );
        let honey = synonyms.of("honey");
        for term in ["miel", "عسل", "3sel", "tamment"] {
            assert!(honey.contains(&term), "{term} in {honey:?}");
        }
        assert!(synonyms.of("argane").contains(&"اركان"));
        assert!(synonyms.of("seksu").contains(&"سكسو"));
        assert!(synonyms.of("zerbiya").contains(&"زربيه"));
        assert!(synonyms.of("safran").contains(&"زعفران"));
        assert!(synonyms.of("nothing-like-this").is_empty());
    }

    #[test]
    fn query_words_carry_their_darija_reading_and_synonyms() {
        let terms = query_terms("3sel d'zitoun", Synonyms::builtin());
        let words: Vec<&str> = terms.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["3sel", "d", "zitoun"]);
        assert!(terms[0].alternatives.iter().any(|a| a == "عسل"));
        assert!(terms[0].alternatives.iter().any(|a| a == "honey"));
        assert!(terms[1].stop_word);
        assert!(terms[2].alternatives.iter().any(|a| a == "زيتون"));
        // A Darija word the synonyms do not know still finds its Arabic spelling.
        let terms = query_terms("7rira", Synonyms::builtin());
        assert_eq!(terms[0].alternatives, ["حريره"]);
    }

    #[test]
    fn matching_words_are_highlighted_and_the_text_kept_whole() {
        let terms = query_terms("زيت الأركان hulie", Synonyms::builtin());
        let text = "زَيْتُ الأرْكان — Huile d’argan, 250 ml";
        let pieces = highlight(text, &terms);
        assert_eq!(
            pieces.iter().map(|p| p.0.as_str()).collect::<String>(),
            text
        );
        let marked: Vec<&str> = pieces
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(marked, ["زَيْتُ", "الأرْكان", "Huile", "argan"]);
        // The last word matches as a prefix (typing), the others whole.
        let typing = query_terms("safr", Synonyms::builtin());
        assert!(highlight("Safran de Taliouine", &typing)[0].1);
        assert!(highlight("anything", &[]).iter().all(|p| !p.1));
    }

    #[test]
    fn typos_are_counted_with_swaps_as_one() {
        assert!(within_typos("huile", "hulie", 1));
        assert!(within_typos("safran", "safrn", 1));
        assert!(!within_typos("safran", "sfrn", 1));
        assert!(within_typos("taliouine", "taliuoine", 2));
        assert!(!within_typos("rug", "argan", 2));
    }

    #[test]
    fn misspelt_queries_get_the_nearest_known_words() {
        let vocabulary = ["safran", "miel", "huile", "argan", "tapis"];
        assert_eq!(suggest("safrn", vocabulary).as_deref(), Some("safran"));
        assert_eq!(
            suggest("huiel d'argna", vocabulary).as_deref(),
            Some("huile d argan")
        );
        assert_eq!(suggest("miel", vocabulary), None, "nothing to correct");
        assert_eq!(suggest("xyzzyq", vocabulary), None, "nothing near");
    }

    #[test]
    fn queries_are_cleaned_and_cut_to_length() {
        assert_eq!(
            clean_query("  miel\u{0}\u{7}  bio \n"),
            ("miel bio".into(), false)
        );
        let long = "ع".repeat(250);
        let (cut, truncated) = clean_query(&long);
        assert!(truncated);
        assert_eq!(cut.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(clean_query(""), (String::new(), false));
    }

    /// Text drawn from what people type: Arabic letters and marks, Latin with accents, digits
    /// of both kinds, punctuation and spaces.
    fn typed() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            "[\u{0621}-\u{064a}]",
            "[\u{064b}-\u{0652}\u{0640}\u{0670}]",
            "[a-zA-Z0-9]",
            "[àâäçéèêëîïôöùûüÿœæÀÉÈÇŒ]",
            "[\u{0660}-\u{0669}]",
            "[ '’\\-.,!?]",
        ];
        proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn normalising_twice_changes_nothing(text in typed()) {
            let once = normalise(&text);
            prop_assert_eq!(normalise(&once), once);
        }

        #[test]
        fn alef_hamza_taa_marbuta_and_marks_never_change_a_words_normal_form(
            word in "[\u{0628}-\u{063a}\u{0641}-\u{064a}]{2,8}",
            marks in proptest::collection::vec(0usize..6, 0..8),
        ) {
            // The same word with alef forms, a final ة or ى, harakat and tatweel.
            let plain = format!("ا{word}ه");
            let mut variant = String::from("أ");
            for (i, c) in word.chars().enumerate() {
                variant.push(c);
                if let Some(&m) = marks.get(i) {
                    variant.push(['\u{064e}', '\u{064f}', '\u{0650}', '\u{0651}', '\u{0652}', '\u{0640}'][m]);
                }
            }
            variant.push('ة');
            prop_assert_eq!(normalise(&variant), normalise(&plain));
            let alif_maqsura = format!("{word}ى");
            prop_assert_eq!(normalise(&alif_maqsura), normalise(&format!("{word}ي")));
        }
    }
}
