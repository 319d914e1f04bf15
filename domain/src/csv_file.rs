//! Reading the CSV files people upload, before anything touches a database: the national register
//! of cooperatives (every row checked by [`crate::registry::parse_row`]) and a cooperative's product
//! list (split into lines of named cells; each cell is checked by the product rules). Pure, so the
//! fuzz targets (`domain/fuzz`) can throw arbitrary bytes at them.

use crate::registry::{FileProblem, RawRow, RegistryRow, RowProblem, parse_row};
use std::collections::HashSet;

/// The columns of the register, in order, with the header names accepted for each.
pub const REGISTER_COLUMNS: [(&str, &[&str]); 8] = [
    (
        "register_number",
        &[
            "register_number",
            "numero",
            "numero_immatriculation",
            "رقم_التسجيل",
        ],
    ),
    ("name_ar", &["name_ar", "nom_ar", "الاسم_بالعربية"]),
    ("name_fr", &["name_fr", "nom_fr", "الاسم_بالفرنسية"]),
    ("region", &["region", "الجهة"]),
    ("province", &["province", "الإقليم"]),
    ("sector", &["sector", "secteur", "القطاع"]),
    (
        "registered_on",
        &[
            "registered_on",
            "date_immatriculation",
            "date",
            "تاريخ_التسجيل",
        ],
    ),
    ("status", &["status", "statut", "الوضعية"]),
];

/// Most problems listed for one file: enough to fix it, bounded for a very broken file.
pub const MAX_PROBLEMS: usize = 200;

