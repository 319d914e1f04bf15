//! Product options through HTTP, as browsers without JavaScript use them: a cooperative sells its
//! argan oil in two sizes, each with its SKU, price, quantity and stock; the page offers them as
//! radio buttons and cards say "from"; the cart, the order, stock taking and giving back, the
//! cooperative's inbox, the exports and the CSV round trip carry the option. Bad input — no
//! option chosen among several, an unknown one, another product's, more than the option holds,
//! a broken options table — is refused beside its field and writes nothing.

use crate::{
    cooperatives::setup,
    helpers::*,
    orders::{act, address, place, product_by_id, second_cooperative_product, shipment_of},
    products::published_product,
};
use backend::entity::{cart_item, order_line, product, product_option};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

pub(crate) async fn options_of(app: &TestApp, product: Uuid) -> Vec<product_option::Model> {
    product_option::Entity::find()
        .filter(product_option::Column::ProductId.eq(product))
        .order_by_asc(product_option::Column::Position)
        .all(&app.db)
        .await
        .expect("options")
}

/// Posts the options table of `product` as the editor does (`options[i][field]`).
pub(crate) async fn save_options(
    app: &TestApp,
    client: &Client,
    product: Uuid,
    rows: &[&[(&str, &str)]],
) -> reqwest::Response {
    let id = product.to_string();
    let mut fields: Vec<(String, String)> = vec![("product_id".into(), id.clone())];
    for (i, row) in rows.iter().enumerate() {
        for (field, value) in row.iter() {
            fields.push((format!("options[{i}][{field}]"), (*value).to_owned()));
        }
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form_as(
        client,
        "/api/products/options",
        &format!("/products/{id}/edit"),
        &pairs,
    )
    .await
}

/// A row of the options table as typed: `(field, value)`.
type Row = Vec<(String, String)>;

/// Rows sent, and the issues expected beside their fields (`(field, issue)`).
type Case = (Vec<Row>, Vec<(&'static str, &'static str)>);

/// [`save_options`] with owned rows.
async fn save_rows(
    app: &TestApp,
    client: &Client,
    product: Uuid,
    rows: &[Row],
) -> reqwest::Response {
    let pairs: Vec<Vec<(&str, &str)>> = rows
        .iter()
        .map(|r| r.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect())
        .collect();
    let slices: Vec<&[(&str, &str)]> = pairs.iter().map(Vec::as_slice).collect();
    save_options(app, client, product, &slices).await
}

async fn add_option(
    app: &TestApp,
    client: &Client,
    product: &product::Model,
    option: &str,
    quantity: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/cart/add",
        &format!("/p/{}", product.slug),
        &[
            ("product_id", &product.id.to_string()),
            ("option", option),
            ("quantity", quantity),
        ],
    )
    .await
}

