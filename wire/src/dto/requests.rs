//! The expert programme: profiles, requests, their thread, deliverables and report.

use super::cooperatives::IdentityDto;
use super::media::ImageDto;
use domain::expert::{ExpertState, RequestState};
use serde::{Deserialize, Serialize};

/// An expert's profile as its owner, an admin or (once verified) anyone sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertProfileDto {
    pub user_id: String,
    pub display_name: String,
    pub state: ExpertState,
    pub state_reason: Option<String>,
    pub bio: String,
    pub skills: Vec<domain::expert::Skill>,
    pub languages: Vec<domain::expert::Language>,
    pub regions: Vec<domain::geo::Region>,
    pub remote: bool,
    pub on_site: bool,
    pub capacity: u32,
    /// Requests held now.
    pub held: u32,
    pub portfolio: Vec<ImageDto>,
    /// The media hash of each portfolio image, in the same order (for removing one).
    pub portfolio_keys: Vec<String>,
    /// Filled in for admins only.
    pub email: Option<String>,
}

/// A completed request on an expert's public profile: the identity before and after, and the
/// cooperative's sales in the 30 days before and after it went live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletedWorkDto {
    pub request_id: String,
    pub title: String,
    pub skill: domain::expert::Skill,
    pub cooperative_name_ar: String,
    pub cooperative_name_fr: String,
    pub cooperative_slug: String,
    pub completed_at: String,
    pub before: Option<IdentityDto>,
    pub after: Option<IdentityDto>,
    /// When the new identity went live (`YYYY-MM-DD`).
    pub live_since: Option<String>,
    /// Centimes of delivered or ongoing sales in the 30 days before going live.
    pub sales_before: i64,
    /// The same, in the 30 days after (so far).
    pub sales_after: i64,
}

/// A rating one side gave the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertRatingDto {
    pub stars: u8,
    pub body: Option<String>,
    /// `cooperative` (about the expert) or `expert` (about the cooperative).
    pub from_side: String,
    pub created_at: String,
}

/// An expert's public profile with its impact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertPublicDto {
    pub profile: ExpertProfileDto,
    pub completed: u32,
    pub minutes: i64,
    /// Average rating from cooperatives in tenths of a star.
    pub rating_tenths: Option<u32>,
    pub ratings: Vec<ExpertRatingDto>,
    pub work: Vec<CompletedWorkDto>,
}

/// A request for help in a list or on its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestDto {
    pub id: String,
    pub cooperative_id: String,
    pub cooperative_slug: String,
    pub cooperative_name_ar: String,
    pub cooperative_name_fr: String,
    pub region: Option<domain::geo::Region>,
    pub skill: domain::expert::Skill,
    pub title: String,
    pub description: String,
    pub languages: Vec<domain::expert::Language>,
    pub on_site: bool,
    pub deadline: Option<String>,
    pub state: RequestState,
    pub expert_id: Option<String>,
    pub expert_name: Option<String>,
    pub created_at: String,
    pub waited_days: u32,
    pub minutes_logged: i32,
    /// Why it was suggested to the viewing expert (empty elsewhere).
    pub reasons: Vec<domain::expert::Reason>,
    /// Whether the cooperative invited the viewing expert.
    pub invited_me: bool,
    /// Whether the cooperative accepted the holding expert's claim.
    pub claim_accepted: bool,
}

/// A claim the cooperative declined, or an engagement it ended, with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimEndingDto {
    /// `declined` or `ended`.
    pub kind: String,
    pub expert_name: String,
    pub reason: String,
    pub created_at: String,
}

/// One message of a request's thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestMessageDto {
    pub author: String,
    /// `cooperative`, `expert` or `admin`.
    pub side: String,
    pub mine: bool,
    pub body: String,
    pub created_at: String,
}

/// Work an expert handed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliverableDto {
    pub id: String,
    pub note: String,
    pub image: Option<ImageDto>,
    pub primary_colour: Option<String>,
    pub secondary_colour: Option<String>,
    pub created_at: String,
    /// A logo and a palette the cooperative can make its storefront's identity.
    pub applicable: bool,
    /// The original file's type when one is kept (`image/svg+xml`, `application/pdf`): it
    /// downloads from `/deliverables/{id}/original`.
    pub original_type: Option<String>,
}

/// An expert suggested to a cooperative for its request, with the reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestedExpertDto {
    pub user_id: String,
    pub display_name: String,
    pub reasons: Vec<domain::expert::Reason>,
    pub invited: bool,
}

/// Everything the page of one request shows, cut to what the viewer may see and do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestPageDto {
    pub request: RequestDto,
    /// The viewer is an owner or manager of the cooperative.
    pub member: bool,
    /// The viewer is the expert holding it.
    pub holder: bool,
    /// The viewer is a verified expert who could claim it now.
    pub can_claim: bool,
    pub admin: bool,
    /// Shown to the cooperative and the holding expert (and admins) only.
    pub messages: Vec<RequestMessageDto>,
    pub deliverables: Vec<DeliverableDto>,
    /// For the cooperative, while the request is open.
    pub suggested: Vec<SuggestedExpertDto>,
    pub ratings: Vec<ExpertRatingDto>,
    /// Whether the viewer's side has rated already.
    pub rated: bool,
    /// The identity version an applied deliverable became (undo shows while set).
    pub applied_version: Option<i32>,
    /// Claims declined and engagements ended: all of them for the cooperative and admins, the
    /// viewer's own for an expert.
    pub endings: Vec<ClaimEndingDto>,
}

/// What the expert's request list shows: suggestions and every open request, filtered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestBoardDto {
    /// The viewer's profile, if they applied.
    pub profile: Option<ExpertProfileDto>,
    pub suggested: Vec<RequestDto>,
    pub open: Vec<RequestDto>,
    /// Requests the viewer holds or held.
    pub mine: Vec<RequestDto>,
}

/// A cooperative's requests and whether it may post another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeRequestsDto {
    pub cooperative_id: String,
    pub name_ar: String,
    pub name_fr: String,
    pub verified: bool,
    pub requests: Vec<RequestDto>,
    pub max_open: u32,
    pub open_count: u32,
}

/// The admin report of the expert programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestsReportDto {
    pub by_state: Vec<(RequestState, u32)>,
    pub by_skill: Vec<(domain::expert::Skill, u32)>,
    /// Median hours from posting to the first claim, over claimed requests.
    pub median_hours_to_claim: Option<u32>,
    /// Completed over completed-or-cancelled-or-held, in percent.
    pub completion_percent: Option<u32>,
    pub total_minutes: i64,
}

/// The admin page of experts: the queue of one state and the programme's report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertQueueDto {
    pub experts: Vec<ExpertProfileDto>,
    pub report: RequestsReportDto,
}

/// A volunteer certificate as its public page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VolunteerCertificateDto {
    pub code: String,
    pub expert_id: String,
    pub expert_name: String,
    /// Completed requests when it was issued.
    pub completed: i32,
    /// Minutes logged on them.
    pub minutes: i32,
    /// The cooperatives helped, named in the reader's language (Arabic, else French).
    pub cooperatives: Vec<String>,
    /// `YYYY-MM-DD`.
    pub issued_on: String,
    /// The address anyone may open to check it.
    pub verify_url: String,
}

/// What a certificate would say now, and the ones already issued (the expert's own page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificatePreviewDto {
    pub completed: i32,
    pub minutes: i32,
    pub cooperatives: Vec<String>,
    /// Codes and days of the certificates issued, newest first.
    pub issued: Vec<(String, String)>,
}
