//! The export form the dashboards embed: a period and one download button per file the reader
//! may take (one cooperative's members get no list of cooperatives). A plain GET form, so it
//! works with JavaScript off: each button's `formaction` names its file and the browser saves
//! the CSV that `/exports/{kind}.csv` streams.

use crate::i18n::t;
use domain::{Locale, export::ExportKind};
use leptos::prelude::*;

/// The period fields and the download buttons; `cooperative` (an id) limits the files to that
/// cooperative's own figures, otherwise they cover the whole platform (admins).
#[component]
pub fn ExportForm(locale: Locale, cooperative: Option<String>) -> impl IntoView {
    let kinds: Vec<ExportKind> = ExportKind::ALL
        .into_iter()
        .filter(|k| cooperative.is_none() || k.for_one_cooperative())
        .collect();
    let action = kinds.first().map(|k| k.path()).unwrap_or_default();
    view! {
        <form method="get" action=action class="export-form">
            <fieldset>
                <legend>{t(locale, "export-title")}</legend>
                <p class="field-hint">{t(locale, "export-lead")}</p>
                <div class="filters">
                    <div class="field">
                        <label for="export-from">{t(locale, "export-from")}</label>
                        <input type="date" id="export-from" name="from"/>
                    </div>
                    <div class="field">
                        <label for="export-to">{t(locale, "export-to")}</label>
                        <input type="date" id="export-to" name="to"/>
                    </div>
                </div>
                {cooperative.map(|id| view! { <input type="hidden" name="cooperative" value=id/> })}
                <div class="actions" role="group" aria-labelledby="export-download">
                    <span id="export-download">{t(locale, "export-download")}</span>
                    {kinds
                        .into_iter()
                        .map(|k| {
                            view! {
                                <button
                                    type="submit"
                                    class="button button-secondary"
                                    formaction=k.path()
                                    data-export=k.code()
                                >
                                    {t(locale, &format!("export-kind-{}", k.code()))}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(locale: Locale, cooperative: Option<String>) -> String {
        Owner::new().with(|| view! { <ExportForm locale cooperative/> }.to_html())
    }

    #[test]
    fn admins_get_every_file_with_labelled_dates_and_no_cooperative_field() {
        let html = render(Locale::Fr, None);
        assert!(html.contains(r#"method="get""#), "{html}");
        for kind in ExportKind::ALL {
            assert!(
                html.contains(&format!(r#"formaction="/exports/{}.csv""#, kind.code())),
                "{kind:?}: {html}"
            );
        }
        for field in ["from", "to"] {
            assert!(html.contains(&format!(r#"for="export-{field}""#)), "{html}");
            assert!(
                html.contains(&format!(
                    r#"type="date" id="export-{field}" name="{field}""#
                )),
                "{html}"
            );
        }
        assert!(!html.contains(r#"name="cooperative""#));
        assert!(html.contains("Exporter en CSV") && html.contains("Coopératives"));
    }

    #[test]
    fn one_cooperative_gets_its_own_files_only_and_carries_its_id() {
        let html = render(
            Locale::Ar,
            Some("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b".into()),
        );
        assert!(
            html.contains(
                r#"type="hidden" name="cooperative" value="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b""#
            ),
            "{html}"
        );
        assert!(!html.contains("/exports/cooperatives.csv"), "{html}");
        assert!(html.contains(r#"formaction="/exports/shipments.csv""#));
        assert!(
            html.contains("الشحنات") && html.contains("التصدير"),
            "{html}"
        );
    }
}
