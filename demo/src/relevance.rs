//! `taawon relevance`: how well search finds what people mean. The demo marketplace is loaded
//! into a scratch database, indexed, and the judged queries of `relevance/queries.tsv` are run
//! against each engine; recall@10, MRR and nDCG@10 are printed, with the queries that missed.

use backend::{
    entity::{category, product, product_translation},
    media::MediaStore,
    search::{SearchIndex, SearchRequest, embedded::EmbeddedIndex, meili::MeiliIndex, sync},
    services::browse,
};
use domain::search::normalise;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The judged queries, checked into the repository.
pub const QUERIES: &str = include_str!("../relevance/queries.tsv");

/// Results looked at per query.
const K: usize = 10;

/// One judged query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub query: String,
    /// `c:CODE` and `t:WORDS` rules.
    pub rules: Vec<String>,
    pub kind: String,
}

/// Reads the judged queries (tab-separated; `#` comments).
pub fn parse(text: &str) -> Vec<Judged> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let query = parts.next()?.to_owned();
            let rules = parts
                .next()?
                .split(',')
                .map(|r| r.trim().to_owned())
                .filter(|r| !r.is_empty())
                .collect();
            let kind = parts.next().unwrap_or("").trim().to_owned();
            Some(Judged { query, rules, kind })
        })
        .collect()
}

/// What a rule looks at in a product.
#[derive(Debug, Clone)]
pub struct Facts {
    pub id: Uuid,
    /// The category and its parent.
    pub categories: Vec<String>,
    /// French and English titles, normalised.
    pub titles: String,
}

/// Whether `facts` satisfies one of `rules`.
pub fn relevant(rules: &[String], facts: &Facts) -> bool {
    rules.iter().any(|rule| {
        if let Some(code) = rule.strip_prefix("c:") {
            facts.categories.iter().any(|c| c == code)
        } else if let Some(words) = rule.strip_prefix("t:") {
            facts.titles.contains(&normalise(words))
        } else {
            false
        }
    })
}

/// recall@K, reciprocal rank and nDCG@K (binary gains) of `ranked` against `relevant`.
pub fn scores(ranked: &[Uuid], relevant: &HashSet<Uuid>) -> (f64, f64, f64) {
    if relevant.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let top = &ranked[..ranked.len().min(K)];
    let hits = top.iter().filter(|id| relevant.contains(id)).count();
    let recall = hits as f64 / relevant.len().min(K) as f64;
    let reciprocal = top
        .iter()
        .position(|id| relevant.contains(id))
        .map_or(0.0, |i| 1.0 / (i + 1) as f64);
    let gain = |i: usize| 1.0 / ((i + 2) as f64).log2();
    let dcg: f64 = top
        .iter()
        .enumerate()
        .filter(|(_, id)| relevant.contains(id))
        .map(|(i, _)| gain(i))
        .sum();
    let ideal: f64 = (0..relevant.len().min(K)).map(gain).sum();
    (recall, reciprocal, dcg / ideal)
}

/// The facts of every public product.
async fn facts(db: &DatabaseConnection) -> anyhow::Result<Vec<Facts>> {
    let models = browse::public().all(db).await?;
    let parents: HashMap<String, Option<String>> = category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.parent_code))
        .collect();
    let ids: Vec<Uuid> = models.iter().map(|m| m.id).collect();
    let mut titles: HashMap<Uuid, String> = HashMap::new();
    for t in product_translation::Entity::find()
        .filter(product_translation::Column::ProductId.is_in(ids))
        .filter(product_translation::Column::Locale.is_in(["fr", "en"]))
        .all(db)
        .await?
    {
        let entry = titles.entry(t.product_id).or_default();
        entry.push_str(" | ");
        entry.push_str(&normalise(&t.title));
    }
    Ok(models
        .into_iter()
        .map(|m: product::Model| {
            let mut categories = vec![m.category_code.clone()];
            if let Some(Some(parent)) = parents.get(&m.category_code) {
                categories.push(parent.clone());
            }
            Facts {
                id: m.id,
                categories,
                titles: titles.remove(&m.id).unwrap_or_default(),
            }
        })
        .collect())
}

