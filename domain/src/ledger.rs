//! The double-entry ledger: every money event is one balanced [`Transaction`] between named
//! [`Account`]s, so every centime can be followed in both directions and the whole ledger sums
//! to zero.
//!
//! Amounts are centimes; a line's amount is positive for a debit and negative for a credit. The
//! accounts, as the platform's books see them:
//! - [`Account::CardClearing`]: card money the payment processor holds for the platform (an
//!   asset: debit when a buyer pays by card, credit when a refund goes back);
//! - [`Account::BuyerFunds`] and [`Account::DeliveryFees`]: what buyers paid for goods and for
//!   delivery of parts not yet delivered (owed back to them until then);
//! - [`Account::Cooperative`]: one cooperative's position. A credit balance is what the platform
//!   owes it; a debit balance what it owes the platform;
//! - [`Account::PlatformFees`]: the fees the platform earned (credit);
//! - [`Account::Refunds`]: refunds paid out, charged in the same transaction to whoever bears
//!   them (it returns to zero; its turnover is what was refunded);
//! - [`Account::Bank`]: the platform's bank account, where transfers to and from cooperatives go;
//! - [`Account::Disputed`]: what a cooperative earned on an order whose charge the buyer's bank
//!   disputes, held out of its position (so not payable) until the dispute closes.
//!
//! Who collected the buyer's money decides the direction. By card the platform collected it:
//! once a part is delivered the cooperative is owed goods and delivery less the fee. Cash on
//! delivery, the cooperative collected it at the door: the same sale is written, and beside it
//! the cash the cooperative holds, so what remains is the fee it owes.
//!
//! Entries are append-only: a correction is a new transaction.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A named account of the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Account {
    /// Card money held by the payment processor for the platform.
    CardClearing,
    /// Buyers' money for goods not yet delivered.
    BuyerFunds,
    /// Buyers' money for delivery not yet done.
    DeliveryFees,
    /// A cooperative's position: credit = owed to it, debit = it owes.
    Cooperative(Uuid),
    /// Fees the platform earned.
    PlatformFees,
    /// Refunds paid out (a clearing account).
    Refunds,
    /// The platform's bank account.
    Bank,
    /// A cooperative's earnings frozen by an open card dispute.
    Disputed(Uuid),
}

impl Account {
    /// The stored code of every cooperative's position (its id is stored beside it).
    pub const COOPERATIVE: &'static str = "cooperative";
    /// The stored code of every cooperative's frozen earnings (its id is stored beside it).
    pub const DISPUTED: &'static str = "disputed";

    /// The stored code of the account's kind (a cooperative's id is stored beside it).
    pub fn code(self) -> &'static str {
        match self {
            Account::CardClearing => "card_clearing",
            Account::BuyerFunds => "buyer_funds",
            Account::DeliveryFees => "delivery_fees",
            Account::Cooperative(_) => Self::COOPERATIVE,
            Account::PlatformFees => "platform_fees",
            Account::Refunds => "refunds",
            Account::Bank => "bank",
            Account::Disputed(_) => Self::DISPUTED,
        }
    }

    /// The account a stored code (and cooperative id, for a cooperative's) names.
    pub fn from_parts(code: &str, cooperative: Option<Uuid>) -> Option<Self> {
        Some(match (code, cooperative) {
            ("card_clearing", None) => Account::CardClearing,
            ("buyer_funds", None) => Account::BuyerFunds,
            ("delivery_fees", None) => Account::DeliveryFees,
            ("cooperative", Some(id)) => Account::Cooperative(id),
            ("platform_fees", None) => Account::PlatformFees,
            ("refunds", None) => Account::Refunds,
            ("bank", None) => Account::Bank,
            ("disputed", Some(id)) => Account::Disputed(id),
            _ => return None,
        })
    }

    /// The cooperative whose position (or frozen earnings) this is.
    pub fn cooperative(self) -> Option<Uuid> {
        match self {
            Account::Cooperative(id) | Account::Disputed(id) => Some(id),
            _ => None,
        }
    }
}

/// What a transaction records.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum Kind {
    /// A buyer paid an order by card.
    CardPaid,
    /// A cooperative collected a cash-on-delivery part's money at the door.
    CashCollected,
    /// A part was delivered: the sale is the cooperative's, less the platform's fee.
    Earned,
    /// Money went back to a buyer.
    Refund,
    /// The platform sent a cooperative what it was owed.
    TransferToCooperative,
    /// A cooperative sent the platform the fees it owed.
    TransferFromCooperative,
    /// A card dispute froze what a cooperative earned on the order.
    DisputeHold,
    /// The dispute closed: the frozen earnings are the cooperative's again.
    DisputeRelease,
}

