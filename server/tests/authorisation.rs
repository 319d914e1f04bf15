//! Who may do what, as one table: every server function the application registers (and every
//! plain route that reads private data) is called as six people — an anonymous visitor, a
//! consumer, a member of another cooperative, a verified expert, an admin and a member of the
//! cooperative that owns the record — and each answer is checked against the table. A server
//! function missing from the table fails the test, so a new one cannot ship without a row.
//! Every state-changing call is then sent again from another site, and must be refused without
//! writing anything.
//!
//! The fields are chosen so that an allowed caller gets past the checks of role and ownership and
//! is then stopped by validation (a bogus decision, an empty reason): the table is about who gets
//! in, and running it changes as little as possible.

use crate::{
    cooperatives::{save_identity, setup},
    experts::{act, deliver, logo_png, other_cooperative, posted, verified_expert},
    helpers::*,
    orders::{add, address, place, shipment_of},
    products::{declare_organic, photo_jpeg, published_product},
    reviews::write,
};
use backend::entity::{cooperative_label, deliverable, order_line, product_photo, review};
use reqwest::{Client, Response, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::BTreeSet;
use uuid::Uuid;

/// What a caller got.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    /// Past the checks of role and ownership (done, or stopped by validation or state).
    O,
    /// Told to sign in first.
    S,
    /// Refused: signed in, but not allowed.
    F,
    /// Not found: the record is not visible to this caller.
    N,
}
use Outcome::{F, N, O, S};

/// The callers, in the order of each row's expectations.
const ACTORS: [&str; 6] = [
    "anonymous",
    "consumer",
    "other cooperative",
    "expert",
    "admin",
    "owner",
];

const PUBLIC: [Outcome; 6] = [O, O, O, O, O, O];
const SIGNED_IN: [Outcome; 6] = [S, O, O, O, O, O];
const ADMIN_ONLY: [Outcome; 6] = [S, F, F, F, O, F];
/// Members of the cooperative; the admin too (support and moderation). A cooperative's records
/// are not found by anyone else: a stranger cannot even learn they exist.
const MEMBERS_AND_ADMIN: [Outcome; 6] = [S, N, N, N, O, O];
/// Members of the cooperative only.
const MEMBERS: [Outcome; 6] = [S, N, N, N, N, O];
/// The expert holding the request.
const HOLDING_EXPERT: [Outcome; 6] = [S, N, N, O, N, N];

