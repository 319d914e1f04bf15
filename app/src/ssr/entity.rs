//! sea-orm entities, one module a table.

pub mod audit_log;
pub mod registry_entry;
pub mod session;
pub mod user;
pub mod user_role;
