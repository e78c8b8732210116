//! The law's data, compiled in: the duration rules of every measure and the rules of the
//! Holland Rijnland kernbedingen.

pub(crate) mod duration_rules;
pub(crate) mod kernbedingen;
