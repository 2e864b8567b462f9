//! The reader's view: pure state and logic (natively tested) and the
//! reactive glue that keeps it in step with the URL and storage.

pub mod context;
pub mod related;
pub mod sorted_set;
pub mod use_current_part;
pub mod use_disclosure;
pub mod use_pending_value;
pub mod use_remembered_open;
pub mod use_url_sync;
pub mod view_state;

pub use context::{use_explainer, ExplainerContext};
pub use related::Related;
pub use sorted_set::SortedSet;
pub use use_current_part::use_current_part;
pub use use_disclosure::{use_disclosure, Disclosure};
pub use use_pending_value::{use_pending_value, PendingValue};
pub use use_remembered_open::use_remembered_open;
pub use use_url_sync::{reveal, use_url_sync};
pub use view_state::{initial_view, ViewState};