/// Runs the judged queries on `index`; prints the figures and the misses; returns mean recall.
async fn evaluate(
    index: &dyn SearchIndex,
    judged: &[Judged],
    products: &[Facts],
) -> anyhow::Result<f64> {
    let (mut recall, mut mrr, mut ndcg) = (0.0, 0.0, 0.0);
    let mut misses = Vec::new();
    let mut by_kind: HashMap<&str, (f64, usize)> = HashMap::new();
    let mut counted = 0usize;
    for j in judged {
        let relevant: HashSet<Uuid> = products
            .iter()
            .filter(|p| relevant(&j.rules, p))
            .map(|p| p.id)
            .collect();
        if relevant.is_empty() {
            println!("  (no demo product is relevant to {:?}; skipped)", j.query);
            continue;
        }
        let results = index
            .search(&SearchRequest {
                query: j.query.clone(),
                limit: K,
                ..SearchRequest::default()
            })
            .await?;
        let (r, rr, n) = scores(&results.ids, &relevant);
        recall += r;
        mrr += rr;
        ndcg += n;
        counted += 1;
        let kind = by_kind.entry(j.kind.as_str()).or_default();
        kind.0 += r;
        kind.1 += 1;
        if r < 1.0 {
            misses.push(format!(
                "  recall {r:.2}  {:<28} {} relevant, {} found",
                j.query,
                relevant.len(),
                results.total
            ));
        }
    }
    let n = counted.max(1) as f64;
    println!(
        "{:<10} queries {counted:>4}   recall@10 {:.3}   MRR {:.3}   nDCG@10 {:.3}",
        index.name(),
        recall / n,
        mrr / n,
        ndcg / n
    );
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort_by(|a, b| a.0.cmp(b.0));
    for (kind, (sum, count)) in kinds {
        println!(
            "  {kind:<16} {count:>3} queries, recall@10 {:.3}",
            sum / count as f64
        );
    }
    if !misses.is_empty() {
        println!("  queries that missed some relevant products:");
        for m in misses {
            println!("{m}");
        }
    }
    Ok(recall / n)
}

/// Loads the demo marketplace into `db` (a scratch database, migrated) and reports on the
/// embedded engine and, when given, on Meilisearch.
pub async fn run(
    db: &DatabaseConnection,
    media: &MediaStore,
    meilisearch: Option<MeiliIndex>,
) -> anyhow::Result<()> {
    println!("loading the demo marketplace into a scratch database…");
    crate::seed::seed(db, media).await?;
    let judged = parse(QUERIES);
    let products = facts(db).await?;
    println!(
        "{} judged queries over {} public products\n",
        judged.len(),
        products.len()
    );
    let embedded = EmbeddedIndex::in_memory()?;
    sync::reindex(db, &embedded, |_, _| {}).await?;
    evaluate(&embedded, &judged, &products).await?;
    match meilisearch {
        Some(meili) => {
            meili.prepare().await?;
            sync::reindex(db, &meili, |_, _| {}).await?;
            println!();
            evaluate(&meili, &judged, &products).await?;
        }
        None => println!("\nmeilisearch: skipped (MEILISEARCH_URL is not set)"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_judged_queries_are_many_and_well_formed() {
        let judged = parse(QUERIES);
        assert!(judged.len() >= 150, "{}", judged.len());
        for j in &judged {
            assert!(!j.query.is_empty());
            assert!(!j.rules.is_empty(), "{:?}", j.query);
            assert!(
                j.rules
                    .iter()
                    .all(|r| r.starts_with("c:") || r.starts_with("t:")),
                "{:?}",
                j.rules
            );
        }
    }

    #[test]
    fn rules_pick_products_by_category_or_title() {
        let facts = Facts {
            id: Uuid::nil(),
            categories: vec!["honey".into(), "honey-amlou".into()],
            titles: format!(
                " | {} | {}",
                normalise("Miel de thym sauvage"),
                normalise("Wild thyme honey")
            ),
        };
        assert!(relevant(&["c:honey-amlou".into()], &facts));
        assert!(relevant(&["t:miel de thym".into()], &facts));
        assert!(relevant(&["c:saffron".into(), "t:Thyme".into()], &facts));
        assert!(!relevant(&["t:safran".into()], &facts));
    }

    #[test]
    fn scores_follow_their_definitions() {
        let ids: Vec<Uuid> = (1..=12u128).map(Uuid::from_u128).collect();
        let relevant: HashSet<Uuid> = [ids[1], ids[4]].into_iter().collect();
        let (recall, rr, ndcg) = scores(&ids, &relevant);
        assert_eq!(recall, 1.0);
        assert_eq!(rr, 0.5);
        let expected = (1.0 / 3f64.log2() + 1.0 / 6f64.log2()) / (1.0 + 1.0 / 3f64.log2());
        assert!((ndcg - expected).abs() < 1e-12);
        // Found after the tenth place counts for nothing.
        let late: HashSet<Uuid> = [ids[11]].into_iter().collect();
        assert_eq!(scores(&ids, &late), (0.0, 0.0, 0.0));
        // More than ten relevant: ten found is full recall.
        let many: HashSet<Uuid> = ids.iter().copied().collect();
        assert_eq!(scores(&ids, &many).0, 1.0);
    }
}
