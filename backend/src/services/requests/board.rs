//! Reading requests: the experts' board (ranked, with the reasons), a cooperative's requests,
//! and a request's page with its thread, deliverables and suggested experts.

use super::{find, participant, rating_dto, ratings_of, whole_days};
use crate::services::access;
use crate::services::display_names;
use crate::{
    dto::{
        ClaimEndingDto, CooperativeRequestsDto, DeliverableDto, RequestBoardDto, RequestDto,
        RequestMessageDto, RequestPageDto, SuggestedExpertDto,
    },
    entity::{
        claim_ending, cooperative, deliverable, expert, expert_rating, request, request_message,
    },
    error::AppError,
    services::{browse, db_error, experts, media},
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    Role,
    expert::{
        ExpertFit, ExpertState, Language, Match, RequestFit, RequestState, Skill, rank, score,
        split_codes,
    },
    geo::Region,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

/// The most open requests a board lists.
const BOARD_LIMIT: usize = 100;

/// The most experts suggested to a cooperative.
const SUGGESTED_EXPERTS: usize = 5;

fn fit_of<'a>(
    e: &expert::Model,
    skills: &'a [Skill],
    languages: &'a [Language],
    regions: &'a [Region],
    held: u32,
    rating_tenths: Option<u32>,
) -> ExpertFit<'a> {
    ExpertFit {
        skills,
        languages,
        regions,
        remote: e.remote,
        on_site: e.on_site,
        capacity: u32::try_from(e.capacity).unwrap_or(0),
        held,
        rating_tenths,
    }
}

fn dto(
    r: &request::Model,
    coop: Option<&cooperative::Model>,
    expert_name: Option<String>,
    now: chrono::DateTime<chrono::Utc>,
) -> RequestDto {
    RequestDto {
        id: r.id.to_string(),
        cooperative_id: r.cooperative_id.to_string(),
        cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
        cooperative_name_ar: coop.map(|c| c.name_ar.clone()).unwrap_or_default(),
        cooperative_name_fr: coop.map(|c| c.name_fr.clone()).unwrap_or_default(),
        region: coop.and_then(|c| Region::from_code(&c.region)),
        skill: Skill::from_code(&r.skill).unwrap_or(Skill::VisualIdentity),
        title: r.title.clone(),
        description: r.description.clone(),
        languages: split_codes(&r.languages, Language::from_code),
        on_site: r.on_site,
        deadline: r.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
        state: r.state,
        expert_id: r.expert_id.map(|e| e.to_string()),
        expert_name,
        created_at: r.created_at.format("%Y-%m-%d").to_string(),
        waited_days: whole_days(r.opened_at, now),
        minutes_logged: r.minutes_logged,
        reasons: Vec::new(),
        invited_me: false,
        claim_accepted: r.claim_accepted_at.is_some(),
    }
}

async fn dtos(
    db: &impl ConnectionTrait,
    requests: &[request::Model],
) -> Result<Vec<RequestDto>, AppError> {
    let coops = browse::cooperatives_by_id(db, requests.iter().map(|r| r.cooperative_id)).await?;
    let names = display_names(db, requests.iter().filter_map(|r| r.expert_id)).await?;
    let now = chrono::Utc::now();
    Ok(requests
        .iter()
        .map(|r| {
            dto(
                r,
                coops.get(&r.cooperative_id),
                r.expert_id.and_then(|e| names.get(&e).cloned()),
                now,
            )
        })
        .collect())
}

/// A filter of the board of open requests.
#[derive(Debug, Clone, Default)]
pub struct BoardFilter {
    pub skill: Option<Skill>,
    pub region: Option<Region>,
    pub on_site: Option<bool>,
}

