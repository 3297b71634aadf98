//! The dashboard's tables of signatures by constituency and by country, sortable by
//! count or by name through links in their column headers (no JavaScript).

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::stats::PlaceCount;

/// How the place tables are ordered (`?sort=count`, the default, or `?sort=name`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlaceSort {
    /// Most signatures first, then by name.
    #[default]
    Count,
    /// Alphabetically by name, ignoring case.
    Name,
}

impl PlaceSort {
    /// Anything but `name` sorts by count.
    pub fn parse(text: Option<&str>) -> PlaceSort {
        match text.map(str::trim) {
            Some("name") => PlaceSort::Name,
            _ => PlaceSort::Count,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            PlaceSort::Count => "count",
            PlaceSort::Name => "name",
        }
    }

    /// Orders `places` (which come most signatures first) this way.
    pub fn apply(self, places: &mut [PlaceCount]) {
        match self {
            PlaceSort::Count => {
                places.sort_by(|a, b| (b.count.cmp(&a.count)).then_with(|| by_name(a, b)))
            }
            PlaceSort::Name => places.sort_by(by_name),
        }
    }
}

fn by_name(a: &PlaceCount, b: &PlaceCount) -> std::cmp::Ordering {
    (a.name.to_lowercase().cmp(&b.name.to_lowercase())).then_with(|| a.code.cmp(&b.code))
}

/// A column header that links to the table sorted by it; the current one says so.
fn sort_header(
    lang: Lang,
    label: &str,
    column: PlaceSort,
    current: PlaceSort,
    anchor: &str,
) -> Markup {
    let sorted = column == current;
    let (order, said) = match column {
        PlaceSort::Count => ("descending", "staff-camp-places-sorted-descending"),
        PlaceSort::Name => ("ascending", "staff-camp-places-sorted-ascending"),
    };
    html! {
        th scope="col" class=[(column == PlaceSort::Count).then_some("number")] aria-sort=[sorted.then_some(order)] {
            a href={ "?sort=" (column.as_str()) "#" (anchor) } {
                (label)
                @if sorted { span.visually-hidden { " " (lang.t(said)) } }
                @else { span.visually-hidden { " " (lang.t("staff-camp-places-sort-by")) } }
            }
        }
    }
}

/// A place's name: the group of UK signatures in no known constituency (code "") in
/// words, any other as it is stored.
fn name(lang: Lang, place: &PlaceCount) -> String {
    if place.code.is_empty() {
        lang.t("staff-camp-places-unknown-constituency")
    } else {
        place.name.clone()
    }
}

/// Signatures by constituency, with each constituency's MP where known.
pub fn constituencies(lang: Lang, places: &[PlaceCount], sort: PlaceSort) -> Markup {
    let anchor = "constituencies";
    html! {
        section.dashboard-places aria-labelledby="constituencies" {
            h2 #constituencies { (lang.t("staff-camp-places-by-constituency")) }
            @if places.is_empty() {
                p { (lang.t("staff-camp-places-no-uk")) }
            } @else {
                table.staff-table.places {
                    caption { (lang.t("staff-camp-places-constituency-caption")) }
                    thead { tr {
                        (sort_header(lang, &lang.t("staff-camp-places-constituency"), PlaceSort::Name, sort, anchor))
                        th scope="col" { (lang.t("staff-camp-places-mp")) }
                        (sort_header(lang, &lang.t("staff-camp-places-signatures"), PlaceSort::Count, sort, anchor))
                    } }
                    tbody {
                        @for place in places {
                            tr {
                                th scope="row" { (name(lang, place)) }
                                td { (place.mp.as_deref().unwrap_or("—")) }
                                td.number { (lang.number(place.count)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Signatures by country.
pub fn countries(lang: Lang, places: &[PlaceCount], sort: PlaceSort) -> Markup {
    let anchor = "countries";
    html! {
        section.dashboard-places aria-labelledby="countries" {
            h2 #countries { (lang.t("staff-camp-places-by-country")) }
            @if places.is_empty() {
                p { (lang.t("staff-camp-places-none")) }
            } @else {
                table.staff-table.places {
                    caption { (lang.t("staff-camp-places-country-caption")) }
                    thead { tr {
                        (sort_header(lang, &lang.t("staff-camp-places-country"), PlaceSort::Name, sort, anchor))
                        (sort_header(lang, &lang.t("staff-camp-places-signatures"), PlaceSort::Count, sort, anchor))
                    } }
                    tbody {
                        @for place in places {
                            tr {
                                th scope="row" { (place.name) " " span.small { "(" (place.code) ")" } }
                                td.number { (lang.number(place.count)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, count: i64) -> PlaceCount {
        PlaceCount {
            code: name.to_uppercase(),
            name: name.to_owned(),
            mp: None,
            count,
        }
    }

    #[test]
    fn sorts_by_count_then_name_or_by_name_alone() {
        let mut places = vec![place("b", 1), place("C", 3), place("a", 1)];
        PlaceSort::parse(Some("count")).apply(&mut places);
        let names: Vec<_> = places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["C", "a", "b"]);
        PlaceSort::parse(Some("name")).apply(&mut places);
        let names: Vec<_> = places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "C"]);
        assert_eq!(PlaceSort::parse(Some("nonsense")), PlaceSort::Count);
        assert_eq!(PlaceSort::parse(None), PlaceSort::Count);
    }

    #[test]
    fn the_sorted_column_is_marked_for_screen_readers() {
        let html = countries(Lang::En, &[place("Kazakhstan", 1)], PlaceSort::Name).into_string();
        assert!(
            html.contains(
                r##"<th scope="col" aria-sort="ascending"><a href="?sort=name#countries">"##
            ),
            "{html}"
        );
        assert!(
            html.contains(r##"<th scope="col" class="number"><a href="?sort=count#countries">"##),
            "{html}"
        );
    }
}
