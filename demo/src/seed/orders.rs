//! A few orders in the demo.

use super::{DEMO_ACCOUNTS, demo_user};
use backend::state::AppSettings;
use domain::{Locale, geo::Region};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

/// A few orders in the demo: Amina (the demo buyer) has ordered from Khadija's cooperative
/// (with a product of another cooperative in one order); Khadija has confirmed and shipped one,
/// the other waits in her inbox. Made through the checkout and fulfilment services.
pub async fn seed_orders(db: &DatabaseConnection, settings: &AppSettings) -> anyhow::Result<()> {
    use backend::{
        entity::{cart, cart_item, cooperative_member, product},
        services::{
            checkout::{self, CheckoutForm},
            fulfilment::{self, Action},
        },
    };
    use sea_orm::{ActiveModelTrait, QueryOrder, Set};
    let amina = demo_user(db, DEMO_ACCOUNTS[1].0).await?;
    let khadija = demo_user(db, DEMO_ACCOUNTS[2].0).await?;
    let Some(membership) = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::UserId.eq(khadija.id.into_uuid()))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let on_sale = |cooperative: Option<Uuid>| async move {
        let mut query = backend::services::browse::public()
            .filter(product::Column::Stock.gt(5))
            .order_by_asc(product::Column::Slug);
        query = match cooperative {
            Some(id) => query.filter(product::Column::CooperativeId.eq(id)),
            None => query.filter(product::Column::CooperativeId.ne(membership.cooperative_id)),
        };
        Ok::<_, anyhow::Error>(query.all(db).await?)
    };
    let hers = on_sale(Some(membership.cooperative_id)).await?;
    let others = on_sale(None).await?;
    let baskets: [Vec<(&product::Model, i32)>; 2] = [
        hers.iter().take(1).map(|p| (p, 1)).collect(),
        hers.iter()
            .skip(1)
            .take(2)
            .map(|p| (p, 2))
            .chain(others.first().map(|p| (p, 1)))
            .collect(),
    ];
    let now = chrono::Utc::now();
    let mut numbers = Vec::new();
    for basket in baskets.iter().filter(|b| !b.is_empty()) {
        let cart_id = match cart::Entity::find()
            .filter(cart::Column::UserId.eq(amina.id.into_uuid()))
            .one(db)
            .await?
        {
            Some(c) => c.id,
            None => {
                cart::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    user_id: Set(Some(amina.id.into_uuid())),
                    created_at: Set(now),
                    updated_at: Set(now),
                }
                .insert(db)
                .await?
                .id
            }
        };
        for (p, quantity) in basket {
            // The cheapest option (a product sold several ways shows it first on its card).
            let options = backend::services::product_options::of_product(db, p.id)
                .await
                .map_err(|e| anyhow::anyhow!("demo options: {e}"))?;
            let Some(option) = options.iter().min_by_key(|o| o.price_centimes) else {
                continue;
            };
            cart_item::ActiveModel {
                cart_id: Set(cart_id),
                option_id: Set(option.id),
                product_id: Set(p.id),
                quantity: Set(*quantity),
                price_seen_centimes: Set(option.price_centimes),
                added_at: Set(now),
            }
            .insert(db)
            .await?;
        }
        let form = CheckoutForm {
            idempotency_key: Uuid::new_v4().to_string(),
            email: String::new(),
            name: "Amina El Fassi".into(),
            phone: "0661234567".into(),
            region: Region::RabatSaleKenitra.code().into(),
            city: "Rabat".into(),
            address: "14 avenue Allal Ben Abdellah, Hassan".into(),
            notes: String::new(),
            payment: "cod".into(),
        };
        let placed = checkout::place_cart(db, settings, cart_id, Some(&amina), &form, Locale::Fr)
            .await
            .map_err(|e| anyhow::anyhow!("demo order: {e}"))?;
        numbers.push(placed.number);
    }
    // Khadija has confirmed and shipped the first order; the second waits for her.
    if let Some(first) = numbers.first() {
        use backend::entity::{order, shipment};
        let order_id = order::Entity::find()
            .filter(order::Column::Number.eq(first.as_str()))
            .one(db)
            .await?
            .map(|o| o.id);
        let shipment = shipment::Entity::find()
            .filter(shipment::Column::CooperativeId.eq(membership.cooperative_id))
            .filter(shipment::Column::OrderId.eq(order_id))
            .one(db)
            .await?;
        if let Some(shipment) = shipment {
            for (event, tracking) in [("confirm", ""), ("ship", "AMANA-DEMO-0001")] {
                let action = Action {
                    event: event.into(),
                    carrier: if tracking.is_empty() {
                        String::new()
                    } else {
                        "Amana".into()
                    },
                    tracking_number: tracking.into(),
                    reason: String::new(),
                };
                fulfilment::act(
                    db,
                    settings,
                    None,
                    &khadija,
                    membership.cooperative_id,
                    shipment.id,
                    &action,
                )
                .await
                .map_err(|e| anyhow::anyhow!("demo fulfilment: {e}"))?;
            }
        }
    }
    tracing::info!(orders = numbers.len(), "demo orders placed");
    Ok(())
}
