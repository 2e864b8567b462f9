//! The prerendered page (`prerender::render_app`, what `dist/index.html`
//! carries): complete, well-formed, and every in-page reference resolves.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use china_rok_explainer::components::live_pieces::{LivePiece, PieceRoot};
use china_rok_explainer::components::scorecard::Scorecard;
use china_rok_explainer::components::section_list::SectionList;
use china_rok_explainer::components::timeline::Timeline;
use china_rok_explainer::data::overview::{phases, Phase};
use china_rok_explainer::data::{EventDate, Explainer, Theme, Verdict};
use china_rok_explainer::prerender::{fill_page, render_app, APP_MOUNT};
use china_rok_explainer::state::ExplainerContext;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

fn data() -> &'static Explainer {
    Explainer::embedded()
}

/// One start or end tag of the page, with its attributes.
#[derive(Debug)]
struct Tag {
    name: String,
    closing: bool,
    attributes: HashMap<String, String>,
}

/// The tags of an HTML string, in order (comments skipped). Enough for
/// the markup tachys writes: quoted attribute values, no raw-text elements.
fn tags(html: &str) -> Vec<Tag> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with('!') {
            let end = rest.find('>').expect("comment ends");
            rest = &rest[end + 1..];
            continue;
        }
        let mut in_quote = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_quote = !in_quote;
                }
                c == '>' && !in_quote
            })
            .map(|(i, _)| i)
            .expect("tag ends");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        let mut attributes = HashMap::new();
        let mut attrs = inner[name_end..].trim();
        while !attrs.is_empty() {
            let key_end = attrs.find(['=', ' ']).unwrap_or(attrs.len());
            let key = attrs[..key_end].to_owned();
            attrs = attrs[key_end..].trim_start();
            let value = if let Some(after) = attrs.strip_prefix("=\"") {
                let close = after.find('"').expect("attribute value ends");
                let value = after[..close].to_owned();
                attrs = after[close + 1..].trim_start();
                value
            } else {
                String::new()
            };
            attributes.insert(key, value.replace("&quot;", "\"").replace("&amp;", "&"));
        }
        tags.push(Tag {
            name,
            closing,
            attributes,
        });
    }
    tags
}

/// Elements with no end tag.
const VOID: [&str; 8] = ["br", "img", "input", "meta", "link", "hr", "wbr", "source"];

fn page() -> &'static str {
    static PAGE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PAGE.get_or_init(render_app)
}

fn ids(tags: &[Tag]) -> Vec<&str> {
    tags.iter()
        .filter_map(|t| t.attributes.get("id").map(String::as_str))
        .collect()
}

#[test]
fn ids_are_unique() {
    let tags = tags(page());
    let mut seen = HashSet::new();
    for id in ids(&tags) {
        assert!(seen.insert(id), "the id \"{id}\" is used twice");
    }
    assert!(seen.len() > 100, "only {} ids", seen.len());
}

