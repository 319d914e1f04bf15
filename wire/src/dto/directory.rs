//! The directory of cooperatives: its query (all of it in the URL), a page of cooperatives and
//! the count per region its map shows.

use super::media::ImageDto;
use serde::{Deserialize, Serialize};

/// What the directory page asks for; every part is a URL parameter, so any state is a link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryQueryDto {
    /// Region code.
    pub region: String,
    /// Sector code.
    pub sector: String,
    /// Verified label code.
    pub label: String,
    /// Women are at least half of the members.
    pub women_led: bool,
    /// At least one product for sale and in stock.
    pub in_stock: bool,
    /// `name`, `newest` or `products`.
    pub sort: String,
    /// 1-based.
    pub page: u64,
}

/// A verified cooperative in the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryCardDto {
    pub slug: String,
    /// The name in the page's language (Arabic, else French).
    pub name: String,
    pub region: String,
    pub sector: String,
    pub member_count: i32,
    pub women_count: i32,
    pub women_led: bool,
    /// Products on sale now.
    pub products: u64,
    /// Codes of its verified labels.
    pub labels: Vec<String>,
    pub logo: Option<ImageDto>,
}

/// One region on the map: how many cooperatives match the other filters there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionCountDto {
    pub region: String,
    pub count: u64,
}

/// A page of the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryPageDto {
    /// The query as understood (unknown values dropped).
    pub query: DirectoryQueryDto,
    pub items: Vec<DirectoryCardDto>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// Every region, in the official order, with its count under the filters other than the
    /// region.
    pub regions: Vec<RegionCountDto>,
}
