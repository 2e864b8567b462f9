//! The timeline (`#timeline`): order, dates, markers and the theme filter.

use china_rok_explainer::data::{Event, Theme};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use super::support::*;

fn events(root: &Element) -> Vec<Element> {
    all(root, "#timeline ol.timeline__events > li")
}

fn has_theme(event: &Event, slug: &str) -> bool {
    event.themes.iter().any(|t| t.slug() == slug)
}

fn theme_button(root: &Element, slug: &str) -> Element {
    one(
        root,
        &format!("#timeline button.theme-filter[data-theme=\"{slug}\"]"),
    )
}

fn status(root: &Element) -> String {
    text(&one(root, "#timeline .filter-status"))
}

#[wasm_bindgen_test]
async fn events_are_listed_in_order_with_dates_at_their_precision() {
    let app = mount_app("").await;
    let items = events(&app.root);
    let ids: Vec<String> = items.iter().map(Element::id).collect();
    let expected: Vec<&str> = data().timeline.iter().map(|e| &*e.id).collect();
    assert_eq!(ids, expected, "one entry per event, in data order");

    for precision in [4, 7, 10] {
        assert!(
            data().timeline.iter().any(|e| e.date.len() == precision),
            "the data has a date of length {precision} to check"
        );
    }
    let mut seen_pending = false;
    for (item, event) in items.iter().zip(data().timeline.iter()) {
        let id = &event.id;
        if event.date == "pending" {
            seen_pending = true;
            assert!(
                maybe(item, "time").is_none(),
                "{id}: no <time> when pending"
            );
            assert!(has_class(item, "event--pending"), "{id}");
            // Said once, as the date; no "Pending" tag besides.
            assert_eq!(text(&one(item, "h4 a.event__date")), "No date yet", "{id}");
            assert!(maybe(item, ".tag--pending").is_none(), "{id}");
        } else {
            assert!(!seen_pending, "{id}: a dated event after a pending one");
            let time = one(item, "h4 a.event__date > time[datetime]");
            // The data's dates are already `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
            assert_eq!(
                attr(&time, "datetime").as_deref(),
                Some(&*event.date),
                "{id}"
            );
            assert!(!text(&time).is_empty(), "{id}: a readable date");
            assert!(maybe(item, ".tag--pending").is_none(), "{id}");
            assert!(!has_class(item, "event--pending"), "{id}");
        }
        assert_eq!(
            has_class(item, "event--background"),
            event.background,
            "{id}: background class"
        );
        assert_eq!(
            maybe(item, ".tag--background").is_some(),
            event.background,
            "{id}: background tag"
        );
        // The heading reads "<date>: <title>", the date a link to the event.
        let heading = one(item, "h4.event__title");
        let date = one(&heading, "a.event__date");
        assert_eq!(attr(&date, "href"), Some(format!("#{id}")), "{id}");
        assert!(
            text(&heading).starts_with(&format!("{}: {}", text(&date), event.title)),
            "{id}: {}",
            text(&heading)
        );
    }
    assert!(seen_pending, "the data has a pending event to check");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn theme_filter_counts_match_and_filters_combine() {
    let app = mount_app("").await;
    let root = &app.root;
    let total = data().timeline.len();

    let buttons = all(root, "#timeline button.theme-filter");
    let used: Vec<&str> = Theme::ALL
        .into_iter()
        .map(Theme::slug)
        .filter(|slug| data().timeline.iter().any(|e| has_theme(e, slug)))
        .collect();
    let slugs: Vec<String> = buttons
        .iter()
        .map(|b| attr(b, "data-theme").unwrap())
        .collect();
    assert_eq!(slugs, used, "one button per theme in use");
    for button in &buttons {
        let slug = attr(button, "data-theme").unwrap();
        let n = data()
            .timeline
            .iter()
            .filter(|e| has_theme(e, &slug))
            .count();
        assert_eq!(
            text(&one(button, ".filter-button__count")),
            n.to_string(),
            "{slug} count"
        );
        assert_eq!(attr(button, "aria-pressed").as_deref(), Some("false"));
        // Named in words: "Diplomacy, 11 events".
        let label = Theme::from_slug(&slug).unwrap().label();
        let noun = if n == 1 { "event" } else { "events" };
        assert_eq!(
            attr(button, "aria-label"),
            Some(format!("{label}, {n} {noun}")),
            "{slug}"
        );
    }
    assert_eq!(status(root), format!("Showing all {total} events."));
    let status_line = one(root, "#timeline .filter-status");
    assert!(
        has_class(&status_line, "visually-hidden"),
        "no filter, no status to see"
    );

    // Two themes that each leave something out and together still do not cover everything.
    let mut narrow: Vec<&str> = used
        .iter()
        .copied()
        .filter(|slug| {
            data()
                .timeline
                .iter()
                .filter(|e| has_theme(e, slug))
                .count()
                < total / 2
        })
        .collect();
    narrow.truncate(2);
    let [first, second] = narrow[..] else {
        panic!("two narrow themes: {narrow:?}")
    };

    click_and_settle(&theme_button(root, first)).await;
    assert_eq!(
        attr(&theme_button(root, first), "aria-pressed").as_deref(),
        Some("true")
    );
    let mut shown = 0;
    for (item, event) in events(root).iter().zip(data().timeline.iter()) {
        assert_eq!(
            is_hidden(item),
            !has_theme(event, first),
            "{} with {first}",
            event.id
        );
        shown += usize::from(has_theme(event, first));
    }
    assert!(shown > 0 && shown < total);
    assert_eq!(status(root), format!("Showing {shown} of {total} events."));
    assert!(!has_class(
        &one(root, "#timeline .filter-status"),
        "visually-hidden"
    ));
    assert_eq!(hash_list("theme"), [first]);

    click_and_settle(&theme_button(root, second)).await;
    let mut shown = 0;
    for (item, event) in events(root).iter().zip(data().timeline.iter()) {
        let visible = has_theme(event, first) || has_theme(event, second);
        assert_eq!(
            is_hidden(item),
            !visible,
            "{} with {first} + {second}",
            event.id
        );
        shown += usize::from(visible);
    }
    assert_eq!(status(root), format!("Showing {shown} of {total} events."));
    assert_eq!(hash_list("theme").len(), 2, "{}", current_hash());

    let show_all = one(root, "#timeline .filter-group .text-button");
    assert_eq!(text(&show_all), "Show all events");
    assert!(!is_hidden(&show_all));
    click_and_settle(&show_all).await;
    assert!(events(root).iter().all(|item| !is_hidden(item)));
    assert!(all(root, "#timeline button.theme-filter")
        .iter()
        .all(|b| attr(b, "aria-pressed").as_deref() == Some("false")));
    assert_eq!(status(root), format!("Showing all {total} events."));
    assert!(has_class(
        &one(root, "#timeline .filter-status"),
        "visually-hidden"
    ));
    assert!(is_hidden(&show_all));
    assert!(hash_list("theme").is_empty());
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_theme_button_answers_at_once_and_the_list_follows_after_the_paint() {
    let app = mount_app("").await;
    let root = &app.root;
    let slug = Theme::ALL
        .into_iter()
        .map(Theme::slug)
        .find(|slug| data().timeline.iter().any(|e| !has_theme(e, slug)))
        .expect("a theme some events lack");
    let (outside, _) = events(root)
        .into_iter()
        .zip(data().timeline.iter())
        .find(|(_, e)| !has_theme(e, slug))
        .unwrap();
    let button = theme_button(root, slug);

    click(&button);
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    let clear = one(root, "#timeline .filter-group .text-button");
    assert_eq!(attr(&button, "aria-pressed").as_deref(), Some("true"));
    assert!(!is_hidden(&outside), "the list waits for the paint");
    assert!(is_hidden(&clear), "so does \"Show all events\"");
    settle().await;
    assert!(is_hidden(&outside), "then hides what the filter excludes");
    assert!(!is_hidden(&clear));
    app.unmount().await;
}
