//! Product cards in memory, each kept with the catalog revision of its cooperative (migration 8:
//! database triggers move it whenever anything a card shows changes: the product, its texts,
//! photos and labels, the cooperative and its identity).
//!
//! A search answer or a list of suggestions first reads the catalog clock (migration 14: it moves
//! whenever any cooperative's revision moves), in a read many requests share
//! (`super::revisions`). For each hit the cache may know, from a read made at that same clock,
//! whether the product is public and at which revision; the hits it does not know are read in
//! one query and remembered at the clock. A card kept at its product's revision is used as it
//! is, any other is built afresh from the database. So a card is never older than a change
//! committed before the request came, a request on a catalog that has not moved makes no read of
//! its own, and a replica's memory is only ever a copy it checks (ARCHITECTURE.md §4).

use crate::{dto::ProductCardDto, services::browse::CardDetail};
use domain::Locale;
use std::sync::Arc;
use uuid::Uuid;

/// Cards kept at most (a card is well under a kilobyte).
const CAPACITY: u64 = 50_000;

/// Products whose publicness is remembered at most (a few dozen bytes each).
const CHECKED_CAPACITY: u64 = 200_000;

/// Which card: the product, the reader's language and how much the card shows.
type Key = (Uuid, Locale, CardDetail);

/// The cards, each with the revision it was built at.
#[derive(Clone)]
pub struct CardCache {
    cards: moka::sync::Cache<Key, Arc<(i64, ProductCardDto)>>,
    /// By product: the catalog clock at which it was read, and its cooperative's revision then
    /// if it was public (`None`: it was not).
    checked: moka::sync::Cache<Uuid, (i64, Option<i64>)>,
}

impl Default for CardCache {
    fn default() -> Self {
        Self {
            cards: moka::sync::Cache::new(CAPACITY),
            checked: moka::sync::Cache::new(CHECKED_CAPACITY),
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

    /// What a read at catalog clock `clock` found of `product`: `Some(Some(revision))` public,
    /// `Some(None)` not public, `None` unknown at this clock.
    pub fn checked(&self, product: &Uuid, clock: i64) -> Option<Option<i64>> {
        self.checked
            .get(product)
            .and_then(|(at, revision)| (at == clock).then_some(revision))
    }

    /// Remembers what a read that began after the clock showed `clock` found of `product`.
    pub fn check(&self, product: Uuid, clock: i64, revision: Option<i64>) {
        self.checked.insert(product, (clock, revision));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_read_holds_only_at_the_clock_it_was_read_at() {
        let cache = CardCache::default();
        let (public, hidden, unread) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        cache.check(public, 7, Some(3));
        cache.check(hidden, 7, None);
        assert_eq!(cache.checked(&public, 7), Some(Some(3)));
        assert_eq!(cache.checked(&hidden, 7), Some(None));
        assert_eq!(cache.checked(&unread, 7), None);
        assert_eq!(cache.checked(&public, 8), None, "the catalog moved since");
        assert_eq!(cache.checked(&hidden, 8), None, "the catalog moved since");
    }
}
