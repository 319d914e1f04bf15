//! Bulk import and export of a cooperative's products as CSV (UTF-8, one product a line — one
//! line per option for a product sold several ways, sharing its `sku` — with a
//! spreadsheet-friendly byte-order mark on export). An import is all or nothing: every line is
//! checked first, problems are reported by line and column, and only a clean file is written, in
//! one transaction. A product whose SKU the cooperative already uses is updated (its options
//! matched by their SKUs, so carts keep them); any other creates a draft.

use super::access;
use super::{begin_write, db_error, labels, product_options, products};
use crate::{
    audit,
    entity::product,
    error::{AppError, CsvProblem, FieldIssue},
    services::products::{OptionRow, ProductForm, Written, form_of, rows_of},
    user::CurrentUser,
};
use domain::{
    InputError,
    label::LabelKind,
    product::option::{ParsedOption, parse_rows},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

pub use domain::csv_file::{MAX_PRODUCT_LINES as MAX_LINES, PRODUCT_COLUMNS as COLUMNS};

/// Problems shown at most (the rest are counted).
pub const PROBLEMS_SHOWN: usize = 20;

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
}

/// The CSV column of a form field (they are named alike but for the weight).
fn column_of(field: &str) -> &str {
    match field {
        "weight" => "weight_grams",
        other => other,
    }
}

/// The CSV column of an options-table field.
fn option_column(field: &str) -> &str {
    match field {
        "label" | "remove" | "photo" => "option",
        "sku" => "option_sku",
        other => other,
    }
}

/// The template: the header and one example line.
pub fn template() -> String {
    let mut out = String::from("\u{feff}");
    let mut writer = csv::Writer::from_writer(Vec::new());
    let example = [
        "ARG-250",
        "argan-culinary",
        "150.00",
        "12",
        "ml",
        "250",
        "420",
        "زيت أركان غذائي",
        "Huile d'argan alimentaire",
        "Culinary argan oil",
        "",
        "**Pressée à froid** à Tifawt.",
        "",
        "onssa",
        "",
        "",
        "6111245590011",
    ];
    let written = writer
        .write_record(COLUMNS)
        .and_then(|()| writer.write_record(example));
    if written.is_ok()
        && let Ok(bytes) = writer.into_inner()
    {
        out.push_str(&String::from_utf8_lossy(&bytes));
    }
    out
}

