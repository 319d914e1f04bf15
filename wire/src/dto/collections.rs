//! Online fairs and collections: their cards on the home page, their own page, the admins' list
//! with the proposals waiting, and a cooperative's view of the fairs it may join.

use super::catalog::ProductCardDto;
use super::media::ImageDto;
use serde::{Deserialize, Serialize};

/// A collection as the home page and lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectionCardDto {
    pub id: String,
    pub slug: String,
    /// In the reader's language.
    pub title: String,
    pub text: String,
    /// `YYYY-MM-DD`, both days included.
    pub starts_on: String,
    pub ends_on: String,
    /// `upcoming`, `running` or `ended`.
    pub phase: String,
    pub banner: Option<ImageDto>,
}

/// A collection's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectionPageDto {
    pub card: CollectionCardDto,
    /// The products picked by the admins or proposed and accepted, on sale now.
    pub items: Vec<ProductCardDto>,
    /// The first products of its saved search, if it has one.
    pub search_items: Vec<ProductCardDto>,
    /// How many products its saved search finds in all.
    pub search_total: u64,
    /// The search page of its saved search (`/search?…`), if it has one.
    pub search_href: Option<String>,
}

/// A product a cooperative proposed for a collection, waiting for an admin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalDto {
    pub collection_id: String,
    pub product_id: String,
    pub product_slug: String,
    pub product_title: String,
    pub cooperative: String,
    /// `YYYY-MM-DD HH:MM` (UTC).
    pub proposed_at: String,
}

/// A collection in the admins' list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectionAdminDto {
    pub card: CollectionCardDto,
    /// Products in it (picked or accepted).
    pub products: u64,
    pub proposals: Vec<ProposalDto>,
}

/// One of a cooperative's products, as a running fair sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FairProductDto {
    pub product_id: String,
    pub title: String,
    /// `None` (not proposed), `proposed`, `accepted` or `declined`.
    pub state: Option<String>,
}

/// A running fair and the cooperative's products in it or to propose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeFairDto {
    pub card: CollectionCardDto,
    pub products: Vec<FairProductDto>,
}

/// A cooperative's page of running fairs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeFairsDto {
    pub cooperative_id: String,
    pub name: String,
    pub fairs: Vec<CooperativeFairDto>,
}
