//! Stored images as pages show them.

use serde::{Deserialize, Serialize};

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
