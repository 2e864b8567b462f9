//! Native tests of the embedded content: it parses, follows every content
//! rule, quotes its source faithfully, and a broken file fails with a message
//! that names the item and the field.

// Parsing is native-only: the app carries the content baked, not as JSON.
#![cfg(not(target_arch = "wasm32"))]

use china_rok_explainer::data::load::EMBEDDED_JSON;
use china_rok_explainer::data::{Explainer, LoadError, PARAGRAPH_LABELS};
use serde_json::{json, Value};

/// The content the app ships: baked from the data file at build time.
fn embedded() -> &'static Explainer {
    Explainer::embedded()
}

/// Parses a mutated copy of the real data file and returns every problem reported.
fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value: Value = serde_json::from_str(EMBEDDED_JSON).expect("the data file is JSON");
    mutate(&mut value);
    match Explainer::from_json(&value.to_string()) {
        Ok(_) => panic!("the broken data was accepted"),
        Err(error) => error.problems(),
    }
}

fn assert_reports(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "expected a problem containing {expected:?}, got:\n{}",
        problems.join("\n")
    );
}

#[test]
fn embedded_data_parses_and_is_valid() {
    let data = match Explainer::from_json(EMBEDDED_JSON) {
        Ok(data) => data,
        Err(error) => panic!("the data file is broken:\n{error}"),
    };
    println!(
        "content: {} sections, {} events, {} goals, {} people, {} glossary terms",
        data.sections.len(),
        data.timeline.len(),
        data.goals.len(),
        data.people.len(),
        data.glossary.len()
    );
    assert_eq!(data.meta.title, "China-ROK Relations on the Rebound?");
    assert_eq!(data.meta.published, "2026-01-16");
}

/// The build script's baked statics hold exactly what the file says, so the
/// checks on the parsed file are checks on what ships.
#[test]
fn baked_data_equals_the_data_file() {
    let parsed = Explainer::from_json(EMBEDDED_JSON).expect("the data file is valid");
    assert!(
        *embedded() == parsed,
        "the baked data differs from src/data/explainer.json; rebuild (cargo clean -p china-rok-explainer)"
    );
}

#[test]
fn covers_the_whole_analysis() {
    let data = embedded();
    assert_eq!(data.sections.len(), 10, "the ten topics of the analysis");
    assert!(data.goals.len() >= 8, "at least eight goals");
    let cited_by_sections: std::collections::BTreeSet<&str> = data
        .sections
        .iter()
        .flat_map(|s| s.citations.iter().map(|c| &**c))
        .collect();
    for label in PARAGRAPH_LABELS {
        assert!(
            cited_by_sections.contains(label),
            "no section covers {label}"
        );
    }
    let verdicts: std::collections::BTreeSet<_> = data.goals.iter().map(|g| g.verdict).collect();
    assert!(
        verdicts.len() >= 4,
        "the scorecard uses the scale, not one verdict"
    );
}

#[test]
fn timeline_runs_from_background_to_pending() {
    let data = embedded();
    let first = data.timeline.first().expect("events");
    assert!(first.background, "the timeline opens with background");
    let last = data.timeline.last().expect("events");
    assert_eq!(last.date, "pending", "pending events come last");
    for event in data.timeline.iter().filter(|e| e.background) {
        assert!(
            !event.citations.is_empty(),
            "{} is background but cites nothing",
            event.id
        );
    }
}

// ---- faithfulness to the source ------------------------------------------

/// The analysis as labelled paragraphs. It lives beside the repository (in
/// `../shared/source`), not in it: the app must never ship the article.
fn source_paragraphs() -> Vec<(String, String)> {
    let path = std::env::var("EXPLAINER_SOURCE").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/source/paragraphs.md"
        )
        .to_owned()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read the source analysis at {path} ({e}); set EXPLAINER_SOURCE to paragraphs.md")
    });
    text.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix('[')?;
            let (label, body) = rest.split_once("] ")?;
            PARAGRAPH_LABELS
                .contains(&label)
                .then(|| (label.to_owned(), body.to_owned()))
        })
        .collect()
}

/// Typographic double quotes count as straight ones; apostrophes must match.
fn normalise(text: &str) -> String {
    text.replace(['“', '”'], "\"")
}

#[test]
fn source_has_every_labelled_paragraph() {
    let labels: Vec<String> = source_paragraphs().into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, PARAGRAPH_LABELS);
}