/// What an expert's board shows: their profile, the open requests ranked for them ("suggested
/// for you", with reasons, only those matching a skill), every open request (filtered), and the
/// requests they hold or held.
pub async fn board(
    db: &DatabaseConnection,
    user: &CurrentUser,
    filter: &BoardFilter,
) -> Result<RequestBoardDto, AppError> {
    let profile_model = expert::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?;
    let open_models = request::Entity::find()
        .filter(request::Column::State.eq(RequestState::Open.code()))
        .order_by_asc(request::Column::OpenedAt)
        .limit(1_000)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut open = dtos(db, &open_models).await?;
    let me = user.id.into_uuid();
    for (dto, model) in open.iter_mut().zip(&open_models) {
        dto.invited_me = model.invited_expert_id == Some(me);
    }
    let mut suggested = Vec::new();
    if let Some(p) = profile_model
        .as_ref()
        .filter(|p| p.state == ExpertState::Verified)
    {
        let skills = split_codes(&p.skills, Skill::from_code);
        let languages = split_codes(&p.languages, Language::from_code);
        let regions = split_codes(&p.regions, Region::from_code);
        let held = experts::held_by(db, [me])
            .await?
            .get(&me)
            .copied()
            .unwrap_or(0);
        let rating = ratings_of(db, [me]).await?.get(&me).copied();
        let fit = fit_of(p, &skills, &languages, &regions, held, rating);
        let scored: Vec<(usize, Match, u32)> = open
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let region = r.region?;
                let m = score(
                    &fit,
                    &RequestFit {
                        skill: r.skill,
                        languages: &r.languages,
                        on_site: r.on_site,
                        region,
                        waited_days: r.waited_days,
                    },
                );
                Some((i, m, r.waited_days))
            })
            .collect();
        for (i, m) in rank(scored)
            .into_iter()
            .filter(|(i, _)| skills.contains(&open[*i].skill))
            .take(10)
        {
            let mut dto = open[i].clone();
            dto.reasons = m.reasons;
            suggested.push(dto);
        }
    }
    open.retain(|r| {
        filter.skill.is_none_or(|s| r.skill == s)
            && filter.region.is_none_or(|g| r.region == Some(g))
            && filter.on_site.is_none_or(|o| r.on_site == o)
    });
    open.truncate(BOARD_LIMIT);
    let mine_models = request::Entity::find()
        .filter(request::Column::ExpertId.eq(me))
        .order_by_desc(request::Column::UpdatedAt)
        .limit(50)
        .all(db)
        .await
        .map_err(db_error)?;
    let mine = dtos(db, &mine_models).await?;
    let profile = match profile_model {
        Some(p) => Some(experts::to_dto(db, p, user.display_name.clone(), None).await?),
        None => None,
    };
    Ok(RequestBoardDto {
        profile,
        suggested,
        open,
        mine,
    })
}

