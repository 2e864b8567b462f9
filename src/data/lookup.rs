//! Looking things up in the content: every `impl Explainer` query in one place.

use super::model::{Event, Explainer, Goal, Term, Theme, Verdict};
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

impl Explainer {
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.iter().find(|e| e.id == id)
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
            ["APEC", "baduk", "Korean wave", "'One China' policy", "THAAD"]
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
}
