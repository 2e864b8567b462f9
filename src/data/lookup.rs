//! Looking things up in the content: every `impl Explainer` query in one place.

use super::date::EventDate;
use super::model::{Event, Explainer, Goal, Person, Section, Term, Theme, Verdict};
use super::overview::Figure;
use super::rich_text::{parse_inline, Inline};
use super::validate::ItemKind;

/// Glossary terms as a reader scans them: alphabetical, ignoring case and any
/// leading quotation mark (so "'One China' policy" files under O).
pub fn alphabetical(terms: &[Term]) -> Vec<&Term> {
    let key = |t: &Term| {
        t.term
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut sorted: Vec<&Term> = terms.iter().collect();
    sorted.sort_by_cached_key(|t| key(t));
    sorted
}

/// Where one of a section's quotations goes among its body paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotePlace {
    /// The section's one pull quote, after body paragraph `after`.
    Pull { after: usize },
    /// A short line quoting the words, after body paragraph `after`.
    Inline { after: usize },
    /// That paragraph already quotes these words (three or more of them):
    /// not repeated.
    InProse,
}

/// Content words of a text, lower case (no short or common words), leaving
/// out the targets of inline links (`[words](person:…)`).
fn content_words(text: &str) -> Vec<String> {
    let mut shown = String::with_capacity(text.len());
    for (i, part) in text.split("](").enumerate() {
        // Each part after the first starts with a link target, up to `)`.
        shown.push_str(if i == 0 {
            part
        } else {
            part.split_once(')').map_or("", |(_, rest)| rest)
        });
        shown.push(' ');
    }
    let text = shown.as_str();
    const COMMON: [&str; 14] = [
        "the", "and", "for", "with", "this", "that", "its", "are", "was", "will", "not", "from",
        "his", "their",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .filter(|w| !COMMON.contains(&w.as_str()))
        .collect()
}

/// Whether `paragraph` already quotes three or more words of `words`.
fn quotes_already(paragraph: &str, words: &str) -> bool {
    let words = words.to_lowercase();
    paragraph
        .split(['"', '“', '”'])
        .skip(1)
        .step_by(2)
        .any(|quoted| {
            let quoted = quoted.trim_matches(|c: char| !c.is_alphanumeric());
            quoted.split_whitespace().count() >= 3 && words.contains(&quoted.to_lowercase())
        })
}

impl Section {
    /// Places each quotation beside the body paragraph that shares most of
    /// its words (the first on a tie). The first quotation of someone other
    /// than the analysis itself is the pull quote; the rest, mostly short
    /// phrases of the analysis, are quoted inline.
    pub fn quote_places(&self) -> Vec<QuotePlace> {
        let paragraphs: Vec<Vec<String>> = self.body.iter().map(|p| content_words(p)).collect();
        let pull = self.quotes.iter().position(|q| q.speaker != "The analysis");
        self.quotes
            .iter()
            .enumerate()
            .map(|(i, quote)| {
                let mut words = content_words(&quote.words);
                words.sort();
                words.dedup();
                let shared = |p: &Vec<String>| words.iter().filter(|w| p.contains(w)).count();
                let after = (0..paragraphs.len())
                    .rev()
                    .max_by_key(|&p| shared(&paragraphs[p]))
                    .unwrap_or(0);
                if Some(i) == pull {
                    QuotePlace::Pull { after }
                } else if self
                    .body
                    .get(after)
                    .is_some_and(|p| quotes_already(p, &quote.words))
                {
                    QuotePlace::InProse
                } else {
                    QuotePlace::Inline { after }
                }
            })
            .collect()
    }
}

impl Explainer {
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.iter().find(|e| e.id == id)
    }

    /// The timeline overview's layout: a mark per event, in timeline order.
    /// An undated or unreadable date counts as pending (validation rejects
    /// unreadable ones, so this never hides a mistake).
    pub fn overview(&self) -> Figure {
        let events: Vec<(EventDate, bool)> = self
            .timeline
            .iter()
            .map(|e| (e.when(), e.background))
            .collect();
        let published = EventDate::parse(&self.meta.published).unwrap_or(EventDate::Pending);
        Figure::new(&events, published)
    }

    /// The goals in scorecard order: by verdict, in the order of
    /// `Verdict::ALL` (the tally bar's order), and within a verdict in the
    /// data file's order.
    pub fn goals_in_verdict_order(goals: &[Goal]) -> Vec<&Goal> {
        // One pass per verdict rather than a sort: a stable sort costs
        // kilobytes of wasm, this a few bytes.
        Verdict::ALL
            .iter()
            .flat_map(|v| goals.iter().filter(move |g| g.verdict == *v))
            .collect()
    }

    /// How many goals have each verdict, in scorecard order (zeros included).
    pub fn verdict_tally(&self) -> Vec<(Verdict, usize)> {
        Verdict::ALL
            .into_iter()
            .map(|v| (v, self.goals.iter().filter(|g| g.verdict == v).count()))
            .collect()
    }

    /// How many events carry each theme; themes no event uses are left out.
    pub fn theme_counts(&self) -> Vec<(Theme, usize)> {
        Theme::ALL
            .into_iter()
            .map(|t| {
                (
                    t,
                    self.timeline
                        .iter()
                        .filter(|e| e.themes.contains(&t))
                        .count(),
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// Goals a section discusses, in scorecard order.
    pub fn goals_in_section<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Goal> + 'a {
        self.goals.iter().filter(move |g| g.section == section)
    }

    /// The person most timeline events name, if at least half of them do:
    /// the story's protagonist, whom the event cards do not list.
    pub fn protagonist(&self) -> Option<&str> {
        let count = |id: &str| {
            self.timeline
                .iter()
                .filter(|e| e.people.iter().any(|p| p == id))
                .count()
        };
        self.people
            .iter()
            .map(|p| (count(&p.id), &*p.id))
            .max()
            .filter(|(n, _)| *n > 0 && 2 * n >= self.timeline.len())
            .map(|(_, id)| id)
    }

    /// The people an event's card lists: those it names, except the
    /// protagonist and anyone its description already names (who is a
    /// button there). Unknown ids are left out.
    pub fn people_to_list(&self, event: &Event) -> Vec<&Person> {
        let protagonist = self.protagonist();
        let in_prose: Vec<&str> = parse_inline(&event.description)
            .into_iter()
            .filter_map(|run| match run {
                Inline::Person { id, .. } => Some(id),
                _ => None,
            })
            .collect();
        event
            .people
            .iter()
            .filter(|id| Some(&***id) != protagonist && !in_prose.contains(&&***id))
            .filter_map(|id| self.people.iter().find(|p| p.id == *id))
            .collect()
    }

    /// What kind of item an id names, if any.
    pub fn kind_of(&self, id: &str) -> Option<ItemKind> {
        if self.sections.iter().any(|s| s.id == id) {
            Some(ItemKind::Section)
        } else if self.timeline.iter().any(|e| e.id == id) {
            Some(ItemKind::Event)
        } else if self.goals.iter().any(|g| g.id == id) {
            Some(ItemKind::Goal)
        } else if self.people.iter().any(|p| p.id == id) {
            Some(ItemKind::Person)
        } else if self.glossary.iter().any(|t| t.id == id) {
            Some(ItemKind::Term)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Explainer {
        Explainer::embedded()
    }

    fn term(name: &'static str) -> Term {
        Term {
            id: name.into(),
            term: name.into(),
            definition: "".into(),
            background: false,
            citations: Default::default(),
            sources: Default::default(),
        }
    }

    #[test]
    fn glossary_sorts_by_term_ignoring_case_and_leading_quotes() {
        let terms = [
            term("THAAD"),
            term("'One China' policy"),
            term("baduk"),
            term("APEC"),
            term("Korean wave"),
        ];
        let order: Vec<&str> = alphabetical(&terms).iter().map(|t| &*t.term).collect();
        assert_eq!(
            order,
            [
                "APEC",
                "baduk",
                "Korean wave",
                "'One China' policy",
                "THAAD"
            ]
        );
    }

    #[test]
    fn the_embedded_glossary_renders_in_alphabetical_order() {
        let order: Vec<String> = alphabetical(&data().glossary)
            .iter()
            .map(|t| t.term.to_lowercase())
            .collect();
        assert_eq!(order.len(), data().glossary.len());
        assert!(
            order.windows(2).all(|w| w[0] <= w[1]),
            "not alphabetical: {order:?}"
        );
    }

    fn places(id: &str) -> Vec<QuotePlace> {
        data()
            .sections
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .quote_places()
    }

    #[test]
    fn one_pull_quote_per_section_beside_its_paragraph() {
        // Lee's words sit by the paragraph on his promise (the second); the
        // analysis's phrase is already quoted there; the pledge goes by the
        // paragraph on the dialogue (the fourth).
        assert_eq!(
            places("the-visit"),
            [
                QuotePlace::Pull { after: 1 },
                QuotePlace::InProse,
                QuotePlace::Inline { after: 3 }
            ]
        );
        for section in data().sections.iter() {
            let places = section.quote_places();
            assert_eq!(places.len(), section.quotes.len(), "{}", section.id);
            let pulls = places
                .iter()
                .filter(|p| matches!(p, QuotePlace::Pull { .. }))
                .count();
            assert!(pulls <= 1, "{}: {pulls} pull quotes", section.id);
            for place in places {
                if let QuotePlace::Pull { after } | QuotePlace::Inline { after } = place {
                    assert!(after < section.body.len(), "{}", section.id);
                }
            }
        }
    }

    #[test]
    fn a_phrase_the_prose_already_quotes_is_not_repeated() {
        assert!(quotes_already(
            "It will \"almost certainly not be the case\".",
            "This will almost certainly not be the case."
        ));
        // Two words are a phrase, not a quotation worth skipping.
        assert!(!quotes_already(
            "It saw \"some progress\".",
            "made some progress on ties"
        ));
        assert!(!quotes_already("No quotes here.", "no quotes here"));
    }

    #[test]
    fn goals_are_ordered_by_verdict_then_by_the_file() {
        let place = |v: Verdict| Verdict::ALL.iter().position(|a| *a == v).unwrap();
        // Reversed, so the file's own order cannot pass by accident.
        let goals: Vec<Goal> = data().goals.iter().rev().cloned().collect();
        let ordered = Explainer::goals_in_verdict_order(&goals);
        assert_eq!(ordered.len(), goals.len());
        for goal in &goals {
            assert_eq!(
                ordered.iter().filter(|g| g.id == goal.id).count(),
                1,
                "{}",
                goal.id
            );
        }
        for pair in ordered.windows(2) {
            let (a, b) = (place(pair[0].verdict), place(pair[1].verdict));
            assert!(a <= b, "{} before {}", pair[0].id, pair[1].id);
            if a == b {
                let index = |id: &str| goals.iter().position(|g| g.id == id).unwrap();
                assert!(
                    index(&pair[0].id) < index(&pair[1].id),
                    "stable within a verdict"
                );
            }
        }
        // The scorecard reads best outcome first: achieved before not achieved.
        let first = ordered.iter().position(|g| g.verdict == Verdict::Achieved);
        let last = ordered
            .iter()
            .rposition(|g| g.verdict == Verdict::NotAchieved);
        assert!(first.zip(last).is_some_and(|(f, l)| f < l));
    }

    #[test]
    fn tally_counts_every_goal_once() {
        let tally = data().verdict_tally();
        assert_eq!(tally.len(), Verdict::ALL.len());
        assert_eq!(
            tally.iter().map(|(_, n)| n).sum::<usize>(),
            data().goals.len()
        );
        for (verdict, count) in tally {
            assert_eq!(
                count,
                data().goals.iter().filter(|g| g.verdict == verdict).count()
            );
        }
    }

    #[test]
    fn theme_counts_match_the_events() {
        let counts = data().theme_counts();
        assert!(!counts.is_empty());
        for (theme, count) in counts {
            assert!(count > 0);
            assert_eq!(
                count,
                data()
                    .timeline
                    .iter()
                    .filter(|e| e.themes.contains(&theme))
                    .count()
            );
        }
    }

    #[test]
    fn the_protagonist_is_in_at_least_half_the_events() {
        let id = data().protagonist().expect("someone is in most events");
        let named = data()
            .timeline
            .iter()
            .filter(|e| e.people.iter().any(|p| p == id))
            .count();
        assert!(2 * named >= data().timeline.len(), "{id}: {named}");
    }

    #[test]
    fn cards_list_no_protagonist_and_no_one_their_prose_names() {
        let protagonist = data().protagonist();
        for event in data().timeline.iter() {
            let listed = data().people_to_list(event);
            let prose = parse_inline(&event.description);
            for person in listed {
                assert_ne!(Some(&*person.id), protagonist, "{}", event.id);
                assert!(event.people.contains(&person.id), "{}", event.id);
                assert!(
                    !prose.iter().any(|run| run.target() == Some(&*person.id)),
                    "{}: {} is already a button in the prose",
                    event.id,
                    person.id
                );
            }
        }
    }
}
