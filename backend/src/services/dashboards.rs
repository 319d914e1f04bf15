//! The dashboards' pages, put together from `reports`' figures: headline figures, charts (SVG
//! from `charts`, each with its table) and short lists, every word in the reader's language.

use super::{cart, reports, requests};
use crate::{
    charts::{self, Bar},
    dto::{
        AdminDashboardDto, ChartDto, CooperativeDashboardDto, DashboardRowDto, FigureDto, PeriodDto,
    },
    error::AppError,
    i18n::{t, t_args},
    user::CurrentUser,
};
use domain::{
    Locale,
    report::{DayRange, Granularity, Period, count, median, percent, share_permille},
};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// The period of a dashboard from its form's fields; bad days are a field error.
pub fn period_of(from: &str, to: &str, granularity: &str) -> Result<(Period, bool), AppError> {
    let range: DayRange = domain::report::parse_day_range(from, to).map_err(|(field, issue)| {
        let mut errors = crate::error::FieldErrors::default();
        errors.add(field, issue);
        AppError::Invalid(errors.keep_all(&[("from", from), ("to", to), ("g", granularity)]))
    })?;
    let asked = Granularity::parse(granularity);
    let period = Period::new(range, asked, chrono::Utc::now().date_naive());
    Ok((period, period.granularity != asked))
}

fn period_dto(period: &Period, coarsened: bool) -> PeriodDto {
    PeriodDto {
        from: period.from.to_string(),
        to: period.to.to_string(),
        granularity: period.granularity.as_str().to_owned(),
        coarsened,
    }
}

fn money(centimes: i64, locale: Locale) -> String {
    domain::money::format(centimes, locale)
}

/// Whole dirhams with the locale's grouping, for a value axis.
fn mad_axis(locale: Locale) -> impl Fn(i64) -> String {
    move |centimes| count(centimes / 100, locale)
}

fn figure(locale: Locale, key: &str, value: String) -> FigureDto {
    FigureDto {
        label: t(locale, key),
        value,
    }
}

struct ChartSpec<'a> {
    id: &'a str,
    title_key: &'a str,
    label_key: &'a str,
    value_key: &'a str,
    /// Bars over time (true) or ranked (false).
    over_time: bool,
    money: bool,
}

fn chart(spec: ChartSpec<'_>, bars: Vec<Bar>, locale: Locale) -> ChartDto {
    let shown = |v: i64| {
        if spec.money {
            money(v, locale)
        } else {
            count(v, locale)
        }
    };
    let axis: Box<dyn Fn(i64) -> String> = if spec.money {
        Box::new(mad_axis(locale))
    } else {
        Box::new(move |v| count(v, locale))
    };
    let svg = if spec.over_time {
        charts::columns(&bars, locale, &axis)
    } else {
        charts::ranking(&bars, locale, &axis)
    };
    ChartDto {
        id: spec.id.to_owned(),
        title: t(locale, spec.title_key),
        svg,
        label_header: t(locale, spec.label_key),
        value_header: t(locale, spec.value_key),
        rows: bars
            .iter()
            .map(|b| (b.label.clone(), shown(b.value)))
            .collect(),
    }
}

/// Bars over time: one a bucket, labelled with its first day.
fn over_time(period: &Period, daily: &[(chrono::NaiveDate, i64)], locale: Locale) -> Vec<Bar> {
    period
        .buckets()
        .into_iter()
        .zip(period.roll_up(daily))
        .map(|(start, value)| Bar {
            label: period.granularity.label(start, locale),
            value,
        })
        .collect()
}

/// Ranked bars, largest first (ties by label), without empty ones unless `keep_empty`.
fn ranked(mut bars: Vec<Bar>, keep_empty: bool) -> Vec<Bar> {
    if !keep_empty {
        bars.retain(|b| b.value != 0);
    }
    bars.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.label.cmp(&b.label)));
    bars
}

