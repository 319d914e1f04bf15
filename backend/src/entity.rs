//! sea-orm entities, one module a table.

pub mod audit_log;
pub mod cart;
pub mod cart_item;
pub mod category;
pub mod cooperative;
pub mod cooperative_identity;
pub mod cooperative_invitation;
pub mod cooperative_label;
pub mod cooperative_member;
pub mod deliverable;
pub mod expert;
pub mod expert_rating;
pub mod ledger_entry;
pub mod media_image;
pub mod order;
pub mod order_line;
pub mod outbox;
pub mod payment;
pub mod platform_setting;
pub mod product;
pub mod product_label;
pub mod product_photo;
pub mod product_translation;
pub mod registry_entry;
pub mod request;
pub mod request_message;
pub mod review;
pub mod search_queue;
pub mod session;
pub mod shipment;
pub mod user;
pub mod user_role;
pub mod verification_event;
pub mod webhook_event;

/// A stored code read back as its domain enum (the typed accessors on the models use it).
///
/// Only codes this build writes are ever stored, so an unknown one is a damaged row: it is
/// logged, and the accessor reads it as the value that promises least (pending, open, not paid)
/// or, where none does (a label's kind), leaves the row out.
pub(crate) fn read_code<T: std::str::FromStr>(table: &str, code: &str) -> Option<T> {
    let value = code.parse().ok();
    if value.is_none() {
        tracing::error!(table, code, "unknown code in the database");
    }
    value
}
