//! Demo data for Taawon, kept out of the server binary's sources: the catalog of demo products
//! and cooperative styles (data files in `data/`), a drawn picture for each product, a generated
//! sample of the national register, the seeding of a living marketplace through the same services
//! real users go through, and the search relevance tool over the judged queries in `relevance/`.

pub mod catalog;
pub mod pictures;
pub mod register;
pub mod relevance;
pub mod seed;

pub use seed::{
    DEMO_ACCOUNTS, DEMO_COOPERATIVES, PRODUCTS_PER_COOPERATIVE, seed, seed_experts, seed_orders,
    seed_with,
};
