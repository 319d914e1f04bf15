//! The frame of every page: header (brand, search, cart, account, language), main, footer.

use crate::{
    api::{
        account::{ResendVerification, SignOut},
        locale::SetLocale,
    },
    components::search_box::{SearchBox, SearchBoxText},
    context::use_request_ctx,
    i18n::t,
};
use domain::Locale;
use leptos::prelude::*;
use server_fn::ServerFn;

/// Wraps a page in the site header and footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    view! {
        <a class="skip-link" href="#main">{t(locale, "nav-skip-to-content")}</a>
        <header class="site-header">
            <div class="header-row">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"ت"</span>
                    <span class="brand-name">{t(locale, "brand-name")}</span>
                </a>
                <nav class="header-actions" aria-label=t(locale, "nav-label")>
                    <a class="header-link header-cart" href="/cart">{t(locale, "nav-cart")}</a>
                    <SiteMenu/>
                </nav>
            </div>
            <SearchBox text=SearchBoxText {
                label: t(locale, "search-label"),
                placeholder: t(locale, "search-placeholder"),
                submit: t(locale, "search-submit"),
                results: t(locale, "search-suggestions"),
                none: t(locale, "search-none"),
            }/>
        </header>
        <VerifyBanner/>
        <main id="main" class="site-main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t(locale, "footer-mission")}</p>
            <nav class="footer-links" aria-label=t(locale, "footer-legal")>
                <a href="/orders/find">{t(locale, "footer-find-order")}</a>
                " · "
                <a href="/privacy">{t(locale, "footer-privacy")}</a>
                " · "
                <a href="/terms">{t(locale, "footer-terms")}</a>
                " · "
                <a href="/legal">{t(locale, "footer-legal")}</a>
            </nav>
            <p class="footer-small">{t(locale, "footer-copyright")}</p>
        </footer>
    }
}

/// For a signed-in person whose address is not verified yet: where the link went, and a button
/// to send it again.
#[component]
fn VerifyBanner() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    ctx.user.filter(|u| !u.email_verified).map(|user| {
        view! {
            <div class="verify-banner" role="status" data-verify="pending">
                // The address isolated (FSI … PDI), so it reads left to right inside Arabic.
                <p>{crate::i18n::t_args(locale, "verify-banner", &[("email", format!("\u{2068}{}\u{2069}", user.email).into())])}</p>
                <form method="post" action=ResendVerification::url() class="inline-form">
                    <button type="submit" class="link-button">{t(locale, "verify-resend")}</button>
                </form>
            </div>
        }
    })
}

/// One menu for the account and the language: on phones a native disclosure (`<details>`, so it
/// opens without JavaScript) with everything in its panel, the languages listed at once; on wide
/// screens the stylesheet shows its content in the header row and the languages as their own
/// drop-down.
#[component]
fn SiteMenu() -> impl IntoView {
    let locale = use_request_ctx().locale;
    view! {
        <details class="site-menu">
            <summary class="header-link menu-summary">
                <span class="menu-icon" aria-hidden="true">"☰"</span>
                <span class="menu-label">{t(locale, "nav-menu")}</span>
            </summary>
            <div class="site-menu-panel">
                <AccountMenu/>
                <LanguageMenu/>
            </div>
        </details>
    }
}

/// Sign-in links for visitors; the user's name, account link and sign-out button otherwise.
#[component]
fn AccountMenu() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    match ctx.user {
        Some(user) => view! {
            {user.has_role(domain::Role::Admin).then(|| view! { <a class="header-link" href="/admin">{t(locale, "nav-admin")}</a> })}
            {user.has_role(domain::Role::CooperativeMember).then(|| view! { <a class="header-link" href="/cooperatives/mine">{t(locale, "nav-my-cooperatives")}</a> })}
            {user.has_role(domain::Role::Expert).then(|| view! { <a class="header-link" href="/requests">{t(locale, "nav-requests")}</a> })}
            <a class="header-link" href="/conversations">{t(locale, "nav-messages")}</a>
            <a class="header-link" href="/account" data-testid="account-link">{user.display_name}</a>
            <form method="post" action=SignOut::url() class="inline-form">
                <button type="submit" class="link-button">{t(locale, "nav-sign-out")}</button>
            </form>
        }
        .into_any(),
        None => view! {
            <a class="header-link" href="/sign-in">{t(locale, "nav-sign-in")}</a>
            <a class="header-link button-small" href="/sign-up">{t(locale, "nav-sign-up")}</a>
        }
        .into_any(),
    }
}

/// The language menu: a native disclosure (`<details>`) holding one button per language, posted as
/// a plain form, so it opens and works without JavaScript.
#[component]
fn LanguageMenu() -> impl IntoView {
    let locale = use_request_ctx().locale;
    view! {
        <details class="language-menu">
            <summary class="header-link language-summary">
                <span class="visually-hidden">{t(locale, "language-label")} ": "</span>
                <span lang=locale.tag()>{locale.endonym()}</span>
            </summary>
            <LanguageSwitcher/>
        </details>
    }
}

/// One button per language; a plain form post, so it works without JavaScript.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let locale = use_request_ctx().locale;
    view! {
        <form method="post" action=SetLocale::url() class="language-switcher" aria-label=t(locale, "language-label")>
            {Locale::ALL
                .into_iter()
                .map(|l| {
                    let current = l == locale;
                    view! {
                        <button
                            type="submit"
                            name="locale"
                            value=l.tag()
                            lang=l.tag()
                            dir=l.direction().as_str()
                            aria-current=current.then_some("true")
                            disabled=current
                        >
                            {l.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}
