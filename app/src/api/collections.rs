//! Online fairs and collections over the wire: their pages and the home page's list (anyone),
//! creation and proposals' decisions (admins), proposals (a cooperative's members).

use crate::{
    dto::{CollectionAdminDto, CollectionCardDto, CollectionPageDto, CooperativeFairsDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// The collections running today (anyone).
#[server(endpoint = "collections/running")]
pub async fn running_collections() -> Result<Vec<CollectionCardDto>, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    backend::services::collections::running(&state.db, ctx.locale).await
}

/// A collection's page (anyone once it has started; admins before).
#[server(endpoint = "collections/page")]
pub async fn collection_page(slug: String) -> Result<CollectionPageDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    backend::services::collections::page(
        &state,
        ctx.user.as_ref(),
        &slug,
        ctx.locale,
        ctx.catalog_clock,
    )
    .await
}

/// Every collection with its proposals waiting (admins).
#[server(endpoint = "admin/collections")]
pub async fn admin_collections() -> Result<Vec<CollectionAdminDto>, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    backend::services::collections::admin_list(&state.db, &user, ctx.locale).await
}

/// Creates a collection with its banner (admins). Multipart, under `/api/upload/`; back on the
/// list with `created=` the new page's slug.
#[server(endpoint = "upload/admin/collections/create", input = server_fn::codec::MultipartFormData)]
pub async fn create_collection(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::collections;
    use domain::collection::CollectionForm;
    let user = crate::ssr::request::admin()?;
    let state = AppState::current()?;
    let form = multipart::read(data).await?;
    let fields = CollectionForm {
        title_ar: form.text("title_ar"),
        title_fr: form.text("title_fr"),
        title_en: form.text("title_en"),
        text_ar: form.text("text_ar"),
        text_fr: form.text("text_fr"),
        text_en: form.text("text_en"),
        starts_on: form.text("starts_on"),
        ends_on: form.text("ends_on"),
        region: form.text("region"),
        sector: form.text("sector"),
        label: form.text("label"),
        category: form.text("category"),
        women_led: form.text("women_led") == "1",
        products: form.text("products"),
    };
    let banner = form.file("banner").filter(|b| !b.is_empty());
    let slug = collections::create(&state.db, &state.media, &user, &fields, banner).await?;
    leptos_axum::redirect(&format!("/admin/collections?created={slug}"));
    Ok(())
}

/// Accepts or declines a proposed product (admins); back on the list.
#[server(endpoint = "admin/collections/decide")]
pub async fn decide_collection_product(
    collection_id: String,
    product_id: String,
    decision: String,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    let user = crate::ssr::request::admin()?;
    let state = AppState::current()?;
    let accept = match decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    backend::services::collections::decide(
        &state.db,
        &user,
        parse_id(&collection_id)?,
        parse_id(&product_id)?,
        accept,
    )
    .await?;
    leptos_axum::redirect("/admin/collections?decided=1");
    Ok(())
}

/// The running fairs and the cooperative's products in them (its members).
#[server(endpoint = "cooperatives/fairs")]
pub async fn cooperative_fairs(cooperative_id: String) -> Result<CooperativeFairsDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    backend::services::collections::for_cooperative(
        &state.db,
        &user,
        parse_id(&cooperative_id)?,
        ctx.locale,
    )
    .await
}

/// Proposes one of the cooperative's products for a running fair (its members); back on its
/// fairs page with `proposed=1`.
#[server(endpoint = "cooperatives/fairs/propose")]
pub async fn propose_for_fair(
    cooperative_id: String,
    collection_id: String,
    product_id: String,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    backend::services::collections::propose(
        &state.db,
        &user,
        id,
        parse_id(&collection_id)?,
        parse_id(&product_id)?,
    )
    .await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/fairs?proposed=1"));
    Ok(())
}
