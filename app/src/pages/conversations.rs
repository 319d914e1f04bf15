//! "Ask the cooperative": `/conversations/{id}` (one conversation: its messages, a reply, and for
//! the buyer a report to the admins), `/conversations` (the buyer's), `/cooperatives/{id}/messages`
//! (a cooperative's, with unread counts) and `/admin/conversations` (reported ones); and the ask
//! forms of the product and order pages. Every form is a plain post; messages show escaped.

use crate::{
    api::{
        conversations::{
            AskAboutOrder, AskCooperative, ReplyConversation, ReportConversation, conversation,
            cooperative_messages, my_conversations, reported_conversations,
        },
        url_error,
    },
    components::{form::ErrorSummary, guard::require_sign_in, page_state::data_view},
    context::use_locale,
    dto::{ConversationDto, ConversationSummaryDto},
    error::AppError,
    i18n::{t, t_args},
};
use domain::{Locale, conversation::MESSAGE_MAX};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The message box of a form, with the refused message's text and translated problem.
#[component]
fn MessageField(error: Option<AppError>, id: String, label: String) -> impl IntoView {
    let locale = use_locale();
    let fields = error.as_ref().and_then(AppError::field_errors);
    let issue = fields.and_then(|f| f.issue("body"));
    let value = fields
        .and_then(|f| f.value("body"))
        .map(str::to_owned)
        .unwrap_or_default();
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-invalid=issue.is_some()>
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name="body"
                rows="3"
                maxlength=MESSAGE_MAX.to_string()
                required=true
                aria-invalid=issue.map(|_| "true")
                aria-describedby=issue.map(|_| error_id.clone())
            >{value}</textarea>
            {issue.map(|i| view! { <p class="field-error" id=error_id.clone()>{t(locale, &i.message_key())}</p> })}
        </div>
    }
}

/// The product page's "Ask the cooperative": a question for a signed-in buyer, a sign-in link
/// for a visitor, and the cooperative's WhatsApp when it published one.
#[component]
pub fn AskAboutProduct(
    product_id: String,
    slug: String,
    cooperative_name: String,
    whatsapp: Option<String>,
    signed_in: bool,
    locale: Locale,
) -> impl IntoView {
    let error = url_error(AskCooperative::PATH);
    let heading = t_args(
        locale,
        "ask-heading",
        &[("cooperative", cooperative_name.into())],
    );
    view! {
        <section class="ask" aria-labelledby="ask-heading" id="ask">
            <h2 id="ask-heading"><bdi>{heading}</bdi></h2>
            {if signed_in {
                view! {
                    <ErrorSummary error=error.clone()/>
                    <form method="post" action=AskCooperative::url() class="stack">
                        <input type="hidden" name="product_id" value=product_id/>
                        <MessageField error=error id="ask-body".into() label=t(locale, "ask-question")/>
                        <button type="submit" class="button">{t(locale, "ask-send")}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <p><a class="button button-secondary" href=format!("/sign-in?next=/p/{slug}%23ask")>{t(locale, "ask-sign-in")}</a></p>
                }.into_any()
            }}
            {whatsapp.map(|link| view! {
                <p><a class="button button-secondary" href=link rel="noopener" target="_blank" data-testid="cooperative-whatsapp">{t(locale, "ask-whatsapp")}</a></p>
            })}
        </section>
    }
}

/// The order page's "Ask the cooperative" for one part: opens a disclosure with a question box.
#[component]
pub fn AskAboutOrderPart(
    number: String,
    key: Option<String>,
    cooperative_id: String,
    locale: Locale,
) -> impl IntoView {
    let error = url_error(AskAboutOrder::PATH).filter(|_| {
        use_query_map().with_untracked(|q| q.get("ask").as_deref() == Some(cooperative_id.as_str()))
    });
    let id = format!("ask-{cooperative_id}");
    let open = error.is_some();
    view! {
        <details class="ask-part" open=open>
            <summary>{t(locale, "ask-order")}</summary>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=AskAboutOrder::url() class="stack">
                <input type="hidden" name="number" value=number/>
                {key.map(|k| view! { <input type="hidden" name="key" value=k/> })}
                <input type="hidden" name="cooperative_id" value=cooperative_id/>
                <MessageField error=error id=id label=t(locale, "ask-question")/>
                <button type="submit" class="button">{t(locale, "ask-send")}</button>
            </form>
        </details>
    }
}

