//! A goal links to its events and section; selecting an event reveals and
//! highlights its goals.

use std::collections::BTreeSet;

use wasm_bindgen_test::wasm_bindgen_test;

use super::support::*;

fn sorted(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    ids.into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[wasm_bindgen_test]
async fn a_goal_links_to_its_events_and_section_and_has_no_highlight_toggle() {
    let app = mount_app("").await;
    let root = &app.root;
    let goal = data().goals.iter().max_by_key(|g| g.events.len()).unwrap();
    assert!(goal.events.len() >= 2, "a goal with several events");
    let item = by_id(root, &goal.id);
    click_and_settle(&one(&item, "h3 > button")).await;
    // The toggle only outlined things thousands of pixels away; the links
    // below take the reader there (and Back returns).
    assert!(
        maybe(&item, ".select-button").is_none(),
        "no \"Highlight its events and section\" toggle"
    );
    assert!(!text(&item).contains("Highlight"), "{}", text(&item));
    for event in goal.events.iter() {
        assert!(
            maybe(&item, &format!(".goal__events a[href=\"#{event}\"]")).is_some(),
            "{}: a link to {event}",
            goal.id
        );
    }
    assert!(maybe(
        &item,
        &format!(".goal__section a[href=\"#{}\"]", goal.section)
    )
    .is_some());

    // Following a link to the goal still marks its events and section.
    assert!(
        follow_hash(&format!("#{}", goal.id)).await,
        "hashchange fired"
    );
    let expected = sorted(
        goal.events
            .iter()
            .chain([&goal.section])
            .map(|id| id.to_string()),
    );
    assert_eq!(ids_with_class(root, "is-related"), expected);
    assert_eq!(ids_with_class(root, "is-focused"), [&*goal.id]);
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn selecting_an_event_reveals_and_highlights_its_goals() {
    let app = mount_app("").await;
    let root = &app.root;
    let event = data()
        .timeline
        .iter()
        .max_by_key(|e| e.goals.len())
        .unwrap();
    assert!(event.goals.len() >= 2, "an event bearing on several goals");
    let item = by_id(root, &event.id);
    let goals_box = by_id(root, &format!("{}-goals", event.id));
    assert!(is_hidden(&goals_box), "the goals list starts hidden");
    let select = one(&item, ".select-button");
    assert_eq!(
        attr(&select, "aria-controls"),
        Some(format!("{}-goals", event.id))
    );
    assert_eq!(attr(&select, "aria-pressed").as_deref(), Some("false"));

    click_and_settle(&select).await;
    assert_eq!(attr(&select, "aria-pressed").as_deref(), Some("true"));
    assert!(!is_hidden(&goals_box), "the goals list is shown");
    let links = all(&goals_box, "a");
    assert_eq!(links.len(), event.goals.len());
    for goal in event.goals.iter() {
        let link = one(&goals_box, &format!("a[href=\"#{goal}\"]"));
        let title = &data().goal(goal).unwrap().title;
        assert_eq!(
            text(&link),
            title.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        assert!(
            has_class(&by_id(root, goal), "is-related"),
            "{goal} is highlighted"
        );
    }
    let sections = event
        .goals
        .iter()
        .map(|g| data().goal(g).unwrap().section.to_string());
    let expected = sorted(event.goals.iter().map(|id| id.to_string()).chain(sections));
    assert_eq!(ids_with_class(root, "is-related"), expected);
    assert!(has_class(&item, "is-focused"));
    assert!(
        current_hash().starts_with(&format!("#{}", event.id)),
        "{}",
        current_hash()
    );

    // Selecting another item moves the highlight.
    let other = data()
        .timeline
        .iter()
        .find(|e| {
            !e.goals.is_empty()
                && e.id != event.id
                && e.goals.iter().all(|g| !event.goals.contains(g))
        })
        .expect("an event with other goals");
    click_and_settle(&one(&by_id(root, &other.id), ".select-button")).await;
    assert!(
        is_hidden(&goals_box),
        "the first event's goals are hidden again"
    );
    assert_eq!(attr(&select, "aria-pressed").as_deref(), Some("false"));
    for goal in event.goals.iter() {
        assert!(
            !has_class(&by_id(root, goal), "is-related"),
            "{goal} no longer highlighted"
        );
    }
    for goal in other.goals.iter() {
        assert!(
            has_class(&by_id(root, goal), "is-related"),
            "{goal} highlighted"
        );
    }
    app.unmount().await;
}
