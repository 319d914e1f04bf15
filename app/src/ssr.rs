//! Server-only code of the Leptos crate, compiled only with the `ssr` feature: the `AppState`
//! handed to the renderer and the server functions, the request context they read, and the
//! reading of multipart forms. The services, entities and adapters they call live in the
//! `backend` crate, which server functions import directly.

pub mod multipart;
pub mod request;
pub mod state;

pub use state::AppState;
