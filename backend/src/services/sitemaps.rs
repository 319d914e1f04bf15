//! The sitemap (see [`domain::sitemap`]): an index of files of at most 50,000 addresses, each
//! address with its `ar`/`fr`/`en` variants and `x-default` (the same set the page's own links
//! name, see [`domain::page_links`]). The large files are streamed 5,000 addresses a batch, so a
//! file never sits whole in memory.

use super::{browse, db_error};
use crate::{
    entity::{cooperative, product},
    error::AppError,
};
use bytes::Bytes;
use domain::{
    cooperative::CooperativeState,
    sitemap::{SitemapFile, URLS_PER_FILE},
};
use futures_util::Stream;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use std::fmt::Write;

/// Addresses read and written per database query.
const BATCH: u64 = 5_000;

const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_TAIL: &str = "</urlset>\n";

/// The files the catalog needs now.
pub async fn files(db: &impl ConnectionTrait) -> Result<Vec<SitemapFile>, AppError> {
    let products = browse::public().count(db).await.map_err(db_error)?;
    let cooperatives = verified().count(db).await.map_err(db_error)?;
    Ok(domain::sitemap::files(cooperatives, products))
}

/// The sitemap index naming `files` under `{origin}/sitemaps/`.
pub fn index(origin: &str, files: &[SitemapFile]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for file in files {
        let _ = writeln!(
            xml,
            "<sitemap><loc>{}</loc></sitemap>",
            domain::feed::xml_text(&format!("{origin}/sitemaps/{}", file.name()))
        );
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

/// The file `file` of the site at `origin`, streamed.
pub fn stream(
    db: DatabaseConnection,
    origin: String,
    file: SitemapFile,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    // The batches of this file: (offset within its kind, how many), then the closing tag.
    let start = file.offset();
    let batches: Vec<(u64, u64)> = match file {
        SitemapFile::Pages => vec![(0, 0)],
        _ => (0..URLS_PER_FILE.div_ceil(BATCH))
            .map(|i| (start + i * BATCH, BATCH))
            .collect(),
    };
    let head = futures_util::stream::once(async { Ok(Bytes::from_static(URLSET_HEAD.as_bytes())) });
    let body = futures_util::stream::unfold(
        Some((db, origin, batches.into_iter())),
        move |state| async move {
            let (db, origin, mut batches) = state?;
            let (offset, limit) = batches.next()?;
            let mut xml = String::new();
            let written = match file {
                SitemapFile::Pages => pages(&db, &origin, &mut xml).await.map(|()| 0),
                SitemapFile::Cooperatives(_) => {
                    cooperatives(&db, &origin, offset, limit, &mut xml).await
                }
                SitemapFile::Products(_) => products(&db, &origin, offset, limit, &mut xml).await,
            };
            match written {
                // A short batch is the kind's last: stop asking.
                Ok(n) if n < limit => Some((
                    Ok(Bytes::from(xml)),
                    Some((db, origin, Vec::new().into_iter())),
                )),
                Ok(_) => Some((Ok(Bytes::from(xml)), Some((db, origin, batches)))),
                Err(_) => {
                    tracing::warn!(file = %file.name(), "sitemap stopped part-way: the download is cut short");
                    Some((Err(std::io::Error::other("sitemap failed")), None))
                }
            }
        },
    );
    let tail = futures_util::stream::once(async { Ok(Bytes::from_static(URLSET_TAIL.as_bytes())) });
    futures_util::StreamExt::chain(futures_util::StreamExt::chain(head, body), tail)
}

/// The home page, the category tree, the directory, the category pages and the fairs and
/// collections running today.
async fn pages(db: &DatabaseConnection, origin: &str, xml: &mut String) -> Result<(), AppError> {
    url(xml, origin, "/", None);
    url(xml, origin, "/categories", None);
    url(xml, origin, "/cooperatives", None);
    for (_, _, category) in domain::category::flattened() {
        url(xml, origin, &format!("/categories/{}", category.code), None);
    }
    for slug in super::collections::running_slugs(db).await? {
        url(xml, origin, &format!("/collections/{slug}"), None);
    }
    Ok(())
}

async fn cooperatives(
    db: &DatabaseConnection,
    origin: &str,
    offset: u64,
    limit: u64,
    xml: &mut String,
) -> Result<u64, AppError> {
    let columns = (cooperative::Column::Slug, cooperative::Column::UpdatedAt);
    let rows = batch(db, verified(), columns, offset, limit).await?;
    write_batch(xml, origin, "/c/", &rows)
}

async fn products(
    db: &DatabaseConnection,
    origin: &str,
    offset: u64,
    limit: u64,
    xml: &mut String,
) -> Result<u64, AppError> {
    let columns = (product::Column::Slug, product::Column::UpdatedAt);
    let rows = batch(db, browse::public(), columns, offset, limit).await?;
    write_batch(xml, origin, "/p/", &rows)
}

/// The `(slug, last change)` of `limit` rows of `select` from `offset`, by slug.
async fn batch<E: EntityTrait>(
    db: &DatabaseConnection,
    select: sea_orm::Select<E>,
    (slug, updated): (E::Column, E::Column),
    offset: u64,
    limit: u64,
) -> Result<Vec<(String, chrono::DateTime<chrono::Utc>)>, AppError> {
    select
        .select_only()
        .column(slug)
        .column(updated)
        .order_by_asc(slug)
        .offset(offset)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)
}

/// Writes each page `{prefix}{slug}` with its day of last change; says how many.
fn write_batch(
    xml: &mut String,
    origin: &str,
    prefix: &str,
    rows: &[(String, chrono::DateTime<chrono::Utc>)],
) -> Result<u64, AppError> {
    for (slug, updated) in rows {
        let date = updated.format("%Y-%m-%d").to_string();
        url(xml, origin, &format!("{prefix}{slug}"), Some(&date));
    }
    Ok(rows.len() as u64)
}

fn verified() -> sea_orm::Select<cooperative::Entity> {
    cooperative::Entity::find()
        .filter(cooperative::Column::State.eq(CooperativeState::Verified.code()))
}

/// One `<url>`: the bare address, its last change, and its language variants.
fn url(xml: &mut String, origin: &str, path: &str, lastmod: Option<&str>) {
    let links = domain::page_links::language_links(origin, path, None);
    let _ = write!(
        xml,
        "<url><loc>{}</loc>",
        domain::feed::xml_text(&links.canonical)
    );
    if let Some(date) = lastmod {
        let _ = write!(xml, "<lastmod>{date}</lastmod>");
    }
    for (tag, href) in &links.alternates {
        let _ = write!(
            xml,
            "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
            domain::feed::xml_text(href)
        );
    }
    xml.push_str("</url>\n");
}
