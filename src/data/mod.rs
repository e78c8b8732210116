//! The embedded catalogues, compiled in as `static` data.

pub(crate) mod duration_rules;
pub(crate) mod gelderland_2026;
