//! Ratings and reviews of products and cooperatives.

use serde::{Deserialize, Serialize};

/// The reviews a product or cooperative page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ReviewsDto {
    /// The average of the visible ratings, one decimal (`4.5`).
    pub average: Option<String>,
    /// How many visible ratings.
    pub count: u32,
    /// Newest first (hidden ones only for admins).
    pub items: Vec<ReviewDto>,
}

/// One review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewDto {
    pub id: String,
    pub product_slug: Option<String>,
    /// 1 to 5 stars.
    pub rating: u8,
    pub body: Option<String>,
    /// The reviewer's first name.
    pub author: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The cooperative's answer.
    pub reply: Option<String>,
    /// Why an admin hid it (admins only see hidden reviews).
    pub hidden_reason: Option<String>,
    /// Whether the viewer (a member of the cooperative) may answer it.
    pub can_reply: bool,
    /// Whether the viewer (an admin) may hide it.
    pub can_hide: bool,
}
