//! What both sides of the network share: the DTOs the server functions return, the one
//! `AppError` that crosses the wire with its codes and translated messages, the signed-in user,
//! and the translations (Fluent, `locales/`). It compiles to wasm32 and holds no server-only
//! dependency, so the browser client and the server read the same types.

pub mod dto;
pub mod error;
pub mod i18n;
pub mod user;
