//! The product-list reader takes any bytes, and every cell it gives goes through the product
//! rules the import applies, which answer a value or an error, never a panic.
#![no_main]

use domain::{
    csv_file::{MAX_PRODUCT_LINES, PRODUCT_COLUMNS, read_products},
    money::parse_price,
    product::{Quantity, Unit, parse_sku, parse_stock, parse_weight},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(lines) = read_products(data) else {
        return;
    };
    assert!(lines.len() <= MAX_PRODUCT_LINES);
    for line in &lines {
        for column in PRODUCT_COLUMNS {
            let _ = line.cell(column);
        }
        if let Ok(sku) = parse_sku(line.cell("sku")) {
            assert!(!sku.is_empty());
        }
        if let Ok(price) = parse_price(line.cell("price")) {
            assert!(price >= 0, "price {price}");
        }
        if let Ok(stock) = parse_stock(line.cell("stock")) {
            assert!(stock >= 0, "stock {stock}");
        }
        let _ = parse_weight(line.cell("weight_grams"));
        if let Some(unit) = Unit::from_code(line.cell("unit")) {
            let _ = Quantity::parse(line.cell("quantity"), unit);
        }
    }
});
