//! The content: its types, the embedded file, the lookups the page makes in
//! it, and the rules it must follow.

pub mod date;
pub mod load;
pub mod lookup;
pub mod model;
pub mod rich_text;
pub mod validate;
pub mod vocabulary;

pub use date::EventDate;
pub use load::LoadError;
pub use model::*;
pub use validate::{DataError, ItemKind};
