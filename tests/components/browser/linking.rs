//! A goal links to its events and section (and has no highlight toggle);
//! each timeline event shows the goals it bears on, with their verdicts, as
//! links.

use wasm_bindgen_test::wasm_bindgen_test;

use super::support::*;

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

    // Following a link to the goal marks its section; the timeline's cards
    // show their goals themselves and carry no mark.
    assert!(
        follow_hash(&format!("#{}", goal.id)).await,
        "hashchange fired"
    );
    assert_eq!(
        ids_with_class(root, "is-related"),
        [goal.section.to_string()]
    );
    assert_eq!(ids_with_class(root, "is-focused"), [&*goal.id]);
    for event in goal.events.iter() {
        assert!(
            maybe(&by_id(root, event), ".tag--linked").is_none(),
            "{event}"
        );
    }
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn each_event_links_to_its_goals_with_their_verdicts() {
    let app = mount_app("").await;
    let root = &app.root;
    for event in data().timeline.iter() {
        let item = by_id(root, &event.id);
        assert!(
            maybe(&item, "button[aria-pressed], .select-button").is_none(),
            "{}: a toggle",
            event.id
        );
        let chips = all(&item, "a.goal-chip");
        assert_eq!(chips.len(), event.goals.len(), "{}", event.id);
        for (chip, id) in chips.iter().zip(event.goals.iter()) {
            let goal = data().goal(id).expect("a real goal");
            assert_eq!(attr(chip, "href"), Some(format!("#{id}")));
            assert!(!is_hidden(chip), "{}: {id} is always shown", event.id);
            let words = text(chip);
            assert!(
                words.contains(goal.verdict.symbol()),
                "{}: {words}",
                event.id
            );
            assert!(words.contains(&*goal.short), "{}: {words}", event.id);
            assert!(
                words.contains(goal.verdict.label()),
                "{}: {words}",
                event.id
            );
        }
    }

    // Following a chip opens and focuses its goal; the event stays as it was.
    let event = data()
        .timeline
        .iter()
        .max_by_key(|e| e.goals.len())
        .unwrap();
    let goal = &event.goals[event.goals.len() - 1];
    let item = by_id(root, &event.id);
    let chip = one(&item, &format!("a.goal-chip[href=\"#{goal}\"]"));
    assert!(
        hashchange_after(|| click(&chip)).await,
        "the chip is a link"
    );
    let button = by_id(root, &format!("{goal}-button"));
    assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("true"));
    assert_eq!(ids_with_class(root, "is-focused"), [&**goal]);
    assert!(!has_class(&item, "is-related") && !has_class(&item, "is-focused"));
    app.unmount().await;
}
