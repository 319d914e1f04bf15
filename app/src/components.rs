//! Reusable pieces of the page: layout, form fields, language switcher, islands.

pub mod brand;
pub mod copy_link;
pub mod exports;
pub mod form;
pub mod layout;
pub mod password_input;
pub mod reviews;
pub mod search_box;
