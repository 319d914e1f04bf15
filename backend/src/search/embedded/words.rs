//! Words of a field's term dictionary for a query: a typo (or prefix) automaton over the term
//! dictionary, beside a list of words followed byte by byte.

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use std::sync::{Arc, OnceLock};
use tantivy::{
    query::{AutomatonWeight, EnableScoring, Query, Weight},
    schema::Field,
};
use tantivy_fst::Automaton;

/// Words of a field's term dictionary, for [`WordsQuery`]: either those within a typo budget of
/// a word (or, as a prefix, of the start of one) except some listed words, or just the listed
/// words. The listed words are followed byte by byte beside the typo automaton, at most
/// [`Words::MAX_LISTED`] of them.
pub(super) struct Words {
    /// The typo (or prefix) automaton; `None` when only the listed words are wanted.
    loose: Option<DFA>,
    listed: Vec<Vec<u8>>,
}

/// Where [`Words`] is in a word: the typo automaton's state, the bytes read, and which listed
/// words (one bit each) the bytes read so far begin.
#[derive(Clone)]
pub(super) struct WordsState {
    typo: u32,
    at: usize,
    alive: u64,
}

impl Words {
    pub(super) const MAX_LISTED: usize = 64;

    /// Words within `typos` of `word` (starting within `typos` of it when `prefix`), except the
    /// `known` ones.
    pub(super) fn loose(word: &str, typos: u8, prefix: bool, known: &[&str]) -> Self {
        static BUILDERS: [OnceLock<LevenshteinAutomatonBuilder>; 3] =
            [const { OnceLock::new() }; 3];
        let typos = typos.min(2);
        let builder = BUILDERS[usize::from(typos)]
            .get_or_init(|| LevenshteinAutomatonBuilder::new(typos, true));
        let dfa = if prefix {
            builder.build_prefix_dfa(word)
        } else {
            builder.build_dfa(word)
        };
        Self {
            loose: Some(dfa),
            // Past the limit, a known word is read twice: slower, never wrong.
            listed: Self::listing(known),
        }
    }

    /// Exactly the words of `words` (at most [`Self::MAX_LISTED`]).
    pub(super) fn any_of(words: &[&str]) -> Self {
        Self {
            loose: None,
            listed: Self::listing(words),
        }
    }

    /// The bytes of the first [`Self::MAX_LISTED`] of `words`.
    fn listing(words: &[&str]) -> Vec<Vec<u8>> {
        words
            .iter()
            .take(Self::MAX_LISTED)
            .map(|w| w.as_bytes().to_vec())
            .collect()
    }

    /// Whether the bytes read are exactly one of the listed words.
    fn listed_word(&self, state: &WordsState) -> bool {
        self.listed
            .iter()
            .enumerate()
            .any(|(i, w)| state.alive & (1 << i) != 0 && w.len() == state.at)
    }
}

impl Automaton for Words {
    type State = WordsState;

    fn start(&self) -> WordsState {
        WordsState {
            typo: self.loose.as_ref().map_or(SINK_STATE, DFA::initial_state),
            at: 0,
            // One bit per listed word: all of them begin with nothing.
            alive: match self.listed.len() {
                n if n >= Self::MAX_LISTED => u64::MAX,
                n => (1 << n) - 1,
            },
        }
    }

    fn is_match(&self, state: &WordsState) -> bool {
        match &self.loose {
            Some(dfa) => {
                matches!(dfa.distance(state.typo), Distance::Exact(_)) && !self.listed_word(state)
            }
            None => self.listed_word(state),
        }
    }

    fn can_match(&self, state: &WordsState) -> bool {
        match self.loose {
            Some(_) => state.typo != SINK_STATE,
            None => state.alive != 0,
        }
    }

    fn accept(&self, state: &WordsState, byte: u8) -> WordsState {
        let mut alive = 0;
        for (i, w) in self.listed.iter().enumerate() {
            if state.alive & (1 << i) != 0 && w.get(state.at) == Some(&byte) {
                alive |= 1 << i;
            }
        }
        WordsState {
            typo: self
                .loose
                .as_ref()
                .map_or(SINK_STATE, |dfa| dfa.transition(state.typo, byte)),
            at: state.at + 1,
            alive,
        }
    }
}

/// The documents holding any of the [`Words`] in one field, all scored alike (by the boost
/// around the query): a bitset filled from their postings, as tantivy's fuzzy queries do.
#[derive(Clone)]
pub(super) struct WordsQuery {
    field: Field,
    words: Arc<Words>,
}

impl WordsQuery {
    pub(super) fn new(field: Field, words: Arc<Words>) -> Self {
        Self { field, words }
    }
}

impl std::fmt::Debug for WordsQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordsQuery")
            .field("field", &self.field)
            .field("typos", &self.words.loose.is_some())
            .field("listed", &self.words.listed.len())
            .finish()
    }
}

impl Query for WordsQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<Words>::new(
            self.field,
            self.words.clone(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `words` over `text` as the term dictionary would.
    fn accepts(words: &Words, text: &str) -> bool {
        let mut state = words.start();
        for &byte in text.as_bytes() {
            if !words.can_match(&state) {
                return false;
            }
            state = words.accept(&state, byte);
        }
        words.is_match(&state)
    }

    #[test]
    fn loose_words_take_typos_but_not_the_known_words() {
        let words = Words::loose("argan", 1, false, &["argan", "argane"]);
        assert!(accepts(&words, "argna"), "one transposition");
        assert!(accepts(&words, "argen"), "one substitution");
        assert!(
            !accepts(&words, "argan"),
            "the word itself is scored on its own"
        );
        assert!(!accepts(&words, "argane"), "so are its alternatives");
        assert!(
            !accepts(&words, "orgen"),
            "two typos are over the budget of five letters"
        );
        assert!(accepts(&words, "arga"), "one letter missing is one typo");
        assert!(
            !accepts(&words, "arg"),
            "not a prefix query: two letters missing"
        );
    }

    #[test]
    fn a_prefix_takes_longer_words_and_leaves_the_known_ones_out() {
        let words = Words::loose("زيت", 0, true, &["زيت"]);
        assert!(accepts(&words, "زيتون"));
        assert!(!accepts(&words, "زيت"));
        assert!(!accepts(&words, "زين"));
        let words = Words::loose("hui", 0, true, &["hui", "huile"]);
        assert!(accepts(&words, "huiles"), "longer than a known word");
        assert!(!accepts(&words, "huile"));
    }

    #[test]
    fn listed_words_are_those_words_exactly() {
        let words = Words::any_of(&["زيت", "zit", "oil"]);
        assert!(accepts(&words, "zit"));
        assert!(accepts(&words, "زيت"));
        assert!(accepts(&words, "oil"));
        assert!(!accepts(&words, "zi"));
        assert!(!accepts(&words, "zitoun"));
        assert!(!accepts(&words, "oils"));
        assert!(!Words::any_of(&[]).can_match(&Words::any_of(&[]).start()));
        let many: Vec<String> = (0..Words::MAX_LISTED).map(|i| format!("w{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let words = Words::any_of(&many);
        assert!(accepts(&words, "w0") && accepts(&words, "w63") && !accepts(&words, "w64"));
    }
}
