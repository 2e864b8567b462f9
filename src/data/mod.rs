//! The content: its types, the embedded file, and the rules it must follow.

pub mod date;
pub mod load;
pub mod model;
pub mod pmz;
pub mod rich_text;
pub mod validate;
pub mod yellow_sea_map;

pub use date::EventDate;
pub use load::LoadError;
pub use model::*;
pub use validate::{DataError, ItemKind};
