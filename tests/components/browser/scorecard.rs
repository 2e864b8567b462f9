//! The scorecard (`#scorecard`): the tally bar that filters by verdict, the
//! goal rows in verdict order, goal details.

use china_rok_explainer::data::rich_text::plain_text;
use china_rok_explainer::data::{Explainer, Goal, Verdict};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use super::support::*;

fn count(verdict: Verdict) -> usize {
    data().goals.iter().filter(|g| g.verdict == verdict).count()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn goal_items(root: &Element) -> Vec<Element> {
    all(root, "#scorecard li.goal")
}

fn verdict_button(root: &Element, verdict: Verdict) -> Element {
    one(
        root,
        &format!(
            "#scorecard button.verdict-filter[data-verdict=\"{}\"]",
            verdict.slug()
        ),
    )
}

fn status(root: &Element) -> String {
    text(&one(root, "#scorecard .tally .filter-status"))
}

/// The goals as the scorecard lists them: by verdict, then in file order.
fn ordered() -> Vec<&'static Goal> {
    Explainer::goals_in_verdict_order(&data().goals)
}

#[wasm_bindgen_test]
async fn the_tally_bar_counts_goals_by_verdict_and_each_row_leads_with_its_verdict() {
    let app = mount_app("").await;
    let root = &app.root;
    let total = data().goals.len();
    let label = text(&one(root, "#scorecard .tally__label"));
    assert!(
        label.starts_with(&format!("{total} goals by verdict")),
        "{label:?}"
    );
    let parts = all(root, "#scorecard .tally-bar > li");
    let present: Vec<Verdict> = Verdict::ALL.into_iter().filter(|v| count(*v) > 0).collect();
    assert_eq!(parts.len(), present.len(), "one part per verdict present");
    for (part, verdict) in parts.iter().zip(&present) {
        let n = count(*verdict);
        assert!(
            has_class(part, &format!("tally-bar__part--{n}")),
            "{verdict:?}: width by count"
        );
        let button = one(part, "button.verdict-filter");
        assert_eq!(
            attr(&button, "data-verdict").as_deref(),
            Some(verdict.slug())
        );
        assert_eq!(attr(&button, "aria-pressed").as_deref(), Some("false"));
        assert_eq!(
            text(&button),
            format!("{} {n}", verdict.symbol()),
            "{verdict:?}: symbol and count"
        );
        // Named in words by the text that shows in its place without scripts.
        let noun = if n == 1 { "goal" } else { "goals" };
        let words = one(part, ".no-js-only");
        assert_eq!(text(&words), format!("{}, {n} {noun}", verdict.label()));
        assert_eq!(attr(&button, "aria-labelledby"), Some(words.id()));
    }
    for verdict in Verdict::ALL.into_iter().filter(|v| count(*v) == 0) {
        assert!(
            maybe(
                root,
                &format!("button.verdict-filter[data-verdict=\"{}\"]", verdict.slug())
            )
            .is_none(),
            "no part for the absent verdict {verdict:?}"
        );
    }
    assert_eq!(status(root), "", "no status while nothing is filtered");
    assert!(
        maybe(root, "#scorecard .tally__summary").is_none(),
        "the tally is told once"
    );

    let items = goal_items(root);
    assert_eq!(items.len(), total);
    for (item, goal) in items.iter().zip(ordered()) {
        assert_eq!(item.id(), goal.id, "goals in verdict order");
        assert!(
            has_class(
                &one(item, ".verdict-badge"),
                &format!("verdict--{}", goal.verdict.slug())
            ),
            "{}",
            goal.id
        );
        assert!(!is_hidden(item));
        let button = one(item, "h3 > button[type=button]");
        assert_eq!(text(&button), squash(&goal.title));
        assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("false"));
        // The verdict is in the heading, before the title: heading
        // navigation hears it.
        let heading = text(&one(item, "h3"));
        assert!(
            heading.starts_with(&format!(
                "{} {}",
                goal.verdict.symbol(),
                goal.verdict.label()
            )),
            "{}: heading {heading:?}",
            goal.id
        );
        assert_eq!(text(&one(item, ".goal__gist")), squash(&goal.gist));
        assert!(maybe(item, ".select-button").is_none(), "{}", goal.id);
    }
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn verdict_filters_hide_other_goals_and_combine_as_a_union() {
    let app = mount_app("").await;
    let root = &app.root;
    let total = data().goals.len();
    let present: Vec<Verdict> = Verdict::ALL.into_iter().filter(|v| count(*v) > 0).collect();
    assert!(
        present.len() >= 3,
        "the data has several verdicts to filter by"
    );
    let (first, second) = (present[1], present[2]);

    click_and_settle(&verdict_button(root, first)).await;
    assert_eq!(
        attr(&verdict_button(root, first), "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&verdict_button(root, second), "aria-pressed").as_deref(),
        Some("false")
    );
    for (item, goal) in goal_items(root).iter().zip(ordered()) {
        assert_eq!(
            is_hidden(item),
            goal.verdict != first,
            "{} with only {first:?}",
            goal.id
        );
    }
    assert_eq!(
        status(root),
        format!("Showing {} of {total} goals.", count(first))
    );
    assert_eq!(hash_list("verdict"), [first.slug()]);

    click_and_settle(&verdict_button(root, second)).await;
    assert_eq!(
        attr(&verdict_button(root, second), "aria-pressed").as_deref(),
        Some("true")
    );
    for (item, goal) in goal_items(root).iter().zip(ordered()) {
        let shown = goal.verdict == first || goal.verdict == second;
        assert_eq!(
            is_hidden(item),
            !shown,
            "{} with {first:?} + {second:?}",
            goal.id
        );
    }
    assert_eq!(
        status(root),
        format!("Showing {} of {total} goals.", count(first) + count(second))
    );
    let mut in_url = hash_list("verdict");
    in_url.sort();
    let mut expected = vec![first.slug().to_owned(), second.slug().to_owned()];
    expected.sort();
    assert_eq!(in_url, expected);

    // Pressing a filter again releases it.
    click_and_settle(&verdict_button(root, first)).await;
    assert_eq!(
        attr(&verdict_button(root, first), "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(
        status(root),
        format!("Showing {} of {total} goals.", count(second))
    );

    let show_all = one(root, "#scorecard .tally .text-button");
    assert_eq!(text(&show_all), "Show all goals");
    assert!(!is_hidden(&show_all), "offered while filtering");
    click_and_settle(&show_all).await;
    assert!(goal_items(root).iter().all(|item| !is_hidden(item)));
    assert_eq!(status(root), "", "said only while filtering");
    assert!(is_hidden(&show_all), "not offered without a filter");
    assert!(hash_list("verdict").is_empty(), "{}", current_hash());
    app.unmount().await;
}

fn assert_details(root: &Element, goal: &Goal) {
    let item = by_id(root, &goal.id);
    let button = one(&item, "h3 > button");
    assert_eq!(
        attr(&button, "aria-expanded").as_deref(),
        Some("true"),
        "{}",
        goal.id
    );
    let panel = by_id(
        root,
        &attr(&button, "aria-controls").expect("aria-controls"),
    );
    assert!(item.contains(Some(&panel)));
    assert!(!is_hidden(&panel), "{}: details shown", goal.id);
    let details = text(&panel);

    let reasoning = squash(&plain_text(&goal.reasoning));
    assert!(
        details.contains(&reasoning),
        "{}: reasoning missing from {details:?}",
        goal.id
    );

    let evidence = all(&panel, ".goal__evidence > li");
    assert_eq!(
        evidence.len(),
        goal.evidence.len(),
        "{}: evidence items",
        goal.id
    );
    for (li, ev) in evidence.iter().zip(goal.evidence.iter()) {
        assert_eq!(text(&one(li, "q")), squash(&ev.quote));
        let cite = one(li, "button.cite[popovertarget]");
        assert_eq!(
            text(&cite),
            marker(&ev.cite),
            "{}: marker for {}",
            goal.id,
            ev.cite
        );
        // The chip opens its paragraph's popover, which links to the note.
        let popover_id = format!("cite-{}", ev.cite);
        assert_eq!(attr(&cite, "popovertarget").as_deref(), Some(&*popover_id));
        let popover = by_id(root, &popover_id);
        assert!(
            maybe(&popover, &format!("a[href=\"#source-{}\"]", ev.cite)).is_some(),
            "{}: the popover links to its source note",
            ev.cite
        );
        assert!(
            maybe(root, &format!("[id=\"source-{}\"]", ev.cite)).is_some(),
            "the cited paragraph exists on the page"
        );
    }

    let event_links = all(&panel, ".goal__events a");
    assert_eq!(
        event_links.len(),
        goal.events.len(),
        "{}: event links",
        goal.id
    );
    for event in goal.events.iter() {
        assert!(
            maybe(&panel, &format!("a[href=\"#{event}\"]")).is_some(),
            "{}: no link to {event}",
            goal.id
        );
        assert!(
            maybe(root, &format!("[id=\"{event}\"]")).is_some(),
            "{event} is on the page"
        );
    }
    let section = data()
        .sections
        .iter()
        .find(|s| s.id == goal.section)
        .unwrap();
    let link = one(
        &panel,
        &format!(".goal__section a[href=\"#{}\"]", goal.section),
    );
    assert_eq!(text(&link), squash(&section.title));
}

#[wasm_bindgen_test]
async fn expanding_a_goal_shows_reasoning_cited_evidence_and_links() {
    let app = mount_app("").await;
    let root = &app.root;
    for goal in data().goals.iter() {
        let item = by_id(root, &goal.id);
        let button = one(&item, "h3 > button");
        let panel = by_id(root, &attr(&button, "aria-controls").unwrap());
        assert_eq!(
            attr(&panel, "hidden").as_deref(),
            Some("until-found"),
            "{}",
            goal.id
        );
        click_and_settle(&button).await;
        assert_details(root, goal);
        assert!(
            hash_list("open").contains(&goal.id.to_string()),
            "{}",
            current_hash()
        );
    }
    // Collapse one again.
    let goal = &data().goals[0];
    click_and_settle(&one(&by_id(root, &goal.id), "h3 > button")).await;
    let button = one(&by_id(root, &goal.id), "h3 > button");
    assert_eq!(attr(&button, "aria-expanded").as_deref(), Some("false"));
    assert!(!hash_list("open").contains(&goal.id.to_string()));
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn beforematch_opens_a_collapsed_goal() {
    let app = mount_app("").await;
    let goal = data().goals.last().unwrap();
    let button = one(&by_id(&app.root, &goal.id), "h3 > button");
    let panel = by_id(&app.root, &attr(&button, "aria-controls").unwrap());
    panel
        .dispatch_event(&web_sys::Event::new("beforematch").unwrap())
        .unwrap();
    settle().await;
    assert_details(&app.root, goal);
    app.unmount().await;
}