crate::coded!(Kind, Direction);

/// One line: an account and a signed amount (debit > 0, credit < 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub account: Account,
    pub amount: i64,
}

/// Why a set of lines is not a transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unbalanced {
    /// Fewer than two lines.
    #[error("a transaction needs two lines or more")]
    TooFewLines,
    /// A line of zero.
    #[error("a line has no amount")]
    ZeroLine,
    /// The debits and credits differ (or their sum does not fit).
    #[error("debits and credits differ")]
    DoesNotBalance,
}

/// A balanced set of lines: its debits equal its credits. Only [`Transaction::new`] makes one,
/// so an unbalanced transaction cannot exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    kind: Kind,
    lines: Vec<Line>,
}

impl Transaction {
    /// The transaction of `lines`, if they balance.
    pub fn new(kind: Kind, lines: Vec<Line>) -> Result<Self, Unbalanced> {
        if lines.len() < 2 {
            return Err(Unbalanced::TooFewLines);
        }
        if lines.iter().any(|l| l.amount == 0) {
            return Err(Unbalanced::ZeroLine);
        }
        let sum = lines
            .iter()
            .try_fold(0i64, |sum, l| sum.checked_add(l.amount));
        if sum != Some(0) {
            return Err(Unbalanced::DoesNotBalance);
        }
        Ok(Self { kind, lines })
    }

    /// What it records.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Its lines, in the order written.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The money it moves: the sum of its debits.
    pub fn turnover(&self) -> i64 {
        self.lines.iter().map(|l| l.amount.max(0)).sum()
    }
}

/// One cooperative's part of an order, in money (from `order::PartTotals`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub cooperative: Uuid,
    /// The products.
    pub goods: i64,
    /// The delivery fee (the cooperative's: it delivers).
    pub delivery: i64,
    /// The platform's fee on the goods, at most the goods.
    pub fee: i64,
}

impl Part {
    /// What the buyer pays for it.
    pub fn total(&self) -> i64 {
        self.goods + self.delivery
    }

    /// What the cooperative earns once it is delivered.
    pub fn share(&self) -> i64 {
        self.total() - self.fee
    }
}

/// Lines of one account added up, in account order (zero sums left out).
fn merged(lines: impl IntoIterator<Item = Line>) -> Vec<Line> {
    let mut by_account: BTreeMap<Account, i64> = BTreeMap::new();
    for line in lines {
        *by_account.entry(line.account).or_default() += line.amount;
    }
    by_account
        .into_iter()
        .filter(|(_, amount)| *amount != 0)
        .map(|(account, amount)| Line { account, amount })
        .collect()
}

/// A transaction of `lines` without their zero lines; `None` when nothing moves. The lines the
/// functions below write balance by construction, so a refusal here would be a bug: it reads as
/// nothing written rather than a panic.
fn written(kind: Kind, lines: impl IntoIterator<Item = Line>) -> Option<Transaction> {
    let lines: Vec<Line> = lines.into_iter().filter(|l| l.amount != 0).collect();
    Transaction::new(kind, lines).ok()
}

fn line(account: Account, amount: i64) -> Line {
    Line { account, amount }
}

/// A buyer paid `parts` by card: the processor holds the money, owed back to the buyer until
/// each part is delivered.
pub fn card_paid(parts: &[Part]) -> Option<Transaction> {
    written(
        Kind::CardPaid,
        merged(parts.iter().flat_map(|p| {
            [
                line(Account::CardClearing, p.total()),
                line(Account::BuyerFunds, -p.goods),
                line(Account::DeliveryFees, -p.delivery),
            ]
        })),
    )
}

/// A cooperative collected a cash-on-delivery part's money at the door: it holds the buyer's
/// money, which the sale ([`earned`]) then pays it.
pub fn cash_collected(part: &Part) -> Option<Transaction> {
    written(
        Kind::CashCollected,
        [
            line(Account::Cooperative(part.cooperative), part.total()),
            line(Account::BuyerFunds, -part.goods),
            line(Account::DeliveryFees, -part.delivery),
        ],
    )
}

