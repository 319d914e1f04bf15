//! What the programme achieved: an expert's public profile (impact) and the admin report.

use super::{rating_dto, ratings_of};
use crate::services::access;
use crate::services::display_names;
use crate::{
    dto::{ExpertRatingDto, RequestsReportDto},
    entity::{cooperative_identity, expert, expert_rating, request, shipment},
    error::AppError,
    services::{browse, db_error, experts, identity},
    user::CurrentUser,
};
use domain::expert::{ExpertState, RequestState, Skill};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

/// An expert's public page: the verified profile, completed requests with before/after and the
/// cooperative's sales around the new identity, hours and ratings.
pub async fn public_profile(
    db: &DatabaseConnection,
    expert_id: Uuid,
) -> Result<crate::dto::ExpertPublicDto, AppError> {
    let profile = expert::Entity::find_by_id(expert_id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|e| e.state == ExpertState::Verified)
        .ok_or(AppError::NotFound)?;
    let name = display_names(db, [expert_id])
        .await?
        .remove(&expert_id)
        .unwrap_or_default();
    let profile = experts::to_dto(db, profile, name, None).await?;
    // One read of the expert's requests: hours over all of them, the work over the completed.
    let held = request::Entity::find()
        .filter(request::Column::ExpertId.eq(expert_id))
        .order_by_desc(request::Column::CompletedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let minutes: i64 = held.iter().map(|r| i64::from(r.minutes_logged)).sum();
    let completed: Vec<request::Model> = held
        .into_iter()
        .filter(|r| r.state == RequestState::Completed)
        .collect();
    let coops = browse::cooperatives_by_id(db, completed.iter().map(|r| r.cooperative_id)).await?;
    let mut work = Vec::with_capacity(completed.len());
    for r in &completed {
        let version = |v: Option<i32>| async move {
            match v {
                Some(v) => match cooperative_identity::Entity::find()
                    .filter(cooperative_identity::Column::CooperativeId.eq(r.cooperative_id))
                    .filter(cooperative_identity::Column::Version.eq(v))
                    .one(db)
                    .await
                    .map_err(db_error)?
                {
                    Some(m) => identity::to_dto(db, m).await.map(Some),
                    None => Ok(None),
                },
                None => Ok::<_, AppError>(None),
            }
        };
        let before = version(r.identity_before_version).await?;
        let after = version(r.identity_applied_version).await?;
        let (sales_before, sales_after) = match r.applied_at {
            Some(at) => (
                sales(db, r.cooperative_id, at - chrono::Duration::days(30), at).await?,
                sales(db, r.cooperative_id, at, at + chrono::Duration::days(30)).await?,
            ),
            None => (0, 0),
        };
        let coop = coops.get(&r.cooperative_id);
        work.push(crate::dto::CompletedWorkDto {
            request_id: r.id.to_string(),
            title: r.title.clone(),
            skill: Skill::from_code(&r.skill).unwrap_or(Skill::VisualIdentity),
            cooperative_name_ar: coop.map(|c| c.name_ar.clone()).unwrap_or_default(),
            cooperative_name_fr: coop.map(|c| c.name_fr.clone()).unwrap_or_default(),
            cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
            completed_at: r
                .completed_at
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            before,
            after,
            live_since: r.applied_at.map(|d| d.format("%Y-%m-%d").to_string()),
            sales_before,
            sales_after,
        });
    }
    let ratings: Vec<ExpertRatingDto> = expert_rating::Entity::find()
        .filter(expert_rating::Column::ExpertId.eq(expert_id))
        .filter(expert_rating::Column::FromSide.eq("cooperative"))
        .order_by_desc(expert_rating::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(rating_dto)
        .collect();
    let rating_tenths = ratings_of(db, [expert_id]).await?.get(&expert_id).copied();
    Ok(crate::dto::ExpertPublicDto {
        profile,
        completed: u32::try_from(completed.len()).unwrap_or(u32::MAX),
        minutes,
        rating_tenths,
        ratings,
        work,
    })
}

/// Goods sold by a cooperative in `[from, to)`: parts of orders placed then and not cancelled.
async fn sales(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> Result<i64, AppError> {
    // A month of one cooperative's parts: few rows, summed here (SUM of a BIGINT is NUMERIC on
    // PostgreSQL, which would need a cast per backend).
    let amounts: Vec<i64> = shipment::Entity::find()
        .select_only()
        .column(shipment::Column::GoodsCentimes)
        .filter(shipment::Column::CooperativeId.eq(cooperative_id))
        .filter(shipment::Column::State.ne("cancelled"))
        .filter(shipment::Column::CreatedAt.gte(from))
        .filter(shipment::Column::CreatedAt.lt(to))
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(amounts.iter().fold(0i64, |a, b| a.saturating_add(*b)))
}

/// The programme's figures for admins: requests by state and type, median time to the first
/// claim, completion rate and hours.
pub async fn report(
    db: &DatabaseConnection,
    admin: &CurrentUser,
) -> Result<RequestsReportDto, AppError> {
    access::admin(admin)?;
    let all = request::Entity::find().all(db).await.map_err(db_error)?;
    let by_state = RequestState::ALL
        .map(|s| {
            let n = all.iter().filter(|r| r.state == s).count();
            (s, u32::try_from(n).unwrap_or(u32::MAX))
        })
        .to_vec();
    let by_skill = Skill::ALL
        .iter()
        .map(|s| {
            let n = all.iter().filter(|r| r.skill == s.code()).count();
            (*s, u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect();
    let waits: Vec<i64> = all
        .iter()
        .filter_map(|r| {
            r.first_claimed_at
                .map(|c| (c - r.created_at).num_minutes().max(0))
        })
        .collect();
    let median_hours_to_claim = domain::report::median(waits)
        .map(|minutes| u32::try_from((minutes + 30) / 60).unwrap_or(u32::MAX));
    let ever_claimed = all.iter().filter(|r| r.first_claimed_at.is_some()).count();
    let completed = all
        .iter()
        .filter(|r| r.state == RequestState::Completed)
        .count();
    let completion_percent = (ever_claimed > 0)
        .then(|| u32::try_from((completed * 100 + ever_claimed / 2) / ever_claimed).unwrap_or(100));
    let total_minutes = all.iter().map(|r| i64::from(r.minutes_logged)).sum();
    Ok(RequestsReportDto {
        by_state,
        by_skill,
        median_hours_to_claim,
        completion_percent,
        total_minutes,
    })
}