/// The field issues of a refused post, as `(field, issue)`.
fn issues(response: &reqwest::Response) -> Vec<(String, String)> {
    error_json(response)["detail"]["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    (
                        e[0].as_str().unwrap_or_default().to_owned(),
                        e[1]["input"]
                            .as_str()
                            .or_else(|| e[1]["issue"].as_str())
                            .unwrap_or_default()
                            .to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn cart_items(app: &TestApp) -> u64 {
    cart_item::Entity::find()
        .count(&app.db)
        .await
        .expect("items")
}

/// Argan oil in 250 ml (150 MAD, 5 left) and 1 l (450 MAD, 2 left).
pub(crate) async fn two_sizes(app: &TestApp, admin: &Client) -> (product::Model, Uuid, Uuid) {
    let (_, argan) = published_product(app, admin).await;
    let first = options_of(app, argan.id).await;
    assert_eq!(first.len(), 1, "a new product is sold one way");
    assert!(first[0].label.is_empty());
    let first_id = first[0].id.to_string();
    let saved = save_options(
        app,
        &app.client,
        argan.id,
        &[
            &[
                ("id", &first_id),
                ("label", "250 ml"),
                ("sku", "arg-250"),
                ("price", "150"),
                ("quantity", "250"),
                ("stock", "5"),
            ],
            &[
                ("id", ""),
                ("label", "1 l"),
                ("sku", "arg-1l"),
                ("price", "450,00"),
                ("quantity", "1000"),
                ("stock", "2"),
            ],
            // The blank row the editor always offers.
            &[
                ("id", ""),
                ("label", ""),
                ("sku", ""),
                ("price", ""),
                ("quantity", ""),
                ("stock", ""),
            ],
        ],
    )
    .await;
    assert!(
        location(&saved).ends_with("/edit?saved=1#options"),
        "{}",
        location(&saved)
    );
    let options = options_of(app, argan.id).await;
    assert_eq!(options.len(), 2);
    assert_eq!(options[0].id, first[0].id, "the first option kept its id");
    (
        product_by_id(app, argan.id).await,
        options[0].id,
        options[1].id,
    )
}

#[tokio::test]
async fn options_are_chosen_priced_stocked_and_ordered_apart() {
    let (app, admin) = setup().await;
    let (argan, small, large) = two_sizes(&app, &admin).await;
    // The product sums its options up: cheapest price and quantity, total stock, "from".
    assert_eq!(
        (
            argan.price_centimes,
            argan.quantity_milli,
            argan.stock,
            argan.several_prices
        ),
        (15_000, 250_000, 7, true)
    );
    let page = app.get_in(&format!("/p/{}", argan.slug), "fr").await;
    let html = page.text().await.expect("body");
    assert!(html.contains("à partir de"), "the price says from");
    assert!(html.contains(&format!(
        "name=\"option\" id=\"option-0\" value=\"{small}\""
    )));
    assert!(html.contains(&format!("value=\"{large}\"")));
    assert!(html.contains("1 l") && html.contains("450,00"));
    let json_ld = html
        .split("application/ld+json")
        .nth(1)
        .expect("structured data");
    assert!(json_ld.contains("ARG-1L"), "an offer per option");
    let search = app
        .get_in("/categories/argan-culinary", "fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(search.contains("à partir de"), "the card says from");

    // Bad choices are refused beside the field; nothing is written.
    let guest = browser();
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let dates_option = options_of(&app, dates.id).await[0].id.to_string();
    for (option, issue) in [
        ("", "option_missing"),
        ("not-an-id", "choice_invalid"),
        (dates_option.as_str(), "choice_invalid"),
        (&Uuid::now_v7().to_string(), "choice_invalid"),
    ] {
        let refused = add_option(&app, &guest, &argan, option, "1").await;
        assert_eq!(
            issues(&refused),
            vec![("option".to_owned(), issue.to_owned())],
            "{option:?}"
        );
    }
    let too_many = add_option(&app, &guest, &argan, &large.to_string(), "3").await;
    assert_eq!(
        issues(&too_many),
        vec![("quantity".to_owned(), "not_enough_stock".to_owned())],
        "three of the 1 l, two left (the product has seven)"
    );
    assert_eq!(cart_items(&app).await, 0, "nothing written");
    // The refusal shows translated on the product page, the choice kept.
    let refused = add_option(&app, &guest, &argan, "", "1").await;
    let back = app.text_as_in(&guest, &location(&refused), "ar").await;
    assert!(
        back.contains("اختر أحد الخيارات"),
        "in Arabic beside the options"
    );

    // Two lines of one product: one per option.
    for (option, quantity) in [(large, "2"), (small, "1")] {
        let added = add_option(&app, &guest, &argan, &option.to_string(), quantity).await;
        assert_eq!(location(&added), "/cart?added=1");
    }
    assert_eq!(cart_items(&app).await, 2);
    let cart = app.text_as_in(&guest, "/cart", "fr").await;
    assert!(cart.contains("1 l") && cart.contains("250 ml"));
    assert!(cart.contains("050,00"), "2 × 450 + 150 = 1 050");
    // A line is changed by its option.
    let set = app
        .post_form_as(
            &guest,
            "/api/cart/set",
            "/cart",
            &[("option_id", &large.to_string()), ("quantity", "3")],
        )
        .await;
    assert_eq!(error_code(&set), "invalid", "three 1 l are not there");

    let placed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    let mut lines = order_line::Entity::find()
        .all(&app.db)
        .await
        .expect("lines");
    lines.sort_by_key(|l| l.unit_price_centimes);
    let seen: Vec<_> = lines
        .iter()
        .map(|l| {
            (
                l.option_id,
                l.option_label.as_str(),
                l.sku.as_str(),
                l.unit_price_centimes,
                l.quantity,
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            (Some(small), "250 ml", "ARG-250", 15_000, 1),
            (Some(large), "1 l", "ARG-1L", 45_000, 2),
        ]
    );
    let stock = |options: Vec<product_option::Model>| -> Vec<i32> {
        options.iter().map(|o| o.stock).collect()
    };
    assert_eq!(stock(options_of(&app, argan.id).await), vec![4, 0]);
    assert_eq!(product_by_id(&app, argan.id).await.stock, 4);

    // The cooperative sees which size to ship.
    let inbox = app
        .get_as(
            &app.client,
            &format!("/cooperatives/{}/orders", argan.cooperative_id),
        )
        .await
        .text()
        .await
        .expect("body");
    assert!(inbox.contains("1 l") && inbox.contains("ARG-1L"));

    // Cancelling gives each option its stock back.
    let part = shipment_of(&app, argan.cooperative_id).await;
    let cancelled = act(
        &app,
        &app.client,
        argan.cooperative_id,
        part.id,
        &[
            ("event", "cancel"),
            ("reason", "Rupture chez le transporteur"),
        ],
    )
    .await;
    assert!(
        !location(&cancelled).contains("__err="),
        "{}",
        location(&cancelled)
    );
    assert_eq!(stock(options_of(&app, argan.id).await), vec![5, 2]);
    assert_eq!(product_by_id(&app, argan.id).await.stock, 7);
}

#[tokio::test]
async fn a_broken_options_table_is_refused_row_by_row_and_changes_nothing() {
    let (app, admin) = setup().await;
    let (argan, small, large) = two_sizes(&app, &admin).await;
    let coop = backend::entity::cooperative::Entity::find_by_id(argan.cooperative_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("cooperative");
    // Another product of the same cooperative holds MIEL-1.
    crate::products::create_draft(&app, &app.client, &coop, &[("sku", "miel-1")]).await;
    let before = options_of(&app, argan.id).await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let foreign = options_of(&app, dates.id).await[0].id.to_string();
    let audits = app.audit_count().await;
    let (small, large) = (small.to_string(), large.to_string());
    let row = |id: &str, label: &str, sku: &str, extra: &[(&str, &str)]| -> Row {
        let mut fields: Row = [
            ("id", id),
            ("label", label),
            ("sku", sku),
            ("price", "100"),
            ("quantity", "250"),
            ("stock", "1"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        for (k, v) in extra {
            match fields.iter_mut().find(|(name, _)| name == k) {
                Some(field) => field.1 = (*v).to_owned(),
                None => fields.push(((*k).to_owned(), (*v).to_owned())),
            }
        }
        fields
    };
    // The rows sent, and the issues expected beside their fields.
    let cases: Vec<Case> = vec![
        // Two options need a name each, and names must differ (ignoring case).
        (
            vec![
                row(&small, "", "A-1", &[]),
                row(&large, "1 L", "A-2", &[]),
                row("", "1 l", "A-3", &[]),
            ],
            vec![
                ("options[0][label]", "required"),
                ("options[2][label]", "option_repeated"),
            ],
        ),
        // Another product's option.
        (
            vec![
                row(&small, "250 ml", "A-1", &[]),
                row(&foreign, "1 l", "A-2", &[]),
            ],
            vec![("options[1][label]", "choice_invalid")],
        ),
        // An SKU another product of the cooperative uses.
        (
            vec![
                row(&small, "250 ml", "A-1", &[]),
                row("", "1 l", "miel-1", &[]),
            ],
            vec![("options[1][sku]", "sku_taken")],
        ),
        // Every option removed.
        (
            vec![
                row(&small, "250 ml", "A-1", &[("remove", "on")]),
                row(&large, "1 l", "A-2", &[("remove", "on")]),
            ],
            vec![("options[0][remove]", "last_option")],
        ),
        // A bad price, and a photo that is not this product's.
        (
            vec![
                row(&small, "250 ml", "A-1", &[("price", "-3")]),
                row(&large, "1 l", "A-2", &[("photo", &foreign)]),
            ],
            vec![("options[0][price]", "price_invalid")],
        ),
        (
            vec![
                row(&small, "250 ml", "A-1", &[]),
                row(&large, "1 l", "A-2", &[("photo", &foreign)]),
            ],
            vec![("options[1][photo]", "choice_invalid")],
        ),
    ];
    for (rows, expected) in cases {
        let refused = save_rows(&app, &app.client, argan.id, &rows).await;
        assert_eq!(error_code(&refused), "invalid", "{rows:?}");
        let found = issues(&refused);
        for (field, issue) in &expected {
            assert!(
                found.contains(&((*field).to_owned(), (*issue).to_owned())),
                "{field} {issue} in {found:?}"
            );
        }
        assert_eq!(options_of(&app, argan.id).await, before, "nothing written");
    }
    assert_eq!(app.audit_count().await, audits, "no audit record either");
    // The refused table comes back filled in, its problem beside the row, in French.
    let unnamed = row(&small, "", "A-1", &[]);
    let named = row(&large, "1 l", "A-2", &[]);
    let both = [unnamed, named];
    let refused = save_rows(&app, &app.client, argan.id, &both).await;
    let page = app.text_as_in(&app.client, &location(&refused), "fr").await;
    assert!(page.contains("value=\"A-2\""), "values kept");
    assert!(
        page.contains("field-error"),
        "the problem shows beside the row"
    );
    // Strangers cannot touch the table.
    let stranger = signed_up(&app, "Omar", "omar@example.ma").await;
    let refused = save_rows(&app, &stranger, argan.id, &both).await;
    assert_eq!(error_code(&refused), "not_found");
    assert_eq!(options_of(&app, argan.id).await, before);
}

#[tokio::test]
async fn the_product_file_carries_options_both_ways() {
    let (app, admin) = setup().await;
    let (argan, small, large) = two_sizes(&app, &admin).await;
    let id = argan.cooperative_id;
    let export = app
        .get_as(&app.client, &format!("/cooperatives/{id}/products.csv"))
        .await
        .text()
        .await
        .expect("body");
    let read = |text: &str| -> Vec<Vec<String>> {
        csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.expect("record").iter().map(str::to_owned).collect())
            .collect()
    };
    assert!(
        export
            .lines()
            .next()
            .is_some_and(|h| h.ends_with("labels,option,option_sku,gtin")),
        "{export}"
    );
    let rows = read(&export);
    let pick = |row: &Vec<String>| -> Vec<String> {
        [0, 2, 3, 5, 14, 15]
            .iter()
            .map(|&i| row[i].clone())
            .collect()
    };
    assert_eq!(
        rows.iter().map(pick).collect::<Vec<_>>(),
        vec![
            vec!["ARG-250", "150.00", "5", "250", "250 ml", "ARG-250"],
            vec!["ARG-250", "450.00", "2", "1000", "1 l", "ARG-1L"],
        ],
        "a line per option"
    );

    // The file edited: the 1 l restocked, a 5 l added; the options keep their ids.
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(
            export
                .trim_start_matches('\u{feff}')
                .lines()
                .next()
                .expect("header")
                .split(','),
        )
        .expect("header");
    let mut restocked = rows[1].clone();
    restocked[3] = "9".into();
    let mut five = rows[1].clone();
    (five[2], five[3], five[5]) = ("1900.00".into(), "1".into(), "5000".into());
    (five[14], five[15]) = ("5 l".into(), "ARG-5L".into());
    for row in [&rows[0], &restocked, &five] {
        writer.write_record(row).expect("line");
    }
    let edited = writer.into_inner().expect("csv");
    let imported = app
        .post_upload_as(
            &app.client,
            "/api/upload/products/import",
            &format!("/cooperatives/{id}/products"),
            &[("cooperative_id", &id.to_string())],
            ("file", "products.csv", edited),
        )
        .await;
    assert!(
        location(&imported).contains("created=0&updated=1"),
        "{}",
        location(&imported)
    );
    let options = options_of(&app, argan.id).await;
    let seen: Vec<_> = options
        .iter()
        .map(|o| (o.label.as_str(), o.sku.as_str(), o.price_centimes, o.stock))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("250 ml", "ARG-250", 15_000, 5),
            ("1 l", "ARG-1L", 45_000, 9),
            ("5 l", "ARG-5L", 190_000, 1),
        ]
    );
    assert_eq!((options[0].id, options[1].id), (small, large));
    assert_eq!(product_by_id(&app, argan.id).await.stock, 15);

    // Two lines of one product without option names are refused, naming the column.
    let unnamed = "sku,category,price,stock,unit,quantity,title_fr\n\
                   SAF-1,saffron,40,1,g,1,Safran\nSAF-1,saffron,80,1,g,2,Safran\n";
    let refused = app
        .post_upload_as(
            &app.client,
            "/api/upload/products/import",
            &format!("/cooperatives/{id}/products"),
            &[("cooperative_id", &id.to_string())],
            ("file", "products.csv", unnamed.as_bytes().to_vec()),
        )
        .await;
    let page = app.text_as_in(&app.client, &location(&refused), "fr").await;
    assert!(page.contains("Ligne 2, colonne « option »"), "{page}");
    let saffron = product::Entity::find()
        .filter(product::Column::Sku.eq("SAF-1"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(saffron, 0, "nothing imported");
}