/// A part was delivered: the buyer's money becomes the cooperative's, less the platform's fee.
pub fn earned(part: &Part) -> Option<Transaction> {
    written(
        Kind::Earned,
        [
            line(Account::BuyerFunds, part.goods),
            line(Account::DeliveryFees, part.delivery),
            line(Account::Cooperative(part.cooperative), -part.share()),
            line(Account::PlatformFees, -part.fee),
        ],
    )
}

/// How a buyer paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collector {
    /// The platform, by card.
    Platform,
    /// The cooperative (or its carrier), cash at the door.
    Cooperative,
}

/// What a part's delivery writes: the cash collected when the cooperative took it, then the sale.
pub fn delivered(collector: Collector, part: &Part) -> Vec<Transaction> {
    let cash = match collector {
        Collector::Platform => None,
        Collector::Cooperative => cash_collected(part),
    };
    cash.into_iter().chain(earned(part)).collect()
}

/// Why a refund cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RefundRefused {
    /// Zero or less.
    #[error("a refund must be above zero")]
    NotPositive,
    /// More than the part's money not yet refunded.
    #[error("more than was paid")]
    MoreThanPaid,
}

/// The platform's fee given back with `refunded` of a delivered part: the fee's share of it,
/// rounded down (the cooperative bears the rest).
pub fn fee_back(part: &Part, refunded: i64) -> i64 {
    let total = part.total();
    if total <= 0 || refunded <= 0 {
        return 0;
    }
    let back = i128::from(part.fee) * i128::from(refunded.min(total)) / i128::from(total);
    i64::try_from(back).unwrap_or(part.fee)
}

/// Of `refunded` of a part given back before delivery, what came out of its goods (the goods'
/// share of it, rounded down; the rest came out of its delivery). Taken on running totals, so
/// partial refunds add up to the whole.
pub fn goods_back(part: &Part, refunded: i64) -> i64 {
    let total = part.total();
    if total <= 0 || refunded <= 0 {
        return 0;
    }
    let back = i128::from(part.goods) * i128::from(refunded.min(total)) / i128::from(total);
    i64::try_from(back).unwrap_or(part.goods)
}

/// What is left of a part once `refunded` of it went back to the buyer before delivery: what its
/// delivery then earns (the fee shrinks with it, as it would have been given back).
pub fn remaining(part: &Part, refunded: i64) -> Part {
    let refunded = refunded.clamp(0, part.total());
    let goods = goods_back(part, refunded);
    Part {
        cooperative: part.cooperative,
        goods: part.goods - goods,
        delivery: part.delivery - (refunded - goods),
        fee: part.fee - fee_back(part, refunded),
    }
}

/// `refunded` of a card part not delivered went back to the buyer (the part cancelled, refused,
/// or a goodwill refund): the money leaves card clearing; nobody had earned it yet. `already` is
/// what earlier refunds of the part returned.
pub fn refunded_before_delivery(
    part: &Part,
    refunded: i64,
    already: i64,
) -> Result<Transaction, RefundRefused> {
    if refunded <= 0 {
        return Err(RefundRefused::NotPositive);
    }
    let already = already.max(0);
    if refunded > part.total() - already {
        return Err(RefundRefused::MoreThanPaid);
    }
    let goods = goods_back(part, already + refunded) - goods_back(part, already);
    written(
        Kind::Refund,
        [
            line(Account::Refunds, refunded),
            line(Account::CardClearing, -refunded),
            line(Account::BuyerFunds, goods),
            line(Account::DeliveryFees, refunded - goods),
            line(Account::Refunds, -refunded),
        ],
    )
    .ok_or(RefundRefused::NotPositive)
}

/// Shares `amount` among parts that can each take at most `room[i]`, in proportion to their room
/// (largest remainders first, ties to the earlier part), so the shares add up to `amount`
/// exactly. `None` when `amount` is not above zero or more than all the room there is.
pub fn allocate(amount: i64, room: &[i64]) -> Option<Vec<i64>> {
    let room: Vec<i64> = room.iter().map(|r| (*r).max(0)).collect();
    let total: i64 = room.iter().try_fold(0i64, |s, r| s.checked_add(*r))?;
    if amount <= 0 || amount > total {
        return None;
    }
    let exact: Vec<(i64, i128)> = room
        .iter()
        .map(|r| {
            let product = i128::from(amount) * i128::from(*r);
            let total = i128::from(total);
            (
                i64::try_from(product / total).unwrap_or(*r),
                product % total,
            )
        })
        .collect();
    let mut shares: Vec<i64> = exact.iter().map(|(s, _)| *s).collect();
    let mut left = amount - shares.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..room.len()).collect();
    order.sort_by(|a, b| exact[*b].1.cmp(&exact[*a].1).then(a.cmp(b)));
    for i in order.into_iter().cycle() {
        if left == 0 {
            break;
        }
        if shares[i] < room[i] {
            shares[i] += 1;
            left -= 1;
        }
    }
    Some(shares)
}

