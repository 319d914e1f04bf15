//! Product cards in memory, each kept with the catalog revision of its cooperative (migration 8:
//! database triggers move it whenever anything a card shows changes: the product, its texts,
//! photos and labels, the cooperative and its identity).
//!
//! A search answer or a list of suggestions reads, in one query, which of its hits are public and
//! at which revision; a card kept at that revision is used as it is, any other is built afresh
//! from the database. So a card is never older than a change committed before the request came,
//! and a replica's memory is only ever a copy it checks (ARCHITECTURE.md §4).

use crate::{dto::ProductCardDto, ssr::services::browse::CardDetail};
use domain::Locale;
use std::sync::Arc;
use uuid::Uuid;

/// Cards kept at most (a card is well under a kilobyte).
const CAPACITY: u64 = 50_000;

/// Which card: the product, the reader's language and how much the card shows.
type Key = (Uuid, Locale, CardDetail);

/// The cards, each with the revision it was built at.
#[derive(Clone)]
pub struct CardCache {
    cards: moka::sync::Cache<Key, Arc<(i64, ProductCardDto)>>,
}

impl Default for CardCache {
    fn default() -> Self {
        Self {
            cards: moka::sync::Cache::new(CAPACITY),
        }
    }
}

impl CardCache {
    /// The card of `key` if it was built at `revision`.
    pub fn get(&self, key: &Key, revision: i64) -> Option<ProductCardDto> {
        let kept = self.cards.get(key)?;
        (kept.0 == revision).then(|| kept.1.clone())
    }

    /// Keeps `card`, built at `revision` or later.
    pub fn insert(&self, key: Key, revision: i64, card: ProductCardDto) {
        self.cards.insert(key, Arc::new((revision, card)));
    }
}