#[test]
fn every_quote_is_verbatim_in_its_paragraph() {
    let data = embedded();
    let source = source_paragraphs();
    let paragraph =
        |label: &str| normalise(&source.iter().find(|(l, _)| l == label).expect("label").1);
    let mut quotes: Vec<(String, &str, &str)> = Vec::new();
    for section in data.sections.iter() {
        for q in section.quotes.iter() {
            quotes.push((format!("section \"{}\"", section.id), &q.cite, &q.words));
        }
    }
    for goal in data.goals.iter() {
        if let Some(q) = &goal.stated_aim {
            quotes.push((
                format!("goal \"{}\" stated_aim", goal.id),
                &q.cite,
                &q.words,
            ));
        }
        for e in goal.evidence.iter() {
            quotes.push((format!("goal \"{}\" evidence", goal.id), &e.cite, &e.quote));
        }
    }
    assert!(quotes.len() > 20, "the data quotes its source");
    let misquoted: Vec<String> = quotes
        .iter()
        .filter(|(_, cite, words)| !paragraph(cite).contains(&normalise(words)))
        .map(|(item, cite, words)| format!("{item}: {words:?} is not in {cite}"))
        .collect();
    assert!(misquoted.is_empty(), "misquoted:\n{}", misquoted.join("\n"));
}

#[test]
fn evidence_quotes_are_short() {
    for goal in embedded().goals.iter() {
        for e in goal.evidence.iter() {
            let words = e.quote.split_whitespace().count();
            assert!(
                words <= 12,
                "goal \"{}\": evidence quote of {words} words",
                goal.id
            );
        }
    }
}

/// Word runs of this length shared with the analysis's own prose mean copying.
const COPY_RUN: usize = 10;

fn words(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace('’', "'");
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Drops passages in double quotes: officials' words may be quoted verbatim.
fn without_quoted(text: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if matches!(c, '"' | '“' | '”') {
            quoted = !quoted;
            out.push(' ');
        } else if !quoted {
            out.push(c);
        }
    }
    out
}

#[test]
fn prose_is_in_our_own_words() {
    let source: Vec<String> = source_paragraphs()
        .iter()
        .flat_map(|(_, body)| words(&without_quoted(&normalise(body))))
        .collect();
    let runs: std::collections::HashSet<&[String]> = source.windows(COPY_RUN).collect();
    // Everything we wrote, minus the quote fields, which are meant to be verbatim.
    let mut value: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    fn strip_quotes(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.remove("words");
                map.remove("quote");
                map.values_mut().for_each(strip_quotes);
            }
            Value::Array(items) => items.iter_mut().for_each(strip_quotes),
            _ => {}
        }
    }
    strip_quotes(&mut value);
    let mut copied = Vec::new();
    fn visit(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(s) => out.push((path.to_owned(), s.clone())),
            Value::Object(map) => map
                .iter()
                .for_each(|(k, v)| visit(v, &format!("{path}.{k}"), out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| visit(v, &format!("{path}[{i}]"), out)),
            _ => {}
        }
    }
    let mut strings = Vec::new();
    visit(&value, "", &mut strings);
    for (path, text) in strings {
        let text_words = words(&text);
        if let Some(run) = text_words.windows(COPY_RUN).find(|w| runs.contains(w)) {
            copied.push(format!("{path}: \"{}\"", run.join(" ")));
        }
    }
    assert!(
        copied.is_empty(),
        "copied from the analysis:\n{}",
        copied.join("\n")
    );
}

// ---- broken data fails with a message naming item and field ---------------

