//! The content rules: every reference resolves, every citation is a real
//! paragraph, dates are real and in order, nothing is left empty.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use super::date::EventDate;
use super::model::{Background, Explainer, Quote, Text, FIGURES, PARAGRAPH_LABELS};
use super::rich_text::{is_valid_id, parse_inline, Inline};

/// One broken rule, naming the item and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// For example `goal "goal-korean-wave"`.
    pub item: String,
    /// For example `events[2]`.
    pub field: String,
    pub message: String,
}

impl DataError {
    pub fn new(
        item: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            item: item.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field \"{}\": {}",
            self.item, self.field, self.message
        )
    }
}

/// What kind of thing an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Section,
    Event,
    Goal,
    Person,
    Term,
}

impl ItemKind {
    fn noun(self) -> &'static str {
        match self {
            ItemKind::Section => "section",
            ItemKind::Event => "event",
            ItemKind::Goal => "goal",
            ItemKind::Person => "person",
            ItemKind::Term => "term",
        }
    }
}

/// Collects problems as the checks walk the data.
struct Checker<'a> {
    ids: HashMap<&'a str, ItemKind>,
    source_ids: BTreeSet<&'a str>,
    cited: BTreeSet<&'a str>,
    errors: Vec<DataError>,
}

impl<'a> Checker<'a> {
    fn error(&mut self, item: &str, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError::new(item, field, message));
    }

    fn text(&mut self, item: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(item, field, "is empty");
        }
    }

    fn reference(&mut self, item: &str, field: &str, id: &str, kind: ItemKind) {
        match self.ids.get(id) {
            Some(found) if *found == kind => {}
            Some(found) => {
                let message = format!("\"{id}\" is a {}, not a {}", found.noun(), kind.noun());
                self.error(item, field, message);
            }
            None => self.error(
                item,
                field,
                format!("no {} has the id \"{id}\"", kind.noun()),
            ),
        }
    }

    fn citation(&mut self, item: &str, field: &str, label: &'a str) {
        if PARAGRAPH_LABELS.contains(&label) {
            self.cited.insert(label);
        } else {
            let message = format!("\"{label}\" is not a paragraph label (standfirst, p1 … p11)");
            self.error(item, field, message);
        }
    }

    fn citations(&mut self, item: &str, field: &str, labels: &'a [Text]) {
        if labels.is_empty() {
            self.error(item, field, "cites no paragraph");
        }
        for (i, label) in labels.iter().enumerate() {
            self.citation(item, &format!("{field}[{i}]"), label);
        }
    }

    /// Prose with inline links: not empty, and every link resolves to the right kind.
    fn rich_text(&mut self, item: &str, field: &str, value: &str) {
        self.text(item, field, value);
        for run in parse_inline(value) {
            match run {
                Inline::Text(_) => {}
                Inline::Term { id, .. } => self.reference(item, field, id, ItemKind::Term),
                Inline::Person { id, .. } => self.reference(item, field, id, ItemKind::Person),
                Inline::Link { id, .. } => {
                    if !self.ids.contains_key(id) {
                        self.error(
                            item,
                            field,
                            format!("links to \"#{id}\", which names nothing"),
                        );
                    }
                }
            }
        }
    }

    /// Ids into `Explainer.sources`: each must resolve; `required` when the item needs one.
    fn sources(&mut self, item: &str, field: &str, ids: &[Text], required: Option<&str>) {
        if let (true, Some(why)) = (ids.is_empty(), required) {
            self.error(item, field, format!("names no outside source: {why}"));
        }
        for (i, id) in ids.iter().enumerate() {
            if !self.source_ids.contains(&**id) {
                self.error(
                    item,
                    format!("{field}[{i}]"),
                    format!("no source has the id \"{id}\""),
                );
            }
        }
    }

    fn backgrounds(&mut self, item: &str, field: &str, items: &[Background]) {
        for (i, background) in items.iter().enumerate() {
            self.rich_text(item, &format!("{field}[{i}].text"), &background.text);
            self.sources(
                item,
                &format!("{field}[{i}].sources"),
                &background.sources,
                Some("every background fact names a published source"),
            );
        }
    }

    fn quote(&mut self, item: &str, field: &str, quote: &'a Quote) {
        self.text(item, &format!("{field}.speaker"), &quote.speaker);
        self.text(item, &format!("{field}.words"), &quote.words);
        self.citation(item, &format!("{field}.cite"), &quote.cite);
        if let Some(person) = &quote.person {
            self.reference(item, &format!("{field}.person"), person, ItemKind::Person);
        }
    }
}

