//! Volunteer certificates: an expert asks for one once a request of theirs is completed; it keeps
//! what their completed requests came to then (requests, hours, the cooperatives helped) under a
//! public code, and its page, printable in any of the three languages, is also its proof: anyone
//! opening `/certificates/{code}` sees what Taawon issued, read from the database.

use super::{browse, db_error, display_names};
use crate::{
    audit,
    dto::{CertificatePreviewDto, VolunteerCertificateDto},
    entity::{request, volunteer_certificate},
    error::AppError,
    user::CurrentUser,
};
use domain::{Locale, expert::RequestState};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

/// A cooperative as a certificate names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Helped {
    name_ar: String,
    name_fr: String,
}

impl Helped {
    fn name(&self, locale: Locale) -> String {
        if locale == Locale::Ar {
            self.name_ar.clone()
        } else {
            self.name_fr.clone()
        }
    }
}

/// What `expert`'s completed requests come to now: how many, the minutes logged on them and the
/// cooperatives helped (each once, in the order first helped).
async fn totals(
    db: &impl ConnectionTrait,
    expert: Uuid,
) -> Result<(i32, i32, Vec<Helped>), AppError> {
    let completed = request::Entity::find()
        .filter(request::Column::ExpertId.eq(expert))
        .filter(request::Column::State.eq(RequestState::Completed.code()))
        .order_by_asc(request::Column::CompletedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let coops = browse::cooperatives_by_id(db, completed.iter().map(|r| r.cooperative_id)).await?;
    let mut helped: Vec<Helped> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in &completed {
        if let Some(c) = coops.get(&r.cooperative_id)
            && seen.insert(c.id)
        {
            helped.push(Helped {
                name_ar: c.name_ar.clone(),
                name_fr: c.name_fr.clone(),
            });
        }
    }
    let minutes = completed.iter().map(|r| r.minutes_logged).sum();
    Ok((
        i32::try_from(completed.len()).unwrap_or(i32::MAX),
        minutes,
        helped,
    ))
}

/// The signed-in expert's totals now and their certificates.
pub async fn preview(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
) -> Result<CertificatePreviewDto, AppError> {
    let (completed, minutes, helped) = totals(db, user.id.into_uuid()).await?;
    let issued = volunteer_certificate::Entity::find()
        .filter(volunteer_certificate::Column::ExpertId.eq(user.id.into_uuid()))
        .order_by_desc(volunteer_certificate::Column::IssuedAt)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| (c.code, c.issued_at.format("%Y-%m-%d").to_string()))
        .collect();
    Ok(CertificatePreviewDto {
        completed,
        minutes,
        cooperatives: helped.iter().map(|h| h.name(locale)).collect(),
        issued,
    })
}

/// Issues the signed-in expert a certificate of what their completed requests come to now;
/// returns its code. Before any completed request: `NothingToCertify`, nothing written.
pub async fn issue(db: &DatabaseConnection, user: &CurrentUser) -> Result<String, AppError> {
    let expert = user.id.into_uuid();
    let (completed, minutes, helped) = totals(db, expert).await?;
    if completed == 0 {
        return Err(AppError::NothingToCertify);
    }
    let name = display_names(db, [expert])
        .await?
        .remove(&expert)
        .unwrap_or_default();
    let bytes: [u8; 10] = rand::random();
    let code: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let txn = super::begin_write(db).await?;
    volunteer_certificate::ActiveModel {
        id: Set(Uuid::now_v7()),
        code: Set(code.clone()),
        expert_id: Set(expert),
        expert_name: Set(name),
        completed: Set(completed),
        minutes: Set(minutes),
        cooperatives: Set(serde_json::to_string(&helped).map_err(|_| AppError::Internal)?),
        issued_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "certificate.issued",
        Some(code.clone()),
        json!({ "completed": completed, "minutes": minutes }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(code)
}

/// The certificate with `code`, for anyone (`NotFound` for a code never issued). `origin` is the
/// site's address, for the verification link.
pub async fn public(
    db: &DatabaseConnection,
    code: &str,
    locale: Locale,
    origin: &str,
) -> Result<VolunteerCertificateDto, AppError> {
    let valid = code.len() == 20 && code.chars().all(|c| c.is_ascii_hexdigit());
    if !valid {
        return Err(AppError::NotFound);
    }
    let c = volunteer_certificate::Entity::find()
        .filter(volunteer_certificate::Column::Code.eq(code))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let helped: Vec<Helped> = serde_json::from_str(&c.cooperatives).unwrap_or_default();
    Ok(VolunteerCertificateDto {
        verify_url: format!("{}/certificates/{}", origin.trim_end_matches('/'), c.code),
        code: c.code,
        expert_id: c.expert_id.to_string(),
        expert_name: c.expert_name,
        completed: c.completed,
        minutes: c.minutes,
        cooperatives: helped.iter().map(|h| h.name(locale)).collect(),
        issued_on: c.issued_at.format("%Y-%m-%d").to_string(),
    })
}
