//! A small ordered set.

use std::borrow::Borrow;

/// A set kept as a sorted `Vec`.
///
/// The reader's open sections, filters and highlighted items are a handful
/// of entries each, where a sorted `Vec` is as quick as a `BTreeSet` and
/// costs far less wasm (the B-tree's code was about 13 KB of the binary).
/// Iteration is in order, so the URL fragment written from a set is stable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, item: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|probe| probe.borrow().cmp(item))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(item).is_ok()
    }

    /// Adds `item`; false if it was already there.
    pub fn insert(&mut self, item: T) -> bool {
        match self.find(&item) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, item);
                true
            }
        }
    }

    /// Removes `item`; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.find(item) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Adds `item` if it is missing, removes it if present.
    pub fn toggle(&mut self, item: T) {
        if !self.remove(&item) {
            self.insert(item);
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = Self::new();
        set.extend(items);
        set
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_items_sorted_and_unique() {
        let mut set: SortedSet<String> = ["p3", "p1", "p2", "p1"].map(String::from).into();
        assert_eq!(set.len(), 3);
        assert_eq!(
            set.iter().map(String::as_str).collect::<Vec<_>>(),
            ["p1", "p2", "p3"]
        );
        assert!(!set.insert("p2".to_owned()));
        assert!(set.insert("p0".to_owned()));
        assert_eq!(set.iter().next().map(String::as_str), Some("p0"));
    }

    #[test]
    fn looks_up_and_removes_by_borrowed_key() {
        let mut set: SortedSet<String> = ["a", "b"].map(String::from).into();
        assert!(set.contains("a"));
        assert!(set.remove("a"));
        assert!(!set.remove("a"));
        assert!(!set.contains("a"));
        set.toggle("c".to_owned());
        assert!(set.contains("c"));
        set.toggle("c".to_owned());
        assert!(!set.contains("c"));
        set.clear();
        assert!(set.is_empty());
    }
}
