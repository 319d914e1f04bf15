//! Reusable pieces of the page: layout, form fields, language switcher, islands.

pub mod brand;
pub mod cart_form;
pub mod category_grid;
pub mod copy_link;
pub mod expert_words;
pub mod exports;
pub mod form;
pub mod guard;
pub mod layout;
pub mod page_state;
pub mod password_input;
pub mod product_grid;
pub mod region_map;
pub mod reviews;
pub mod search_box;
pub mod seo;