/// The longest a goal's short label may be (`Goal::short`).
pub const SHORT_LABEL_MAX: usize = 30;

/// The longest a goal's one-line gist may be (`Goal::gist`).
pub const GIST_MAX: usize = 90;

/// Checks every content rule and returns every problem found (empty when the data is sound).
pub fn validate(data: &Explainer) -> Vec<DataError> {
    let mut check = Checker {
        ids: HashMap::new(),
        source_ids: BTreeSet::new(),
        cited: BTreeSet::new(),
        errors: Vec::new(),
    };

    // Ids first, so that references can be checked against all of them.
    let all_ids = data
        .sections
        .iter()
        .map(|s| (&s.id, ItemKind::Section))
        .chain(data.timeline.iter().map(|e| (&e.id, ItemKind::Event)))
        .chain(data.goals.iter().map(|g| (&g.id, ItemKind::Goal)))
        .chain(data.people.iter().map(|p| (&p.id, ItemKind::Person)))
        .chain(data.glossary.iter().map(|t| (&t.id, ItemKind::Term)));
    for (id, kind) in all_ids {
        let item = format!("{} \"{id}\"", kind.noun());
        if !is_valid_id(id) {
            check.error(
                &item,
                "id",
                "use lowercase letters, digits and single hyphens, starting with a letter",
            );
        }
        if let Some(previous) = check.ids.insert(id, kind) {
            let message = format!("duplicate id, also used by a {}", previous.noun());
            check.error(&item, "id", message);
        }
    }

    // Outside sources: well-formed, unique ids; a real date; every field filled.
    for source in data.sources.iter() {
        let item = format!("source \"{}\"", source.id);
        if !is_valid_id(&source.id) {
            check.error(
                &item,
                "id",
                "use lowercase letters, digits and single hyphens, starting with a letter",
            );
        }
        if !check.source_ids.insert(&source.id) {
            check.error(&item, "id", "duplicate source id");
        }
        for (field, value) in [
            ("outlet", &source.outlet),
            ("title", &source.title),
            ("url", &source.url),
        ] {
            check.text(&item, field, value);
        }
        if !source.url.starts_with("https://") && !source.url.starts_with("http://") {
            check.error(&item, "url", "is not a web address (http:// or https://)");
        }
        if !matches!(EventDate::parse(&source.date), Ok(EventDate::Day(..))) {
            let message = format!("\"{}\" is not a YYYY-MM-DD date", source.date);
            check.error(&item, "date", message);
        }
    }

    let meta = &data.meta;
    for (field, value) in [
        ("headline", &meta.headline),
        ("title", &meta.title),
        ("section", &meta.section),
        ("summary", &meta.summary),
        ("how_to_cite", &meta.how_to_cite),
        ("answer", &meta.answer),
        ("method", &meta.method),
    ] {
        check.text("meta", field, value);
    }
    for (field, value) in [
        ("published", &meta.published),
        ("verdicts_as_of", &meta.verdicts_as_of),
    ] {
        if !matches!(EventDate::parse(value), Ok(EventDate::Day(..))) {
            check.error(
                "meta",
                field,
                format!("\"{value}\" is not a YYYY-MM-DD date"),
            );
        }
    }

    let labels: Vec<&str> = data.source_map.iter().map(|p| &*p.label).collect();
    if labels != PARAGRAPH_LABELS {
        let message =
            format!("must list the paragraphs {PARAGRAPH_LABELS:?} in order, found {labels:?}");
        check.error("source_map", "label", message);
    }
    for paragraph in data.source_map.iter() {
        check.text(
            &format!("source_map \"{}\"", paragraph.label),
            "gist",
            &paragraph.gist,
        );
    }

    for section in data.sections.iter() {
        let item = format!("section \"{}\"", section.id);
        check.text(&item, "title", &section.title);
        check.text(&item, "takeaway", &section.takeaway);
        if section.body.is_empty() {
            check.error(&item, "body", "has no paragraphs");
        }
        for (i, paragraph) in section.body.iter().enumerate() {
            check.rich_text(&item, &format!("body[{i}]"), paragraph);
        }
        check.backgrounds(&item, "background", &section.background);
        for (i, quote) in section.quotes.iter().enumerate() {
            check.quote(&item, &format!("quotes[{i}]"), quote);
        }
        if let Some(figure) = &section.figure {
            if !FIGURES.contains(&&**figure) {
                check.error(
                    &item,
                    "figure",
                    format!(
                        "\"{figure}\" is no figure the app draws ({})",
                        FIGURES.join(", ")
                    ),
                );
            }
        }
        check.citations(&item, "citations", &section.citations);
    }

    let mut previous: Option<(&str, EventDate)> = None;
    for event in data.timeline.iter() {
        let item = format!("event \"{}\"", event.id);
        match EventDate::parse(&event.date) {
            Err(message) => check.error(&item, "date", message),
            Ok(date) => {
                if let Some((previous_id, previous_date)) = previous {
                    if !date.may_follow(&previous_date) {
                        let message = format!(
                            "{date} cannot come after \"{previous_id}\" ({previous_date}): keep the timeline in order, pending last"
                        );
                        check.error(&item, "date", message);
                    }
                }
                previous = Some((&event.id, date));
            }
        }
        check.text(&item, "title", &event.title);
        check.rich_text(&item, "description", &event.description);
        if event.themes.is_empty() {
            check.error(&item, "themes", "has no theme");
        }
        for (i, person) in event.people.iter().enumerate() {
            check.reference(&item, &format!("people[{i}]"), person, ItemKind::Person);
        }
        check.citations(&item, "citations", &event.citations);
        check.sources(
            &item,
            "sources",
            &event.sources,
            event
                .background
                .then_some("a background event names a published source"),
        );
        for (i, goal_id) in event.goals.iter().enumerate() {
            let field = format!("goals[{i}]");
            check.reference(&item, &field, goal_id, ItemKind::Goal);
            if let Some(goal) = data.goals.iter().find(|g| &g.id == goal_id) {
                if !goal.events.contains(&event.id) {
                    let message =
                        format!("goal \"{goal_id}\" does not list this event in its events");
                    check.error(&item, &field, message);
                }
            }
        }
    }

    for goal in data.goals.iter() {
        let item = format!("goal \"{}\"", goal.id);
        check.text(&item, "title", &goal.title);
        check.text(&item, "short", &goal.short);
        if goal.short.chars().count() > SHORT_LABEL_MAX {
            check.error(
                &item,
                "short",
                format!("is longer than {SHORT_LABEL_MAX} characters: the first screen has room for a few words"),
            );
        }
        check.text(&item, "gist", &goal.gist);
        if goal.gist.chars().count() > GIST_MAX {
            check.error(
                &item,
                "gist",
                format!("is longer than {GIST_MAX} characters: it is one line under the title"),
            );
        }
        // Plain text: the collapsed row has no room for links or citation
        // markers (the reasoning below carries those).
        if goal.gist.contains(['[', ']']) {
            check.error(&item, "gist", "has link markup: a gist is plain text");
        }
        check.rich_text(&item, "reasoning", &goal.reasoning);
        check.rich_text(&item, "watch", &goal.watch);
        if let Some(aim) = &goal.stated_aim {
            check.quote(&item, "stated_aim", aim);
        }
        if goal.evidence.is_empty() {
            check.error(
                &item,
                "evidence",
                "has no evidence: every verdict needs a cited passage",
            );
        }
        for (i, evidence) in goal.evidence.iter().enumerate() {
            check.citation(&item, &format!("evidence[{i}].cite"), &evidence.cite);
            check.text(&item, &format!("evidence[{i}].quote"), &evidence.quote);
        }
        if goal.events.is_empty() {
            check.error(&item, "events", "names no timeline event");
        }
        for (i, event_id) in goal.events.iter().enumerate() {
            let field = format!("events[{i}]");
            check.reference(&item, &field, event_id, ItemKind::Event);
            if let Some(event) = data.timeline.iter().find(|e| &e.id == event_id) {
                if !event.goals.contains(&goal.id) {
                    let message =
                        format!("event \"{event_id}\" does not list this goal in its goals");
                    check.error(&item, &field, message);
                }
            }
        }
        check.reference(&item, "section", &goal.section, ItemKind::Section);
        check.backgrounds(&item, "background", &goal.background);
    }

    for person in data.people.iter() {
        let item = format!("person \"{}\"", person.id);
        check.text(&item, "name", &person.name);
        check.text(&item, "role", &person.role);
        check.citations(&item, "citations", &person.citations);
    }

    for term in data.glossary.iter() {
        let item = format!("term \"{}\"", term.id);
        check.text(&item, "term", &term.term);
        check.rich_text(&item, "definition", &term.definition);
        check.citations(&item, "citations", &term.citations);
        check.sources(
            &item,
            "sources",
            &term.sources,
            term.background
                .then_some("a background definition names a published source"),
        );
    }

    for label in PARAGRAPH_LABELS {
        if !check.cited.contains(label) {
            check.error("source_map", label, "no item cites this paragraph");
        }
    }

    check.errors
}
