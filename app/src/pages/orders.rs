//! Buying pages: the cart (grouped by cooperative), checkout, an order, the buyer's orders and
//! the cooperative's inbox of shipments to fulfil, and finding an order again from its number
//! and phone, a file each. Every action is a plain form
//! post; nothing needs JavaScript.

mod cart;
mod checkout;
mod find;
mod inbox;
mod list;
mod order;

pub use cart::CartPage;
pub use checkout::CheckoutPage;
pub use find::FindOrderPage;
pub use inbox::InboxPage;
pub use list::MyOrdersPage;
pub use order::OrderPage;

/// A region's name in `locale` (empty for an unknown code), for the delivery addresses.
fn region_name(code: &str, locale: domain::Locale) -> String {
    domain::geo::Region::from_code(code)
        .map(|r| r.name(locale).to_owned())
        .unwrap_or_default()
}