fn state_bars(by_state: &[reports::Pair], locale: Locale) -> Vec<Bar> {
    domain::order::ShipmentState::ALL
        .iter()
        .map(|s| Bar {
            label: t(locale, &crate::i18n::state_key("shipment", s.code())),
            value: by_state
                .iter()
                .find(|(code, _)| code == s.code())
                .map_or(0, |(_, n)| *n),
        })
        .collect()
}

fn sales_charts(period: &Period, figures: &[reports::Day], locale: Locale) -> [ChartDto; 2] {
    let goods: Vec<_> = figures.iter().map(|d| (d.day, d.goods)).collect();
    let orders: Vec<_> = figures.iter().map(|d| (d.day, d.orders)).collect();
    [
        chart(
            ChartSpec {
                id: "chart-sales",
                title_key: "dash-sales-over-time",
                label_key: "dash-col-period",
                value_key: "dash-sales",
                over_time: true,
                money: true,
            },
            over_time(period, &goods, locale),
            locale,
        ),
        chart(
            ChartSpec {
                id: "chart-orders",
                title_key: "dash-orders-over-time",
                label_key: "dash-col-period",
                value_key: "dash-orders",
                over_time: true,
                money: false,
            },
            over_time(period, &orders, locale),
            locale,
        ),
    ]
}

fn totals(daily: &[reports::Day]) -> (i64, i64) {
    daily
        .iter()
        .fold((0, 0), |(g, o), d| (g + d.goods, o + d.orders))
}

/// A cooperative's dashboard (its members and admins).
pub async fn cooperative(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    (period, coarsened): (Period, bool),
    locale: Locale,
) -> Result<CooperativeDashboardDto, AppError> {
    let (coop, f) = reports::cooperative_figures(db, user, cooperative_id, &period).await?;
    let (goods, orders) = totals(&f.daily);
    let (stars, reviews) = f.rating;
    let average = (reviews > 0).then(|| {
        let tenths = (stars * 10 + reviews / 2) / reviews;
        let sep = if locale == Locale::En { "." } else { "," };
        format!("{}{sep}{}", tenths / 10, tenths % 10)
    });
    let figures = vec![
        figure(locale, "dash-sales", money(goods, locale)),
        figure(locale, "dash-orders", count(orders, locale)),
        figure(
            locale,
            "dash-rating",
            average.map_or_else(
                || t(locale, "dash-rating-none"),
                |a| {
                    t_args(
                        locale,
                        "dash-rating-value",
                        &[("average", a.into()), ("count", reviews.into())],
                    )
                },
            ),
        ),
        if f.balance < 0 {
            figure(locale, "dash-balance-owing", money(-f.balance, locale))
        } else {
            figure(locale, "dash-balance", money(f.balance, locale))
        },
    ];
    let [sales, orders_chart] = sales_charts(&period, &f.daily, locale);
    // Each product under its title in the reader's language (the lines keep the title it was
    // sold under, in the buyer's language); the sold title when it has none any more.
    let ids: Vec<Uuid> = f.top_products.iter().map(|p| p.product_id).collect();
    let texts = super::products::texts_of(db, &ids).await?;
    let top: Vec<Bar> = f
        .top_products
        .iter()
        .map(|p| {
            let title = texts
                .get(&p.product_id)
                .map(|t| super::products::localised(t, locale).0)
                .filter(|t| !t.is_empty());
            Bar {
                label: title.unwrap_or_else(|| p.title.clone()),
                value: p.centimes,
            }
        })
        .collect();
    let charts = vec![
        sales,
        orders_chart,
        chart(
            ChartSpec {
                id: "chart-states",
                title_key: "dash-orders-by-state",
                label_key: "dash-col-state",
                value_key: "dash-col-count",
                over_time: false,
                money: false,
            },
            state_bars(&f.by_state, locale),
            locale,
        ),
        chart(
            ChartSpec {
                id: "chart-top",
                title_key: "dash-top-products",
                label_key: "dash-col-product",
                value_key: "dash-sales",
                over_time: false,
                money: true,
            },
            top,
            locale,
        ),
    ];
    let ids: Vec<Uuid> = f.low_stock.iter().map(|p| p.id).collect();
    let texts = super::products::texts_of(db, &ids).await?;
    let low_stock = f
        .low_stock
        .iter()
        .map(|p| {
            let (title, ..) =
                super::products::localised(texts.get(&p.id).map_or(&[][..], Vec::as_slice), locale);
            DashboardRowDto {
                text: if title.is_empty() {
                    p.sku.clone()
                } else {
                    title
                },
                detail: t_args(
                    locale,
                    "dash-stock-left",
                    &[("count", i64::from(p.stock).into())],
                ),
                href: Some(format!("/products/{}/edit", p.id)),
            }
        })
        .collect();
    let payouts = f
        .payouts
        .iter()
        .rev()
        .map(|e| DashboardRowDto {
            text: money(e.amount.abs(), locale),
            detail: format!(
                "{} · {}",
                e.on,
                t(locale, &crate::i18n::ledger_kind_key(e.kind))
            ),
            href: None,
        })
        .collect();
    let requests = f
        .requests
        .iter()
        .map(|r| DashboardRowDto {
            text: r.title.clone(),
            detail: t(locale, &crate::i18n::state_key("request", r.state.code())),
            href: Some(format!("/requests/{}", r.id)),
        })
        .collect();
    Ok(CooperativeDashboardDto {
        cooperative_id: coop.id.to_string(),
        cooperative_name: cart::name_of(&coop, locale),
        period: period_dto(&period, coarsened),
        figures,
        charts,
        low_stock,
        payouts,
        requests,
    })
}

