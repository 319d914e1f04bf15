//! Facet counts over every match, straight from the fast-field columns.

use super::super::Facets;
use std::collections::BTreeMap;
use tantivy::{
    DocId, Score, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::{Column, StrColumn},
};

/// The faceted string fields, in the order [`FacetCounter`] counts them.
pub(super) const FACET_FIELDS: [&str; 5] =
    ["categories", "region", "sector", "cooperative", "labels"];

/// Counts facet values over every match straight from the fast-field columns: per segment, one
/// counter per term ordinal, named once at the end (no per-document allocation, no JSON).
pub(super) struct FacetCounter;

pub(super) struct SegmentFacetCounter {
    columns: [Option<StrColumn>; 5],
    counts: [Vec<u64>; 5],
    in_stock: Column<u64>,
    women_led: Column<u64>,
    in_stock_count: u64,
    women_led_count: u64,
}

impl Collector for FacetCounter {
    type Fruit = Facets;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let fast = reader.fast_fields();
        let columns = [
            fast.str(FACET_FIELDS[0])?,
            fast.str(FACET_FIELDS[1])?,
            fast.str(FACET_FIELDS[2])?,
            fast.str(FACET_FIELDS[3])?,
            fast.str(FACET_FIELDS[4])?,
        ];
        let counts = columns
            .each_ref()
            .map(|c| vec![0; c.as_ref().map_or(0, |c| c.num_terms())]);
        Ok(SegmentFacetCounter {
            columns,
            counts,
            in_stock: fast.u64("in_stock")?,
            women_led: fast.u64("women_led")?,
            in_stock_count: 0,
            women_led_count: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Facets>) -> tantivy::Result<Facets> {
        let mut out = Facets::default();
        for segment in segments {
            for (into, from) in [
                (&mut out.categories, segment.categories),
                (&mut out.regions, segment.regions),
                (&mut out.sectors, segment.sectors),
                (&mut out.cooperatives, segment.cooperatives),
                (&mut out.labels, segment.labels),
            ] {
                for (value, count) in from {
                    *into.entry(value).or_default() += count;
                }
            }
            out.in_stock += segment.in_stock;
            out.women_led += segment.women_led;
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Facets;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (column, counts) in self.columns.iter().zip(self.counts.iter_mut()) {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(count) = counts.get_mut(ord as usize) {
                        *count += 1;
                    }
                }
            }
        }
        self.in_stock_count += u64::from(self.in_stock.first(doc) == Some(1));
        self.women_led_count += u64::from(self.women_led.first(doc) == Some(1));
    }

    fn harvest(self) -> Facets {
        let name = |i: usize| {
            let mut named = BTreeMap::new();
            if let Some(column) = &self.columns[i] {
                for (ord, &count) in self.counts[i].iter().enumerate() {
                    let mut value = String::new();
                    if count > 0 && matches!(column.ord_to_str(ord as u64, &mut value), Ok(true)) {
                        named.insert(value, count);
                    }
                }
            }
            named
        };
        let [categories, regions, sectors, cooperatives, labels] = std::array::from_fn(name);
        Facets {
            categories,
            regions,
            sectors,
            cooperatives,
            labels,
            in_stock: self.in_stock_count,
            women_led: self.women_led_count,
        }
    }
}