/// `/conversations/{id}`
#[component]
pub fn ConversationPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    let (key, sent, reported) = use_query_map().with_untracked(|q| {
        (
            q.get("key").filter(|k| !k.is_empty()),
            q.get("sent").is_some(),
            q.get("reported").is_some(),
        )
    });
    let data = Resource::new_blocking(
        move || (id.clone(), key.clone()),
        |(id, key)| conversation(id, key),
    );
    let link_key = use_query_map().with_untracked(|q| q.get("key").filter(|k| !k.is_empty()));
    view! {
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let key = link_key.clone();
                Suspend::new(async move {
                    data_view(data.await, |c| view! { <Thread c key sent reported locale/> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn Thread(
    c: ConversationDto,
    key: Option<String>,
    sent: bool,
    reported: bool,
    locale: Locale,
) -> impl IntoView {
    let reply_error = url_error(ReplyConversation::PATH);
    let report_error = url_error(ReportConversation::PATH);
    let title = match c.side.as_str() {
        "buyer" => t_args(
            locale,
            "conversation-with",
            &[("name", c.cooperative_name.clone().into())],
        ),
        _ => t_args(
            locale,
            "conversation-with",
            &[("name", c.buyer_name.clone().into())],
        ),
    };
    let buyer = c.side == "buyer";
    let writes = c.side != "admin";
    view! {
        <Title text=title.clone()/>
        <section class="narrow conversation">
            <h1><bdi>{title}</bdi></h1>
            {(!c.about_label.is_empty()).then(|| view! {
                <p class="hint">{t(locale, "conversation-about")} " " <a href=c.about_href.clone()><bdi>{c.about_label.clone()}</bdi></a></p>
            })}
            {sent.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "conversation-sent")}</p> })}
            {(reported || (c.reported && buyer)).then(|| view! { <p class="alert" role="status">{t(locale, "conversation-reported")}</p> })}
            {(c.side == "admin").then(|| view! { <p class="alert alert-warning" role="status">{t(locale, "conversation-admin-reading")}</p> })}
            <ol class="review-list thread" aria-label=t(locale, "conversation-messages")>
                {c.messages.iter().map(|m| view! {
                    <li class="review" class:mine=m.mine data-side=if m.from_buyer { "buyer" } else { "cooperative" }>
                        <p class="review-head"><strong><bdi>{m.author.clone()}</bdi></strong> " · " <span dir="ltr">{m.created_at.clone()}</span></p>
                        <p class="message-body"><bdi>{m.body.clone()}</bdi></p>
                    </li>
                }).collect_view()}
            </ol>
            {writes.then(|| view! {
                <ErrorSummary error=reply_error.clone()/>
                <form method="post" action=ReplyConversation::url() class="stack">
                    <input type="hidden" name="id" value=c.id.clone()/>
                    {key.clone().map(|k| view! { <input type="hidden" name="key" value=k/> })}
                    <MessageField error=reply_error id="reply-body".into() label=t(locale, "conversation-reply")/>
                    <button type="submit" class="button">{t(locale, "ask-send")}</button>
                </form>
            })}
            {c.whatsapp.clone().map(|link| view! {
                <p><a class="button button-secondary" href=link rel="noopener" target="_blank">{t(locale, "ask-whatsapp")}</a></p>
            })}
            {(buyer && !c.reported).then(|| view! {
                <details class="report">
                    <summary>{t(locale, "conversation-report")}</summary>
                    <ErrorSummary error=report_error/>
                    <form method="post" action=ReportConversation::url() class="stack">
                        <input type="hidden" name="id" value=c.id.clone()/>
                        {key.clone().map(|k| view! { <input type="hidden" name="key" value=k/> })}
                        <label for="report-reason">{t(locale, "conversation-report-why")}</label>
                        <textarea id="report-reason" name="reason" rows="2" maxlength="500"></textarea>
                        <button type="submit" class="button button-danger">{t(locale, "conversation-report-send")}</button>
                    </form>
                </details>
            })}
        </section>
    }
}

/// A list of conversations: with whom, about which order, when, and what is unread.
#[component]
fn ConversationList(
    list: Vec<ConversationSummaryDto>,
    buyer: bool,
    locale: Locale,
) -> impl IntoView {
    if list.is_empty() {
        return view! { <p class="empty">{t(locale, "conversations-empty")}</p> }.into_any();
    }
    view! {
        <ul class="link-list conversations">
            {list.into_iter().map(|c| {
                let name = if buyer { c.cooperative_name.clone() } else { c.buyer_name.clone() };
                view! {
                    <li class:unread={c.unread > 0} data-unread=c.unread.to_string()>
                        <a href=format!("/conversations/{}", c.id)><bdi>{name}</bdi></a>
                        {c.order_number.clone().map(|n| view! { " · " <span dir="ltr">{n}</span> })}
                        " · " <span class="hint" dir="ltr">{c.last_message_at.clone()}</span>
                        {(c.unread > 0).then(|| view! {
                            " " <span class="badge badge-submitted">{t_args(locale, "conversations-unread", &[("count", c.unread.into())])}</span>
                        })}
                        {c.reported.then(|| view! { " " <span class="badge badge-rejected">{t(locale, "conversations-reported")}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// `/conversations`: the signed-in buyer's conversations.
#[component]
pub fn MyConversationsPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/conversations") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let data = Resource::new_blocking(|| (), |_| my_conversations());
    view! {
        <Title text=t(locale, "conversations-title")/>
        <section class="narrow">
            <h1>{t(locale, "conversations-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    data_view(data.await, |list| view! { <ConversationList list buyer=true locale/> }.into_any())
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

/// `/cooperatives/{id}/messages`: the cooperative's conversations, unread first in the count.
#[component]
pub fn CooperativeMessagesPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    let data = Resource::new_blocking(move || id.clone(), cooperative_messages);
    view! {
        <Title text=t(locale, "conversations-cooperative-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data_view(data.await, |inbox| view! {
                    <section class="narrow">
                        <h1>{t(locale, "conversations-cooperative-title")}</h1>
                        <p class="lead"><bdi>{inbox.cooperative_name.clone()}</bdi>
                            " · " {t_args(locale, "conversations-unread", &[("count", inbox.unread.into())])}</p>
                        <ConversationList list=inbox.conversations buyer=false locale/>
                    </section>
                }.into_any())
            })}
        </Suspense>
    }
}

/// `/admin/conversations`: the conversations buyers reported.
#[component]
pub fn ReportedConversationsPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new_blocking(|| (), |_| reported_conversations());
    view! {
        <Title text=t(locale, "conversations-reported-title")/>
        <section class="narrow">
            <h1>{t(locale, "conversations-reported-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    data_view(data.await, |list| view! { <ConversationList list buyer=false locale/> }.into_any())
                })}
            </Suspense>
        </section>
    }
}
