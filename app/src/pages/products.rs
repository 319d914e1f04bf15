//! Product pages: the public product page `/p/{slug}` (`public.rs`), the cooperative's product
//! list with its CSV import and export (`mine.rs`), and the product editor with its state and
//! photo panels (`editor.rs`).

mod editor;
mod mine;
mod public;

pub use editor::{ProductEditPage, ProductNewPage};
pub use mine::MyProductsPage;
pub use public::ProductPage;
