//! sea-orm entities, one module a table.

pub mod audit_log;
pub mod category;
pub mod cooperative;
pub mod cooperative_identity;
pub mod cooperative_invitation;
pub mod cooperative_label;
pub mod cooperative_member;
pub mod media_image;
pub mod outbox;
pub mod product;
pub mod product_label;
pub mod product_photo;
pub mod product_translation;
pub mod registry_entry;
pub mod search_queue;
pub mod session;
pub mod user;
pub mod user_role;
pub mod verification_event;
