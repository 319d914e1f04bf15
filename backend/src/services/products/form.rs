//! The product form: the domain parses it (`domain::product::form`); here are the values a refused
//! form is filled back with, and the form of a stored product.

use crate::{
    entity::{product, product_translation},
    error::{AppError, FieldErrors},
};
pub use domain::product::form::{ParsedProduct, ProductForm};
use domain::product::{
    Quantity, Unit,
    form::{DESCRIPTION_FIELDS, TITLE_FIELDS},
};
use std::collections::HashSet;
use uuid::Uuid;

/// The values to put back in a refused form (descriptions are cut, see [`FieldErrors::keep`]).
pub fn kept(form: &ProductForm) -> FieldErrors {
    let mut errors = FieldErrors::default().keep_all(&[
        ("sku", &form.sku),
        ("category", &form.category),
        ("price", &form.price),
        ("stock", &form.stock),
        ("unit", &form.unit),
        ("quantity", &form.quantity),
        ("weight", &form.weight),
    ]);
    for (field, title) in TITLE_FIELDS.iter().zip(&form.titles) {
        errors = errors.keep(field, title);
    }
    for (field, description) in DESCRIPTION_FIELDS.iter().zip(&form.descriptions) {
        errors = errors.keep(field, description);
    }
    errors.keep_list("labels", &form.labels)
}

/// Parses `form` against the known `categories`; a refused form comes back with its values.
pub fn parse(form: &ProductForm, categories: &HashSet<String>) -> Result<ParsedProduct, AppError> {
    form.parse(categories)
        .map_err(|problems| kept(form).with(&problems).into())
}

/// The product form filled from a stored product (the editor's starting values).
pub fn form_of(
    model: &product::Model,
    texts: &[product_translation::Model],
    labels: &[Uuid],
) -> ProductForm {
    let text = |locale: &str| texts.iter().find(|t| t.locale == locale);
    let quantity = Unit::from_code(&model.unit).map(|unit| Quantity {
        milli: model.quantity_milli,
        unit,
    });
    ProductForm {
        sku: model.sku.clone(),
        category: model.category_code.clone(),
        price: format!(
            "{}.{:02}",
            model.price_centimes / 100,
            model.price_centimes % 100
        ),
        stock: model.stock.to_string(),
        unit: model.unit.clone(),
        quantity: quantity.map(|q| q.amount()).unwrap_or_default(),
        weight: model
            .weight_grams
            .map(|w| w.to_string())
            .unwrap_or_default(),
        titles: ["ar", "fr", "en"].map(|l| text(l).map(|t| t.title.clone()).unwrap_or_default()),
        descriptions: ["ar", "fr", "en"]
            .map(|l| text(l).map(|t| t.description.clone()).unwrap_or_default()),
        labels: labels.iter().map(Uuid::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_form_comes_back_with_its_values_and_problems() {
        let form = ProductForm {
            sku: "a b".into(),
            price: "0".into(),
            titles: ["زيت".into(), String::new(), String::new()],
            labels: vec!["x".into()],
            ..ProductForm::default()
        };
        let Err(AppError::Invalid(errors)) = parse(&form, &HashSet::new()) else {
            panic!("should be refused")
        };
        let fields: Vec<&str> = errors.errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            ["sku", "category", "price", "stock", "unit", "labels"]
        );
        assert_eq!(errors.value("price"), Some("0"));
        assert_eq!(errors.value("title_ar"), Some("زيت"));
        assert_eq!(errors.values_of("labels"), ["x"]);
    }
}
