//! Cooperatives: their file, storefront, identity, team and invitations.

use super::media::ImageDto;
use super::reviews::ReviewsDto;
use serde::{Deserialize, Serialize};

/// A cooperative as its members see it (any state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeSummary {
    pub id: String,
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub register_number: String,
    pub state: domain::cooperative::CooperativeStatus,
    pub state_reason: Option<String>,
    /// Whether a certificate was uploaded (members and admins may download it).
    pub has_certificate: bool,
}

/// A line of the admin verification queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItemDto {
    pub cooperative: CooperativeSummary,
    pub ice: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub member_count: i32,
    pub women_count: i32,
    pub submitted_at: String,
    /// The register entry of that number, `(name_ar, name_fr, region)`.
    pub register_entry: Option<(String, String, String)>,
    pub register_match: domain::registry::RegisterMatch,
    /// The register entry's legal status (`None`: not in the register).
    pub register_status: Option<domain::registry::RegistryStatus>,
    /// The register's status that sent a verified cooperative back here, until an admin decides.
    pub register_flag: Option<domain::registry::RegistryStatus>,
}

/// A verified cooperative's public storefront.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorefrontDto {
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub register_number: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub founded_year: i32,
    pub member_count: i32,
    pub women_count: i32,
    /// The current visual identity, once one was saved.
    pub identity: Option<IdentityDto>,
    /// Absolute URL of the storefront (for Open Graph).
    pub canonical_url: String,
    /// Absolute URL of the logo (else the banner), for link previews.
    pub og_image: Option<String>,
    /// The cooperative as a schema.org `Organization`, safe inside `<script>`.
    pub json_ld: String,
    /// The latest reviews of its products and their average.
    pub reviews: ReviewsDto,
}

impl StorefrontDto {
    /// Women are at least half of the members.
    pub fn women_led(&self) -> bool {
        self.member_count > 0 && self.women_count * 2 >= self.member_count
    }
}

/// One version of a visual identity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityDto {
    pub version: i32,
    pub logo: Option<ImageDto>,
    pub banner: Option<ImageDto>,
    pub primary_colour: String,
    pub secondary_colour: String,
    pub tagline_ar: String,
    pub tagline_fr: String,
    pub tagline_en: String,
    pub story_ar: String,
    pub story_fr: String,
    pub story_en: String,
    pub created_at: String,
}

impl IdentityDto {
    /// The tagline in `locale`, falling back through the other languages.
    pub fn tagline(&self, locale: domain::Locale) -> &str {
        pick(
            locale,
            [&self.tagline_ar, &self.tagline_fr, &self.tagline_en],
        )
    }

    /// The story in `locale`, falling back through the other languages.
    pub fn story(&self, locale: domain::Locale) -> &str {
        pick(locale, [&self.story_ar, &self.story_fr, &self.story_en])
    }
}

/// The text in `locale` if any, else the next language of the fallback chain
/// ([`domain::product::pick`]).
pub fn pick(locale: domain::Locale, [ar, fr, en]: [&String; 3]) -> &str {
    domain::product::pick(locale, [ar.as_str(), fr.as_str(), en.as_str()])
}

/// The identity editor's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityEditorDto {
    pub cooperative_id: String,
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub verified: bool,
    /// Colours suggested from the current logo's palette.
    pub palette: Vec<String>,
    pub current: Option<IdentityDto>,
    pub versions: Vec<IdentityDto>,
}

/// A cooperative's own settings, as its members see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CooperativeSettingsDto {
    pub cooperative_id: String,
    pub slug: String,
    /// Whether it is verified (its legal details then change only by an admin's decision).
    pub verified: bool,
    /// Whether the reader is one of its owners (only they propose legal changes).
    pub is_owner: bool,
    /// Its legal details as recorded (and as the public sees them).
    pub legal: LegalDetailsDto,
    /// Whether buyers may pay its parcels in cash on delivery.
    pub cash_on_delivery: bool,
    /// The WhatsApp number it publishes (national form), or empty.
    pub whatsapp: String,
    /// The public profile: phone (national form), head counts, sector code.
    pub phone: String,
    pub member_count: i32,
    pub women_count: i32,
    pub sector: String,
    /// Its latest proposal to change the legal details: waiting, or the last decided one.
    pub legal_change: Option<LegalChangeDto>,
}

/// A cooperative's legal details: what the register and the tax office know it by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalDetailsDto {
    pub register_number: String,
    pub ice: String,
    pub name_ar: String,
    pub name_fr: String,
}

/// A proposal to change a verified cooperative's legal details, and its decision once made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalChangeDto {
    pub id: String,
    pub cooperative_id: String,
    pub slug: String,
    /// As recorded now (public until an admin accepts the proposal).
    pub current: LegalDetailsDto,
    pub proposed: LegalDetailsDto,
    /// `YYYY-MM-DD HH:MM` (UTC).
    pub proposed_at: String,
    /// The register's entry for the proposed number: its status (`None`: not in the register)
    /// and how the proposed names compare with it.
    pub register_status: Option<domain::registry::RegistryStatus>,
    pub register_match: domain::registry::RegisterMatch,
    /// `None` while it waits; then `accepted` or `refused`.
    pub outcome: Option<String>,
    /// The admin's reason for a refusal.
    pub reason: Option<String>,
}

/// A cooperative's team: members, pending invitations (owners see them), who may invite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamDto {
    pub cooperative_id: String,
    pub name_ar: String,
    pub name_fr: String,
    pub can_invite: bool,
    pub members: Vec<TeamMemberDto>,
    pub pending: Vec<InvitationDto>,
}

/// One member of a cooperative's team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamMemberDto {
    pub display_name: String,
    pub email: String,
    /// `owner` or `manager`.
    pub role: String,
}

/// An invitation waiting to be accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationDto {
    pub email: String,
    pub expires_at: String,
}

/// What the invitation page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationPreviewDto {
    pub name_ar: String,
    pub name_fr: String,
    pub email: String,
}

/// A cooperative's file as its form shows it (to correct it after a rejection).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeFormDto {
    pub id: String,
    pub state: domain::cooperative::CooperativeStatus,
    pub state_reason: Option<String>,
    pub register_number: String,
    pub ice: String,
    pub name_ar: String,
    pub name_fr: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub founded_on: String,
    pub member_count: String,
    pub women_count: String,
    pub phone: String,
}
