//! Product feeds for shopping platforms (`/feeds/products.{lang}.xml` for Google Merchant
//! Center, `/feeds/products.{lang}.csv` for Meta's catalog): every option in stock of every
//! public product a cooperative left in the feeds, one item each (options of one product share
//! an `item_group_id`). Streamed a batch of products at a time, so memory does not grow with the
//! catalog.

use super::{browse, db_error, product_options, products};
use crate::{entity::product, error::AppError, i18n::t, rich_text, state::AppSettings};
use bytes::Bytes;
use domain::{
    Locale,
    feed::{self, FeedFormat, META_COLUMNS},
    order::DeliveryPolicy,
};
use futures_util::Stream;
use sea_orm::{ColumnTrait, DatabaseConnection, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

/// Products read per batch.
const BATCH: u64 = 200;

/// What a feed is made for.
#[derive(Debug, Clone)]
pub struct FeedPlan {
    pub format: FeedFormat,
    pub locale: Locale,
    /// The site's public address, without a trailing slash.
    pub base: String,
    pub currency: String,
    pub delivery: DeliveryPolicy,
}

impl FeedPlan {
    /// A feed in `format` and `locale` with the settings in force.
    pub fn new(settings: &AppSettings, format: FeedFormat, locale: Locale) -> Self {
        FeedPlan {
            format,
            locale,
            base: settings.public_url.trim_end_matches('/').to_owned(),
            currency: settings.currency.clone(),
            delivery: settings.delivery,
        }
    }
}

/// One option as a feed item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The option's id (stable while it exists).
    pub id: String,
    /// The product's id when it has several options.
    pub group: Option<String>,
    pub title: String,
    pub description: String,
    pub link: String,
    pub image: String,
    pub price: String,
    pub brand: String,
    pub gtin: Option<String>,
    pub category: &'static str,
    /// The delivery fee for one of it.
    pub shipping: String,
}

/// The feed as a stream of chunks: the head with the first batch, a chunk per batch, the end
/// after the last. A database failure part-way ends the stream with an error, so the download
/// fails instead of looking complete.
pub fn stream(
    db: DatabaseConnection,
    plan: FeedPlan,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    struct Cursor {
        after: Option<Uuid>,
        started: bool,
        done: bool,
    }
    let cursor = Cursor {
        after: None,
        started: false,
        done: false,
    };
    futures_util::stream::unfold(Some((db, plan, cursor)), |state| async move {
        let (db, plan, mut cursor) = state?;
        if cursor.done {
            return None;
        }
        let mut chunk = String::new();
        if !cursor.started {
            chunk.push_str(&head(&plan));
            cursor.started = true;
        }
        match batch(&db, &plan, cursor.after).await {
            Ok((items, last)) => {
                chunk.push_str(&write_items(&plan, &items));
                cursor.after = last;
                if last.is_none() {
                    chunk.push_str(tail(&plan));
                    cursor.done = true;
                }
                Some((Ok(Bytes::from(chunk)), Some((db, plan, cursor))))
            }
            Err(_) => {
                tracing::warn!("product feed stopped part-way: the download is cut short");
                Some((Err(std::io::Error::other("feed failed")), None))
            }
        }
    })
}

fn head(plan: &FeedPlan) -> String {
    match plan.format {
        FeedFormat::Google => format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n<title>Taawon</title>\n<link>{}/?lang={}</link>\n<description>{}</description>\n",
            feed::xml_text(&plan.base),
            plan.locale.tag(),
            feed::xml_text(&t(plan.locale, "feed-description")),
        ),
        FeedFormat::Meta => csv_line(&META_COLUMNS),
    }
}

fn tail(plan: &FeedPlan) -> &'static str {
    match plan.format {
        FeedFormat::Google => "</channel>\n</rss>\n",
        FeedFormat::Meta => "",
    }
}