/// `refunded` of a delivered card part went back to the buyer (a full or partial refund after
/// delivery): the cooperative gives back its share of it and the platform its fee's share.
/// `already` is what earlier refunds of the part returned.
pub fn refunded_after_delivery(
    part: &Part,
    refunded: i64,
    already: i64,
) -> Result<Transaction, RefundRefused> {
    if refunded <= 0 {
        return Err(RefundRefused::NotPositive);
    }
    let left = part.total() - already.max(0);
    if refunded > left {
        return Err(RefundRefused::MoreThanPaid);
    }
    // The fee given back so far and with this refund, so partial refunds add up to the whole.
    let fee = fee_back(part, already.max(0) + refunded) - fee_back(part, already.max(0));
    written(
        Kind::Refund,
        [
            line(Account::Refunds, refunded),
            line(Account::CardClearing, -refunded),
            line(Account::Cooperative(part.cooperative), refunded - fee),
            line(Account::PlatformFees, fee),
            line(Account::Refunds, -refunded),
        ],
    )
    .ok_or(RefundRefused::NotPositive)
}

/// A card dispute froze `amount` a cooperative earned: out of its position, so not payable.
pub fn dispute_held(cooperative: Uuid, amount: i64) -> Option<Transaction> {
    written(
        Kind::DisputeHold,
        [
            line(Account::Cooperative(cooperative), amount),
            line(Account::Disputed(cooperative), -amount),
        ],
    )
}

/// The dispute closed: the frozen `amount` goes back into the cooperative's position. (A lost
/// dispute then takes the money back as a refund does.)
pub fn dispute_released(cooperative: Uuid, amount: i64) -> Option<Transaction> {
    written(
        Kind::DisputeRelease,
        [
            line(Account::Disputed(cooperative), amount),
            line(Account::Cooperative(cooperative), -amount),
        ],
    )
}

/// Which way money went between the platform and a cooperative.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Direction {
    /// The platform paid the cooperative what it was owed.
    ToCooperative,
    /// The cooperative paid the platform the fees it owed.
    FromCooperative,
}

/// Where a cooperative stands with the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// The platform owes it this much.
    Owed(i64),
    /// It owes the platform this much.
    Owing(i64),
    /// Nothing either way.
    Settled,
}

impl Position {
    /// The position a cooperative account's balance shows.
    pub fn of(balance: i64) -> Self {
        match balance {
            0 => Position::Settled,
            b if b < 0 => Position::Owed(-b),
            b => Position::Owing(b),
        }
    }

    /// The transfer that settles it, as a direction and an amount.
    pub fn settlement(self) -> Option<(Direction, i64)> {
        match self {
            Position::Owed(a) => Some((Direction::ToCooperative, a)),
            Position::Owing(a) => Some((Direction::FromCooperative, a)),
            Position::Settled => None,
        }
    }
}

/// Why a transfer cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransferRefused {
    /// Zero or less.
    #[error("a transfer must be above zero")]
    NotPositive,
    /// The other way from what is open (paying a cooperative that owes, or taking from one owed).
    #[error("the open amount is the other way")]
    WrongDirection,
    /// More than is open.
    #[error("more than the open amount")]
    MoreThanOpen,
}

/// A transfer of `amount` between the platform's bank and cooperative `cooperative`, whose
/// position is `position`: refused when it goes the other way from what is open or past it.
pub fn transfer(
    cooperative: Uuid,
    position: Position,
    direction: Direction,
    amount: i64,
) -> Result<Transaction, TransferRefused> {
    if amount <= 0 {
        return Err(TransferRefused::NotPositive);
    }
    let open = match (position, direction) {
        (Position::Owed(open), Direction::ToCooperative)
        | (Position::Owing(open), Direction::FromCooperative) => open,
        _ => return Err(TransferRefused::WrongDirection),
    };
    if amount > open {
        return Err(TransferRefused::MoreThanOpen);
    }
    let (kind, to_cooperative) = match direction {
        Direction::ToCooperative => (Kind::TransferToCooperative, amount),
        Direction::FromCooperative => (Kind::TransferFromCooperative, -amount),
    };
    written(
        kind,
        [
            line(Account::Cooperative(cooperative), to_cooperative),
            line(Account::Bank, -to_cooperative),
        ],
    )
    .ok_or(TransferRefused::NotPositive)
}

