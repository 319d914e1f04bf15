//! Dashboards, charts, platform settings and the audit log.

use serde::{Deserialize, Serialize};

/// A chart (server-rendered SVG) and the table of the same figures, its text alternative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartDto {
    /// Unique on the page (for `aria-labelledby`).
    pub id: String,
    pub title: String,
    /// `None` when it could not be drawn: the table still says everything.
    pub svg: Option<String>,
    /// The table's two column headers.
    pub label_header: String,
    pub value_header: String,
    /// `(label, value)` rows, values written for the page's language.
    pub rows: Vec<(String, String)>,
}

/// A headline figure: what it is and its value, written for the page's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureDto {
    pub label: String,
    pub value: String,
}

/// The period a dashboard covers, as its form shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodDto {
    pub from: String,
    pub to: String,
    /// `day`, `week` or `month` (coarser than asked for long periods).
    pub granularity: String,
    /// Whether the buckets were made coarser than asked.
    pub coarsened: bool,
}

/// A row of a dashboard's list: text, a detail, and where it leads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashboardRowDto {
    pub text: String,
    pub detail: String,
    pub href: Option<String>,
}

/// A cooperative's dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeDashboardDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    pub period: PeriodDto,
    pub figures: Vec<FigureDto>,
    pub charts: Vec<ChartDto>,
    pub low_stock: Vec<DashboardRowDto>,
    pub payouts: Vec<DashboardRowDto>,
    pub requests: Vec<DashboardRowDto>,
}

/// The admin dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminDashboardDto {
    pub period: PeriodDto,
    pub figures: Vec<FigureDto>,
    pub charts: Vec<ChartDto>,
    /// The cooperatives owed most (the full list is on the payouts page).
    pub due: Vec<DashboardRowDto>,
}

/// The settings page's values, as the form shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsDto {
    pub platform_fee_percent: String,
    pub delivery_fee: String,
    pub free_delivery_from: String,
    pub cash_on_delivery: bool,
    pub cash_orders_waiting: String,
    pub max_open_requests: String,
    pub claim_release_days: String,
    /// Whether a card gateway is configured (set at start-up, not here).
    pub card_payments: bool,
    /// When a setting was last changed here (UTC), if ever.
    pub changed_at: Option<String>,
}

/// One audit log entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntryDto {
    pub at: String,
    /// The actor's e-mail address (`None`: the system, or an account since deleted).
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    /// JSON, never secrets.
    pub details: String,
}

/// A page of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditPageDto {
    pub entries: Vec<AuditEntryDto>,
    /// The `before` of the next (older) page, if there is one.
    pub next_before: Option<String>,
    /// Every action recorded so far (the filter's choices).
    pub actions: Vec<String>,
}