#[test]
fn not_json_is_a_parse_error_with_a_location() {
    match Explainer::from_json("{ \"meta\": ") {
        Err(LoadError::Parse(error)) => assert!(error.message.contains("line 1"), "{error}"),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn missing_field_names_item_and_field() {
    let problems = problems_after(|v| {
        v["timeline"][3].as_object_mut().unwrap().remove("title");
    });
    let id = embedded().timeline[3].id.clone();
    assert_reports(&problems, &format!("timeline item \"{id}\" (timeline[3])"));
    assert_reports(&problems, "missing field `title`");
}

#[test]
fn unknown_field_is_rejected() {
    let problems = problems_after(|v| v["goals"][0]["titel"] = json!("typo"));
    assert_reports(
        &problems,
        &format!("goals item \"{}\"", embedded().goals[0].id),
    );
    assert_reports(&problems, "unknown field `titel`");
}

#[test]
fn wrong_type_names_the_nested_field() {
    let problems = problems_after(|v| v["goals"][1]["evidence"][0]["cite"] = json!(4));
    assert_reports(&problems, "field \"evidence[0].cite\"");
    assert_reports(&problems, "invalid type: integer `4`");
}

#[test]
fn unknown_verdict_is_rejected() {
    let problems = problems_after(|v| v["goals"][2]["verdict"] = json!("mostly-done"));
    assert_reports(&problems, "field \"verdict\"");
    assert_reports(&problems, "unknown variant `mostly-done`");
}

#[test]
fn duplicate_id_is_reported() {
    let section_id = embedded().sections[0].id.clone();
    let problems = problems_after(|v| v["goals"][0]["id"] = json!(section_id));
    assert_reports(
        &problems,
        &format!("goal \"{section_id}\", field \"id\": duplicate id"),
    );
}

#[test]
fn unresolved_references_are_reported() {
    let goal = embedded().goals[0].id.clone();
    let problems = problems_after(|v| {
        v["goals"][0]["events"][0] = json!("event-never-happened");
        v["goals"][0]["section"] = json!("nowhere");
        v["timeline"][0]["people"] = json!(["person-nobody"]);
    });
    assert_reports(
        &problems,
        &format!(
            "goal \"{goal}\", field \"events[0]\": no event has the id \"event-never-happened\""
        ),
    );
    assert_reports(
        &problems,
        &format!("goal \"{goal}\", field \"section\": no section has the id \"nowhere\""),
    );
    assert_reports(
        &problems,
        "field \"people[0]\": no person has the id \"person-nobody\"",
    );
}

#[test]
fn one_sided_event_goal_link_is_reported() {
    let event = embedded()
        .timeline
        .iter()
        .find(|e| !e.goals.is_empty())
        .unwrap();
    let index = embedded()
        .timeline
        .iter()
        .position(|e| e.id == event.id)
        .unwrap();
    let goal = event.goals[0].clone();
    let problems = problems_after(|v| {
        v["timeline"][index]["goals"] = json!([]);
    });
    assert_reports(&problems, &format!("goal \"{goal}\""));
    assert_reports(
        &problems,
        &format!("event \"{}\" does not list this goal", event.id),
    );
}

#[test]
fn citation_must_be_a_paragraph_label() {
    let id = embedded().sections[2].id.clone();
    let problems = problems_after(|v| v["sections"][2]["citations"] = json!(["p4", "p12"]));
    assert_reports(
        &problems,
        &format!("section \"{id}\", field \"citations[1]\": \"p12\" is not a paragraph label"),
    );
}

#[test]
fn uncited_paragraph_is_reported() {
    // Remove every reference to p11, wherever it is cited.
    let problems = problems_after(|v| {
        fn scrub(value: &mut Value) {
            match value {
                Value::Array(items) => {
                    items.retain(|i| i != "p11");
                    items.iter_mut().for_each(scrub);
                }
                Value::Object(map) => {
                    for (key, item) in map.iter_mut() {
                        if key == "cite" && item == "p11" {
                            *item = json!("p10");
                        }
                        scrub(item);
                    }
                }
                _ => {}
            }
        }
        scrub(v);
        // Keep the source map itself intact.
        v["source_map"][11]["label"] = json!("p11");
    });
    assert_reports(
        &problems,
        "source_map, field \"p11\": no item cites this paragraph",
    );
}

#[test]
fn impossible_and_out_of_order_dates_are_reported() {
    let first = embedded().timeline[0].id.clone();
    let problems = problems_after(|v| v["timeline"][0]["date"] = json!("2026-02-30"));
    assert_reports(
        &problems,
        &format!("event \"{first}\", field \"date\": \"2026-02-30\" is not a day"),
    );

    let last = embedded().timeline.len() - 1;
    let problems = problems_after(|v| {
        let events = v["timeline"].as_array_mut().unwrap();
        events.swap(0, last);
    });
    assert_reports(&problems, "keep the timeline in order, pending last");
}

#[test]
fn empty_text_and_missing_evidence_are_reported() {
    let goal = embedded().goals[4].id.clone();
    let problems = problems_after(|v| {
        v["goals"][4]["reasoning"] = json!("  ");
        v["goals"][4]["evidence"] = json!([]);
    });
    assert_reports(
        &problems,
        &format!("goal \"{goal}\", field \"reasoning\": is empty"),
    );
    assert_reports(
        &problems,
        &format!("goal \"{goal}\", field \"evidence\": has no evidence"),
    );
}

#[test]
fn broken_inline_links_are_reported() {
    let id = embedded().sections[1].id.clone();
    let problems = problems_after(|v| {
        v["sections"][1]["body"][0] =
            json!("See [THAAD](term:term-nothing) and [here](#no-such-place).");
    });
    assert_reports(
        &problems,
        &format!("section \"{id}\", field \"body[0]\": no term has the id \"term-nothing\""),
    );
    assert_reports(
        &problems,
        "links to \"#no-such-place\", which names nothing",
    );
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let problems = problems_after(|v| {
        v["sections"][0]["title"] = json!("");
        v["people"][0]["role"] = json!("");
        v["glossary"][0]["citations"] = json!(["chapter-9"]);
    });
    assert!(problems.len() >= 3, "{problems:?}");
}
