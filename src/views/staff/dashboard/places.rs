//! The dashboard's tables of signatures by constituency and by country, sortable by
//! count or by name through links in their column headers (no JavaScript).

use maud::{html, Markup};

use crate::stats::PlaceCount;
use crate::views::format::thousands;

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
fn sort_header(label: &str, column: PlaceSort, current: PlaceSort, anchor: &str) -> Markup {
    let sorted = column == current;
    let order = match column {
        PlaceSort::Count => "descending",
        PlaceSort::Name => "ascending",
    };
    html! {
        th scope="col" class=[(column == PlaceSort::Count).then_some("number")] aria-sort=[sorted.then_some(order)] {
            a href={ "?sort=" (column.as_str()) "#" (anchor) } {
                (label)
                @if sorted { span.visually-hidden { " (sorted " (order) ")" } }
                @else { span.visually-hidden { " (sort by this column)" } }
            }
        }
    }
}

/// Signatures by constituency, with each constituency's MP where known.
pub fn constituencies(places: &[PlaceCount], sort: PlaceSort) -> Markup {
    html! {
        section.dashboard-places aria-labelledby="constituencies" {
            h2 #constituencies { "By constituency" }
            @if places.is_empty() {
                p { "No counted signatures from the UK yet." }
            } @else {
                table.staff-table.places {
                    caption { "Counted UK signatures by Westminster constituency" }
                    thead { tr {
                        (sort_header("Constituency", PlaceSort::Name, sort, "constituencies"))
                        th scope="col" { "MP" }
                        (sort_header("Signatures", PlaceSort::Count, sort, "constituencies"))
                    } }
                    tbody {
                        @for place in places {
                            tr {
                                th scope="row" { (place.name) }
                                td { (place.mp.as_deref().unwrap_or("—")) }
                                td.number { (thousands(place.count)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Signatures by country.
pub fn countries(places: &[PlaceCount], sort: PlaceSort) -> Markup {
    html! {
        section.dashboard-places aria-labelledby="countries" {
            h2 #countries { "By country" }
            @if places.is_empty() {
                p { "No counted signatures yet." }
            } @else {
                table.staff-table.places {
                    caption { "Counted signatures by country" }
                    thead { tr {
                        (sort_header("Country", PlaceSort::Name, sort, "countries"))
                        (sort_header("Signatures", PlaceSort::Count, sort, "countries"))
                    } }
                    tbody {
                        @for place in places {
                            tr {
                                th scope="row" { (place.name) " " span.small { "(" (place.code) ")" } }
                                td.number { (thousands(place.count)) }
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
        let html = countries(&[place("Kazakhstan", 1)], PlaceSort::Name).into_string();
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
