//! Saving a product's options table: rows kept, changed, added and removed in one transaction,
//! with the product's summary (cheapest price, total stock) and the audit record. Refused rows
//! come back with every value typed, each problem beside its row's field.

use super::{photos_of, writable};
use crate::services::{begin_write, db_error, is_unique_violation, product_options};
use crate::{
    audit,
    entity::product_option,
    error::{AppError, FieldErrors, FieldIssue},
    user::CurrentUser,
};
use domain::{
    InputError,
    product::{
        Unit,
        option::{OptionProblem, OptionRow, ParsedOption, parse_rows},
    },
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;
use std::collections::HashSet;
use uuid::Uuid;

/// The form field of a row's field: `options[2][price]`.
fn option_field(row: usize, field: &str) -> String {
    format!("options[{row}][{field}]")
}

/// Every row's values, kept for the form shown again.
fn kept(rows: &[OptionRow]) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for (i, row) in rows.iter().enumerate() {
        for (field, value) in [
            ("id", &row.id),
            ("label", &row.label),
            ("sku", &row.sku),
            ("price", &row.price),
            ("quantity", &row.quantity),
            ("stock", &row.stock),
            ("photo", &row.photo),
            ("gtin", &row.gtin),
        ] {
            errors = errors.keep(&option_field(i, field), value);
        }
        if row.remove {
            errors = errors.keep(&option_field(i, "remove"), "on");
        }
    }
    errors
}

fn refused(rows: &[OptionRow], problems: &[(usize, &str, FieldIssue)]) -> AppError {
    let mut errors = kept(rows);
    for (row, field, issue) in problems {
        errors.add(&option_field(*row, field), *issue);
    }
    errors.into()
}

fn from_domain(problems: Vec<OptionProblem>) -> Vec<(usize, &'static str, FieldIssue)> {
    problems
        .into_iter()
        .map(|p| (p.row, p.field, p.problem.into()))
        .collect()
}

/// The options table as the editor shows it (the values as a member would type them).
pub fn rows_of(options: &[product_option::Model], unit: &str) -> Vec<OptionRow> {
    let unit = Unit::from_code(unit);
    options
        .iter()
        .map(|o| OptionRow {
            id: o.id.to_string(),
            label: o.label.clone(),
            sku: o.sku.clone(),
            price: format!("{}.{:02}", o.price_centimes / 100, o.price_centimes % 100),
            quantity: unit
                .map(|unit| {
                    domain::product::Quantity {
                        milli: o.quantity_milli,
                        unit,
                    }
                    .amount()
                })
                .unwrap_or_default(),
            stock: o.stock.to_string(),
            photo: o.photo_id.map(|p| p.to_string()).unwrap_or_default(),
            gtin: o.gtin.clone().unwrap_or_default(),
            remove: false,
        })
        .collect()
}

/// Saves the options table of a product of a verified cooperative `user` belongs to.
pub async fn save_options(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    rows: &[OptionRow],
) -> Result<(), AppError> {
    let (product, _) = writable(db, user, product_id).await?;
    let unit = Unit::from_code(&product.unit).ok_or(AppError::Internal)?;
    let parsed = parse_rows(rows, unit).map_err(|p| refused(rows, &from_domain(p)))?;
    let txn = begin_write(db).await?;
    let (product, _) = writable(&txn, user, product_id).await?;
    let current = product_options::of_product(&txn, product_id).await?;
    let photos: HashSet<Uuid> = photos_of(&txn, product_id)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    check_choices(&parsed, &current, &photos).map_err(|p| refused(rows, &p))?;
    let (saved, removed) = match write_options(&txn, &product, &current, &parsed).await? {
        Written::Saved { options, removed } => (options, removed),
        Written::SkuTaken { row } => {
            return Err(refused(rows, &[(row, "sku", FieldIssue::SkuTaken)]));
        }
    };
    audit::record(
        &txn,
        Some(user.id),
        "product.options_saved",
        Some(product_id.to_string()),
        json!({
            "options": saved.iter().map(|o| json!({
                "sku": o.sku, "price": o.price_centimes, "stock": o.stock,
            })).collect::<Vec<_>>(),
            "removed": removed,
        }),
    )
    .await?;
    txn.commit().await.map_err(db_error)
}