#[test]
fn every_reference_within_the_page_resolves() {
    let tags = tags(page());
    let ids: HashSet<&str> = ids(&tags).into_iter().collect();
    let mut checked = 0;
    for tag in &tags {
        for attribute in ["aria-controls", "aria-labelledby", "popovertarget", "href"] {
            let Some(value) = tag.attributes.get(attribute) else {
                continue;
            };
            let targets: Vec<&str> = if attribute == "href" {
                // Only a source's own address leaves the page.
                if tag.attributes.get("class").map(String::as_str) == Some("source__address") {
                    assert!(value.starts_with("http"), "a source address: {value}");
                    continue;
                }
                let target = value
                    .strip_prefix('#')
                    .unwrap_or_else(|| panic!("a link leaves the page: {value}"));
                vec![target]
            } else {
                value.split_whitespace().collect()
            };
            for target in targets {
                assert!(
                    ids.contains(target),
                    "<{} {attribute}=\"{value}\"> names no element",
                    tag.name
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "only {checked} references checked");
}

#[test]
fn elements_nest_as_html_allows() {
    const BLOCK: [&str; 17] = [
        "div",
        "p",
        "ul",
        "ol",
        "dl",
        "figure",
        "blockquote",
        "section",
        "aside",
        "header",
        "nav",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "li",
    ];
    let mut open: Vec<String> = Vec::new();
    for tag in tags(page()) {
        if tag.closing {
            let top = open
                .pop()
                .unwrap_or_else(|| panic!("</{}> closes nothing", tag.name));
            assert_eq!(top, tag.name, "</{}> closes <{top}>", tag.name);
            continue;
        }
        let inside = |name: &str| open.iter().any(|o| o == name);
        if BLOCK.contains(&tag.name.as_str()) {
            assert!(!inside("p"), "<{}> inside <p>: {open:?}", tag.name);
        }
        if matches!(tag.name.as_str(), "a" | "button") {
            assert!(
                !inside("a") && !inside("button"),
                "<{}> inside a link or button: {open:?}",
                tag.name
            );
        }
        if tag.name == "li" {
            let parent = open.last().map(String::as_str);
            assert!(matches!(parent, Some("ul" | "ol")), "<li> in {parent:?}");
        }
        if matches!(tag.name.as_str(), "dt" | "dd") {
            assert!(inside("dl"), "<{}> outside <dl>", tag.name);
        }
        if !VOID.contains(&tag.name.as_str()) {
            open.push(tag.name);
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

/// Whether `tag` is the root element of this live piece.
fn is_root(tag: &Tag, root: PieceRoot) -> bool {
    match root {
        PieceRoot::Id(id) => tag.attributes.get("id").is_some_and(|i| i == id),
        PieceRoot::Class(class) => tag
            .attributes
            .get("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class)),
    }
}

#[test]
fn every_live_piece_has_one_root_on_the_page() {
    let tags = tags(page());
    let pieces = LivePiece::all(data());
    assert_eq!(
        pieces.len(),
        4 + data().goals.len() + data().timeline.len() + data().sections.len(),
        "the tally, the overview, the theme filter, \"Show all sections\", and every goal, event and section"
    );
    for piece in pieces {
        let found = tags
            .iter()
            .filter(|t| !t.closing && is_root(t, piece.root()))
            .count();
        assert_eq!(
            found,
            1,
            "{:?} has {found} root elements on the page",
            piece.root()
        );
    }
}

/// The browser hydrates only the live pieces (src/main.rs): a control
/// outside them would look alive and do nothing.
#[test]
fn every_control_of_the_live_regions_is_inside_a_live_piece() {
    let roots: Vec<PieceRoot> = LivePiece::all(data())
        .into_iter()
        .map(LivePiece::root)
        .collect();
    let mut open: Vec<&Tag> = Vec::new();
    let mut checked = 0;
    let tags = tags(page());
    for tag in &tags {
        if tag.closing {
            open.pop();
            continue;
        }
        let in_region = open.iter().chain([&tag]).any(|t| {
            t.attributes
                .get("id")
                .is_some_and(|id| matches!(id.as_str(), "scorecard" | "timeline" | "sections"))
        });
        // popovertarget buttons are the browser's own, alive without code.
        let needs_code = tag.name == "button" && !tag.attributes.contains_key("popovertarget")
            || tag.attributes.contains_key("aria-pressed")
            || tag.attributes.contains_key("aria-expanded");
        if in_region && needs_code {
            checked += 1;
            let ancestry = || open.iter().chain([&tag]);
            assert!(
                ancestry().any(|t| roots.iter().any(|&r| is_root(t, r))),
                "<{} {:?}> is in no live piece",
                tag.name,
                tag.attributes
            );
        }
        if !VOID.contains(&tag.name.as_str()) {
            open.push(tag);
        }
    }
    assert!(checked > 30, "only {checked} controls checked");
}

/// The three regions the browser hydrates, rendered in the view `change`
/// leaves.
fn regions(change: impl FnOnce(ExplainerContext)) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        let context = ExplainerContext::provide(data());
        change(context);
        view! { <Scorecard /> <Timeline /> <SectionList /> }.to_html()
    });
    owner.cleanup();
    html
}

/// The markup as tags and text runs, each marked with whether it lies in a
/// live piece: the element itself (or the one a text run is in) or one of
/// its ancestors is a piece's root, or one of the sibling roots that follow
/// it (`LivePiece::root_count`).
fn tokens_in_pieces(html: &str) -> Vec<(bool, String)> {
    let pieces: Vec<(PieceRoot, usize)> = LivePiece::all(data())
        .into_iter()
        .map(|piece| (piece.root(), piece.root_count()))
        .collect();
    let mut out = Vec::new();
    // Per open element: whether it is in a piece, and how many of its next
    // children are sibling roots of a piece that began among its children.
    let mut open: Vec<(bool, usize)> = vec![(false, 0)];
    let mut rest = html;
    while !rest.is_empty() {
        let (token, next) = match rest.find('<') {
            Some(0) => {
                let end = rest.find('>').expect("tag ends") + 1;
                (&rest[..end], &rest[end..])
            }
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        rest = next;
        if token.starts_with("<!") {
            continue;
        }
        let parent = open.len() - 1;
        if token.starts_with("</") {
            out.push((open[parent].0, token.to_owned()));
            open.pop();
            continue;
        }
        if !token.starts_with('<') {
            out.push((open[parent].0, token.to_owned()));
            continue;
        }
        let tag = &tags(token)[0];
        let root = pieces.iter().find(|(root, _)| is_root(tag, *root));
        let sibling_root = open[parent].1 > 0;
        if sibling_root {
            open[parent].1 -= 1;
        }
        if let Some((_, count)) = root {
            open[parent].1 = count - 1;
        }
        let inside = open[parent].0 || root.is_some() || sibling_root;
        out.push((inside, token.to_owned()));
        if !VOID.contains(&tag.name.as_str()) {
            open.push((inside, 0));
        }
    }
    out
}

/// What the reader changes (filters, open sections, a followed link) shows
/// only inside live pieces: anything outside them is not hydrated and would
/// keep its prerendered state. Rendered once in the default view and once
/// with every kind of change, the regions may differ only inside a piece.
#[test]
fn everything_the_view_changes_is_inside_a_live_piece() {
    let before = tokens_in_pieces(&regions(|_| {}));
    let goal = &data().goals[0];
    let after = tokens_in_pieces(&regions(|context| {
        context.set_themes([Theme::Economy].into_iter().collect());
        context.set_verdicts([Verdict::NotAchieved].into_iter().collect());
        context.set_all_sections(true);
        context.toggle_selection(&goal.id);
    }));
    assert_eq!(
        before.len(),
        after.len(),
        "the change adds or removes nodes"
    );
    let mut changed = 0;
    for ((inside, was), (_, is)) in before.iter().zip(&after) {
        if was != is {
            changed += 1;
            assert!(inside, "{was:?} becomes {is:?} outside every live piece");
        }
    }
    assert!(
        changed > 40,
        "only {changed} changes seen: is the change applied?"
    );
}

/// Static content is written without Leptos's hydration markers (see
/// `static_content!`): no hydration walks it. A few dozen markers are left,
/// in the live regions' own structure (list ends, the filter buttons), where
/// the page had over 800 before.
#[test]
fn static_content_carries_no_hydration_markers() {
    let markers = page().matches("<!>").count() + page().matches("<!---->").count();
    assert!(markers < 100, "{markers} hydration markers on the page");
}

#[test]
fn the_masthead_is_the_data() {
    let meta = &data().meta;
    let page = page();
    let masthead = &page[page.find("<header").unwrap()..page.find("</header>").unwrap()];
    assert!(
        masthead.contains(&format!(">{}</h1>", escape(&meta.headline))),
        "{masthead}"
    );
    assert!(
        masthead.contains(&format!(">{}</cite>", meta.title)),
        "{masthead}"
    );
    assert!(masthead.contains(&escape(&meta.answer)), "{masthead}");
    // The strip of verdicts: every goal, linked, on the first screen.
    for goal in data().goals.iter() {
        assert!(
            masthead.contains(&format!(
                "href=\"#{}\">{}</a>",
                goal.id,
                escape(&goal.short)
            )),
            "{} is not in the strip",
            goal.id
        );
    }
    assert!(masthead.contains(&escape(&meta.summary)), "{masthead}");
    assert!(masthead.contains(&format!("datetime=\"{}\"", meta.published)));
    assert!(masthead.contains(&meta.published_label()));
}

#[test]
fn every_goal_event_and_section_is_on_the_page() {
    let page = page();
    for goal in data().goals.iter() {
        assert!(page.contains(&format!("id=\"{}\"", goal.id)), "{}", goal.id);
        assert!(page.contains(&escape(&goal.title)), "{}", goal.title);
    }
    for event in data().timeline.iter() {
        assert!(
            page.contains(&format!("id=\"{}\"", event.id)),
            "{}",
            event.id
        );
        assert!(page.contains(&escape(&event.title)), "{}", event.title);
        if let Ok(date) = EventDate::parse(&event.date) {
            if !date.is_pending() {
                assert!(page.contains(&date.to_string()), "{}: {date}", event.id);
            }
        }
    }
    for section in data().sections.iter() {
        assert!(
            page.contains(&format!("id=\"{}\"", section.id)),
            "{}",
            section.id
        );
        assert!(page.contains(&escape(&section.takeaway)), "{}", section.id);
    }
}

/// The HTML of one event's card.
fn event_card<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<li id=\"{id}\""))
        .unwrap_or_else(|| panic!("no card for {id}"));
    let end = start + page[start..].find("</li>").expect("the card ends");
    &page[start..end]
}

#[test]
fn timeline_cards_lead_with_their_dates_and_show_their_goals() {
    let page = page();
    for event in data().timeline.iter() {
        let id = &event.id;
        let card = event_card(page, id);
        // The heading opens with the date, a link to the card itself (no "Link").
        let heading = &card[card
            .find("<h4")
            .unwrap_or_else(|| panic!("{id}: no heading"))..];
        let first_link = &heading[..heading.find("</a>").expect("a link")];
        assert!(
            first_link.contains(&format!("href=\"#{id}\"")),
            "{id}: the heading's first link is not its permalink: {first_link}"
        );
        let date = EventDate::parse(&event.date).unwrap();
        let label = match date.datetime() {
            Some(datetime) => {
                assert!(
                    first_link.contains(&format!("datetime=\"{datetime}\"")),
                    "{id}"
                );
                date.to_string()
            }
            None => "No date yet".to_owned(),
        };
        let shown: String = first_link
            .split('<')
            .filter_map(|part| part.split_once('>').map(|(_, text)| text))
            .collect();
        assert_eq!(shown, label, "{id}: {first_link}");
        assert!(!card.contains(">Link<"), "{id}: a vague \"Link\"");
        assert_eq!(
            card.matches("Pending").count(),
            0,
            "{id}: \"Pending\" as a tag"
        );
        assert!(
            card.contains(">Themes: <"),
            "{id}: the themes are not labelled"
        );
        // Always-visible goal chips, each with its verdict and short label.
        assert!(!card.contains("Show the goals"), "{id}");
        assert_eq!(
            card.matches("class=\"goal-chip").count(),
            event.goals.len(),
            "{id}"
        );
        for goal in event.goals.iter() {
            let goal = data().goal(goal).expect("a real goal");
            let at = card
                .find(&format!("href=\"#{}\"", goal.id))
                .unwrap_or_else(|| panic!("{id}: no chip for {}", goal.id));
            let chip = &card[at..at + card[at..].find("</a>").unwrap()];
            assert!(chip.contains(goal.verdict.symbol()), "{id}: {chip}");
            assert!(chip.contains(&escape(&goal.short)), "{id}: {chip}");
            assert!(chip.contains(goal.verdict.label()), "{id}: {chip}");
        }
        // No control but the popover buttons: people and glossary in the
        // prose, and the ¶ chips.
        let buttons = card.matches("<button").count();
        let popovers = card.matches("class=\"popover-trigger\"").count()
            + card.matches("class=\"cite\"").count();
        assert_eq!(
            buttons, popovers,
            "{id}: a button that is not a popover trigger"
        );
    }
}

#[test]
fn timeline_events_are_listed_under_their_phases() {
    let page = page();
    let timeline = &page[page.find("id=\"timeline\"").unwrap()..];
    let dates: Vec<EventDate> = data()
        .timeline
        .iter()
        .map(|e| EventDate::parse(&e.date).unwrap())
        .collect();
    let phase_of = phases(&dates);
    let mut rest = timeline;
    for phase in Phase::ALL {
        let at = rest.find("<div class=\"timeline__phase").expect("a phase");
        rest = &rest[at..];
        let wrapper = &rest[..rest.find('>').unwrap()];
        assert_eq!(
            wrapper.contains("timeline__phase--to-come"),
            phase == Phase::StillToCome,
            "{phase:?}: {wrapper}"
        );
        let heading = format!(">{}</h3>", escape(phase.heading()));
        let at = rest
            .find(&heading)
            .unwrap_or_else(|| panic!("no heading {heading}, or out of order"));
        assert!(
            !rest[..at].contains("<li"),
            "{phase:?}: an event before its heading"
        );
        rest = &rest[at..];
        let list = &rest[..rest.find("</ol>").expect("a list under the heading")];
        let ids: Vec<&str> = tags(list)
            .into_iter()
            .filter(|t| t.name == "li" && !t.closing)
            .filter_map(|t| t.attributes.get("id").cloned())
            .map(|id| &*data().event(&id).unwrap().id)
            .collect();
        let expected: Vec<&str> = data()
            .timeline
            .iter()
            .zip(&phase_of)
            .filter(|(_, p)| **p == phase)
            .map(|(e, _)| &*e.id)
            .collect();
        assert_eq!(ids, expected, "{phase:?}");
    }
}

#[test]
fn the_default_view_is_rendered_collapsed_and_unfiltered() {
    let tags = tags(page());
    let expanded: Vec<_> = tags
        .iter()
        .filter(|t| t.attributes.get("aria-expanded").map(String::as_str) == Some("true"))
        .collect();
    assert!(expanded.is_empty(), "{expanded:?}");
    let hidden_items = tags
        .iter()
        .filter(|t| {
            matches!(
                t.attributes.get("class").map(String::as_str),
                Some("goal" | "event")
            )
        })
        .filter(|t| t.attributes.contains_key("hidden"))
        .count();
    assert_eq!(
        hidden_items, 0,
        "a goal or event is filtered out by default"
    );
    let panels = tags
        .iter()
        .filter(|t| t.attributes.get("hidden").map(String::as_str) == Some("until-found"))
        .count();
    assert_eq!(panels, data().goals.len() + data().sections.len());
}

#[test]
fn the_shell_is_filled_once() {
    let shell = format!("<title></title>{APP_MOUNT}");
    let page = fill_page(&shell).unwrap();
    assert!(page.contains("<div id=\"app\"><a "), "{}", &page[..200]);
    assert!(page.contains(&format!(
        "<title>{} An explainer</title>",
        data().meta.title
    )));
    let error = fill_page(&page).unwrap_err();
    assert!(error.contains("already prerendered"), "{error}");
    let error = fill_page("<title></title>").unwrap_err();
    assert!(error.contains(APP_MOUNT), "{error}");
    // As trunk minifies it.
    let page = fill_page("<title></title><div id=app></div>").unwrap();
    assert!(
        page.contains("<meta name=\"description\""),
        "{}",
        &page[..300]
    );
    assert!(page.contains("<div id=\"app\"><a "));
}

/// The page sets no `style` attribute (each distinct one would need its own
/// hash in the page's CSP); the timeline overview places its parts with
/// classes, and every such class has its rule in the page's one `<style>`.
#[test]
fn parts_are_placed_by_rules_in_the_head_not_style_attributes() {
    let page = fill_page("<title></title><div id=app></div>").unwrap();
    let tags = tags(&page);
    let styled: Vec<&Tag> = tags
        .iter()
        .filter(|t| t.attributes.contains_key("style"))
        .collect();
    assert!(styled.is_empty(), "style attributes: {styled:?}");
    let rules = page
        .split_once("<style>")
        .and_then(|(_, rest)| rest.split_once("</style>"))
        .map(|(rules, _)| rules)
        .expect("the head has the overview's <style>");
    let placing = ["at-", "span-", "lane-", "lanes-"];
    let mut used = 0;
    for class in tags
        .iter()
        .filter_map(|t| t.attributes.get("class"))
        .flat_map(|c| c.split_whitespace())
        .filter(|c| placing.iter().any(|p| c.starts_with(p)))
    {
        used += 1;
        assert!(
            rules.contains(&format!(".overview .{class}{{")),
            "no rule places `{class}`"
        );
    }
    assert!(
        used > data().timeline.len(),
        "only {used} placing classes: the overview lost its marks"
    );
}

/// As tachys escapes text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The scorecard in the page itself (no scripts needed): goals in verdict
/// order, each heading starting with its verdict, each gist under it, and no
/// highlight toggle on a goal.
#[test]
fn the_scorecard_lists_goals_verdict_first() {
    let page = page();
    let start = page
        .find("class=\"scorecard__goals\"")
        .expect("the goal list");
    let goals = &page[start..];
    let mut last = 0;
    for goal in Explainer::goals_in_verdict_order(&data().goals) {
        let at = goals
            .find(&format!("<li id=\"{}\"", goal.id))
            .unwrap_or_else(|| panic!("{} not in the scorecard", goal.id));
        assert!(at > last || last == 0, "{} out of verdict order", goal.id);
        last = at;
        // To the next goal, or the end of the scorecard.
        let row = &goals[at + 1..];
        let row = &row[..row
            .find("<li id=\"goal-")
            .or_else(|| row.find("</section>"))
            .unwrap()];
        let heading = &row[row.find("<h3").unwrap()..row.find("</h3>").unwrap()];
        let label = heading
            .find(goal.verdict.label())
            .expect("verdict in the heading");
        let title = heading
            .find(&escape(&goal.title))
            .expect("title in the heading");
        assert!(label < title, "{}: verdict before title", goal.id);
        assert!(
            row.contains(&format!(
                "<p class=\"goal__gist\">{}</p>",
                escape(&goal.gist)
            )),
            "{}: gist",
            goal.id
        );
        assert!(
            !row.contains("select-button"),
            "{}: highlight toggle",
            goal.id
        );
    }
}

/// Every ¶ chip is a button naming its paragraph's popover, the one popover
/// written for that paragraph: one per cited paragraph, not one per chip,
/// each showing the paragraph's gist and a link to its source note.
#[test]
fn every_chip_opens_the_one_popover_of_its_paragraph() {
    let tags = tags(page());
    let chips: Vec<&Tag> = tags
        .iter()
        .filter(|t| !t.closing && t.attributes.get("class").map(String::as_str) == Some("cite"))
        .collect();
    assert!(chips.len() > 150, "only {} chips", chips.len());
    let mut cited = HashSet::new();
    for chip in &chips {
        assert_eq!(chip.name, "button", "a chip is a {}", chip.name);
        assert!(!chip.attributes.contains_key("title"), "a chip has a title");
        let target = chip
            .attributes
            .get("popovertarget")
            .expect("a chip without popovertarget");
        let label = target
            .strip_prefix("cite-")
            .unwrap_or_else(|| panic!("a chip opens {target}"));
        let name = &chip.attributes["aria-label"];
        let expected = match label.strip_prefix('p') {
            Some(number) => format!("Paragraph {number} (source)"),
            None => "Standfirst (source)".to_owned(),
        };
        assert_eq!(name, &expected, "the chip for {label}");
        cited.insert(label.to_owned());
    }
    let popovers: Vec<&str> = tags
        .iter()
        .filter(|t| t.attributes.contains_key("popover"))
        .filter_map(|t| t.attributes.get("id")?.strip_prefix("cite-"))
        .collect();
    let mut sorted = popovers.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), popovers.len(), "a paragraph has two popovers");
    let mut cited: Vec<String> = cited.into_iter().collect();
    cited.sort();
    assert_eq!(sorted, cited, "one popover per cited paragraph");
    let page = page();
    for paragraph in data().source_map.iter() {
        let label = &*paragraph.label;
        let start = page
            .find(&format!("id=\"cite-{label}\""))
            .unwrap_or_else(|| panic!("no popover for {label}"));
        let popover = &page[start..start + page[start..].find("</figure>").unwrap()];
        assert!(
            popover.contains(&escape(&paragraph.gist)),
            "the popover for {label} lacks its gist: {popover}"
        );
        assert!(
            popover.contains(&format!("href=\"#source-{label}\"")),
            "the popover for {label} lacks its link: {popover}"
        );
        assert!(
            popover.contains(&format!("aria-labelledby=\"cite-{label}-title\"")),
            "{label}: unnamed popover"
        );
    }
}

/// Popovers are labelled by their caption, and carry no chips: a glossary or
/// person popover links to its entry, which carries them.
#[test]
fn popovers_are_named_and_carry_no_chips() {
    let page = page();
    let mut checked = 0;
    for start in page.match_indices(" popover=").map(|(i, _)| i) {
        let open = page[..start].rfind('<').unwrap();
        let end = open
            + page[open..]
                .find("</figure>")
                .expect("a popover is a figure");
        let popover = &page[open..end];
        assert!(popover.starts_with("<figure"), "{popover}");
        assert!(
            popover[popover.find('>').unwrap()..]
                .trim_start_matches('>')
                .starts_with("<figcaption"),
            "a popover without a caption first: {popover}"
        );
        assert!(!popover.contains("class=\"cite\""), "chips in {popover}");
        checked += 1;
    }
    assert!(checked > 30, "only {checked} popovers");
}
