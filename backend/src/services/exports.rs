//! CSV exports for the dashboards: orders, shipments, payouts, cooperatives, products and support
//! requests, for a period of days. [`plan`] authorises before the first byte is sent; [`stream`]
//! then reads the rows in keyset-paginated batches (`id > last ORDER BY id`, the ids being
//! time-ordered UUID v7) and turns each batch into one chunk of CSV, so an export of any size
//! holds one batch in memory and no database connection between batches. The file is UTF-8 with
//! a byte-order mark (spreadsheet programs then read Arabic right), its column names and state
//! words in the reader's language.
//!
//! [`plan`] (`plan.rs`) decides who may read what; `stream.rs` writes the chunks; `rows.rs` holds
//! the shared reads and cell formats; `sales.rs` (orders, shipments, the ledger) and `records.rs`
//! (cooperatives, products, requests) turn one batch of each kind into records.

mod plan;
mod records;
mod rows;
mod sales;
mod stream;

pub use domain::export::{DateRange, ExportKind};
pub use plan::{BATCH_ROWS, ExportPlan, ExportQuery, ExportScope, plan};
pub use stream::stream;