fn top_category(code: &str) -> &'static str {
    domain::category::flattened()
        .into_iter()
        .find(|(_, _, c)| c.code == code)
        .map_or("", |(parent, _, c)| parent.unwrap_or(c.code))
}

fn category_name(code: &str, locale: Locale) -> String {
    domain::category::flattened()
        .into_iter()
        .find(|(_, _, c)| c.code == code)
        .map_or_else(|| code.to_owned(), |(_, _, c)| c.name(locale).to_owned())
}

/// The admin dashboard.
pub async fn admin(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    (period, coarsened): (Period, bool),
    locale: Locale,
) -> Result<AdminDashboardDto, AppError> {
    let f = reports::platform_figures(db, admin, &period).await?;
    let programme = requests::report(db, admin).await?;
    let (goods, orders) = totals(&f.daily);
    let now = chrono::Utc::now();
    let waits: Vec<i64> = f
        .waiting_since
        .iter()
        .map(|at| (now - *at).num_days().max(0))
        .collect();
    let owed: i64 = f.due.iter().map(|(_, b)| *b).sum();
    let none = || t(locale, "dash-none");
    let figures = vec![
        figure(locale, "dash-sales", money(goods, locale)),
        figure(locale, "dash-orders", count(orders, locale)),
        figure(
            locale,
            "dash-women-share",
            share_permille(f.women_led, goods).map_or_else(none, |p| percent(p, locale)),
        ),
        figure(
            locale,
            "dash-queue",
            if waits.is_empty() {
                t(locale, "dash-queue-empty")
            } else {
                t_args(
                    locale,
                    "dash-queue-value",
                    &[
                        ("count", (waits.len() as i64).into()),
                        ("oldest", waits.iter().max().copied().unwrap_or(0).into()),
                        ("median", median(waits.clone()).unwrap_or(0).into()),
                    ],
                )
            },
        ),
        figure(
            locale,
            "report-median-claim",
            programme.median_hours_to_claim.map_or_else(none, |h| {
                t_args(locale, "report-hours", &[("hours", h.into())])
            }),
        ),
        figure(
            locale,
            "report-completion",
            programme
                .completion_percent
                .map_or_else(none, |p| percent(i64::from(p) * 10, locale)),
        ),
        figure(
            locale,
            "report-total-hours",
            t_args(
                locale,
                "report-hours",
                &[("hours", (programme.total_minutes / 60).into())],
            ),
        ),
        figure(
            locale,
            "dash-payouts-due",
            t_args(
                locale,
                "dash-payouts-due-value",
                &[
                    ("amount", money(owed, locale).into()),
                    ("count", (f.due.len() as i64).into()),
                ],
            ),
        ),
        figure(
            locale,
            "dash-fees-owed",
            t_args(
                locale,
                "dash-payouts-due-value",
                &[
                    (
                        "amount",
                        money(f.owing.iter().map(|(_, a)| a).sum(), locale).into(),
                    ),
                    ("count", (f.owing.len() as i64).into()),
                ],
            ),
        ),
    ];
    let [sales, orders_chart] = sales_charts(&period, &f.daily, locale);
    let region_bars = domain::geo::Region::ALL
        .iter()
        .map(|r| Bar {
            label: r.name(locale).to_owned(),
            value: f
                .by_region
                .iter()
                .find(|(code, _)| code == r.code())
                .map_or(0, |(_, v)| *v),
        })
        .collect();
    let sector_bars = f
        .by_sector
        .iter()
        .map(|(code, v)| Bar {
            label: domain::geo::Sector::from_code(code)
                .map_or_else(|| code.clone(), |s| s.name(locale).to_owned()),
            value: *v,
        })
        .collect();
    let mut by_top: Vec<(String, i64)> = Vec::new();
    for (code, v) in &f.by_category {
        let top = top_category(code);
        let top = if top.is_empty() { code.as_str() } else { top };
        match by_top.iter_mut().find(|(c, _)| c == top) {
            Some((_, sum)) => *sum += v,
            None => by_top.push((top.to_owned(), *v)),
        }
    }
    let category_bars = by_top
        .iter()
        .map(|(code, v)| Bar {
            label: category_name(code, locale),
            value: *v,
        })
        .collect();
    let coop_bars = ["draft", "submitted", "verified", "rejected", "suspended"]
        .iter()
        .map(|s| Bar {
            label: t(locale, &crate::i18n::state_key("coop", s)),
            value: f
                .cooperatives
                .iter()
                .find(|(code, _)| code == s)
                .map_or(0, |(_, n)| *n),
        })
        .collect();
    let request_bars = programme
        .by_state
        .iter()
        .map(|(state, n)| Bar {
            label: crate::i18n::state_name(locale, *state),
            value: i64::from(*n),
        })
        .collect();
    let ranked_chart = |id, title_key, label_key, bars, money| {
        chart(
            ChartSpec {
                id,
                title_key,
                label_key,
                value_key: if money {
                    "dash-sales"
                } else {
                    "dash-col-count"
                },
                over_time: false,
                money,
            },
            bars,
            locale,
        )
    };
    let charts = vec![
        sales,
        orders_chart,
        ranked_chart(
            "chart-regions",
            "dash-by-region",
            "dash-col-region",
            ranked(region_bars, true),
            true,
        ),
        ranked_chart(
            "chart-sectors",
            "dash-by-sector",
            "dash-col-sector",
            ranked(sector_bars, false),
            true,
        ),
        ranked_chart(
            "chart-categories",
            "dash-by-category",
            "dash-col-category",
            ranked(category_bars, false),
            true,
        ),
        ranked_chart(
            "chart-states",
            "dash-orders-by-state",
            "dash-col-state",
            state_bars(&f.by_state, locale),
            false,
        ),
        ranked_chart(
            "chart-cooperatives",
            "dash-cooperatives",
            "dash-col-state",
            coop_bars,
            false,
        ),
        ranked_chart(
            "chart-requests",
            "report-by-state",
            "dash-col-state",
            request_bars,
            false,
        ),
    ];
    let top_due: Vec<(Uuid, i64)> = f.due.iter().take(5).copied().collect();
    let coops = super::browse::cooperatives_by_id(db, top_due.iter().map(|(id, _)| *id)).await?;
    let due = top_due
        .iter()
        .filter_map(|(id, owed)| {
            coops.get(id).map(|c| DashboardRowDto {
                text: cart::name_of(c, locale),
                detail: money(*owed, locale),
                href: Some(format!("/cooperatives/{id}/payouts")),
            })
        })
        .collect();
    Ok(AdminDashboardDto {
        period: period_dto(&period, coarsened),
        figures,
        charts,
        due,
    })
}
