//! A product's options as the editor's table sends them: each kept row parsed, every row's
//! problem reported at once (by row and field), rows marked for removal and blank new rows left
//! out.

use super::{Quantity, Unit, parse_gtin, parse_sku, parse_stock};
use crate::{InputError, money::parse_price};
use uuid::Uuid;

/// Longest option label, in characters.
pub const LABEL_MAX: usize = 60;
/// Most options a product may have.
pub const MAX_OPTIONS: usize = 50;

/// One row of the options table, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OptionRow {
    /// Empty for a new option.
    pub id: String,
    pub label: String,
    pub sku: String,
    pub price: String,
    pub quantity: String,
    pub stock: String,
    /// A photo id of the product, or empty.
    pub photo: String,
    /// Its barcode number, or empty.
    pub gtin: String,
    pub remove: bool,
}

/// A kept row that parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedOption {
    /// Its row's index in the table as sent (where a later problem is shown).
    pub row: usize,
    /// `None` for a new option.
    pub id: Option<Uuid>,
    /// Trimmed; empty only when it is the product's only option.
    pub label: String,
    pub sku: String,
    pub price_centimes: i64,
    pub quantity_milli: i64,
    pub stock: i32,
    pub photo: Option<Uuid>,
    pub gtin: Option<String>,
}

/// What is wrong with a row's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionProblem {
    /// The row's index in the table as sent.
    pub row: usize,
    /// `label`, `sku`, `price`, `quantity`, `stock`, `photo`, `gtin` or `remove`.
    pub field: &'static str,
    pub problem: InputError,
}

impl OptionRow {
    fn is_blank(&self) -> bool {
        self.id.trim().is_empty()
            && [
                &self.label,
                &self.sku,
                &self.price,
                &self.quantity,
                &self.stock,
            ]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// Parses the table: the kept rows in order, or every problem found. Several options need a
/// label each, no two alike (ignoring case); SKUs must differ too. At least one option stays.
pub fn parse_rows(rows: &[OptionRow], unit: Unit) -> Result<Vec<ParsedOption>, Vec<OptionProblem>> {
    let mut problems = Vec::new();
    let mut add = |row, field, problem| {
        problems.push(OptionProblem {
            row,
            field,
            problem,
        })
    };
    let kept: Vec<(usize, &OptionRow)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.remove && !r.is_blank())
        .collect();
    if kept.is_empty() {
        add(0, "remove", InputError::LastOption);
        return Err(problems);
    }
    if kept.len() > MAX_OPTIONS {
        add(kept[MAX_OPTIONS].0, "label", InputError::OptionsTooMany);
    }
    let several = kept.len() > 1;
    let mut parsed = Vec::with_capacity(kept.len());
    let mut labels: Vec<String> = Vec::new();
    let mut skus: Vec<String> = Vec::new();
    for (i, row) in kept {
        let id = match row.id.trim() {
            "" => Ok(None),
            raw => Uuid::parse_str(raw)
                .map(Some)
                .map_err(|_| InputError::ChoiceInvalid),
        };
        let id = id.map_err(|e| add(i, "label", e)).ok();
        let label = row.label.trim().to_owned();
        if label.chars().count() > LABEL_MAX {
            add(i, "label", InputError::TooLong);
        } else if several && label.is_empty() {
            add(i, "label", InputError::Required);
        } else if !label.is_empty() && labels.contains(&label.to_lowercase()) {
            add(i, "label", InputError::OptionRepeated);
        }
        labels.push(label.to_lowercase());
        let sku = parse_sku(&row.sku).map_err(|e| add(i, "sku", e)).ok();
        if let Some(sku) = &sku {
            if skus.contains(sku) {
                add(i, "sku", InputError::OptionRepeated);
            }
            skus.push(sku.clone());
        }
        let price = parse_price(&row.price).map_err(|e| add(i, "price", e)).ok();
        let quantity = Quantity::parse(&row.quantity, unit)
            .map_err(|e| add(i, "quantity", e))
            .ok();
        let stock = parse_stock(&row.stock).map_err(|e| add(i, "stock", e)).ok();
        let photo = match row.photo.trim() {
            "" => Ok(None),
            raw => Uuid::parse_str(raw)
                .map(Some)
                .map_err(|_| InputError::ChoiceInvalid),
        };
        let photo = photo.map_err(|e| add(i, "photo", e)).ok();
        let gtin = parse_gtin(&row.gtin).map_err(|e| add(i, "gtin", e)).ok();
        if let (
            Some(id),
            Some(sku),
            Some(price),
            Some(quantity),
            Some(stock),
            Some(photo),
            Some(gtin),
        ) = (id, sku, price, quantity, stock, photo, gtin)
        {
            parsed.push(ParsedOption {
                row: i,
                id,
                label,
                sku,
                price_centimes: price,
                quantity_milli: quantity.milli,
                stock,
                photo,
                gtin,
            });
        }
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, sku: &str, price: &str) -> OptionRow {
        OptionRow {
            label: label.into(),
            sku: sku.into(),
            price: price.into(),
            quantity: "250".into(),
            stock: "3".into(),
            ..OptionRow::default()
        }
    }

    fn fields(problems: Vec<OptionProblem>) -> Vec<(usize, &'static str, InputError)> {
        problems
            .into_iter()
            .map(|p| (p.row, p.field, p.problem))
            .collect()
    }

    #[test]
    fn a_single_option_needs_no_label_and_blank_rows_are_left_out() {
        let parsed = parse_rows(
            &[row("", "arg", "80"), OptionRow::default()],
            Unit::Millilitre,
        )
        .unwrap();
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].sku, "ARG");
        assert_eq!(parsed[0].price_centimes, 8000);
        assert_eq!(parsed[0].quantity_milli, 250_000);
    }

    #[test]
    fn several_options_need_distinct_labels_and_skus() {
        let problems = parse_rows(
            &[
                row("", "a", "80"),
                row("1 l", "b", "200"),
                row("1 L", "b", "x"),
            ],
            Unit::Millilitre,
        )
        .unwrap_err();
        assert_eq!(
            fields(problems),
            vec![
                (0, "label", InputError::Required),
                (2, "label", InputError::OptionRepeated),
                (2, "sku", InputError::OptionRepeated),
                (2, "price", InputError::PriceInvalid),
            ]
        );
    }

    #[test]
    fn removing_every_option_is_refused() {
        let mut only = row("", "a", "80");
        only.remove = true;
        assert_eq!(
            fields(parse_rows(&[only], Unit::Gram).unwrap_err()),
            vec![(0, "remove", InputError::LastOption)]
        );
    }

    #[test]
    fn bad_ids_and_photos_are_refused_choices() {
        let mut bad = row("", "a", "80");
        bad.id = "nope".into();
        bad.photo = "nope".into();
        assert_eq!(
            fields(parse_rows(&[bad], Unit::Gram).unwrap_err()),
            vec![
                (0, "label", InputError::ChoiceInvalid),
                (0, "photo", InputError::ChoiceInvalid)
            ]
        );
    }
}
