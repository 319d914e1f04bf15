//! Reconciliation: what the ledger says happened in a period, per cooperative and in total —
//! sales, the cash cooperatives collected, the card money the platform collected, the fees it
//! earned, refunds, transfers each way — read from the ledger's lines, so the figures tie out
//! with the balances by construction.
//!
//! The storage sums lines by (transaction kind, the transaction's cooperative, account); this
//! module turns those sums into figures.

use crate::ledger::{Account, Kind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// What one cooperative (or the whole platform) did in a period, in centimes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// Goods and delivery of parts delivered.
    pub sales: i64,
    /// Of those, the cash cooperatives collected at the door.
    pub cash_collected: i64,
    /// The platform's fees on those sales.
    pub fees: i64,
    /// Fees the platform gave back with refunds after delivery.
    pub fees_returned: i64,
    /// Money given back to buyers by card.
    pub refunds: i64,
    /// Of those, what was taken back from cooperatives (refunds after delivery, less the fee).
    pub charged_back: i64,
    /// Earnings frozen by card disputes still open at the period's end (held less released).
    pub frozen: i64,
    /// Bank transfers from the platform to cooperatives.
    pub transferred_to: i64,
    /// Bank transfers from cooperatives to the platform.
    pub transferred_from: i64,
}

impl Figures {
    /// Sales paid by card (the platform collected them).
    pub fn card_sales(&self) -> i64 {
        self.sales - self.cash_collected
    }

    /// How the period moved the position: above zero the platform came to owe the cooperative
    /// more, below zero less (or the cooperative came to owe it).
    pub fn movement(&self) -> i64 {
        self.sales
            - self.fees
            - self.cash_collected
            - self.charged_back
            - self.frozen
            - self.transferred_to
            + self.transferred_from
    }

    /// Adds the sum `amount` of the lines on `account` of transactions of `kind`.
    pub fn add(&mut self, kind: Kind, account: Account, amount: i64) {
        match (kind, account) {
            (Kind::Earned, Account::BuyerFunds | Account::DeliveryFees) => self.sales += amount,
            (Kind::Earned, Account::PlatformFees) => self.fees -= amount,
            (Kind::Refund, Account::PlatformFees) => self.fees_returned += amount,
            (Kind::CashCollected, Account::Cooperative(_)) => self.cash_collected += amount,
            (Kind::Refund, Account::CardClearing) => self.refunds -= amount,
            (Kind::Refund, Account::Cooperative(_)) => self.charged_back += amount,
            (Kind::DisputeHold | Kind::DisputeRelease, Account::Cooperative(_)) => {
                self.frozen += amount;
            }
            (Kind::TransferToCooperative, Account::Bank) => self.transferred_to -= amount,
            (Kind::TransferFromCooperative, Account::Bank) => self.transferred_from += amount,
            _ => {}
        }
    }

    /// These figures and `other`'s, added.
    pub fn plus(self, other: Self) -> Self {
        Self {
            sales: self.sales + other.sales,
            cash_collected: self.cash_collected + other.cash_collected,
            fees: self.fees + other.fees,
            fees_returned: self.fees_returned + other.fees_returned,
            refunds: self.refunds + other.refunds,
            charged_back: self.charged_back + other.charged_back,
            frozen: self.frozen + other.frozen,
            transferred_to: self.transferred_to + other.transferred_to,
            transferred_from: self.transferred_from + other.transferred_from,
        }
    }
}

/// One stored sum: the lines on `account` of the transactions of `kind` about `cooperative`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sum {
    pub kind: Kind,
    /// The cooperative the transaction is about (`None`: a whole order's card payment).
    pub cooperative: Option<Uuid>,
    pub account: Account,
    pub amount: i64,
}

/// A period's reconciliation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Each cooperative's figures.
    pub cooperatives: BTreeMap<Uuid, Figures>,
    /// Card money the platform collected (buyers' card payments).
    pub card_collected: i64,
    /// The sum of every line of the period: zero when the ledger balances.
    pub imbalance: i64,
}

impl Report {
    /// The report `sums` make.
    pub fn of(sums: impl IntoIterator<Item = Sum>) -> Self {
        let mut report = Self::default();
        for s in sums {
            report.imbalance += s.amount;
            if s.kind == Kind::CardPaid && s.account == Account::CardClearing {
                report.card_collected += s.amount;
            }
            if let Some(coop) = s.cooperative {
                report
                    .cooperatives
                    .entry(coop)
                    .or_default()
                    .add(s.kind, s.account, s.amount);
            }
        }
        report
    }

