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
}

impl StorefrontDto {
    /// Women are at least half of the members.
    pub fn women_led(&self) -> bool {
        self.member_count > 0 && self.women_count * 2 >= self.member_count
    }
}