/// A cooperative's requests, newest first, for its members.
pub async fn of_cooperative(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<CooperativeRequestsDto, AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    let models = request::Entity::find()
        .filter(request::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(request::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let requests = dtos(db, &models).await?;
    let open_count = models.iter().filter(|r| r.state.is_active()).count();
    Ok(CooperativeRequestsDto {
        cooperative_id: coop.id.to_string(),
        name_ar: coop.name_ar.clone(),
        name_fr: coop.name_fr.clone(),
        verified: coop.state == domain::cooperative::CooperativeStatus::Verified,
        requests,
        max_open: settings.requests.max_open_requests,
        open_count: u32::try_from(open_count).unwrap_or(u32::MAX),
    })
}

/// The page of one request. Open requests are visible to every signed-in user (so experts can
/// read them before claiming); once claimed, only the cooperative, the holding expert and admins
/// see the request, its thread and its deliverables.
pub async fn page(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<RequestPageDto, AppError> {
    let r = find(db, request_id).await?;
    let state = r.state;
    // Not a participant is an answer (`None`); a failed read stays an error.
    let side = match participant(db, user, &r).await {
        Ok(side) => Some(side),
        Err(AppError::NotFound) => None,
        Err(e) => return Err(e),
    };
    if side.is_none() && state != RequestState::Open {
        return Err(AppError::NotFound);
    }
    let mut request = dtos(db, std::slice::from_ref(&r))
        .await?
        .pop()
        .ok_or(AppError::Internal)?;
    request.invited_me = r.invited_expert_id == Some(user.id.into_uuid());
    let member = side == Some("cooperative");
    let holder = side == Some("expert");
    let admin = user.has_role(Role::Admin);
    let own = expert::Entity::find_by_id(user.id.into_uuid())
        .one(db)
        .await
        .map_err(db_error)?;
    let can_claim = state == RequestState::Open
        && !member
        && own
            .as_ref()
            .is_some_and(|e| e.state == ExpertState::Verified);
    let (mut messages, mut deliverables, mut ratings) = (Vec::new(), Vec::new(), Vec::new());
    let mut rated = false;
    if side.is_some() {
        let thread = request_message::Entity::find()
            .filter(request_message::Column::RequestId.eq(r.id))
            .order_by_asc(request_message::Column::CreatedAt)
            .all(db)
            .await
            .map_err(db_error)?;
        let names = display_names(db, thread.iter().map(|m| m.author_id)).await?;
        for m in thread {
            let author_side = if Some(m.author_id) == r.expert_id {
                "expert"
            } else {
                "cooperative"
            };
            messages.push(RequestMessageDto {
                author: names.get(&m.author_id).cloned().unwrap_or_default(),
                side: author_side.to_owned(),
                mine: m.author_id == user.id.into_uuid(),
                body: m.body,
                created_at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
            });
        }
        for d in deliverable::Entity::find()
            .filter(deliverable::Column::RequestId.eq(r.id))
            .order_by_desc(deliverable::Column::CreatedAt)
            .all(db)
            .await
            .map_err(db_error)?
        {
            let image = match d.image_keys.split(',').find(|k| !k.is_empty()) {
                Some(key) => media::find(db, key)
                    .await?
                    .and_then(|m| media::to_dto(&m, r.title.clone())),
                None => None,
            };
            deliverables.push(DeliverableDto {
                id: d.id.to_string(),
                note: d.note,
                image,
                applicable: d.logo_key.is_some()
                    && d.primary_colour.is_some()
                    && d.secondary_colour.is_some(),
                primary_colour: d.primary_colour,
                secondary_colour: d.secondary_colour,
                created_at: d.created_at.format("%Y-%m-%d %H:%M").to_string(),
                original_type: d.original_type,
            });
        }
        for rating in expert_rating::Entity::find()
            .filter(expert_rating::Column::RequestId.eq(r.id))
            .all(db)
            .await
            .map_err(db_error)?
        {
            rated |= Some(rating.from_side.as_str()) == side;
            ratings.push(rating_dto(rating));
        }
    }
    let endings = endings(db, &r, user, member || admin).await?;
    let suggested = if member && state == RequestState::Open {
        suggest_experts(db, &r, &request).await?
    } else {
        Vec::new()
    };
    Ok(RequestPageDto {
        request,
        member,
        holder,
        can_claim,
        admin,
        messages,
        deliverables,
        suggested,
        ratings,
        rated,
        applied_version: r.identity_applied_version,
        endings,
    })
}

/// The claims declined and engagements ended on `r`: every one when `all`, else the viewer's.
async fn endings(
    db: &impl ConnectionTrait,
    r: &request::Model,
    user: &CurrentUser,
    all: bool,
) -> Result<Vec<ClaimEndingDto>, AppError> {
    let mut query = claim_ending::Entity::find()
        .filter(claim_ending::Column::RequestId.eq(r.id))
        .order_by_desc(claim_ending::Column::CreatedAt);
    if !all {
        query = query.filter(claim_ending::Column::ExpertId.eq(user.id.into_uuid()));
    }
    let rows = query.all(db).await.map_err(db_error)?;
    let names = display_names(db, rows.iter().map(|e| e.expert_id)).await?;
    Ok(rows
        .into_iter()
        .map(|e| ClaimEndingDto {
            expert_name: names.get(&e.expert_id).cloned().unwrap_or_default(),
            kind: e.kind,
            reason: e.reason,
            created_at: e.created_at.format("%Y-%m-%d %H:%M").to_string(),
        })
        .collect())
}

/// Verified experts with the skill and free capacity, best first, with the reasons.
async fn suggest_experts(
    db: &impl ConnectionTrait,
    r: &request::Model,
    dto: &RequestDto,
) -> Result<Vec<SuggestedExpertDto>, AppError> {
    let Some(region) = dto.region else {
        return Ok(Vec::new());
    };
    let candidates: Vec<expert::Model> = expert::Entity::find()
        .filter(expert::Column::State.eq(ExpertState::Verified.code()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(|e| split_codes(&e.skills, Skill::from_code).contains(&dto.skill))
        .collect();
    let ids: Vec<Uuid> = candidates.iter().map(|e| e.user_id).collect();
    let held = experts::held_by(db, ids.clone()).await?;
    let ratings = ratings_of(db, ids.clone()).await?;
    let names = display_names(db, ids).await?;
    let fit = RequestFit {
        skill: dto.skill,
        languages: &dto.languages,
        on_site: dto.on_site,
        region,
        waited_days: dto.waited_days,
    };
    let scored: Vec<(Uuid, Match, u32)> = candidates
        .iter()
        .filter_map(|e| {
            let (skills, languages, regions) = (
                split_codes(&e.skills, Skill::from_code),
                split_codes(&e.languages, Language::from_code),
                split_codes(&e.regions, Region::from_code),
            );
            let held = held.get(&e.user_id).copied().unwrap_or(0);
            if held >= u32::try_from(e.capacity).unwrap_or(0) {
                return None;
            }
            let expert = fit_of(
                e,
                &skills,
                &languages,
                &regions,
                held,
                ratings.get(&e.user_id).copied(),
            );
            Some((e.user_id, score(&expert, &fit), 0))
        })
        .collect();
    Ok(rank(scored)
        .into_iter()
        .take(SUGGESTED_EXPERTS)
        .map(|(id, m)| SuggestedExpertDto {
            user_id: id.to_string(),
            display_name: names.get(&id).cloned().unwrap_or_default(),
            reasons: m.reasons,
            invited: r.invited_expert_id == Some(id),
        })
        .collect())
}