    /// Every cooperative's figures added up.
    pub fn total(&self) -> Figures {
        self.cooperatives
            .values()
            .fold(Figures::default(), |sum, f| sum.plus(*f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{self, Collector, Direction, Part, Position, Transaction};
    use proptest::prelude::*;

    fn coop(n: u8) -> Uuid {
        Uuid::from_bytes([n; 16])
    }

    /// The sums storage would return for `transactions`, each about `about`.
    fn sums(transactions: &[(Option<Uuid>, Transaction)]) -> Vec<Sum> {
        transactions
            .iter()
            .flat_map(|(about, t)| {
                t.lines().iter().map(move |l| Sum {
                    kind: t.kind(),
                    cooperative: *about,
                    account: l.account,
                    amount: l.amount,
                })
            })
            .collect()
    }

    #[test]
    fn a_card_sale_a_cash_sale_and_a_transfer_read_as_figures() {
        let card = Part {
            cooperative: coop(1),
            goods: 10_000,
            delivery: 3_000,
            fee: 1_000,
        };
        let cash = Part {
            cooperative: coop(2),
            goods: 9_500,
            delivery: 3_000,
            fee: 950,
        };
        let mut ledger: Vec<(Option<Uuid>, Transaction)> = Vec::new();
        ledger.extend(ledger::card_paid(&[card]).map(|t| (None, t)));
        for t in ledger::delivered(Collector::Platform, &card) {
            ledger.push((Some(coop(1)), t));
        }
        for t in ledger::delivered(Collector::Cooperative, &cash) {
            ledger.push((Some(coop(2)), t));
        }
        let transfer = ledger::transfer(
            coop(1),
            Position::Owed(12_000),
            Direction::ToCooperative,
            5_000,
        )
        .expect("transfer");
        ledger.push((Some(coop(1)), transfer));
        let report = Report::of(sums(&ledger));
        assert_eq!(report.imbalance, 0);
        assert_eq!(report.card_collected, 13_000);
        let one = report.cooperatives[&coop(1)];
        assert_eq!(
            (one.sales, one.cash_collected, one.fees, one.transferred_to),
            (13_000, 0, 1_000, 5_000)
        );
        assert_eq!(one.card_sales(), 13_000);
        let two = report.cooperatives[&coop(2)];
        assert_eq!(
            (two.sales, two.cash_collected, two.fees),
            (12_500, 12_500, 950)
        );
        assert_eq!(two.card_sales(), 0);
        assert_eq!(report.total().sales, 25_500);
        assert_eq!(report.total().fees, 1_950);
    }

    proptest! {
        /// Whatever happens, the figures agree with the balances: the fees are what the fee
        /// account holds, the transfers what left and reached the bank, the refunds what left
        /// card clearing, and the period sums to zero.
        #[test]
        fn figures_agree_with_the_balances(
            events in prop::collection::vec((0u8..7, 1u8..4, 1i64..50_000, 0i64..10_000, 0i64..100), 1..60),
        ) {
            let mut ledger: Vec<(Option<Uuid>, Transaction)> = Vec::new();
            for (event, c, goods, delivery, fee_percent) in events {
                let part = Part { cooperative: coop(c), goods, delivery, fee: goods * fee_percent / 100 };
                match event {
                    0 | 1 => {
                        ledger.extend(ledger::card_paid(&[part]).map(|t| (None, t)));
                        for t in ledger::delivered(Collector::Platform, &part) {
                            ledger.push((Some(part.cooperative), t));
                        }
                        if event == 1 {
                            let refund = ledger::refunded_after_delivery(&part, part.total() / 2 + 1, 0)
                                .expect("a refund");
                            ledger.push((Some(part.cooperative), refund));
                        }
                    }
                    2 => {
                        for t in ledger::delivered(Collector::Cooperative, &part) {
                            ledger.push((Some(part.cooperative), t));
                        }
                    }
                    3 => {
                        ledger.extend(ledger::card_paid(&[part]).map(|t| (None, t)));
                        ledger.extend(ledger::refunded_before_delivery(&part, part.total(), 0).ok().map(|t| (Some(part.cooperative), t)));
                    }
                    5 => {
                        // A card sale whose charge is disputed: its earnings frozen, still open.
                        ledger.extend(ledger::card_paid(&[part]).map(|t| (None, t)));
                        for t in ledger::delivered(Collector::Platform, &part) {
                            ledger.push((Some(part.cooperative), t));
                        }
                        ledger.extend(ledger::dispute_held(part.cooperative, part.share()).map(|t| (Some(part.cooperative), t)));
                    }
                    _ => {
                        let all: Vec<Transaction> = ledger.iter().map(|(_, t)| t.clone()).collect();
                        let balance = ledger::balances(&all).get(&Account::Cooperative(part.cooperative)).copied().unwrap_or(0);
                        if let Some((direction, open)) = Position::of(balance).settlement() {
                            let t = ledger::transfer(part.cooperative, Position::of(balance), direction, open.min(goods))
                                .expect("within what is open");
                            ledger.push((Some(part.cooperative), t));
                        }
                    }
                }
            }
            let report = Report::of(sums(&ledger));
            let all: Vec<Transaction> = ledger.iter().map(|(_, t)| t.clone()).collect();
            let balances = ledger::balances(&all);
            let get = |a: Account| balances.get(&a).copied().unwrap_or(0);
            let total = report.total();
            prop_assert_eq!(report.imbalance, 0);
            prop_assert_eq!(total.fees - total.fees_returned, -get(Account::PlatformFees));
            prop_assert_eq!(total.transferred_to - total.transferred_from, -get(Account::Bank));
            prop_assert_eq!(report.card_collected - total.refunds, get(Account::CardClearing));
            // Each cooperative's position is what its figures moved it by (from nothing).
            for (c, f) in &report.cooperatives {
                prop_assert_eq!(-get(Account::Cooperative(*c)), f.movement());
            }
        }
    }
}