/// One CSV line (RFC 4180 quoting), with its line break.
fn csv_line(cells: &[&str]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if writer.write_record(cells).is_err() {
        return String::new();
    }
    writer
        .into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

fn write_items(plan: &FeedPlan, items: &[FeedItem]) -> String {
    let mut out = String::new();
    for item in items {
        match plan.format {
            FeedFormat::Google => {
                let x = feed::xml_text;
                out.push_str("<item>\n");
                out.push_str(&format!("<g:id>{}</g:id>\n", x(&item.id)));
                if let Some(group) = &item.group {
                    out.push_str(&format!(
                        "<g:item_group_id>{}</g:item_group_id>\n",
                        x(group)
                    ));
                }
                out.push_str(&format!(
                    "<g:title>{}</g:title>\n<g:description>{}</g:description>\n<g:link>{}</g:link>\n<g:image_link>{}</g:image_link>\n<g:availability>in_stock</g:availability>\n<g:price>{}</g:price>\n<g:brand>{}</g:brand>\n<g:condition>new</g:condition>\n<g:google_product_category>{}</g:google_product_category>\n",
                    x(&item.title),
                    x(&item.description),
                    x(&item.link),
                    x(&item.image),
                    x(&item.price),
                    x(&item.brand),
                    x(item.category),
                ));
                match &item.gtin {
                    Some(gtin) => out.push_str(&format!("<g:gtin>{gtin}</g:gtin>\n")),
                    None => out.push_str("<g:identifier_exists>no</g:identifier_exists>\n"),
                }
                out.push_str(&format!(
                    "<g:shipping><g:country>MA</g:country><g:service>Standard</g:service><g:price>{}</g:price></g:shipping>\n</item>\n",
                    x(&item.shipping)
                ));
            }
            FeedFormat::Meta => {
                let shipping = format!("MA::Standard:{}", item.shipping);
                out.push_str(&csv_line(&[
                    &item.id,
                    &item.title,
                    &item.description,
                    "in stock",
                    "new",
                    &item.price,
                    &item.link,
                    &item.image,
                    &item.brand,
                    item.group.as_deref().unwrap_or_default(),
                    item.gtin.as_deref().unwrap_or_default(),
                    item.category,
                    &shipping,
                ]));
            }
        }
    }
    out
}

/// The items of the next batch of products after `after` (by id), and the last product's id
/// when more may follow.
pub async fn batch(
    db: &DatabaseConnection,
    plan: &FeedPlan,
    after: Option<Uuid>,
) -> Result<(Vec<FeedItem>, Option<Uuid>), AppError> {
    let mut select = browse::public()
        .filter(product::Column::InFeeds.eq(true))
        .filter(product::Column::Stock.gt(0))
        .order_by_asc(product::Column::Id)
        .limit(BATCH);
    if let Some(after) = after {
        select = select.filter(product::Column::Id.gt(after));
    }
    let models = select.all(db).await.map_err(db_error)?;
    let last = (models.len() as u64 == BATCH)
        .then(|| models.last().map(|p| p.id))
        .flatten();
    let ids: Vec<Uuid> = models.iter().map(|p| p.id).collect();
    let options = product_options::of_products(db, &ids).await?;
    let texts = products::texts_of(db, &ids).await?;
    let photos = products::first_photos(db, &ids).await?;
    let images = products::images_of(db, photos.values().map(|p| p.image_hash.clone())).await?;
    let coops = browse::cooperatives_by_id(db, models.iter().map(|p| p.cooperative_id)).await?;
    let mut items = Vec::new();
    for p in &models {
        let texts = texts.get(&p.id).map_or(&[][..], Vec::as_slice);
        let (title, _, _, description_lang) = products::localised(texts, plan.locale);
        let description = texts
            .iter()
            .find(|t| t.locale == description_lang)
            .map(|t| rich_text::plain_text(&t.description))
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| title.clone());
        // An item needs an image; a product without one is left out.
        let Some(image) = photos
            .get(&p.id)
            .and_then(|photo| products::photo_image(photo, &images, title.clone()))
        else {
            continue;
        };
        let brand = coops
            .get(&p.cooperative_id)
            .map(|c| {
                if plan.locale == Locale::Ar {
                    c.name_ar.clone()
                } else {
                    c.name_fr.clone()
                }
            })
            .unwrap_or_default();
        let options = options.get(&p.id).map_or(&[][..], Vec::as_slice);
        let several = options.len() > 1;
        for o in options.iter().filter(|o| o.stock > 0) {
            items.push(FeedItem {
                id: o.id.to_string(),
                group: several.then(|| p.id.to_string()),
                title: if o.label.is_empty() {
                    title.clone()
                } else {
                    format!("{title} – {}", o.label)
                },
                description: description.chars().take(5000).collect(),
                link: format!("{}/p/{}?lang={}", plan.base, p.slug, plan.locale.tag()),
                image: format!("{}{}", plan.base, image.largest),
                price: feed::price(o.price_centimes, &plan.currency),
                brand: brand.clone(),
                gtin: o.gtin.clone(),
                category: feed::google_category(&p.category_code),
                shipping: feed::price(plan.delivery.fee(o.price_centimes), &plan.currency),
            });
        }
    }
    Ok((items, last))
}
