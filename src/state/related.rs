//! Counting and linking: the figures and highlights derived from the content.
//! Computed from the data every time, never stored in it.

use super::SortedSet;
use crate::data::{Explainer, ItemKind, Text};

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

    /// What a selected goal or event links to: a goal's events and section;
    /// an event's goals and their sections; a section's goals and their events.
    pub fn of(data: &Explainer, id: &str) -> Related {
        let mut related = Related::default();
        match data.kind_of(id) {
            Some(ItemKind::Goal) => {
                if let Some(goal) = data.goal(id) {
                    related.events.extend(goal.events.iter().cloned());
                    related.sections.insert(goal.section.clone());
                }
            }
            Some(ItemKind::Event) => {
                if let Some(event) = data.event(id) {
                    for goal in event.goals.iter().filter_map(|g| data.goal(g)) {
                        related.goals.insert(goal.id.clone());
                        related.sections.insert(goal.section.clone());
                    }
                }
            }
            Some(ItemKind::Section) => {
                for goal in data.goals.iter().filter(|g| g.section == id) {
                    related.goals.insert(goal.id.clone());
                    related.events.extend(goal.events.iter().cloned());
                }
            }
            Some(ItemKind::Person | ItemKind::Term) | None => {}
        }
        related
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Explainer {
        Explainer::embedded()
    }

    #[test]
    fn a_goal_links_to_its_events_and_section() {
        let goal = &data().goals[0];
        let related = Related::of(data(), &goal.id);
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
        let related = Related::of(data(), &event.id);
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
            for event in Related::of(data(), &goal.id).events {
                assert!(
                    Related::of(data(), &event).goals.contains(&goal.id),
                    "{} ↔ {event}",
                    goal.id
                );
            }
        }
    }

    #[test]
    fn unknown_ids_relate_to_nothing() {
        assert!(Related::of(data(), "no-such-id").is_empty());
        assert!(Related::of(data(), "person-xi-jinping").is_empty());
    }
}
