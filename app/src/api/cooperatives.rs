//! Cooperatives over the wire: sign-up, the admin queue and decisions, storefronts.

use crate::{
    dto::{CooperativeFormDto, CooperativeSummary, QueueItemDto, StorefrontDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
fn summary(c: &backend::entity::cooperative::Model) -> CooperativeSummary {
    CooperativeSummary {
        id: c.id.to_string(),
        slug: c.slug.clone(),
        name_ar: c.name_ar.clone(),
        name_fr: c.name_fr.clone(),
        register_number: c.register_number.clone(),
        state: c.state,
        state_reason: c.state_reason.clone(),
        has_certificate: c.certificate_key.is_some(),
    }
}

#[cfg(feature = "ssr")]
use crate::ssr::request::signed_in;

/// Registers a cooperative (the signed-in user becomes its owner) and submits it for verification,
/// with its name-approval certificate or register extract. Multipart, so it lives under
/// `/api/upload/`, where bodies may hold one file.
#[server(endpoint = "upload/cooperatives/register", input = server_fn::codec::MultipartFormData)]
pub async fn register_cooperative(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::cooperatives;
    let user = signed_in()?;
    let state = AppState::current()?;
    let upload = multipart::read(data).await?;
    let form = form_of(&upload);
    cooperatives::register(
        &state.db,
        &state.media,
        &user,
        &form,
        upload.file("certificate"),
    )
    .await?;
    leptos_axum::redirect("/cooperatives/mine?submitted=1");
    Ok(())
}

#[cfg(feature = "ssr")]
fn form_of(
    upload: &crate::ssr::multipart::UploadForm,
) -> backend::services::cooperatives::CooperativeForm {
    backend::services::cooperatives::CooperativeForm {
        register_number: upload.text("register_number"),
        ice: upload.text("ice"),
        name_ar: upload.text("name_ar"),
        name_fr: upload.text("name_fr"),
        region: upload.text("region"),
        province: upload.text("province"),
        sector: upload.text("sector"),
        founded_on: upload.text("founded_on"),
        member_count: upload.text("member_count"),
        women_count: upload.text("women_count"),
        phone: upload.text("phone"),
    }
}

/// A cooperative's file for its members to correct.
#[server(endpoint = "cooperatives/file")]
pub async fn cooperative_for_edit(cooperative_id: String) -> Result<CooperativeFormDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::access;
    let user = signed_in()?;
    let state = AppState::current()?;
    let id = uuid::Uuid::parse_str(&cooperative_id).map_err(|_| AppError::NotFound)?;
    let c = access::member_of(&state.db, &user, id).await?;
    Ok(CooperativeFormDto {
        id: c.id.to_string(),
        state: c.state,
        state_reason: c.state_reason,
        register_number: c.register_number,
        ice: c.ice,
        name_ar: c.name_ar,
        name_fr: c.name_fr,
        region: c.region,
        province: c.province,
        sector: c.sector,
        founded_on: c.founded_on.format("%Y-%m-%d").to_string(),
        member_count: c.member_count.to_string(),
        women_count: c.women_count.to_string(),
        phone: c.phone,
    })
}

/// Sends a rejected cooperative's corrected file for verification again (a new certificate is
/// optional: without one the previous one is kept).
#[server(endpoint = "upload/cooperatives/resubmit", input = server_fn::codec::MultipartFormData)]
pub async fn resubmit_cooperative(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::ssr::{AppState, multipart};
    use backend::services::cooperatives;
    let user = signed_in()?;
    let state = AppState::current()?;
    let upload = multipart::read(data).await?;
    let id =
        uuid::Uuid::parse_str(&upload.text("cooperative_id")).map_err(|_| AppError::NotFound)?;
    cooperatives::resubmit(
        &state.db,
        &state.media,
        &user,
        id,
        &form_of(&upload),
        upload.file("certificate"),
    )
    .await?;
    leptos_axum::redirect("/cooperatives/mine?submitted=1");
    Ok(())
}

/// The signed-in user's cooperatives.
#[server(endpoint = "cooperatives/mine")]
pub async fn my_cooperatives() -> Result<Vec<CooperativeSummary>, AppError> {
    use crate::ssr::AppState;
    use backend::services::cooperatives;
    let user = signed_in()?;
    let state = AppState::current()?;
    Ok(cooperatives::of_member(&state.db, user.id)
        .await?
        .iter()
        .map(summary)
        .collect())
}

/// The admin verification queue for `state` (`submitted` by default).
#[server(endpoint = "admin/cooperatives/queue")]
pub async fn verification_queue(state: Option<String>) -> Result<Vec<QueueItemDto>, AppError> {
    use crate::ssr::AppState;
    use backend::services::cooperatives;
    let user = signed_in()?;
    let app = AppState::current()?;
    let wanted = state
        .as_deref()
        .filter(|s| ["submitted", "verified", "rejected", "suspended"].contains(s))
        .unwrap_or("submitted");
    let items = cooperatives::queue(&app.db, &user, wanted).await?;
    Ok(items
        .into_iter()
        .map(|item| {
            let c = &item.cooperative;
            QueueItemDto {
                cooperative: summary(c),
                ice: c.ice.clone(),
                region: c.region.clone(),
                province: c.province.clone(),
                sector: c.sector.clone(),
                member_count: c.member_count,
                women_count: c.women_count,
                submitted_at: c
                    .submitted_at
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                register_status: item.register_entry.as_ref().map(|e| e.status),
                register_flag: c.register_flag,
                register_entry: item
                    .register_entry
                    .map(|e| (e.name_ar, e.name_fr, e.region)),
                register_match: item.register_match,
            }
        })
        .collect())
}

/// An admin decision: `verify`, `reject` (with a reason), `suspend` (with a reason) or `reinstate`.
#[server(endpoint = "admin/cooperatives/decide")]
pub async fn decide_cooperative(
    id: String,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::cooperatives::{self, Decision};
    let user = signed_in()?;
    user.require(domain::Role::Admin)?;
    let state = AppState::current()?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let decision = match decision.as_str() {
        "verify" => Decision::Verify,
        "reject" => Decision::Reject,
        "suspend" => Decision::Suspend,
        "reinstate" => Decision::Reinstate,
        _ => return Err(AppError::BadRequest),
    };
    cooperatives::decide(
        &state.db,
        &user,
        id,
        decision,
        reason.as_deref().unwrap_or_default(),
    )
    .await?;
    Ok(())
}

/// A verified cooperative's storefront; `NotFound` for every other state.
#[server(endpoint = "cooperatives/storefront")]
pub async fn storefront(slug: String) -> Result<StorefrontDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::{cooperatives, identity};
    use backend::structured_data::{self, OrganizationFacts};
    use chrono::Datelike;
    let locale = request_ctx()?.locale;
    let state = AppState::current()?;
    let c = cooperatives::public_by_slug(&state.db, &slug).await?;
    let identity = match identity::current(&state.db, c.id).await? {
        Some(model) => Some(identity::to_dto(&state.db, model).await?),
        None => None,
    };
    let settings = state.settings();
    let base = settings.public_url.trim_end_matches('/');
    let og_image = identity
        .as_ref()
        .and_then(|i| i.logo.as_ref().or(i.banner.as_ref()))
        .map(|img| format!("{base}{}", img.largest));
    let canonical_url = format!("{base}/c/{}", c.slug);
    let (name, other_name) = if locale == domain::Locale::Ar {
        (&c.name_ar, &c.name_fr)
    } else {
        (&c.name_fr, &c.name_ar)
    };
    let logo = identity
        .as_ref()
        .and_then(|i| i.logo.as_ref())
        .map(|img| format!("{base}{}", img.largest));
    let json_ld = structured_data::script(&structured_data::organization(&OrganizationFacts {
        name,
        other_name,
        url: &canonical_url,
        logo: logo.as_deref(),
        description: identity
            .as_ref()
            .map(|i| i.tagline(locale))
            .filter(|t| !t.is_empty()),
        region: domain::geo::Region::from_code(&c.region).map_or("", |r| r.name(locale)),
        province: domain::geo::province_by_code(&c.province).map_or("", |(_, p)| p.name(locale)),
        founded_year: c.founded_on.year(),
        register_number: &c.register_number,
    }));
    Ok(StorefrontDto {
        canonical_url,
        og_image,
        json_ld,
        slug: c.slug,
        name_ar: c.name_ar,
        name_fr: c.name_fr,
        register_number: c.register_number,
        region: c.region,
        province: c.province,
        sector: c.sector,
        founded_year: c.founded_on.year(),
        member_count: c.member_count,
        women_count: c.women_count,
        reviews: backend::services::reviews::of_cooperative(&state.db, c.id).await?,
        identity,
    })
}
