//! Reviews as pages show them: the average and count, each review with its stars, words and the
//! cooperative's answer; for a member of the cooperative, the form answering a review; for an
//! admin, the form hiding one. Plain forms: nothing needs JavaScript.

use crate::{
    api::{
        reviews::{HideReview, ReplyReview},
        url_error,
    },
    components::form::ErrorSummary,
    dto::{ReviewDto, ReviewsDto},
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use server_fn::ServerFn;

/// `★★★★☆` for 4 stars, with the number spelled out for screen readers.
#[component]
pub fn Stars(rating: u8, locale: Locale) -> impl IntoView {
    let filled = usize::from(rating.min(5));
    let label = t_args(locale, "reviews-stars", &[("stars", rating.into())]);
    view! {
        <span class="stars" role="img" aria-label=label.clone() title=label>
            {"★".repeat(filled)}{"☆".repeat(5 - filled)}
        </span>
    }
}

/// The reviews section; `show_products` links each review to its product (storefront).
#[component]
pub fn Reviews(
    reviews: ReviewsDto,
    locale: Locale,
    #[prop(optional)] show_products: bool,
) -> impl IntoView {
    let summary = match &reviews.average {
        Some(avg) => t_args(
            locale,
            "reviews-average",
            &[
                (
                    "average",
                    avg.replace('.', if locale == Locale::En { "." } else { "," })
                        .into(),
                ),
                ("count", reviews.count.into()),
            ],
        ),
        None => t(locale, "reviews-none"),
    };
    view! {
        <section class="reviews" id="reviews" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">{t(locale, "reviews-title")}</h2>
            {[ReplyReview::PATH, HideReview::PATH].into_iter().find_map(url_error).map(|e| view! { <ErrorSummary error=Some(e)/> })}
            <p class="reviews-summary" data-count=reviews.count.to_string()>{summary}</p>
            <ul class="review-list">
                {reviews.items.into_iter().map(|r| view! { <ReviewItem r locale show_products/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ReviewItem(r: ReviewDto, locale: Locale, show_products: bool) -> impl IntoView {
    let id = r.id.clone();
    view! {
        <li class="review" data-review=r.id.clone()>
            <p class="review-head">
                <Stars rating=r.rating locale/>
                " " <strong>{r.author.clone()}</strong>
                " · " <span dir="ltr">{r.date.clone()}</span>
                {show_products.then(|| r.product_slug.clone().map(|slug| view! {
                    " · " <a href=format!("/p/{slug}")>{t(locale, "reviews-see-product")}</a>
                })).flatten()}
            </p>
            {r.hidden_reason.clone().map(|why| view! {
                <p class="alert alert-warning">{t(locale, "reviews-hidden")} " " {why}</p>
            })}
            {r.body.clone().map(|b| view! { <p class="review-body">{b}</p> })}
            {r.reply.clone().map(|reply| view! {
                <div class="review-reply">
                    <p><strong>{t(locale, "reviews-reply-heading")}</strong></p>
                    <p>{reply}</p>
                </div>
            })}
            {r.can_reply.then(|| {
                let field = format!("reply-{id}");
                view! {
                    <form method="post" action=ReplyReview::url() class="stack review-reply-form">
                        <input type="hidden" name="review_id" value=id.clone()/>
                        <label for=field.clone()>{t(locale, "reviews-reply")}</label>
                        <textarea id=field name="reply" rows="3" maxlength="2000" required></textarea>
                        <button type="submit" class="button button-secondary">{t(locale, "reviews-reply-submit")}</button>
                    </form>
                }
            })}
            {r.can_hide.then(|| {
                let field = format!("hide-{id}");
                view! {
                    <form method="post" action=HideReview::url() class="stack review-hide-form">
                        <input type="hidden" name="review_id" value=id.clone()/>
                        <label for=field.clone()>{t(locale, "reviews-hide-reason")}</label>
                        <input id=field type="text" name="reason" maxlength="500" required/>
                        <button type="submit" class="button button-secondary">{t(locale, "reviews-hide")}</button>
                    </form>
                }
            })}
        </li>
    }
}
