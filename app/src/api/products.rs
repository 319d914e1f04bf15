//! Products over the wire: the public grids and page, and the cooperative's product management.

use crate::{
    dto::{HomeDto, MyProductsDto, ProductDto, ProductEditorDto, ProductPageOf},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// The home page: categories, featured and women-led cooperatives, newest products.
#[server(endpoint = "catalog/home")]
pub async fn home() -> Result<HomeDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::browse::{self, Sort};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    let categories = super::catalog::categories().await?;
    let newest = browse::grid(
        &state,
        None,
        None,
        None,
        Sort::Newest,
        1,
        8,
        ctx.locale,
        ctx.catalog_clock,
    )
    .await?;
    Ok(HomeDto {
        categories,
        featured: browse::cooperatives(&state.db, false, 6).await?,
        newest: newest.items,
        women_led: browse::cooperatives(&state.db, true, 6).await?,
    })
}

/// A page of a category's products (with its sub-categories'), sorted.
#[server(endpoint = "catalog/category-products")]
pub async fn category_products(
    code: String,
    sort: String,
    page: u64,
    label: String,
) -> Result<ProductPageOf, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::browse::{self, PER_PAGE, Sort};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    let codes = browse::category_and_children(&state.db, &code).await?;
    if codes.is_empty() {
        return Err(AppError::NotFound);
    }
    browse::grid(
        &state,
        Some(&codes),
        None,
        domain::label::LabelKind::from_code(&label),
        Sort::from_code(&sort),
        page,
        PER_PAGE,
        ctx.locale,
        ctx.catalog_clock,
    )
    .await
}

/// A page of a verified cooperative's products, sorted.
#[server(endpoint = "catalog/cooperative-products")]
pub async fn cooperative_products(
    slug: String,
    sort: String,
    page: u64,
    label: String,
) -> Result<ProductPageOf, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::{
        browse::{self, PER_PAGE, Sort},
        cooperatives,
    };
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    let coop = cooperatives::public_by_slug(&state.db, &slug).await?;
    browse::grid(
        &state,
        None,
        Some(coop.id),
        domain::label::LabelKind::from_code(&label),
        Sort::from_code(&sort),
        page,
        PER_PAGE,
        ctx.locale,
        ctx.catalog_clock,
    )
    .await
}

/// The product page.
#[server(endpoint = "catalog/product")]
pub async fn product(slug: String) -> Result<ProductDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::browse;
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    browse::product_page(
        &state.db,
        &slug,
        ctx.locale,
        ctx.user.as_ref(),
        &state.settings(),
    )
    .await
}

/// A cooperative's products, for its members.
#[server(endpoint = "products/mine")]
pub async fn my_products(cooperative_id: String) -> Result<MyProductsDto, AppError> {
    use crate::{
        dto::ProductRowDto,
        ssr::{AppState, request::request_ctx},
    };
    use backend::services::products;
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    let (coop, models) =
        products::of_cooperative(&state.db, &user, parse_id(&cooperative_id)?).await?;
    let ids: Vec<uuid::Uuid> = models.iter().map(|p| p.id).collect();
    let texts = products::texts_of(&state.db, &ids).await?;
    let photos = products::first_photos(&state.db, &ids).await?;
    let images =
        products::images_of(&state.db, photos.values().map(|p| p.image_hash.clone())).await?;
    Ok(MyProductsDto {
        cooperative_id: coop.id.to_string(),
        verified: coop.state == domain::cooperative::CooperativeStatus::Verified,
        name_ar: coop.name_ar,
        name_fr: coop.name_fr,
        products: models
            .into_iter()
            .map(|p| {
                let (title, ..) = products::localised(
                    texts.get(&p.id).map_or(&[][..], Vec::as_slice),
                    ctx.locale,
                );
                ProductRowDto {
                    state: p.state,
                    id: p.id.to_string(),
                    image: photos
                        .get(&p.id)
                        .and_then(|ph| products::photo_image(ph, &images, String::new())),
                    slug: p.slug,
                    sku: p.sku,
                    title,
                    hidden_reason: p.hidden_reason,
                    price_centimes: p.price_centimes,
                    stock: p.stock,
                }
            })
            .collect(),
    })
}

