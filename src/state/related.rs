//! Counting and linking: the figures and highlights derived from the content.
//! Computed from the data every time, never stored in it.

use super::SortedSet;
use crate::data::{Event, Explainer, Goal, ItemKind, Text, Theme, Verdict};

/// The items linked to a selection, to be highlighted together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Related {
    pub goals: SortedSet<Text>,
    pub events: SortedSet<Text>,
    pub sections: SortedSet<Text>,
}

impl Related {
    pub fn contains(&self, id: &str) -> bool {
        self.goals.contains(id) || self.events.contains(id) || self.sections.contains(id)
    }

    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.events.is_empty() && self.sections.is_empty()
    }
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

    /// What a selected goal or event links to: a goal's events and section;
    /// an event's goals and their sections; a section's goals and their events.
    pub fn related(&self, id: &str) -> Related {
        let mut related = Related::default();
        match self.kind_of(id) {
            Some(ItemKind::Goal) => {
                if let Some(goal) = self.goal(id) {
                    related.events.extend(goal.events.iter().cloned());
                    related.sections.insert(goal.section.clone());
                }
            }
            Some(ItemKind::Event) => {
                if let Some(event) = self.event(id) {
                    for goal in event.goals.iter().filter_map(|g| self.goal(g)) {
                        related.goals.insert(goal.id.clone());
                        related.sections.insert(goal.section.clone());
                    }
                }
            }
            Some(ItemKind::Section) => {
                for goal in self.goals.iter().filter(|g| g.section == id) {
                    related.goals.insert(goal.id.clone());
                    related.events.extend(goal.events.iter().cloned());
                }
            }
            Some(ItemKind::Person | ItemKind::Term) | None => {}
        }
        related
    }

    /// Goals a section discusses, in scorecard order.
    pub fn goals_in_section<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Goal> + 'a {
        self.goals.iter().filter(move |g| g.section == section)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Explainer {
        Explainer::embedded()
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
    fn a_goal_links_to_its_events_and_section() {
        let goal = &data().goals[0];
        let related = data().related(&goal.id);
        assert_eq!(related.events, goal.events.iter().cloned().collect());
        assert!(related.sections.contains(&goal.section));
        assert!(related.goals.is_empty());
    }

    #[test]
    fn an_event_links_back_to_its_goals() {
        let event = data()
            .timeline
            .iter()
            .find(|e| !e.goals.is_empty())
            .unwrap();
        let related = data().related(&event.id);
        for goal in event.goals.iter() {
            assert!(related.goals.contains(goal));
            assert!(related
                .sections
                .contains(&data().goal(goal).unwrap().section));
        }
    }

    #[test]
    fn links_are_symmetric() {
        for goal in data().goals.iter() {
            for event in data().related(&goal.id).events {
                assert!(
                    data().related(&event).goals.contains(&goal.id),
                    "{} ↔ {event}",
                    goal.id
                );
            }
        }
    }

    #[test]
    fn unknown_ids_relate_to_nothing() {
        assert!(data().related("no-such-id").is_empty());
        assert!(data().related("person-xi-jinping").is_empty());
    }
}