/// Every account's balance after `transactions` (debit > 0).
pub fn balances<'a>(
    transactions: impl IntoIterator<Item = &'a Transaction>,
) -> BTreeMap<Account, i64> {
    let mut out = BTreeMap::new();
    for line in transactions.into_iter().flat_map(Transaction::lines) {
        *out.entry(line.account).or_default() += line.amount;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn coop(n: u8) -> Uuid {
        Uuid::from_bytes([n; 16])
    }

    fn part(c: u8, goods: i64, delivery: i64, fee: i64) -> Part {
        Part {
            cooperative: coop(c),
            goods,
            delivery,
            fee,
        }
    }

    fn balance(transactions: &[Transaction], account: Account) -> i64 {
        balances(transactions).get(&account).copied().unwrap_or(0)
    }

    #[test]
    fn a_card_sale_leaves_the_cooperative_owed_its_share() {
        // 95 MAD of goods, 30 MAD delivery, 10% fee: owed 115.50 MAD.
        let p = part(1, 9_500, 3_000, 950);
        let mut ledger: Vec<Transaction> = card_paid(&[p]).into_iter().collect();
        ledger.extend(delivered(Collector::Platform, &p));
        assert_eq!(
            Position::of(balance(&ledger, Account::Cooperative(coop(1)))),
            Position::Owed(11_550)
        );
        assert_eq!(balance(&ledger, Account::CardClearing), 12_500);
        assert_eq!(balance(&ledger, Account::PlatformFees), -950);
        assert_eq!(balance(&ledger, Account::BuyerFunds), 0);
    }

    #[test]
    fn a_cash_sale_leaves_the_cooperative_owing_the_fee() {
        let p = part(1, 9_500, 3_000, 950);
        let ledger = delivered(Collector::Cooperative, &p);
        assert_eq!(ledger.len(), 2);
        assert_eq!(
            Position::of(balance(&ledger, Account::Cooperative(coop(1)))),
            Position::Owing(950)
        );
        assert_eq!(balance(&ledger, Account::CardClearing), 0);
        // Both directions are on the statement: the cash it holds and the sale.
        let lines: Vec<i64> = ledger
            .iter()
            .flat_map(Transaction::lines)
            .filter(|l| l.account == Account::Cooperative(coop(1)))
            .map(|l| l.amount)
            .collect();
        assert_eq!(lines, [12_500, -11_550]);
    }

    #[test]
    fn lines_that_do_not_balance_are_no_transaction() {
        let a = Account::Bank;
        let b = Account::PlatformFees;
        assert_eq!(
            Transaction::new(Kind::Refund, vec![line(a, 5)]),
            Err(Unbalanced::TooFewLines)
        );
        assert_eq!(
            Transaction::new(Kind::Refund, vec![line(a, 5), line(b, -4)]),
            Err(Unbalanced::DoesNotBalance)
        );
        assert_eq!(
            Transaction::new(Kind::Refund, vec![line(a, 0), line(b, 0)]),
            Err(Unbalanced::ZeroLine)
        );
        assert_eq!(
            Transaction::new(
                Kind::Refund,
                vec![line(a, i64::MAX), line(b, i64::MAX), line(b, 2)]
            ),
            Err(Unbalanced::DoesNotBalance)
        );
    }

    #[test]
    fn transfers_go_the_open_way_and_no_further() {
        let id = coop(3);
        assert!(transfer(id, Position::Owed(100), Direction::ToCooperative, 100).is_ok());
        assert_eq!(
            transfer(id, Position::Owed(100), Direction::ToCooperative, 101),
            Err(TransferRefused::MoreThanOpen)
        );
        assert_eq!(
            transfer(id, Position::Owed(100), Direction::FromCooperative, 50),
            Err(TransferRefused::WrongDirection)
        );
        assert_eq!(
            transfer(id, Position::Settled, Direction::ToCooperative, 1),
            Err(TransferRefused::WrongDirection)
        );
        assert_eq!(
            transfer(id, Position::Owing(100), Direction::FromCooperative, 0),
            Err(TransferRefused::NotPositive)
        );
        let Ok(paid_in) = transfer(id, Position::Owing(950), Direction::FromCooperative, 950)
        else {
            panic!("a fee payment is refused")
        };
        assert_eq!(paid_in.kind(), Kind::TransferFromCooperative);
        assert_eq!(balance(&[paid_in], Account::Bank), 950);
    }

    #[test]
    fn refunds_cannot_pass_what_was_paid() {
        let p = part(1, 1_000, 0, 100);
        assert!(refunded_after_delivery(&p, 600, 0).is_ok());
        assert_eq!(
            refunded_after_delivery(&p, 500, 600),
            Err(RefundRefused::MoreThanPaid)
        );
        assert_eq!(
            refunded_after_delivery(&p, 0, 0),
            Err(RefundRefused::NotPositive)
        );
    }

    #[test]
    fn account_codes_read_back() {
        for account in [
            Account::CardClearing,
            Account::BuyerFunds,
            Account::DeliveryFees,
            Account::Cooperative(coop(9)),
            Account::PlatformFees,
            Account::Refunds,
            Account::Bank,
            Account::Disputed(coop(2)),
        ] {
            assert_eq!(
                Account::from_parts(account.code(), account.cooperative()),
                Some(account)
            );
        }
        assert_eq!(Account::from_parts("cooperative", None), None);
        assert_eq!(Account::from_parts("bank", Some(coop(1))), None);
    }

    /// What becomes of a part in a generated history.
    #[derive(Debug, Clone, Copy)]
    enum Fate {
        /// Ordered, not delivered yet.
        Pending,
        Delivered,
        /// Card only: cancelled and refunded whole before delivery.
        CancelledAndRefunded,
        /// Card only: delivered, then these shares (in thousandths of what is left) refunded.
        RefundedAfter(u16, u16),
        /// Card only: this share (thousandths) refunded before delivery, the rest delivered;
        /// disputed (frozen and released) when true.
        RefundedBefore(u16, bool),
    }

    fn arb_part() -> impl Strategy<Value = (Part, bool, Fate)> {
        (
            0u8..3,
            1i64..5_000_000,
            0i64..10_000,
            0u32..=300,
            any::<bool>(),
            prop_oneof![
                Just(Fate::Pending),
                Just(Fate::Delivered),
                Just(Fate::CancelledAndRefunded),
                (0u16..=1000, 0u16..=1000).prop_map(|(a, b)| Fate::RefundedAfter(a, b)),
                (0u16..1000, any::<bool>()).prop_map(|(a, d)| Fate::RefundedBefore(a, d)),
            ],
        )
            .prop_map(|(c, goods, delivery, permille, card, fate)| {
                let fee = goods * i64::from(permille) / 1000;
                (part(c, goods, delivery, fee), card, fate)
            })
    }

    proptest! {
        /// A generated history of card and cash parts, deliveries, cancellations, full and
        /// partial refunds and settling transfers: every transaction balances, the ledger sums
        /// to zero, and every account holds what the events imply.
        #[test]
        fn every_account_holds_what_the_events_imply(
            parts in proptest::collection::vec(arb_part(), 1..40),
            settle in any::<bool>(),
        ) {
            let mut ledger: Vec<Transaction> = Vec::new();
            // What the events imply, account by account (debit > 0).
            let mut expected: BTreeMap<Account, i64> = BTreeMap::new();
            let mut add = |account: Account, amount: i64| {
                *expected.entry(account).or_default() += amount;
            };
            for (p, card, fate) in &parts {
                let coop = Account::Cooperative(p.cooperative);
                let fate = if *card { *fate } else {
                    // Cash parts are not refunded through the processor.
                    match fate {
                        Fate::Pending => Fate::Pending,
                        _ => Fate::Delivered,
                    }
                };
                if *card {
                    ledger.extend(card_paid(&[*p]));
                    add(Account::CardClearing, p.total());
                }
                match fate {
                    Fate::Pending => {
                        if *card {
                            add(Account::BuyerFunds, -p.goods);
                            add(Account::DeliveryFees, -p.delivery);
                        }
                    }
                    Fate::Delivered | Fate::RefundedAfter(..) => {
                        let collector = if *card { Collector::Platform } else { Collector::Cooperative };
                        ledger.extend(delivered(collector, p));
                        add(Account::PlatformFees, -p.fee);
                        add(coop, if *card { -p.share() } else { p.fee });
                        if let Fate::RefundedAfter(first, second) = fate {
                            let mut already = 0;
                            for share in [first, second] {
                                let amount = (p.total() - already) * i64::from(share) / 1000;
                                if amount == 0 {
                                    continue;
                                }
                                let refund = refunded_after_delivery(p, amount, already);
                                prop_assert!(refund.is_ok(), "{refund:?}");
                                ledger.extend(refund.ok());
                                already += amount;
                            }
                            let fee = fee_back(p, already);
                            add(Account::CardClearing, -already);
                            add(coop, already - fee);
                            add(Account::PlatformFees, fee);
                        }
                    }
                    Fate::CancelledAndRefunded => {
                        ledger.extend(refunded_before_delivery(p, p.total(), 0).ok());
                        add(Account::CardClearing, -p.total());
                    }
                    Fate::RefundedBefore(share, disputed) => {
                        // A goodwill refund before delivery, then the rest delivered; perhaps
                        // disputed for a while (frozen, then released).
                        let amount = p.total() * i64::from(share) / 1000;
                        if amount > 0 {
                            let refund = refunded_before_delivery(p, amount, 0);
                            prop_assert!(refund.is_ok(), "{refund:?}");
                            ledger.extend(refund.ok());
                        }
                        let rest = remaining(p, amount);
                        ledger.extend(delivered(Collector::Platform, &rest));
                        if disputed {
                            ledger.extend(dispute_held(p.cooperative, rest.share()));
                            ledger.extend(dispute_released(p.cooperative, rest.share()));
                        }
                        let fee = p.fee - fee_back(p, amount);
                        add(Account::CardClearing, -amount);
                        add(Account::PlatformFees, -fee);
                        add(coop, -(p.total() - amount - fee));
                    }
                }
            }
            for t in &ledger {
                prop_assert_eq!(t.lines().iter().map(|l| l.amount).sum::<i64>(), 0);
                prop_assert!(t.lines().iter().all(|l| l.amount != 0));
            }
            if settle {
                // Settle every cooperative's position with one transfer the open way.
                let open: Vec<(Uuid, i64)> = balances(&ledger)
                    .into_iter()
                    .filter_map(|(a, b)| a.cooperative().map(|id| (id, b)))
                    .collect();
                for (id, b) in open {
                    if let Some((direction, amount)) = Position::of(b).settlement() {
                        let t = transfer(id, Position::of(b), direction, amount);
                        prop_assert!(t.is_ok(), "{t:?}");
                        ledger.extend(t.ok());
                        add(Account::Cooperative(id), -b);
                        add(Account::Bank, b);
                    }
                }
            }
            let got = balances(&ledger);
            prop_assert_eq!(got.values().sum::<i64>(), 0);
            for account in got.keys().chain(expected.keys()) {
                prop_assert_eq!(
                    got.get(account).copied().unwrap_or(0),
                    expected.get(account).copied().unwrap_or(0),
                    "{:?}", account
                );
            }
            prop_assert_eq!(got.get(&Account::Refunds).copied().unwrap_or(0), 0);
            if settle {
                prop_assert!(got.iter().all(|(a, b)| a.cooperative().is_none() || *b == 0));
            }
        }

        /// Partial refunds of a delivered part give back the fee's share of what they return,
        /// and refunding everything gives back the whole fee.
        #[test]
        fn partial_refunds_add_up_to_the_whole(
            (p, _, _) in arb_part(),
            cuts in proptest::collection::vec(1u16..=1000, 1..5),
        ) {
            let mut already = 0;
            let mut ledger = Vec::new();
            for cut in cuts {
                let amount = ((p.total() - already) * i64::from(cut) / 1000).max(1);
                if already + amount > p.total() {
                    break;
                }
                let refund = refunded_after_delivery(&p, amount, already);
                prop_assert!(refund.is_ok());
                ledger.extend(refund.ok());
                already += amount;
            }
            let rest = p.total() - already;
            if rest > 0 {
                ledger.extend(refunded_after_delivery(&p, rest, already).ok());
            }
            prop_assert_eq!(balance(&ledger, Account::PlatformFees), p.fee);
            prop_assert_eq!(balance(&ledger, Account::Cooperative(p.cooperative)), p.share());
            prop_assert_eq!(balance(&ledger, Account::CardClearing), -p.total());
        }

        /// Refunds before delivery, in pieces, then delivery of what is left and refunds after
        /// it: the buyer's money for the part ends at zero, the fee the platform keeps is the
        /// fee of what was not refunded, and the cooperative bears the rest.
        #[test]
        fn refunds_before_and_after_delivery_add_up(
            (p, _, _) in arb_part(),
            before in proptest::collection::vec(0u16..=1000, 0..3),
            after in proptest::collection::vec(0u16..=1000, 0..3),
        ) {
            let mut ledger: Vec<Transaction> = card_paid(&[p]).into_iter().collect();
            let mut already = 0;
            for cut in before {
                let amount = (p.total() - already) * i64::from(cut) / 1000;
                if amount == 0 || already + amount >= p.total() {
                    continue;
                }
                let refund = refunded_before_delivery(&p, amount, already);
                prop_assert!(refund.is_ok(), "{refund:?}");
                ledger.extend(refund.ok());
                already += amount;
            }
            let before_total = already;
            ledger.extend(delivered(Collector::Platform, &remaining(&p, before_total)));
            for cut in after {
                let amount = (p.total() - already) * i64::from(cut) / 1000;
                if amount == 0 {
                    continue;
                }
                let refund = refunded_after_delivery(&p, amount, already);
                prop_assert!(refund.is_ok(), "{refund:?}");
                ledger.extend(refund.ok());
                already += amount;
            }
            prop_assert_eq!(balance(&ledger, Account::BuyerFunds), 0);
            prop_assert_eq!(balance(&ledger, Account::DeliveryFees), 0);
            prop_assert_eq!(balance(&ledger, Account::CardClearing), p.total() - already);
            let fee_kept = p.fee - fee_back(&p, already);
            prop_assert_eq!(balance(&ledger, Account::PlatformFees), -fee_kept);
            prop_assert_eq!(
                balance(&ledger, Account::Cooperative(p.cooperative)),
                -(p.total() - already - fee_kept)
            );
            prop_assert_eq!(balances(&ledger).values().sum::<i64>(), 0);
        }

        /// Shares add up to the amount, none passes its room, and a part with more room never
        /// gets less than one with less room by more than one centime.
        #[test]
        fn allocation_is_exact_and_proportional(
            room in proptest::collection::vec(0i64..1_000_000, 1..6),
            permille in 1i64..=1000,
        ) {
            let total: i64 = room.iter().sum();
            let amount = total * permille / 1000;
            let shares = allocate(amount, &room);
            if amount <= 0 {
                prop_assert_eq!(shares, None);
            } else {
                let Some(shares) = shares else {
                    return Err(TestCaseError::fail("no allocation"));
                };
                prop_assert_eq!(shares.iter().sum::<i64>(), amount);
                for (share, r) in shares.iter().zip(&room) {
                    prop_assert!(*share >= 0 && share <= r);
                    let exact = i128::from(amount) * i128::from(*r) / i128::from(total);
                    prop_assert!((i128::from(*share) - exact).abs() <= 1);
                }
            }
            prop_assert_eq!(allocate(total + 1, &room), None);
        }
    }

    #[test]
    fn a_dispute_freezes_earnings_out_of_the_position_until_released() {
        let p = part(1, 9_500, 3_000, 950);
        let mut ledger: Vec<Transaction> = card_paid(&[p]).into_iter().collect();
        ledger.extend(delivered(Collector::Platform, &p));
        ledger.extend(dispute_held(p.cooperative, p.share()));
        assert_eq!(
            Position::of(balance(&ledger, Account::Cooperative(coop(1)))),
            Position::Settled
        );
        assert_eq!(balance(&ledger, Account::Disputed(coop(1))), -p.share());
        ledger.extend(dispute_released(p.cooperative, p.share()));
        assert_eq!(
            Position::of(balance(&ledger, Account::Cooperative(coop(1)))),
            Position::Owed(p.share())
        );
        assert_eq!(dispute_held(p.cooperative, 0), None);
    }

    #[test]
    fn a_part_refunded_before_delivery_earns_what_is_left() {
        // 100 MAD goods, 20 MAD delivery, 10 MAD fee; 60 MAD back before delivery.
        let p = part(1, 10_000, 2_000, 1_000);
        let rest = remaining(&p, 6_000);
        assert_eq!((rest.goods, rest.delivery, rest.fee), (5_000, 1_000, 500));
        assert_eq!(remaining(&p, 0), p);
        assert_eq!(remaining(&p, p.total()).total(), 0);
        assert_eq!(
            refunded_before_delivery(&p, 6_001, 6_000),
            Err(RefundRefused::MoreThanPaid)
        );
    }
}
