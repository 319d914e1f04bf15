//! The HTML shell and the route table.

use crate::components::page_state::NotFoundPage;
use crate::{
    components::layout::Layout,
    context::use_request_ctx,
    pages::{
        account::AccountPage,
        account_delete::DeleteAccountPage,
        admin::AdminCooperativesPage,
        categories::{CategoriesPage, CategoryPage},
        certificates::{CertificatePage, MyCertificatesPage},
        collections::{AdminCollectionsPage, CollectionPage, CooperativeFairsPage},
        conversations::{
            ConversationPage, CooperativeMessagesPage, MyConversationsPage,
            ReportedConversationsPage,
        },
        cooperative_settings::CooperativeSettingsPage,
        cooperatives::{
            CooperativeEditPage, CooperativeNewPage, MyCooperativesPage, StorefrontPage,
        },
        dashboards::{
            AdminDashboardPage, AdminSettingsPage, AuditLogPage, CooperativeDashboardPage,
        },
        directory::DirectoryPage,
        experts::{AdminExpertsPage, ExpertApplyPage, ExpertProfilePage},
        home::HomePage,
        identity::IdentityPage,
        labels::{AdminLabelsPage, LabelsPage},
        legal::{LegalNoticePage, PrivacyPage, TermsPage},
        orders::{CartPage, CheckoutPage, FindOrderPage, InboxPage, MyOrdersPage, OrderPage},
        payouts::{AdminPayoutsPage, ReconciliationPage, StatementPage},
        products::{MyProductsPage, ProductEditPage, ProductNewPage, ProductPage},
        recovery::{ForgotPasswordPage, ResetPasswordPage},
        registry::AdminRegistryPage,
        requests::{CooperativeRequestsPage, RequestBoardPage, RequestPage},
        search::SearchPage,
        sessions::SessionsPage,
        sign_in::SignInPage,
        sign_up::SignUpPage,
        team::{InvitationPage, TeamPage},
        verification::VerifyEmailPage,
    },
};
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
};

/// The pages' theme colour (the brand's green): `<meta name="theme-color">` and the manifest's.
pub const THEME_COLOUR: &str = "#0f5132";

/// The document around the app: `<html lang dir>` follows the request's language.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = use_request_ctx().locale;
    // The built client is named for its content (`taawon-<hash>`), its stylesheet too.
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content=THEME_COLOUR/>
                <link rel="stylesheet" href=stylesheet/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                // Browsers fetch the manifest without cookies: it names the page's language.
                <link rel="manifest" href=format!("/manifest.webmanifest?lang={}", locale.tag())/>
                <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The application: layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = use_request_ctx().locale;
    let brand = crate::i18n::t(locale, "brand-name");
    view! {
        <leptos_meta::Title formatter=move |text: String| format!("{text} · {brand}")/>
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("sign-in") view=SignInPage/>
                    <Route path=StaticSegment("sign-up") view=SignUpPage/>
                    <Route path=StaticSegment("account") view=AccountPage/>
                    <Route path=(StaticSegment("account"), StaticSegment("sessions")) view=SessionsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("delete")) view=DeleteAccountPage/>
                    <Route path=StaticSegment("forgot-password") view=ForgotPasswordPage/>
                    <Route path=(StaticSegment("verify-email"), ParamSegment("token")) view=VerifyEmailPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("privacy") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("terms") view=TermsPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("legal") view=LegalNoticePage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("reset-password"), ParamSegment("token")) view=ResetPasswordPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("search") view=SearchPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("cart") view=CartPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("checkout") view=CheckoutPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("orders") view=MyOrdersPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("orders"), StaticSegment("find")) view=FindOrderPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("orders"), ParamSegment("number")) view=OrderPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), StaticSegment("new")) view=CooperativeNewPage/>
                    // Pages with data render whole before sending (SsrMode::Async): the HTML
                    // needs no JavaScript to show it, and status codes (404) are right.
                    <Route path=(StaticSegment("cooperatives"), StaticSegment("mine")) view=MyCooperativesPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("admin") view=AdminDashboardPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("settings")) view=AdminSettingsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("audit")) view=AuditLogPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("dashboard")) view=CooperativeDashboardPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("cooperatives")) view=AdminCooperativesPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("registry")) view=AdminRegistryPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("payouts")) view=AdminPayoutsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("reconciliation")) view=ReconciliationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("c"), ParamSegment("slug")) view=StorefrontPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("categories") view=CategoriesPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("cooperatives") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("certificates") view=MyCertificatesPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("certificates"), ParamSegment("code")) view=CertificatePage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("collections"), ParamSegment("slug")) view=CollectionPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("collections")) view=AdminCollectionsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("fairs")) view=CooperativeFairsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("categories"), ParamSegment("code")) view=CategoryPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("identity")) view=IdentityPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("team")) view=TeamPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("settings")) view=CooperativeSettingsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("edit")) view=CooperativeEditPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("invitations"), ParamSegment("token")) view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("p"), ParamSegment("slug")) view=ProductPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("products")) view=MyProductsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("products"), StaticSegment("new")) view=ProductNewPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("products"), ParamSegment("id"), StaticSegment("edit")) view=ProductEditPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("labels")) view=LabelsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("labels")) view=AdminLabelsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("orders")) view=InboxPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("payouts")) view=StatementPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("experts"), StaticSegment("apply")) view=ExpertApplyPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("experts"), ParamSegment("id")) view=ExpertProfilePage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("experts")) view=AdminExpertsPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("requests") view=RequestBoardPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("requests"), ParamSegment("id")) view=RequestPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("requests")) view=CooperativeRequestsPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("conversations") view=MyConversationsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("conversations"), ParamSegment("id")) view=ConversationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("cooperatives"), ParamSegment("id"), StaticSegment("messages")) view=CooperativeMessagesPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("admin"), StaticSegment("conversations")) view=ReportedConversationsPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
