//! Creating and updating products: the parsed form written with its texts and labels, in one
//! transaction with the audit record.

use super::{
    ParsedProduct, ProductForm, category_codes, kept, managed_cooperative, parse, writable,
};
use crate::services::{begin_write, db_error, is_unique_violation, product_options};
use crate::{
    audit,
    entity::{cooperative_label, product, product_label, product_option, product_translation},
    error::{AppError, FieldIssue},
    rich_text,
    user::CurrentUser,
};
use domain::{
    InputError,
    product::{self as rules, ProductState},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;
use uuid::Uuid;

/// Keeps only the label ids that belong to the cooperative; any other id is a refused choice.
async fn check_labels(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    parsed: &ParsedProduct,
    form: &ProductForm,
) -> Result<(), AppError> {
    if parsed.labels.is_empty() {
        return Ok(());
    }
    let owned = cooperative_label::Entity::find()
        .filter(cooperative_label::Column::CooperativeId.eq(cooperative_id))
        .filter(cooperative_label::Column::Id.is_in(parsed.labels.clone()))
        .all(db)
        .await
        .map_err(db_error)?;
    if owned.len() != parsed.labels.len() {
        let mut errors = kept(form);
        errors.add("labels", InputError::ChoiceInvalid);
        return Err(errors.into());
    }
    Ok(())
}

/// A refused SKU (already used by another product of the cooperative).
fn sku_taken(form: &ProductForm) -> AppError {
    let mut errors = kept(form);
    errors.add("sku", FieldIssue::SkuTaken);
    errors.into()
}

/// Creates a draft product for a verified cooperative `user` belongs to.
pub async fn create(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: &ProductForm,
) -> Result<product::Model, AppError> {
    managed_cooperative(db, user, cooperative_id).await?;
    let parsed = parse(form, &category_codes(db).await?)?;
    let txn = begin_write(db).await?;
    managed_cooperative(&txn, user, cooperative_id).await?;
    check_labels(&txn, cooperative_id, &parsed, form).await?;
    let model = insert(&txn, cooperative_id, &parsed, form).await?;
    audit::record(
        &txn,
        Some(user.id),
        "product.created",
        Some(model.id.to_string()),
        json!({ "cooperative": cooperative_id, "sku": model.sku }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(model)
}

/// Inserts a parsed product as a draft (no authorisation: callers check it).
pub async fn insert(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    parsed: &ParsedProduct,
    form: &ProductForm,
) -> Result<product::Model, AppError> {
    let id = Uuid::now_v7();
    let now = chrono::Utc::now();
    let suffix: String = id.simple().to_string().chars().rev().take(8).collect();
    let model = product::Model {
        id,
        cooperative_id,
        slug: rules::slug(
            &parsed.titles[1],
            &parsed.titles[2],
            &parsed.category,
            &suffix,
        ),
        sku: parsed.sku.clone(),
        category_code: parsed.category.clone(),
        price_centimes: parsed.price_centimes,
        currency: domain::money::CURRENCY.to_owned(),
        stock: parsed.stock,
        unit: parsed.quantity.unit.code().to_owned(),
        quantity_milli: parsed.quantity.milli,
        weight_grams: parsed.weight_grams,
        state: ProductState::Draft,
        hidden_reason: None,
        hidden_at: None,
        published_at: None,
        created_at: now,
        updated_at: now,
        several_prices: false,
        in_feeds: true,
    };
    let refused = |e: sea_orm::DbErr| {
        if is_unique_violation(&e) {
            sku_taken(form)
        } else {
            db_error(e)
        }
    };
    product::ActiveModel::from(model.clone())
        .insert(db)
        .await
        .map_err(refused)?;
    product_options::insert_single(db, &model)
        .await
        .map_err(refused)?;
    write_texts_and_labels(db, id, parsed).await?;
    Ok(model)
}

/// Replaces a product's texts and label links.
async fn write_texts_and_labels(
    db: &impl ConnectionTrait,
    product_id: Uuid,
    parsed: &ParsedProduct,
) -> Result<(), AppError> {
    product_translation::Entity::delete_many()
        .filter(product_translation::Column::ProductId.eq(product_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    for (i, locale) in ["ar", "fr", "en"].into_iter().enumerate() {
        let (title, description) = (&parsed.titles[i], &parsed.descriptions[i]);
        if title.is_empty() && description.is_empty() {
            continue;
        }
        product_translation::ActiveModel {
            product_id: Set(product_id),
            locale: Set(locale.to_owned()),
            title: Set(title.clone()),
            description: Set(description.clone()),
            description_html: Set(rich_text::render(description)),
        }
        .insert(db)
        .await
        .map_err(db_error)?;
    }
    product_label::Entity::delete_many()
        .filter(product_label::Column::ProductId.eq(product_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    for label_id in &parsed.labels {
        product_label::ActiveModel {
            product_id: Set(product_id),
            label_id: Set(*label_id),
        }
        .insert(db)
        .await
        .map_err(db_error)?;
    }
    Ok(())
}

/// Saves the form over an existing product. A published product that loses its title stays
/// valid only if it still could be published; otherwise the change is refused.
pub async fn update(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    form: &ProductForm,
) -> Result<(), AppError> {
    writable(db, user, product_id).await?;
    let parsed = parse(form, &category_codes(db).await?)?;
    let txn = begin_write(db).await?;
    let (existing, coop) = writable(&txn, user, product_id).await?;
    check_labels(&txn, coop.id, &parsed, form).await?;
    apply(&txn, existing, &parsed, form).await?;
    audit::record(
        &txn,
        Some(user.id),
        "product.updated",
        Some(product_id.to_string()),
        json!({ "sku": parsed.sku, "price": parsed.price_centimes, "stock": parsed.stock }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Writes a parsed form over `existing` (no authorisation: callers check it). The form's SKU,
/// price, quantity and stock are those of a single-option product's option; a product with
/// several options keeps them per option (the options table), and the form only renames its
/// own reference and changes what the options share (unit, category, texts…).
pub async fn apply(
    db: &impl ConnectionTrait,
    existing: product::Model,
    parsed: &ParsedProduct,
    form: &ProductForm,
) -> Result<(), AppError> {
    let id = existing.id;
    let now = chrono::Utc::now();
    let options = product_options::of_product(db, id).await?;
    let refused = |e: sea_orm::DbErr| {
        if is_unique_violation(&e) {
            sku_taken(form)
        } else {
            db_error(e)
        }
    };
    let mut active = product::ActiveModel::from(existing);
    active.sku = Set(parsed.sku.clone());
    active.category_code = Set(parsed.category.clone());
    active.unit = Set(parsed.quantity.unit.code().to_owned());
    active.weight_grams = Set(parsed.weight_grams);
    active.updated_at = Set(now);
    active.update(db).await.map_err(refused)?;
    let options = match options.as_slice() {
        [only] => {
            let mut option = product_option::ActiveModel::from(only.clone());
            option.sku = Set(parsed.sku.clone());
            option.price_centimes = Set(parsed.price_centimes);
            option.quantity_milli = Set(parsed.quantity.milli);
            option.stock = Set(parsed.stock);
            option.updated_at = Set(now);
            vec![option.update(db).await.map_err(refused)?]
        }
        _ => options,
    };
    product_options::summarise(db, id, &options).await?;
    write_texts_and_labels(db, id, parsed).await
}