enum Call {
    /// A form POST, as a browser without JavaScript sends it.
    Form,
    /// A multipart POST with one file in the named field.
    Upload(&'static str),
    /// A GET of a plain route.
    Get,
}

struct Row {
    path: String,
    call: Call,
    fields: Vec<(&'static str, String)>,
    expect: [Outcome; 6],
}

fn form(path: &str, fields: &[(&'static str, &str)], expect: [Outcome; 6]) -> Row {
    Row {
        path: format!("/api/{path}"),
        call: Call::Form,
        fields: fields.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        expect,
    }
}

fn upload(
    path: &str,
    file_field: &'static str,
    fields: &[(&'static str, &str)],
    expect: [Outcome; 6],
) -> Row {
    Row {
        call: Call::Upload(file_field),
        ..form(path, fields, expect)
    }
}

fn get(path: String, expect: [Outcome; 6]) -> Row {
    Row {
        path,
        call: Call::Get,
        fields: Vec::new(),
        expect,
    }
}

/// A small market: Tifawt (owned by `app.client`) with a published product, an order from the
/// consumer that was delivered and reviewed, a declared label, and a request claimed by the
/// expert who handed in a logo; Amal, owned by the "other cooperative" member.
pub(crate) struct World {
    pub(crate) app: TestApp,
    pub(crate) admin: Client,
    pub(crate) consumer: Client,
    pub(crate) other: Client,
    pub(crate) expert: Client,
    pub(crate) anonymous: Client,
    pub(crate) coop: String,
    pub(crate) slug: String,
    pub(crate) category: String,
    pub(crate) product: String,
    pub(crate) product_slug: String,
    pub(crate) photo: String,
    pub(crate) shipment: String,
    pub(crate) order: String,
    pub(crate) line: String,
    pub(crate) review: String,
    pub(crate) label: String,
    pub(crate) request: String,
    pub(crate) deliverable: String,
    pub(crate) expert_id: String,
    /// The consumer's question to Tifawt about the product.
    pub(crate) conversation: String,
    /// A fair running today (slug, id).
    pub(crate) fair: (String, String),
}

impl World {
    /// `pattern` (a route with `{param}` or `:param` segments) with this world's records in it.
    pub(crate) fn concrete(&self, pattern: &str, category: &str) -> String {
        let segments: Vec<&str> = pattern.split('/').collect();
        let mut out = Vec::with_capacity(segments.len());
        for (i, segment) in segments.iter().enumerate() {
            if !(segment.starts_with('{') || segment.starts_with(':')) {
                out.push((*segment).to_owned());
                continue;
            }
            let value = match segments[i - 1] {
                "orders" => self.order.as_str(),
                "cooperatives" => self.coop.as_str(),
                "c" => self.slug.as_str(),
                "categories" => category,
                "invitations" | "verify-email" | "reset-password" => "no-such-token",
                "p" => self.product_slug.as_str(),
                "products" => self.product.as_str(),
                "experts" => self.expert_id.as_str(),
                "requests" => self.request.as_str(),
                "conversations" => self.conversation.as_str(),
                "collections" => self.fair.0.as_str(),
                "certificates" => "00000000000000000000",
                other => panic!("{pattern}: no record for a parameter after /{other}/"),
            };
            out.push(value.to_owned());
        }
        out.join("/")
    }

    fn callers(&self) -> [&Client; 6] {
        [
            &self.anonymous,
            &self.consumer,
            &self.other,
            &self.expert,
            &self.admin,
            &self.app.client,
        ]
    }
}

pub(crate) async fn world() -> World {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let (other, _) = other_cooperative(&app).await;
    let (expert, expert_id) =
        verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "2").await;
    let consumer = signed_up(&app, "Salma Idrissi", "salma@example.ma").await;

    add(&app, &consumer, &product, "1").await;
    let key = Uuid::new_v4().to_string();
    let placed = place(&app, &consumer, &address(&key, &[])).await;
    let order = location(&placed)
        .trim_start_matches("/orders/")
        .split('?')
        .next()
        .expect("order number")
        .to_owned();
    let shipment = shipment_of(&app, coop.id).await.id;
    for event in ["confirm", "ship", "deliver"] {
        let done =
            crate::orders::act(&app, &app.client, coop.id, shipment, &[("event", event)]).await;
        assert!(!location(&done).contains("__err="), "{event}");
    }
    let line = order_line::Entity::find()
        .filter(order_line::Column::ProductId.eq(product.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("order line")
        .id
        .to_string();
    let reviewed = write(&app, &consumer, &line, "5", "Très bonne huile").await;
    assert!(!location(&reviewed).contains("__err="), "reviewed");
    let review = review::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("review")
        .id
        .to_string();

    let cid = coop.id.to_string();
    let saved = save_identity(&app, &app.client, &cid, "#7a2e0e", "ذهب سوس").await;
    assert!(!location(&saved).contains("__err="), "identity saved");
    let declared = declare_organic(&app, &cid).await;
    assert!(!location(&declared).contains("__err="), "label declared");
    let label = cooperative_label::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("label")
        .id
        .to_string();

    let request = posted(&app, &coop, "visual_identity", "Logo").await;
    let claimed = act(&app, &expert, &request, "claim").await;
    assert!(!location(&claimed).contains("__err="), "claimed");
    let delivered = deliver(
        &app,
        &expert,
        &request,
        "#7a2e0e",
        ("image", "logo.png", logo_png()),
    )
    .await;
    assert!(!location(&delivered).contains("__err="), "delivered");
    let deliverable = deliverable::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("deliverable")
        .id
        .to_string();
    let asked = app
        .post_form_as(
            &consumer,
            "/api/conversations/ask",
            &format!("/p/{}", product.slug),
            &[
                ("product_id", &product.id.to_string()),
                ("body", "Est-elle pressée à froid ?"),
            ],
        )
        .await;
    let conversation = location(&asked)
        .trim_start_matches("/conversations/")
        .split('?')
        .next()
        .expect("conversation id")
        .to_owned();
    let photo = product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.eq(product.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("photo")
        .id
        .to_string();

    let fair = running_fair(&app).await;

    World {
        fair,
        conversation,
        consumer,
        other,
        expert,
        anonymous: browser(),
        coop: cid,
        slug: coop.slug.clone(),
        category: product.category_code.clone(),
        product: product.id.to_string(),
        product_slug: product.slug.clone(),
        photo,
        shipment: shipment.to_string(),
        order,
        line,
        review,
        label,
        request,
        deliverable,
        expert_id: expert_id.to_string(),
        app,
        admin,
    }
}

/// A fair running today, written straight to the database (its creation is tested in
/// `collections.rs`): its slug and id.
pub(crate) async fn running_fair(app: &TestApp) -> (String, String) {
    use sea_orm::{ActiveModelTrait, Set};
    let today = chrono::Utc::now().date_naive();
    let id = Uuid::now_v7();
    backend::entity::collection::ActiveModel {
        id: Set(id),
        slug: Set("foire-test".to_owned()),
        title_ar: Set("معرض".to_owned()),
        title_fr: Set("Foire".to_owned()),
        title_en: Set("Fair".to_owned()),
        text_ar: Set("نص".to_owned()),
        text_fr: Set("Texte".to_owned()),
        text_en: Set("Text".to_owned()),
        starts_on: Set(today),
        ends_on: Set(today + chrono::Days::new(7)),
        banner_key: Set(None),
        search_region: Set(None),
        search_sector: Set(None),
        search_label: Set(None),
        search_category: Set(None),
        search_women_led: Set(false),
        created_by: Set(None),
        created_at: Set(chrono::Utc::now()),
        updated_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("fair");
    ("foire-test".to_owned(), id.to_string())
}

/// The table. Columns: anonymous, consumer, other cooperative, expert, admin, owner.
fn rows(w: &World) -> Vec<Row> {
    let (coop, product, request) = (w.coop.as_str(), w.product.as_str(), w.request.as_str());
    let product_fields = |id_field: &'static str, id: &str| -> Vec<(&'static str, String)> {
        [
            (id_field, id),
            ("sku", "ARG-1"),
            ("category", "no-such-category"),
            ("price", "abc"),
            ("stock", "1"),
            ("unit", "bottle"),
            ("quantity", "1"),
            ("weight", ""),
            ("title_ar", ""),
            ("title_fr", ""),
            ("title_en", ""),
            ("description_ar", ""),
            ("description_fr", ""),
            ("description_en", ""),
        ]
        .iter()
        .map(|(k, v)| (*k, (*v).to_owned()))
        .collect()
    };
    vec![
        // Accounts. Sign-out is called last (it ends the caller's session).
        form(
            "account/sign-up",
            &[
                ("display_name", ""),
                ("email", "not-an-address"),
                ("password", ""),
            ],
            PUBLIC,
        ),
        form(
            "account/sign-in",
            &[
                ("email", "nobody@example.ma"),
                ("password", "wrong password"),
            ],
            PUBLIC,
        ),
        form(
            "account/change-password",
            &[
                ("current_password", "wrong password"),
                ("new_password", ""),
                ("confirm_password", ""),
            ],
            SIGNED_IN,
        ),
        form(
            "account/forgot-password",
            &[("email", "not-an-address")],
            PUBLIC,
        ),
        form("account/reset-link", &[("token", "not-a-token")], PUBLIC),
        form(
            "account/reset-password",
            &[
                ("token", "not-a-token"),
                ("new_password", ""),
                ("confirm_password", ""),
            ],
            PUBLIC,
        ),
        form("account/sessions", &[], SIGNED_IN),
        form("account/sessions/end", &[("handle", "0000")], SIGNED_IN),
        form("account/sessions/end-others", &[], SIGNED_IN),
        form(
            "account/delete",
            &[("password", "wrong password")],
            SIGNED_IN,
        ),
        form("legal/notice", &[], PUBLIC),
        form("account/verify/resend", &[], SIGNED_IN),
        form("account/verify/check", &[("token", "not-a-token")], PUBLIC),
        form("account/verify", &[("token", "not-a-token")], PUBLIC),
        form("account/rename", &[("display_name", "")], SIGNED_IN),
        form(
            "account/change-email",
            &[("email", "not-an-address"), ("current_password", "wrong")],
            SIGNED_IN,
        ),
        form("locale", &[("locale", "xx")], PUBLIC),
        // Catalog reads.
        form("catalog/categories", &[], PUBLIC),
        form("catalog/home", &[], PUBLIC),
        form(
            "catalog/category-products",
            &[
                ("code", &w.category),
                ("sort", ""),
                ("page", "1"),
                ("label", ""),
            ],
            PUBLIC,
        ),
        form(
            "catalog/cooperative-products",
            &[
                ("slug", &w.slug),
                ("sort", ""),
                ("page", "1"),
                ("label", ""),
            ],
            PUBLIC,
        ),
        form("catalog/product", &[("slug", &w.product_slug)], PUBLIC),
        form(
            "catalog/search",
            &[
                ("query[q]", "argan"),
                ("query[category]", ""),
                ("query[region]", ""),
                ("query[cooperative]", ""),
                ("query[label]", ""),
                ("query[min]", ""),
                ("query[max]", ""),
                ("query[in_stock]", "false"),
                ("query[women_led]", "false"),
                ("query[sort]", ""),
                ("query[page]", "1"),
            ],
            PUBLIC,
        ),
        form("cooperatives/storefront", &[("slug", &w.slug)], PUBLIC),
        form("experts/public", &[("id", &w.expert_id)], PUBLIC),
        // Cooperatives and their verification.
        upload(
            "upload/cooperatives/register",
            "certificate",
            &[("register_number", "")],
            SIGNED_IN,
        ),
        form("cooperatives/mine", &[], SIGNED_IN),
        form("cooperatives/file", &[("cooperative_id", coop)], MEMBERS),
        upload(
            "upload/cooperatives/resubmit",
            "certificate",
            &[("cooperative_id", coop)],
            MEMBERS,
        ),
        form("admin/cooperatives/queue", &[], ADMIN_ONLY),
        form(
            "admin/cooperatives/decide",
            &[("id", coop), ("decision", "bogus"), ("reason", "")],
            ADMIN_ONLY,
        ),
        form("admin/registry/count", &[], ADMIN_ONLY),
        // Fairs and collections: pages for anyone, creation and decisions for admins, proposals
        // by the cooperative's members.
        form("cooperatives/directory", &[], PUBLIC),
        form("collections/running", &[], PUBLIC),
        // Volunteer certificates: one's own for anyone signed in (nothing to certify is a
        // translated refusal), any by its code for everyone (an unknown code: not found).
        form("certificates/preview", &[], SIGNED_IN),
        form("certificates/issue", &[], SIGNED_IN),
        form(
            "certificates/public",
            &[("code", "00000000000000000000")],
            [N, N, N, N, N, N],
        ),
        form("collections/page", &[("slug", &w.fair.0)], PUBLIC),
        form("admin/collections", &[], ADMIN_ONLY),
        upload(
            "upload/admin/collections/create",
            "banner",
            &[("title_fr", "")],
            ADMIN_ONLY,
        ),
        form(
            "admin/collections/decide",
            &[
                ("collection_id", &w.fair.1),
                ("product_id", product),
                ("decision", "accept"),
            ],
            ADMIN_ONLY,
        ),
        form("cooperatives/fairs", &[("cooperative_id", coop)], MEMBERS),
        form(
            "cooperatives/fairs/propose",
            &[
                ("cooperative_id", coop),
                ("collection_id", &w.fair.1),
                ("product_id", product),
            ],
            MEMBERS,
        ),
        // Legal-detail changes: proposed by an owner, decided by an admin.
        form(
            "cooperatives/legal/propose",
            &[
                ("cooperative_id", coop),
                ("register_number", ""),
                ("ice", ""),
                ("name_ar", ""),
                ("name_fr", ""),
            ],
            MEMBERS,
        ),
        form("admin/legal-changes", &[], ADMIN_ONLY),
        form(
            "admin/legal-changes/decide",
            &[("change_id", coop), ("decision", "bogus"), ("reason", "")],
            ADMIN_ONLY,
        ),
        upload("upload/admin/registry", "file", &[], ADMIN_ONLY),
        // Identity and labels.
        form(
            "cooperatives/identity/editor",
            &[("cooperative_id", coop)],
            MEMBERS,
        ),
        form(
            "cooperatives/identity/save",
            &[
                ("cooperative_id", coop),
                ("primary_colour", "bogus"),
                ("secondary_colour", "bogus"),
                ("tagline_ar", ""),
                ("tagline_fr", ""),
                ("tagline_en", ""),
                ("story_ar", ""),
                ("story_fr", ""),
                ("story_en", ""),
            ],
            MEMBERS,
        ),
        form(
            "cooperatives/identity/restore",
            &[("cooperative_id", coop), ("version", "1")],
            MEMBERS,
        ),
        upload(
            "upload/identity/image",
            "logo",
            &[("cooperative_id", coop), ("slot", "logo")],
            MEMBERS,
        ),
        form("labels/mine", &[("cooperative_id", coop)], MEMBERS),
        upload(
            "upload/labels/declare",
            "evidence",
            &[
                ("cooperative_id", coop),
                ("kind", "bogus"),
                ("reference", ""),
            ],
            MEMBERS,
        ),
        form("admin/labels/queue", &[], ADMIN_ONLY),
        form(
            "admin/labels/decide",
            &[
                ("label_id", &w.label),
                ("decision", "bogus"),
                ("reason", ""),
            ],
            ADMIN_ONLY,
        ),
        // Products.
        form("products/mine", &[("cooperative_id", coop)], MEMBERS),
        form(
            "products/editor",
            &[("cooperative_id", coop), ("product_id", product)],
            MEMBERS,
        ),
        Row {
            fields: product_fields("cooperative_id", coop),
            ..form("products/create", &[], MEMBERS)
        },
        Row {
            fields: product_fields("product_id", product),
            ..form("products/update", &[], MEMBERS)
        },
        form(
            "products/transition",
            &[("product_id", product), ("event", "bogus")],
            MEMBERS,
        ),
        form("products/options", &[("product_id", product)], MEMBERS),
        form("products/feeds", &[("product_id", product)], MEMBERS),
        form(
            "products/photo",
            &[
                ("product_id", product),
                ("photo_id", &w.photo),
                ("op", "bogus"),
            ],
            MEMBERS,
        ),
        upload(
            "upload/products/photo",
            "photo",
            &[("product_id", product)],
            MEMBERS,
        ),
        upload(
            "upload/products/import",
            "file",
            &[("cooperative_id", coop)],
            MEMBERS,
        ),
        form(
            "admin/products/moderate",
            &[
                ("product_id", product),
                ("slug", &w.product_slug),
                ("reason", ""),
            ],
            ADMIN_ONLY,
        ),
        // Cart, checkout and orders.
        form("cart", &[], PUBLIC),
        form(
            "cart/add",
            &[("product_id", product), ("quantity", "1")],
            PUBLIC,
        ),
        form(
            "cart/set",
            &[("option_id", product), ("quantity", "abc")],
            PUBLIC,
        ),
        form("cart/remove", &[("option_id", product)], PUBLIC),
        form("cart/accept-prices", &[], PUBLIC),
        form("checkout", &[], PUBLIC),
        form(
            "checkout/place",
            &[
                ("idempotency_key", &Uuid::new_v4().to_string()),
                ("name", ""),
                ("phone", ""),
                ("region", ""),
                ("city", ""),
                ("address", ""),
            ],
            PUBLIC,
        ),
        // An order is its buyer's (a guest's, with the key in its link); nobody else finds it.
        form("orders/one", &[("number", &w.order)], [N, O, N, N, N, N]),
        form("orders/pay", &[("number", &w.order)], [N, O, N, N, N, N]),
        form(
            "orders/cancel",
            &[
                ("number", &w.order),
                ("shipment_id", &w.shipment),
                ("reason", &"x".repeat(501)),
            ],
            [N, O, N, N, N, N],
        ),
        // Anyone may try a number and phone (limited); a wrong pair opens nothing.
        form(
            "orders/find",
            &[("number", &w.order), ("phone", "0700000000")],
            PUBLIC,
        ),
        form("orders/mine", &[], SIGNED_IN),
        // Conversations: each side of one, nobody else; admins only once it is reported.
        form(
            "conversations/ask",
            &[("product_id", &w.product), ("body", "")],
            SIGNED_IN,
        ),
        form(
            "conversations/ask-order",
            &[("number", &w.order), ("cooperative_id", coop), ("body", "")],
            [N, O, N, N, N, N],
        ),
        form(
            "conversations/reply",
            &[("id", &w.conversation), ("body", "")],
            [N, O, N, N, N, O],
        ),
        form(
            "conversations/report",
            &[("id", &w.conversation), ("reason", &"x".repeat(501))],
            [N, O, N, N, N, F],
        ),
        form(
            "conversations/one",
            &[("id", &w.conversation)],
            [N, O, N, N, N, O],
        ),
        form("conversations/mine", &[], SIGNED_IN),
        form(
            "conversations/cooperative",
            &[("cooperative_id", coop)],
            MEMBERS,
        ),
        form("conversations/reported", &[], ADMIN_ONLY),
        form("orders/inbox", &[("cooperative_id", coop)], MEMBERS),
        form(
            "orders/shipment",
            &[
                ("cooperative_id", coop),
                ("shipment_id", &w.shipment),
                ("event", "bogus"),
            ],
            MEMBERS,
        ),
        // Reviews.
        form(
            "reviews/write",
            &[("line_id", &w.line), ("rating", "9")],
            [S, O, N, N, N, N],
        ),
        form(
            "reviews/reply",
            &[("review_id", &w.review), ("reply", "")],
            MEMBERS,
        ),
        form(
            "reviews/hide",
            &[("review_id", &w.review), ("reason", "")],
            ADMIN_ONLY,
        ),
        // Payouts, dashboards, settings, audit.
        form(
            "payouts/statement",
            &[("cooperative_id", coop)],
            MEMBERS_AND_ADMIN,
        ),
        form("payouts/due", &[], ADMIN_ONLY),
        form("payouts/refunds", &[], ADMIN_ONLY),
        form(
            "payouts/reconciliation",
            &[("from", ""), ("to", "")],
            ADMIN_ONLY,
        ),
        form(
            "payouts/record",
            &[
                ("cooperative_id", coop),
                ("direction", "to_cooperative"),
                ("amount", "bogus"),
                ("reference", ""),
                ("paid_on", ""),
            ],
            ADMIN_ONLY,
        ),
        form(
            "dashboards/cooperative",
            &[
                ("cooperative_id", coop),
                ("from", ""),
                ("to", ""),
                ("g", ""),
            ],
            MEMBERS_AND_ADMIN,
        ),
        form(
            "dashboards/admin",
            &[("from", ""), ("to", ""), ("g", "")],
            ADMIN_ONLY,
        ),
        form("admin/settings", &[], ADMIN_ONLY),
        form(
            "admin/settings/save",
            &[
                ("platform_fee_percent", "bogus"),
                ("delivery_fee", ""),
                ("free_delivery_from", ""),
                ("cash_orders_waiting", ""),
                ("max_open_requests", ""),
                ("claim_release_days", ""),
            ],
            ADMIN_ONLY,
        ),
        form(
            "admin/audit",
            &[
                ("action", ""),
                ("actor", ""),
                ("subject", ""),
                ("from", ""),
                ("to", ""),
                ("before", ""),
            ],
            ADMIN_ONLY,
        ),
        // Team.
        form("cooperatives/team", &[("cooperative_id", coop)], MEMBERS),
        form(
            "cooperatives/team/invite",
            &[("cooperative_id", coop), ("email", "not-an-address")],
            MEMBERS,
        ),
        // A cooperative's settings: its members only (saving what is set changes nothing).
        form(
            "cooperatives/settings",
            &[("cooperative_id", coop)],
            MEMBERS,
        ),
        form(
            "cooperatives/settings/save",
            &[("cooperative_id", coop), ("cash_on_delivery", "on")],
            MEMBERS,
        ),
        // An unknown invitation is a page saying so, for anyone; accepting one needs an account.
        form("invitations/preview", &[("token", "no-such-token")], PUBLIC),
        form(
            "invitations/accept",
            &[("token", "no-such-token")],
            SIGNED_IN,
        ),
        // Experts and requests.
        form("experts/mine", &[], SIGNED_IN),
        form(
            "experts/save",
            &[("bio", ""), ("capacity", "bogus")],
            SIGNED_IN,
        ),
        // A portfolio is an expert's own (no one else has one to change).
        upload("upload/experts/portfolio", "image", &[], [S, N, N, O, N, N]),
        form(
            "experts/portfolio/remove",
            &[("hash", "no-such-image")],
            [S, N, N, O, N, N],
        ),
        form("admin/experts", &[], ADMIN_ONLY),
        form(
            "admin/experts/decide",
            &[
                ("expert_id", &w.expert_id),
                ("decision", "bogus"),
                ("reason", ""),
            ],
            ADMIN_ONLY,
        ),
        // The board of open requests is for anyone signed in (the way in to volunteering).
        form("requests/board", &[], SIGNED_IN),
        form(
            "cooperatives/requests",
            &[("cooperative_id", coop)],
            MEMBERS,
        ),
        form(
            "requests/post",
            &[
                ("cooperative_id", coop),
                ("skill", "bogus"),
                ("title", ""),
                ("description", ""),
            ],
            MEMBERS,
        ),
        // A claimed request is its parties' (cooperative, holding expert) and the admin's.
        form("requests/page", &[("id", request)], [S, N, N, O, O, O]),
        form(
            "requests/act",
            &[("id", request), ("action", "bogus")],
            [S, N, N, O, O, O],
        ),
        form(
            "requests/message",
            &[("id", request), ("body", "")],
            [S, N, N, O, F, O],
        ),
        form(
            "requests/changes",
            &[("id", request), ("body", "")],
            [S, N, N, F, F, O],
        ),
        // The cooperative declines or ends a claim (an empty reason: refused, nothing written).
        form(
            "requests/dismiss",
            &[("id", request), ("reason", "")],
            [S, N, N, F, F, O],
        ),
        upload(
            "upload/requests/deliver",
            "image",
            &[("id", request), ("note", ""), ("primary_colour", "bogus")],
            HOLDING_EXPERT,
        ),
        form(
            "requests/apply",
            &[("id", request), ("deliverable_id", &w.deliverable)],
            MEMBERS,
        ),
        form(
            "requests/rate",
            &[("id", request), ("rating", "9")],
            [S, N, N, O, F, O],
        ),
        form(
            "requests/hours",
            &[("id", request), ("hours", "bogus")],
            [S, N, N, O, F, F],
        ),
        form(
            "requests/invite",
            &[("id", request), ("expert_id", &w.expert_id)],
            MEMBERS,
        ),
        // Plain routes with private files.
        get(
            format!("/cooperatives/{coop}/certificate"),
            MEMBERS_AND_ADMIN,
        ),
        get(format!("/labels/{}/evidence", w.label), MEMBERS_AND_ADMIN),
        get(format!("/cooperatives/{coop}/products.csv"), MEMBERS),
        get(
            format!("/cooperatives/{coop}/statement.csv"),
            MEMBERS_AND_ADMIN,
        ),
        get("/exports/orders.csv".into(), ADMIN_ONLY),
        get("/admin/reconciliation.csv".into(), ADMIN_ONLY),
        get(
            format!("/exports/orders.csv?cooperative={coop}"),
            MEMBERS_AND_ADMIN,
        ),
        get("/products/template.csv".into(), PUBLIC),
        get("/account/data".into(), SIGNED_IN),
        form("account/sign-out", &[], PUBLIC),
    ]
}

/// Reads what a caller got from the answer.
fn outcome(row: &Row, response: &Response) -> Outcome {
    let status = response.status();
    assert!(
        !status.is_server_error(),
        "{}: server error {status}",
        row.path
    );
    match status {
        StatusCode::UNAUTHORIZED => return S,
        StatusCode::FORBIDDEN => return F,
        StatusCode::NOT_FOUND => return N,
        _ => {}
    }
    if !status.is_redirection() {
        return O;
    }
    let to = location(response);
    if to.starts_with("/sign-in") {
        return S;
    }
    match error_code(response).as_str() {
        "unauthorized" => S,
        "forbidden" => F,
        "not_found" => N,
        "cross_site" => panic!("{}: refused as cross-site", row.path),
        _ => O,
    }
}

async fn call(w: &World, row: &Row, client: &Client) -> Response {
    let fields: Vec<(&str, &str)> = row.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match row.call {
        Call::Form => w.app.post_form_as(client, &row.path, "/", &fields).await,
        Call::Upload(file_field) => {
            w.app
                .post_upload_as(
                    client,
                    &row.path,
                    "/",
                    &fields,
                    (file_field, "file.bin", b"not what it claims".to_vec()),
                )
                .await
        }
        Call::Get => w.app.get_as(client, &row.path).await,
    }
}

#[tokio::test]
async fn every_server_function_and_private_route_lets_in_exactly_whom_the_table_says() {
    let w = world().await;
    let rows = rows(&w);

    // The table covers every server function registered, and nothing that is not one.
    let registered: BTreeSet<String> = server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let tabled: BTreeSet<String> = rows
        .iter()
        .filter(|row| !matches!(row.call, Call::Get))
        .map(|row| row.path.clone())
        .collect();
    let missing: Vec<_> = registered.difference(&tabled).collect();
    let unknown: Vec<_> = tabled.difference(&registered).collect();
    assert!(
        missing.is_empty() && unknown.is_empty(),
        "server functions without a row: {missing:?}; rows that are no server function: {unknown:?}"
    );

    let mut wrong = Vec::new();
    let mut table = String::new();
    for row in &rows {
        let mut got = [O; 6];
        for (i, client) in w.callers().into_iter().enumerate() {
            let response = call(&w, row, client).await;
            got[i] = outcome(row, &response);
            if got[i] != row.expect[i] {
                wrong.push(format!(
                    "{} as {}: expected {:?}, got {:?} (status {}, {})",
                    row.path,
                    ACTORS[i],
                    row.expect[i],
                    got[i],
                    response.status(),
                    response
                        .headers()
                        .get("location")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                ));
            }
        }
        table.push_str(&format!("{:<40} {got:?}\n", row.path));
    }
    assert!(
        wrong.is_empty(),
        "{} answers differ from the table:\n{}\n\nall answers:\n{table}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[tokio::test]
async fn every_state_changing_call_from_another_site_is_refused_and_writes_nothing() {
    let w = world().await;
    let audits = w.app.audit_count().await;
    let users = w.app.user_count().await;
    for row in rows(&w).iter().filter(|row| !matches!(row.call, Call::Get)) {
        for (header, value) in [
            ("origin", "https://evil.example"),
            ("sec-fetch-site", "cross-site"),
        ] {
            let request = w
                .app
                .client
                .post(w.app.url(&row.path))
                .header(header, value);
            let request = match row.call {
                Call::Upload(file_field) => request.multipart(
                    row.fields
                        .iter()
                        .fold(reqwest::multipart::Form::new(), |f, (k, v)| {
                            f.text(*k, v.clone())
                        })
                        .part(
                            file_field,
                            reqwest::multipart::Part::bytes(photo_jpeg()).file_name("a.jpg"),
                        ),
                ),
                _ => request.form(&row.fields),
            };
            let response = request.send().await.expect("POST");
            assert_eq!(
                response.status(),
                403,
                "{} with {header}: {value}",
                row.path
            );
        }
    }
    assert_eq!(w.app.audit_count().await, audits, "nothing audited");
    assert_eq!(w.app.user_count().await, users, "no account made");
    // The owner is still signed in: the cross-site sign-out was refused too.
    let account = w.app.get("/account").await;
    assert_eq!(account.status(), 200);
}
