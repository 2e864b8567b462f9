//! The timeline overview: one mark per event, in date order, none
//! overlapping, each a link to its card named by date and title, following
//! the theme filter and nothing else; and small enough for a phone. And
//! the phases the timeline's list is grouped by.

use std::collections::HashSet;
use std::sync::Arc;

use china_rok_explainer::components::timeline_overview::{mark_label, TimelineOverview};
use china_rok_explainer::data::overview::{self, Mark, MarkKind, Phase};
use china_rok_explainer::data::{EventDate, Explainer, Theme};
use china_rok_explainer::prerender::render_app;
use china_rok_explainer::state::{ExplainerContext, SortedSet};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

fn data() -> &'static Explainer {
    Explainer::embedded()
}

fn date(i: usize) -> EventDate {
    EventDate::parse(&data().timeline[i].date).expect("a date")
}

fn marks() -> Vec<Mark> {
    let events: Vec<_> = (0..data().timeline.len())
        .map(|i| (date(i), data().timeline[i].background))
        .collect();
    overview::layout(&events)
}

/// The overview's HTML, rendered as the prerenderer does, after `setup`.
fn render(setup: impl FnOnce(ExplainerContext)) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        let context = ExplainerContext::provide(data());
        setup(context);
        view! { <TimelineOverview /> }.to_html()
    });
    owner.cleanup();
    html
}