/// The editor of a new product (`product_id` empty) or an existing one.
#[server(endpoint = "products/editor")]
pub async fn product_editor(
    cooperative_id: String,
    product_id: String,
) -> Result<ProductEditorDto, AppError> {
    use crate::{
        dto::LabelChoiceDto,
        ssr::{AppState, request::request_ctx},
    };
    use backend::services::{labels, products};
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    let (coop, existing) = if product_id.is_empty() {
        let coop =
            backend::services::access::member_of(&state.db, &user, parse_id(&cooperative_id)?)
                .await?;
        (coop, None)
    } else {
        let (product, coop) = products::of_member(&state.db, &user, parse_id(&product_id)?).await?;
        (coop, Some(product))
    };
    let declared = labels::of_cooperative(&state.db, coop.id).await?;
    let verified = coop.state == domain::cooperative::CooperativeStatus::Verified;
    let mut editor = ProductEditorDto {
        cooperative_id: coop.id.to_string(),
        cooperative_verified: verified,
        product_id: None,
        slug: None,
        state: domain::product::ProductState::Draft,
        hidden_reason: None,
        sku: String::new(),
        category: String::new(),
        price: String::new(),
        stock: "0".into(),
        unit: String::new(),
        quantity: String::new(),
        weight: String::new(),
        titles: Default::default(),
        descriptions: Default::default(),
        labels: vec![],
        photos: vec![],
        options: vec![],
        in_feeds: true,
        blockers: vec![],
    };
    let mut selected = Vec::new();
    if let Some(product) = existing {
        let texts = products::texts_of(&state.db, &[product.id])
            .await?
            .remove(&product.id)
            .unwrap_or_default();
        selected = products::label_ids_of(&state.db, product.id).await?;
        let form = products::form_of(&product, &texts, &selected);
        let photos = products::photos_of(&state.db, product.id).await?;
        let images =
            products::images_of(&state.db, photos.iter().map(|p| p.image_hash.clone())).await?;
        editor.blockers = products::blockers(&state.db, &product, &coop)
            .await?
            .into_iter()
            .map(|b| b.code().to_owned())
            .collect();
        editor.photos = photos
            .iter()
            .filter_map(|p| products::photo_dto(p, &images, ctx.locale))
            .collect();
        let options = backend::services::product_options::of_product(&state.db, product.id).await?;
        editor.options = products::rows_of(&options, &product.unit)
            .into_iter()
            .map(|r| crate::dto::OptionRowDto {
                id: r.id,
                label: r.label,
                sku: r.sku,
                price: r.price,
                quantity: r.quantity,
                stock: r.stock,
                photo: r.photo,
                gtin: r.gtin,
            })
            .collect();
        editor.in_feeds = product.in_feeds;
        editor.product_id = Some(product.id.to_string());
        editor.state = product.state;
        editor.slug = Some(product.slug);
        editor.hidden_reason = product.hidden_reason;
        editor.sku = form.sku;
        editor.category = form.category;
        editor.price = form.price;
        editor.stock = form.stock;
        editor.unit = form.unit;
        editor.quantity = form.quantity;
        editor.weight = form.weight;
        editor.titles = form.titles;
        editor.descriptions = form.descriptions;
    }
    editor.labels = declared
        .into_iter()
        .filter_map(|l| {
            let selected = selected.contains(&l.id);
            Some(LabelChoiceDto {
                selected,
                ..backend::services::labels::choice(l)?
            })
        })
        .collect();
    Ok(editor)
}

/// The product form's fields, shared by create and update (flattened into the form).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ProductFields {
    pub sku: String,
    pub category: String,
    pub price: String,
    pub stock: String,
    pub unit: String,
    pub quantity: String,
    pub weight: String,
    pub title_ar: String,
    pub title_fr: String,
    pub title_en: String,
    pub description_ar: String,
    pub description_fr: String,
    pub description_en: String,
}

#[cfg(feature = "ssr")]
impl ProductFields {
    fn into_form(self, labels: Option<Vec<String>>) -> backend::services::products::ProductForm {
        backend::services::products::ProductForm {
            sku: self.sku,
            category: self.category,
            price: self.price,
            stock: self.stock,
            unit: self.unit,
            quantity: self.quantity,
            weight: self.weight,
            titles: [self.title_ar, self.title_fr, self.title_en],
            descriptions: [
                self.description_ar,
                self.description_fr,
                self.description_en,
            ],
            labels: labels.unwrap_or_default(),
        }
    }
}

/// Creates a draft product, then opens its editor (to add photos). `labels[i]` are the ids of
/// the cooperative's labels the product carries.
#[server(endpoint = "products/create")]
pub async fn create_product(
    cooperative_id: String,
    #[server(flatten)] fields: ProductFields,
    labels: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let form = fields.into_form(labels);
    let created = products::create(&state.db, &user, parse_id(&cooperative_id)?, &form).await?;
    leptos_axum::redirect(&format!("/products/{}/edit?saved=1", created.id));
    Ok(())
}

/// Saves a product's form.
#[server(endpoint = "products/update")]
pub async fn update_product(
    product_id: String,
    #[server(flatten)] fields: ProductFields,
    labels: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&product_id)?;
    products::update(&state.db, &user, id, &fields.into_form(labels)).await?;
    leptos_axum::redirect(&format!("/products/{id}/edit?saved=1"));
    Ok(())
}

/// A row of the options table as posted (`options[i][label]` …; `remove` is a checkbox).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct OptionFields {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub sku: String,
    #[serde(default)]
    pub price: String,
    #[serde(default)]
    pub quantity: String,
    #[serde(default)]
    pub stock: String,
    #[serde(default)]
    pub photo: String,
    #[serde(default)]
    pub gtin: String,
    #[serde(default)]
    pub remove: Option<String>,
}