/// Every product of a cooperative `user` belongs to, as CSV.
pub async fn export(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<String, AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    let models = product::Entity::find()
        .filter(product::Column::CooperativeId.eq(coop.id))
        .order_by_asc(product::Column::Sku)
        .all(db)
        .await
        .map_err(db_error)?;
    let ids: Vec<Uuid> = models.iter().map(|p| p.id).collect();
    let texts = products::texts_of(db, &ids).await?;
    let options = product_options::of_products(db, &ids).await?;
    let declared: HashMap<Uuid, LabelKind> = labels::of_cooperative(db, coop.id)
        .await?
        .into_iter()
        .map(|l| (l.id, l.kind))
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(COLUMNS)
        .map_err(|_| AppError::Internal)?;
    for model in &models {
        let label_ids = products::label_ids_of(db, model.id).await?;
        let form = form_of(
            model,
            texts.get(&model.id).map_or(&[][..], Vec::as_slice),
            &label_ids,
        );
        let kinds: Vec<&str> = label_ids
            .iter()
            .filter_map(|id| declared.get(id).map(|k| k.code()))
            .collect();
        let kinds = kinds.join("|");
        let rows = rows_of(
            options.get(&model.id).map_or(&[][..], Vec::as_slice),
            &model.unit,
        );
        // A product sold one way is one line, as before options; else a line per option.
        let single = matches!(rows.as_slice(), [only] if only.label.is_empty());
        for row in &rows {
            let (option, option_sku) = if single {
                ("", "")
            } else {
                (row.label.as_str(), row.sku.as_str())
            };
            crate::spreadsheet::write(
                &mut writer,
                [
                    form.sku.as_str(),
                    &form.category,
                    &row.price,
                    &row.stock,
                    &form.unit,
                    &row.quantity,
                    &form.weight,
                    &form.titles[0],
                    &form.titles[1],
                    &form.titles[2],
                    &form.descriptions[0],
                    &form.descriptions[1],
                    &form.descriptions[2],
                    &kinds,
                    option,
                    option_sku,
                    &row.gtin,
                ],
            )
            .map_err(|_| AppError::Internal)?;
        }
    }
    let bytes = writer.into_inner().map_err(|_| AppError::Internal)?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

fn refused(mut problems: Vec<CsvProblem>) -> AppError {
    let total = problems.len();
    problems.truncate(PROBLEMS_SHOWN);
    AppError::ProductsImportRefused { problems, total }
}

/// One checked product: its first line's number, the form and what it parsed to, and its
/// options when the file gives them (several lines, or a named option).
struct CheckedProduct {
    line: u64,
    form: ProductForm,
    parsed: products::ParsedProduct,
    options: Option<Vec<ParsedOption>>,
    /// The file line of each option (a parsed option's `row` indexes it).
    option_lines: Vec<u64>,
}

/// Reads and checks every line; `Err` lists every problem.
async fn check(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    bytes: &[u8],
) -> Result<Vec<CheckedProduct>, AppError> {
    let read = domain::csv_file::read_products(bytes)
        .map_err(|problems| refused(problems.into_iter().map(CsvProblem::from).collect()))?;
    let categories = products::category_codes(db).await?;
    let declared: HashMap<LabelKind, Uuid> = labels::of_cooperative(db, cooperative_id)
        .await?
        .into_iter()
        .map(|l| (l.kind, l.id))
        .collect();
    let mut problems = Vec::new();
    let mut lines: Vec<CheckedProduct> = Vec::new();
    // The lines of each product (by its SKU as typed, upper-cased), in file order.
    let mut groups: Vec<(String, Vec<&domain::csv_file::ProductLine>)> = Vec::new();
    for read_line in &read {
        let key = read_line.cell("sku").trim().to_uppercase();
        match groups.iter_mut().find(|(k, _)| !k.is_empty() && *k == key) {
            Some((_, group)) => group.push(read_line),
            None => groups.push((key, vec![read_line])),
        }
    }
    let mut skus: HashSet<String> = HashSet::new();
    for (_, group) in &groups {
        let read_line = group[0];
        let line = read_line.line;
        let cell = |column: &str| -> String { read_line.cell(column).to_owned() };
        let mut label_ids = Vec::new();
        let mut line_problems = Vec::new();
        for kind in cell("labels")
            .split(['|', ','])
            .map(str::trim)
            .filter(|k| !k.is_empty())
        {
            match LabelKind::from_code(kind).and_then(|k| declared.get(&k)) {
                Some(id) => label_ids.push(id.to_string()),
                None => line_problems.push(CsvProblem::Field {
                    line,
                    column: "labels".into(),
                    issue: FieldIssue::Input(InputError::ChoiceInvalid),
                }),
            }
        }
        let form = ProductForm {
            sku: cell("sku"),
            category: cell("category"),
            price: cell("price"),
            stock: cell("stock"),
            unit: cell("unit"),
            quantity: cell("quantity"),
            weight: cell(column_of("weight")),
            titles: [cell("title_ar"), cell("title_fr"), cell("title_en")],
            descriptions: [
                cell("description_ar"),
                cell("description_fr"),
                cell("description_en"),
            ],
            labels: label_ids,
        };
        match form.parse(&categories) {
            Ok(parsed) if line_problems.is_empty() => {
                match options_of(group, parsed.quantity.unit, &parsed.sku) {
                    Ok(options) if skus.insert(parsed.sku.clone()) => lines.push(CheckedProduct {
                        line,
                        form,
                        parsed,
                        options,
                        option_lines: group.iter().map(|l| l.line).collect(),
                    }),
                    Ok(_) => problems.push(CsvProblem::Field {
                        line,
                        column: "sku".into(),
                        issue: FieldIssue::SkuTaken,
                    }),
                    Err(found) => problems.extend(found),
                }
            }
            Ok(_) => problems.extend(line_problems),
            Err(refused) => {
                problems.extend(refused.iter().map(|(field, problem)| CsvProblem::Field {
                    line,
                    column: column_of(field).to_owned(),
                    issue: FieldIssue::Input(problem),
                }));
                problems.extend(line_problems);
            }
        }
    }
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    if lines.is_empty() {
        return Err(refused(vec![CsvProblem::Empty]));
    }
    Ok(lines)
}

/// The options a product's lines give: `None` for one line without an option name (a product
/// sold one way), else a parsed row per line (the option SKU of a single named option defaults to
/// the product's). Problems name their line and column.
fn options_of(
    group: &[&domain::csv_file::ProductLine],
    unit: domain::product::Unit,
    product_sku: &str,
) -> Result<Option<Vec<ParsedOption>>, Vec<CsvProblem>> {
    if let [only] = group
        && only.cell("option").trim().is_empty()
        && only.cell("option_sku").trim().is_empty()
        && only.cell("gtin").trim().is_empty()
    {
        return Ok(None);
    }
    let rows: Vec<OptionRow> = group
        .iter()
        .map(|l| {
            let sku = l.cell("option_sku");
            OptionRow {
                label: l.cell("option").to_owned(),
                sku: if sku.trim().is_empty() && group.len() == 1 {
                    product_sku.to_owned()
                } else {
                    sku.to_owned()
                },
                price: l.cell("price").to_owned(),
                quantity: l.cell("quantity").to_owned(),
                stock: l.cell("stock").to_owned(),
                gtin: l.cell("gtin").to_owned(),
                ..OptionRow::default()
            }
        })
        .collect();
    parse_rows(&rows, unit).map(Some).map_err(|found| {
        found
            .into_iter()
            .map(|p| CsvProblem::Field {
                line: group[p.row].line,
                column: option_column(p.field).to_owned(),
                issue: FieldIssue::Input(p.problem),
            })
            .collect()
    })
}

/// Imports a CSV of products into a verified cooperative `user` belongs to: all lines or none.
pub async fn import(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    bytes: &[u8],
) -> Result<ImportReport, AppError> {
    products::managed_cooperative(db, user, cooperative_id).await?;
    let lines = check(db, cooperative_id, bytes).await?;
    let txn = begin_write(db).await?;
    products::managed_cooperative(&txn, user, cooperative_id).await?;
    let existing: HashMap<String, product::Model> = product::Entity::find()
        .filter(product::Column::CooperativeId.eq(cooperative_id))
        .all(&txn)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.sku.clone(), p))
        .collect();
    let mut report = ImportReport {
        created: 0,
        updated: 0,
    };
    for checked in &lines {
        let CheckedProduct {
            line,
            form,
            parsed,
            options,
            option_lines,
        } = checked;
        let written = match existing.get(&parsed.sku) {
            Some(model) => {
                report.updated += 1;
                products::apply(&txn, model.clone(), parsed, form)
                    .await
                    .map(|()| model.clone())
            }
            None => {
                report.created += 1;
                products::insert(&txn, cooperative_id, parsed, form).await
            }
        };
        let written = match (written, options) {
            (Ok(model), Some(options)) => {
                let current = product_options::of_product(&txn, model.id).await?;
                match products::write_options(&txn, &model, &current, options).await? {
                    Written::Saved { .. } => Ok(()),
                    Written::SkuTaken { row } => {
                        return Err(refused(vec![CsvProblem::Field {
                            line: option_lines.get(row).copied().unwrap_or(*line),
                            column: "option_sku".into(),
                            issue: FieldIssue::SkuTaken,
                        }]));
                    }
                }
            }
            (written, _) => written.map(|_| ()),
        };
        // A conflict found only while writing (rare) still names its line.
        written.map_err(|e| match e {
            AppError::Invalid(errors) => refused(
                errors
                    .errors
                    .into_iter()
                    .map(|(field, issue)| CsvProblem::Field {
                        line: *line,
                        column: column_of(&field).to_owned(),
                        issue,
                    })
                    .collect(),
            ),
            other => other,
        })?;
    }
    audit::record(
        &txn,
        Some(user.id),
        "products.imported",
        Some(cooperative_id.to_string()),
        json!({ "created": report.created, "updated": report.updated }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_has_every_column_and_an_example() {
        let text = template();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map(|h| h.iter().map(str::to_owned).collect())
            .unwrap_or_default();
        assert_eq!(header, COLUMNS.map(str::to_owned));
        assert_eq!(reader.records().count(), 1);
    }
}
