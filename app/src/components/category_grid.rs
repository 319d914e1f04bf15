//! The top-level categories as a grid of links.

use crate::dto::CategoryDto;
use domain::Locale;
use leptos::prelude::*;

/// The top-level categories as a grid of links (home page, category index).
#[component]
pub fn CategoryGrid(all: Vec<CategoryDto>, locale: Locale) -> impl IntoView {
    view! {
        <ul class="category-grid">
            {all.into_iter().filter(|c| c.parent_code.is_none()).map(|c| view! {
                <li><a class="category-tile" href=format!("/categories/{}", c.code) data-category=c.code.clone()>{c.name(locale).to_owned()}</a></li>
            }).collect_view()}
        </ul>
    }
}
