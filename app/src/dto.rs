//! Data shapes sent from server functions to pages.

use serde::{Deserialize, Serialize};

/// A cooperative as its members see it (any state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeSummary {
    pub id: String,
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub register_number: String,
    pub state: String,
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
}

impl StorefrontDto {
    /// Women are at least half of the members.
    pub fn women_led(&self) -> bool {
        self.member_count > 0 && self.women_count * 2 >= self.member_count
    }
}

/// A stored image as a page shows it: fallback `src`, `srcset` of every variant, intrinsic size
/// (so the layout does not jump while it loads) and alternative text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageDto {
    pub src: String,
    pub srcset: String,
    /// The largest variant (for Open Graph).
    pub largest: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
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

/// The text in `locale` if any, else French, Arabic, English: the fallback chain for content
/// entered per language.
pub fn pick(locale: domain::Locale, [ar, fr, en]: [&String; 3]) -> &str {
    let order = match locale {
        domain::Locale::Ar => [ar, fr, en],
        domain::Locale::Fr => [fr, ar, en],
        domain::Locale::En => [en, fr, ar],
    };
    order
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .map(String::as_str)
        .unwrap_or_default()
}

#[cfg(feature = "ssr")]
impl From<crate::ssr::entity::cooperative_identity::Model> for IdentityDto {
    fn from(m: crate::ssr::entity::cooperative_identity::Model) -> Self {
        Self {
            version: m.version,
            logo: None,
            banner: None,
            primary_colour: m.primary_colour,
            secondary_colour: m.secondary_colour,
            tagline_ar: m.tagline_ar,
            tagline_fr: m.tagline_fr,
            tagline_en: m.tagline_en,
            story_ar: m.story_ar,
            story_fr: m.story_fr,
            story_en: m.story_en,
            created_at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
        }
    }
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
    pub state: String,
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

/// A category of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryDto {
    pub code: String,
    pub parent_code: Option<String>,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
}

impl CategoryDto {
    /// The name in `locale`.
    pub fn name(&self, locale: domain::Locale) -> &str {
        match locale {
            domain::Locale::Ar => &self.name_ar,
            domain::Locale::Fr => &self.name_fr,
            domain::Locale::En => &self.name_en,
        }
    }
}
