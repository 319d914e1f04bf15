//! `Server-Timing` (W3C): how much of a request's time went to the search engine, told in a
//! response header that browsers' developer tools show and that load tests read, so the
//! endpoint's own overhead can be measured per request (what the client waited, less what the
//! engine took) rather than guessed from two separate runs. The request middleware puts a
//! [`Spent`] in each request's extensions and runs the request in its [`scope`]; the search
//! services [`record_search`] into the scope they run in (a no-op outside one).

use std::{
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

/// What one request's searches took, shared by the middleware that tells it and every task that
/// works for the request (kept in the request's extensions; cheap to clone).
#[derive(Clone, Debug, Default)]
pub struct Spent(Arc<AtomicU64>);

impl Spent {
    /// Adds one search's time.
    pub fn add(&self, took: Duration) {
        // Nanoseconds, at least one, so "a search ran" and "none ran" (0) stay apart.
        let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX).max(1);
        self.0.fetch_add(nanos, Ordering::Relaxed);
    }

    /// The time the request's searches took, if any ran.
    pub fn search(&self) -> Option<Duration> {
        let nanos = self.0.load(Ordering::Relaxed);
        (nanos > 0).then(|| Duration::from_nanos(nanos))
    }
}

tokio::task_local! {
    /// The record of the request this task works for.
    static CURRENT: Spent;
}

/// Runs `f` recording its searches into `spent`. The middleware runs each request so; work the
/// request hands to another task (Leptos renders pages and runs server functions in their own)
/// opens its own scope with the request's [`Spent`].
pub async fn scope<F: Future>(spent: Spent, f: F) -> F::Output {
    CURRENT.scope(spent, f).await
}

/// Adds `took` to the current request's search time.
pub fn record_search(took: Duration) {
    // Outside a scope there is no request to tell: nothing to do.
    let _ = CURRENT.try_with(|spent| spent.add(took));
}

/// The header's value: `search;dur=…` when searches ran, then `app;dur=…`, the whole time the
/// application took (milliseconds, as the header counts them).
pub fn header_value(search: Option<Duration>, total: Duration) -> String {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    match search {
        Some(s) => format!("search;dur={:.3}, app;dur={:.3}", ms(s), ms(total)),
        None => format!("app;dur={:.3}", ms(total)),
    }
}

/// The `search` duration of a `Server-Timing` value (what [`header_value`] wrote), if any.
pub fn search_of(value: &str) -> Option<Duration> {
    metric(value, "search")
}

/// The `app` duration of a `Server-Timing` value, if any.
pub fn app_of(value: &str) -> Option<Duration> {
    metric(value, "app")
}

fn metric(value: &str, name: &str) -> Option<Duration> {
    value.split(',').find_map(|entry| {
        let mut parts = entry.trim().split(';');
        (parts.next()? == name).then_some(())?;
        let ms: f64 = parts
            .find_map(|p| p.trim().strip_prefix("dur="))?
            .parse()
            .ok()?;
        (ms.is_finite() && ms >= 0.0).then(|| Duration::from_secs_f64(ms / 1000.0))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn searches_in_a_scope_add_up_and_outside_one_nothing_is_kept() {
        record_search(Duration::from_millis(5));
        let spent = Spent::default();
        scope(spent.clone(), async {
            record_search(Duration::from_millis(3));
            record_search(Duration::from_millis(4));
        })
        .await;
        assert_eq!(spent.search(), Some(Duration::from_millis(7)));
        let none = Spent::default();
        scope(none.clone(), async {}).await;
        assert_eq!(none.search(), None);
        // Another task working for the same request adds to the same record.
        let again = spent.clone();
        tokio::spawn(scope(again, async {
            record_search(Duration::from_millis(1))
        }))
        .await
        .expect("task");
        assert_eq!(spent.search(), Some(Duration::from_millis(8)));
    }

    #[test]
    fn the_header_reads_back_what_it_wrote() {
        let value = header_value(
            Some(Duration::from_micros(8_250)),
            Duration::from_micros(9_500),
        );
        assert_eq!(value, "search;dur=8.250, app;dur=9.500");
        assert_eq!(search_of(&value), Some(Duration::from_micros(8_250)));
        assert_eq!(app_of(&value), Some(Duration::from_micros(9_500)));
        let cached = header_value(None, Duration::from_micros(400));
        assert_eq!(search_of(&cached), None);
        assert_eq!(app_of(&cached), Some(Duration::from_micros(400)));
        assert_eq!(search_of("search;dur=-1"), None);
        assert_eq!(search_of("searching;dur=1"), None);
    }
}
