//! sea-orm entities, one module a table.
//!
//! Columns that hold a state or kind are typed with the domain enum (`domain`'s `db` feature
//! derives sea-orm's value type: a text column holding the code). Only codes this build writes
//! are stored; a row with any other code is damaged, and reading it fails with a logged
//! database error rather than being guessed at.

pub mod account_token;
pub mod audit_log;
pub mod card_dispute;
pub mod cart;
pub mod cart_item;
pub mod category;
pub mod claim_ending;
pub mod collection;
pub mod collection_product;
pub mod conversation;
pub mod conversation_message;
pub mod cooperative;
pub mod cooperative_change;
pub mod cooperative_identity;
pub mod cooperative_invitation;
pub mod cooperative_label;
pub mod cooperative_member;
pub mod deliverable;
pub mod expert;
pub mod expert_rating;
pub mod ledger_line;
pub mod ledger_transaction;
pub mod media_image;
pub mod order;
pub mod order_line;
pub mod outbox;
pub mod payment;
pub mod platform_setting;
pub mod product;
pub mod product_label;
pub mod product_option;
pub mod product_photo;
pub mod product_translation;
pub mod refund;
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
pub mod volunteer_certificate;
pub mod webhook_event;