/// Saves a product's options table: what it is sold as (sizes, weights, colours), each with its
/// SKU, price, quantity, stock and photo.
#[server(endpoint = "products/options")]
pub async fn save_product_options(
    product_id: String,
    options: Option<Vec<OptionFields>>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products::{self, OptionRow};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&product_id)?;
    let rows: Vec<OptionRow> = options
        .unwrap_or_default()
        .into_iter()
        .map(|o| OptionRow {
            id: o.id,
            label: o.label,
            sku: o.sku,
            price: o.price,
            quantity: o.quantity,
            stock: o.stock,
            photo: o.photo,
            gtin: o.gtin,
            remove: o.remove.is_some(),
        })
        .collect();
    products::save_options(&state.db, &user, id, &rows).await?;
    leptos_axum::redirect(&format!("/products/{id}/edit?saved=1#options"));
    Ok(())
}

/// Keeps a product in the shopping feeds (Google, Meta) or out of them (`in_feeds` is a check
/// box: absent means out).
#[server(endpoint = "products/feeds")]
pub async fn set_product_feeds(
    product_id: String,
    in_feeds: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&product_id)?;
    products::set_in_feeds(&state.db, &user, id, in_feeds.is_some()).await?;
    leptos_axum::redirect(&format!("/products/{id}/edit?saved=1#feeds"));
    Ok(())
}

/// Publishes, unpublishes, archives or restores a product.
#[server(endpoint = "products/transition")]
pub async fn transition_product(product_id: String, event: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&product_id)?;
    // Members only, before the event is read.
    products::of_member(&state.db, &user, id).await?;
    let event = domain::product::ProductEvent::from_code(&event).ok_or(AppError::BadRequest)?;
    products::transition(&state.db, &user, id, event).await?;
    leptos_axum::redirect(&format!("/products/{id}/edit?saved=1"));
    Ok(())
}

/// Moves a photo earlier or later, removes it, or sets its alternative texts.
#[server(endpoint = "products/photo")]
pub async fn change_photo(
    product_id: String,
    photo_id: String,
    op: String,
    alt_ar: Option<String>,
    alt_fr: Option<String>,
    alt_en: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products::{self, PhotoOp};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&product_id)?;
    products::of_member(&state.db, &user, id).await?;
    let op = match op.as_str() {
        "earlier" => PhotoOp::Earlier,
        "later" => PhotoOp::Later,
        "remove" => PhotoOp::Remove,
        "describe" => PhotoOp::Describe([
            alt_ar.unwrap_or_default(),
            alt_fr.unwrap_or_default(),
            alt_en.unwrap_or_default(),
        ]),
        _ => return Err(AppError::BadRequest),
    };
    products::change_photo(&state.db, &user, id, parse_id(&photo_id)?, op).await?;
    leptos_axum::redirect(&format!("/products/{id}/edit?saved=1#photos"));
    Ok(())
}

/// Adds a photo to a product. Multipart, so it lives under `/api/upload/`.
#[server(endpoint = "upload/products/photo", input = server_fn::codec::MultipartFormData)]
pub async fn upload_product_photo(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::products;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let id = parse_id(&form.text("product_id"))?;
    let Some(bytes) = form.file("photo") else {
        let mut errors = crate::error::FieldErrors::default();
        errors.add(
            "photo",
            crate::error::FieldIssue::Media(domain::media::MediaError::Empty),
        );
        return Err(errors.into());
    };
    let alts = [
        form.text("alt_ar"),
        form.text("alt_fr"),
        form.text("alt_en"),
    ];
    products::add_photo(&state.db, &state.media, &user, id, bytes, &alts).await?;
    leptos_axum::redirect(&format!("/products/{id}/edit?saved=1#photos"));
    Ok(())
}

/// An admin hides a product with a reason, or shows it again (`reason` absent).
#[server(endpoint = "admin/products/moderate")]
pub async fn moderate_product(
    product_id: String,
    slug: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::products;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    products::moderate(&state.db, &user, parse_id(&product_id)?, reason.as_deref()).await?;
    leptos_axum::redirect(&format!("/p/{}?moderated=1", urlencode(&slug)));
    Ok(())
}

/// Percent-encodes a path segment (slugs are ASCII already; this keeps a forged one harmless).
#[cfg(feature = "ssr")]
fn urlencode(segment: &str) -> String {
    segment
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Imports a CSV of products (all lines or none). Multipart, under `/api/upload/`.
#[server(endpoint = "upload/products/import", input = server_fn::codec::MultipartFormData)]
pub async fn import_products(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::product_csv;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let id = parse_id(&form.text("cooperative_id"))?;
    let Some(bytes) = form.file("file") else {
        return Err(AppError::ProductsImportRefused {
            problems: vec![crate::error::CsvProblem::Empty],
            total: 1,
        });
    };
    let report = product_csv::import(&state.db, &user, id, &bytes).await?;
    leptos_axum::redirect(&format!(
        "/cooperatives/{id}/products?created={}&updated={}",
        report.created, report.updated
    ));
    Ok(())
}
