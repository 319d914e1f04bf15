//! Data shapes sent from server functions to pages, a file per area; every shape is re-exported
//! here, so callers name `dto::OrderDto` whatever file it lives in.

mod account;
mod catalog;
mod collections;
mod conversations;
mod cooperatives;
mod dashboards;
mod directory;
mod legal;
mod media;
mod orders;
mod requests;
mod reviews;
mod search;

pub use account::*;
pub use catalog::*;
pub use collections::*;
pub use conversations::*;
pub use cooperatives::*;
pub use dashboards::*;
pub use directory::*;
pub use legal::*;
pub use media::*;
pub use orders::*;
pub use requests::*;
pub use reviews::*;
pub use search::*;
