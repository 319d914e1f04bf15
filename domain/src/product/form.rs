//! The product form: what a member typed (or a line of a product file held), parsed in one pass
//! that reports every field's problem, not just the first.

use super::{Quantity, Unit, parse_sku, parse_stock, parse_weight};
use crate::{FieldProblems, InputError, input::choice, money::parse_price};
use std::collections::HashSet;
use uuid::Uuid;

/// Longest title, in characters.
pub const TITLE_MAX: usize = 160;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 5000;
/// The title fields, Arabic, French, English.
pub const TITLE_FIELDS: [&str; 3] = ["title_ar", "title_fr", "title_en"];
/// The description fields, Arabic, French, English.
pub const DESCRIPTION_FIELDS: [&str; 3] = ["description_ar", "description_fr", "description_en"];

/// The product form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProductForm {
    pub sku: String,
    pub category: String,
    pub price: String,
    pub stock: String,
    pub unit: String,
    pub quantity: String,
    pub weight: String,
    /// Arabic, French, English.
    pub titles: [String; 3],
    /// Arabic, French, English.
    pub descriptions: [String; 3],
    /// Ids of the cooperative's labels the product carries.
    pub labels: Vec<String>,
}

/// A product form that parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedProduct {
    /// Upper-cased.
    pub sku: String,
    /// A known category code.
    pub category: String,
    pub price_centimes: i64,
    pub stock: i32,
    pub quantity: Quantity,
    pub weight_grams: Option<i32>,
    /// Trimmed; at least one is not empty.
    pub titles: [String; 3],
    /// Trimmed.
    pub descriptions: [String; 3],
    /// Without repeats.
    pub labels: Vec<Uuid>,
}

impl ProductForm {
    /// Parses every field, reporting each field's problem; `categories` are the known codes.
    pub fn parse(&self, categories: &HashSet<String>) -> Result<ParsedProduct, FieldProblems> {
        let mut problems = FieldProblems::default();
        let sku = problems.check("sku", parse_sku(&self.sku));
        let category = self.category.trim().to_owned();
        let known = match category.as_str() {
            "" => Err(InputError::Required),
            c if !categories.contains(c) => Err(InputError::ChoiceInvalid),
            _ => Ok(()),
        };
        problems.check("category", known);
        let price_centimes = problems.check("price", parse_price(&self.price));
        let stock = problems.check("stock", parse_stock(&self.stock));
        let unit = problems.check("unit", choice(&self.unit, Unit::from_code(&self.unit)));
        // Without a unit the quantity cannot be read; the unit's problem is enough.
        let quantity =
            unit.and_then(|u| problems.check("quantity", Quantity::parse(&self.quantity, u)));
        let weight_grams = problems.check("weight", parse_weight(&self.weight));
        let titles = self.titles.clone().map(|t| t.trim().to_owned());
        for (field, title) in TITLE_FIELDS.iter().zip(&titles) {
            if title.chars().count() > TITLE_MAX {
                problems.add(field, InputError::TooLong);
            }
        }
        if titles.iter().all(String::is_empty) {
            problems.add(TITLE_FIELDS[0], InputError::OneLanguageRequired);
        }
        let descriptions = self.descriptions.clone().map(|d| d.trim().to_owned());
        for (field, description) in DESCRIPTION_FIELDS.iter().zip(&descriptions) {
            if description.chars().count() > DESCRIPTION_MAX {
                problems.add(field, InputError::TooLong);
            }
        }
        let mut labels = Vec::new();
        for raw in &self.labels {
            match Uuid::parse_str(raw.trim()) {
                Ok(id) if !labels.contains(&id) => labels.push(id),
                Ok(_) => {}
                Err(_) => problems.add("labels", InputError::ChoiceInvalid),
            }
        }
        let parsed = (|| {
            Some(ParsedProduct {
                sku: sku?,
                category,
                price_centimes: price_centimes?,
                stock: stock?,
                quantity: quantity?,
                weight_grams: weight_grams?,
                titles,
                descriptions,
                labels,
            })
        })();
        problems.or(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProductForm {
        ProductForm {
            sku: "arg-250".into(),
            category: "argan-culinary".into(),
            price: "150".into(),
            stock: "12".into(),
            unit: "ml".into(),
            quantity: "250".into(),
            weight: "400".into(),
            titles: ["زيت أركان".into(), String::new(), String::new()],
            descriptions: Default::default(),
            labels: vec![],
        }
    }

    fn codes() -> HashSet<String> {
        HashSet::from(["argan-culinary".to_owned()])
    }

    #[test]
    fn a_complete_form_parses() {
        let parsed = form().parse(&codes()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(parsed.sku, "ARG-250");
        assert_eq!(parsed.price_centimes, 15_000);
        assert_eq!(parsed.quantity.milli, 250_000);
        assert_eq!(parsed.weight_grams, Some(400));
        assert_eq!(parsed.titles[0], "زيت أركان");
    }

    #[test]
    fn every_problem_is_reported_in_form_order() {
        let bad = ProductForm {
            sku: "a b".into(),
            category: "cars".into(),
            price: "0".into(),
            stock: "-2".into(),
            unit: "ton".into(),
            titles: Default::default(),
            ..form()
        };
        let Err(problems) = bad.parse(&codes()) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.fields(),
            ["sku", "category", "price", "stock", "unit", "title_ar"]
        );
        assert!(
            problems
                .iter()
                .any(|p| p == ("title_ar", InputError::OneLanguageRequired))
        );
    }

    #[test]
    fn a_quantity_is_checked_only_against_a_known_unit() {
        let no_unit = ProductForm {
            unit: String::new(),
            quantity: "lots".into(),
            ..form()
        };
        let Err(problems) = no_unit.parse(&codes()) else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [("unit", InputError::Required)]
        );
        let bad_quantity = ProductForm {
            quantity: "lots".into(),
            ..form()
        };
        let Err(problems) = bad_quantity.parse(&codes()) else {
            panic!("should be refused")
        };
        assert_eq!(problems.fields(), ["quantity"]);
    }

    #[test]
    fn texts_are_bounded_and_labels_deduplicated() {
        let id = Uuid::nil().to_string();
        let long = ProductForm {
            titles: ["x".repeat(TITLE_MAX + 1), "ok".into(), String::new()],
            descriptions: [
                String::new(),
                String::new(),
                "d".repeat(DESCRIPTION_MAX + 1),
            ],
            labels: vec![id.clone(), format!(" {id} "), "not-an-id".into()],
            ..form()
        };
        let Err(problems) = long.parse(&codes()) else {
            panic!("should be refused")
        };
        assert_eq!(problems.fields(), ["title_ar", "description_en", "labels"]);
        let fine = ProductForm {
            labels: vec![id.clone(), id],
            ..form()
        };
        assert_eq!(fine.parse(&codes()).map(|p| p.labels.len()), Ok(1));
    }
}