/// What writing an options table did.
pub enum Written {
    /// The options as they now are, and how many were removed.
    Saved {
        options: Vec<product_option::Model>,
        removed: usize,
    },
    /// The SKU of the option parsed from `row` is another option's of the cooperative.
    SkuTaken { row: usize },
}

/// Writes `parsed` as the options of `product` (no authorisation: callers check it): a parsed
/// option with an id updates that option of `current`, one without takes over the current option
/// with its SKU if there is one (a re-imported file keeps carts' options) or is added; the
/// current options left over are removed. Then the product's summary is written.
pub async fn write_options(
    db: &impl ConnectionTrait,
    product: &crate::entity::product::Model,
    current: &[product_option::Model],
    parsed: &[ParsedOption],
) -> Result<Written, AppError> {
    let mut claimed: HashSet<Uuid> = parsed.iter().filter_map(|p| p.id).collect();
    let mut targets: Vec<Option<&product_option::Model>> = Vec::with_capacity(parsed.len());
    for option in parsed {
        let target = match option.id {
            Some(id) => current.iter().find(|o| o.id == id),
            None => current
                .iter()
                .find(|o| o.sku == option.sku && !claimed.contains(&o.id)),
        };
        if let Some(t) = target {
            claimed.insert(t.id);
        }
        targets.push(target);
    }
    let gone: Vec<Uuid> = current
        .iter()
        .map(|o| o.id)
        .filter(|id| !claimed.contains(id))
        .collect();
    if !gone.is_empty() {
        product_option::Entity::delete_many()
            .filter(product_option::Column::Id.is_in(gone.clone()))
            .exec(db)
            .await
            .map_err(db_error)?;
    }
    let now = chrono::Utc::now();
    let mut saved = Vec::with_capacity(parsed.len());
    for (position, (option, target)) in parsed.iter().zip(targets).enumerate() {
        let position = i32::try_from(position).map_err(|_| AppError::Internal)?;
        let written = match target {
            Some(existing) => {
                let mut row = product_option::ActiveModel::from(existing.clone());
                row.position = Set(position);
                row.label = Set(option.label.clone());
                row.sku = Set(option.sku.clone());
                row.price_centimes = Set(option.price_centimes);
                row.quantity_milli = Set(option.quantity_milli);
                row.stock = Set(option.stock);
                row.photo_id = Set(option.photo);
                row.gtin = Set(option.gtin.clone());
                row.updated_at = Set(now);
                row.update(db).await
            }
            None => {
                product_option::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    product_id: Set(product.id),
                    cooperative_id: Set(product.cooperative_id),
                    position: Set(position),
                    label: Set(option.label.clone()),
                    sku: Set(option.sku.clone()),
                    price_centimes: Set(option.price_centimes),
                    quantity_milli: Set(option.quantity_milli),
                    stock: Set(option.stock),
                    photo_id: Set(option.photo),
                    gtin: Set(option.gtin.clone()),
                    created_at: Set(now),
                    updated_at: Set(now),
                }
                .insert(db)
                .await
            }
        };
        match written {
            Ok(model) => saved.push(model),
            Err(e) if is_unique_violation(&e) => return Ok(Written::SkuTaken { row: option.row }),
            Err(e) => return Err(db_error(e)),
        }
    }
    product_options::summarise(db, product.id, &saved).await?;
    Ok(Written::Saved {
        options: saved,
        removed: gone.len(),
    })
}

/// Refuses a row naming an option of another product (or none) or a photo that is not this
/// product's.
fn check_choices(
    parsed: &[ParsedOption],
    current: &[product_option::Model],
    photos: &HashSet<Uuid>,
) -> Result<(), Vec<(usize, &'static str, FieldIssue)>> {
    let mut problems = Vec::new();
    for option in parsed {
        if option
            .id
            .is_some_and(|id| !current.iter().any(|o| o.id == id))
        {
            problems.push((option.row, "label", InputError::ChoiceInvalid.into()));
        }
        if option.photo.is_some_and(|id| !photos.contains(&id)) {
            problems.push((option.row, "photo", InputError::ChoiceInvalid.into()));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