/// Each mark's `<li>` and `<a>` tags as text, in order.
fn mark_tags(html: &str) -> Vec<(String, String)> {
    html.split("<li ")
        .skip(1)
        .filter(|part| part[..part.find('>').unwrap()].contains("overview__item"))
        .map(|part| {
            let li = part[..part.find('>').unwrap()].to_owned();
            let a_start = part.find("<a ").expect("a link in each mark");
            let a = part[a_start..a_start + part[a_start..].find('>').unwrap()].to_owned();
            (li, a)
        })
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn every_event_has_exactly_one_mark_and_every_mark_a_real_event() {
    let marks = marks();
    assert_eq!(marks.len(), data().timeline.len());
    let events: HashSet<usize> = marks.iter().map(|m| m.event).collect();
    assert_eq!(events.len(), marks.len(), "an event has two marks");
    assert!(events.iter().all(|&i| i < data().timeline.len()));
}

#[test]
fn marks_run_in_date_order_along_the_axis() {
    let marks = marks();
    for pair in marks.windows(2) {
        assert!(pair[0].x <= pair[1].x, "{pair:?}");
    }
    // Days strictly: a later day is further right.
    for a in &marks {
        for b in &marks {
            if let (EventDate::Day(..), EventDate::Day(..)) = (date(a.event), date(b.event)) {
                if date(a.event).span() < date(b.event).span() {
                    assert!(a.x < b.x, "{a:?} should be left of {b:?}");
                }
            }
        }
    }
    assert!(marks.iter().all(|m| (0.0..=100.0).contains(&m.x)));
}

#[test]
fn every_mark_sits_in_the_segment_of_its_date() {
    for mark in marks() {
        let segment = match date(mark.event) {
            EventDate::Pending => 3,
            EventDate::Year(y) | EventDate::Month(y, _) | EventDate::Day(y, ..) if y < 2025 => 0,
            EventDate::Year(2025) | EventDate::Month(2025, _) | EventDate::Day(2025, ..) => 1,
            _ => 2,
        };
        let s = overview::SEGMENTS[segment];
        assert!(
            (s.start..=s.end).contains(&mark.x),
            "{:?} at {} is outside {}",
            data().timeline[mark.event].id,
            mark.x,
            s.label
        );
    }
}

#[test]
fn no_two_marks_in_a_lane_overlap_even_on_the_narrowest_phone() {
    let marks = marks();
    let gap = overview::MARK_PX / overview::NARROWEST_STRIP_PX * 100.0;
    for (i, a) in marks.iter().enumerate() {
        for b in &marks[i + 1..] {
            if a.lane == b.lane {
                assert!((a.x - b.x).abs() >= gap - 1e-3, "{a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn the_overview_fits_one_phone_screen() {
    let lanes = marks().iter().map(|m| m.lane + 1).max().unwrap();
    // Title 24 px, strip (1.4 rem + lanes + 2.6 rem), legend two lines at 320 px.
    let height = 24.0 + 16.0 * 4.0 + 26.0 * lanes as f32 + 2.0 * 24.0 + 8.0;
    assert!(
        height <= 600.0,
        "{lanes} lanes make the overview {height} px tall"
    );
}

#[test]
fn background_and_pending_events_have_their_own_shape() {
    let html = render(|_| {});
    for ((_, a), event) in mark_tags(&html).iter().zip(data().timeline.iter()) {
        let class = attribute(a, "class").unwrap();
        let kind = MarkKind::of(EventDate::parse(&event.date).unwrap(), event.background);
        assert_eq!(
            class.contains("overview__mark--background"),
            kind == MarkKind::Background,
            "{}",
            event.id
        );
        assert_eq!(
            class.contains("overview__mark--pending"),
            kind == MarkKind::Pending,
            "{}",
            event.id
        );
    }
    for key in ["Event", "Background", "Pending: no date yet"] {
        assert!(
            html.contains(&format!(">{key}</li>")),
            "the legend names {key}"
        );
    }
}

#[test]
fn each_mark_links_to_its_card_named_by_date_and_title() {
    let page = render_app();
    let start = page
        .find("class=\"overview\">")
        .expect("the overview is on the page");
    let timeline = page.find("<ol class=\"timeline__events\"").unwrap();
    assert!(start < timeline, "the overview heads the timeline");
    let tags = mark_tags(&page[start..timeline]);
    assert_eq!(tags.len(), data().timeline.len());
    for ((_, a), event) in tags.iter().zip(data().timeline.iter()) {
        assert_eq!(attribute(a, "href"), Some(&*format!("#{}", event.id)));
        let label = attribute(a, "aria-label").expect("an accessible name");
        assert_eq!(label, escape(&mark_label(event)));
        let date = EventDate::parse(&event.date).unwrap();
        let when = if date.is_pending() {
            "Pending".to_owned()
        } else {
            date.to_string()
        };
        assert!(
            label.starts_with(&when),
            "{label:?} should start with {when:?}"
        );
        assert!(label.contains(&escape(&event.title)), "{label:?}");
        assert!(
            page.contains(&format!("id=\"{}\"", event.id)),
            "{} has a card",
            event.id
        );
    }
    assert!(
        mark_label(&data().timeline[9]).starts_with("4 January 2026: "),
        "{}",
        mark_label(&data().timeline[9])
    );
}

#[test]
fn marks_follow_the_theme_filter() {
    let html = render(|context| {
        let mut themes = SortedSet::new();
        themes.insert(Theme::Maritime);
        context.set_themes(themes);
    });
    let tags = mark_tags(&html);
    for ((li, _), event) in tags.iter().zip(data().timeline.iter()) {
        let shown = event.themes.contains(&Theme::Maritime);
        assert_eq!(!li.contains("hidden"), shown, "{}: {li}", event.id);
    }
    let unfiltered = render(|_| {});
    assert!(mark_tags(&unfiltered)
        .iter()
        .all(|(li, _)| !li.contains("hidden")));
}

#[test]
fn marks_ignore_the_selection() {
    // A mark is a plain link: what the reader selected or followed leaves it as it is.
    let unselected = render(|_| {});
    let goal = data()
        .goals
        .iter()
        .find(|g| !g.events.is_empty())
        .expect("a goal with events");
    assert_eq!(
        render(|context| context.toggle_selection(&goal.id)),
        unselected
    );
    let event = &data().timeline[9];
    assert_eq!(
        render(|context| context.toggle_selection(&event.id)),
        unselected
    );
}

#[test]
fn the_timeline_falls_into_phases_in_order() {
    let dates: Vec<EventDate> = (0..data().timeline.len()).map(date).collect();
    let phases = overview::phases(&dates);
    assert_eq!(phases.len(), dates.len());
    assert!(phases.windows(2).all(|w| w[0] <= w[1]), "{phases:?}");
    let (visit_starts, visit_ends) = overview::VISIT;
    for ((event, date), phase) in data().timeline.iter().zip(&dates).zip(&phases) {
        let id = &event.id;
        assert_eq!(
            date.is_pending(),
            *phase == Phase::StillToCome,
            "{id}: {phase:?}"
        );
        if let Some((first, last)) = date.span() {
            if first >= visit_starts && last < visit_ends {
                assert_eq!(*phase, Phase::Visit, "{id} is dated within the visit");
            }
            if last < visit_starts {
                assert!(
                    *phase < Phase::Visit,
                    "{id} is dated before the visit: {phase:?}"
                );
            }
            if first >= visit_ends {
                assert_eq!(*phase, Phase::AfterVisit, "{id} is dated after the visit");
            }
        }
    }
    // The data has every phase, so each heading has events under it.
    for phase in Phase::ALL {
        assert!(phases.contains(&phase), "no event in {phase:?}");
    }
}