/// Parses a whole CSV file. Returns every valid row, or the file's problems (never both).
pub fn parse_register(bytes: &[u8]) -> Result<Vec<RegistryRow>, Vec<FileProblem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(vec![FileProblem::NotUtf8]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) if !h.is_empty() => h.clone(),
        _ => return Err(vec![FileProblem::Empty]),
    };
    let folded: Vec<String> = headers
        .iter()
        .map(|h| h.trim().to_lowercase().replace([' ', '-'], "_"))
        .collect();
    let mut index = [0usize; 8];
    let mut problems = Vec::new();
    for (i, (name, aliases)) in REGISTER_COLUMNS.iter().enumerate() {
        match folded.iter().position(|h| aliases.contains(&h.as_str())) {
            Some(position) => index[i] = position,
            None => problems.push(FileProblem::MissingColumn {
                column: (*name).to_owned(),
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let Ok(record) = record else { continue };
        let line = record.position().map(|p| p.line()).unwrap_or_default();
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != headers.len() {
            problems.push(FileProblem::Line {
                line,
                problems: vec![RowProblem::ColumnCount],
            });
            continue;
        }
        let field = |i: usize| record.get(index[i]).unwrap_or_default();
        let raw = RawRow {
            register_number: field(0),
            name_ar: field(1),
            name_fr: field(2),
            region: field(3),
            province: field(4),
            sector: field(5),
            registered_on: field(6),
            status: field(7),
        };
        match parse_row(raw) {
            Ok(row) if !seen.insert(row.register_number.clone()) => {
                problems.push(FileProblem::Line {
                    line,
                    problems: vec![RowProblem::DuplicateNumber],
                })
            }
            Ok(row) => rows.push(row),
            Err(row_problems) => problems.push(FileProblem::Line {
                line,
                problems: row_problems,
            }),
        }
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if rows.is_empty() {
        return Err(vec![FileProblem::Empty]);
    }
    Ok(rows)
}

/// The columns of a product list, in file order. `sku`, `category`, `price`, `stock`, `unit` and
/// `quantity` are required; a title is needed in at least one language (checked per line).
/// Lines sharing a `sku` are the options of one product, each named in `option` with its own
/// `option_sku`, `price`, `quantity` and `stock` (the product's other columns are read from its
/// first line); a product sold one way leaves both empty.
pub const PRODUCT_COLUMNS: [&str; 17] = [
    "sku",
    "category",
    "price",
    "stock",
    "unit",
    "quantity",
    "weight_grams",
    "title_ar",
    "title_fr",
    "title_en",
    "description_ar",
    "description_fr",
    "description_en",
    "labels",
    "option",
    "option_sku",
    "gtin",
];

/// The columns a product list must have.
pub const PRODUCT_REQUIRED: [&str; 6] = ["sku", "category", "price", "stock", "unit", "quantity"];

/// Lines one product import may have.
pub const MAX_PRODUCT_LINES: usize = 5_000;

/// Why a product list cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProductFileProblem {
    /// The file is not UTF-8 text.
    NotUtf8,
    /// No header, or a line the CSV reader cannot read.
    Empty,
    /// A required column is missing.
    MissingColumn(&'static str),
    /// More than [`MAX_PRODUCT_LINES`] lines.
    TooManyLines,
}

/// One line of a product list: where it is in the file, and its cells by column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductLine {
    /// The line number in the file (1 is the header).
    pub line: u64,
    cells: [String; PRODUCT_COLUMNS.len()],
}

impl ProductLine {
    /// The cell of `column` (one of [`PRODUCT_COLUMNS`]); empty when the file has no such column
    /// or the line is short. The apostrophe Taawon's export put before formula-like text is
    /// taken off.
    pub fn cell(&self, column: &str) -> &str {
        PRODUCT_COLUMNS
            .iter()
            .position(|c| *c == column)
            .map_or("", |i| crate::export::from_spreadsheet(&self.cells[i]))
    }
}

/// Splits a product list into lines of named cells. UTF-8 with or without a byte-order mark;
/// commas, or semicolons when the header has more of them (spreadsheets in French locales);
/// header names in any case. The cells are not checked here.
pub fn read_products(bytes: &[u8]) -> Result<Vec<ProductLine>, Vec<ProductFileProblem>> {
    let text = std::str::from_utf8(bytes).map_err(|_| vec![ProductFileProblem::NotUtf8])?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| vec![ProductFileProblem::Empty])?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let missing: Vec<ProductFileProblem> = PRODUCT_REQUIRED
        .iter()
        .filter(|c| !header.iter().any(|h| h == *c))
        .map(|c| ProductFileProblem::MissingColumn(c))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let index: Vec<Option<usize>> = PRODUCT_COLUMNS
        .iter()
        .map(|c| header.iter().position(|h| h == c))
        .collect();
    let mut lines = Vec::new();
    for record in reader.records() {
        let Ok(record) = record else {
            return Err(vec![ProductFileProblem::Empty]);
        };
        if lines.len() >= MAX_PRODUCT_LINES {
            return Err(vec![ProductFileProblem::TooManyLines]);
        }
        let cells = std::array::from_fn(|i| {
            index[i]
                .and_then(|at| record.get(at))
                .unwrap_or_default()
                .to_owned()
        });
        lines.push(ProductLine {
            line: record.position().map_or(0, |p| p.line()),
            cells,
        });
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_spreadsheet_with_semicolons_and_a_bom_reads_by_column_name() {
        let file = "\u{feff}SKU;Category;Price;Stock;Unit;Quantity;Title_FR\nA-1;oils;120,50;3;bottle;250;Huile\n";
        let lines = read_products(file.as_bytes()).expect("reads");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].line, 2);
        assert_eq!(lines[0].cell("price"), "120,50");
        assert_eq!(lines[0].cell("title_fr"), "Huile");
        assert_eq!(lines[0].cell("title_ar"), "", "absent column");
        assert_eq!(lines[0].cell("no_such_column"), "");
    }

    #[test]
    fn unreadable_product_lists_say_why() {
        assert_eq!(
            read_products(b"\xff\xfe"),
            Err(vec![ProductFileProblem::NotUtf8])
        );
        assert_eq!(
            read_products(b"sku,category,price,stock,unit\n"),
            Err(vec![ProductFileProblem::MissingColumn("quantity")])
        );
        let mut long = String::from("sku,category,price,stock,unit,quantity\n");
        for i in 0..=MAX_PRODUCT_LINES {
            long.push_str(&format!("S{i},oils,1,1,bottle,1\n"));
        }
        assert_eq!(
            read_products(long.as_bytes()),
            Err(vec![ProductFileProblem::TooManyLines])
        );
    }
}
