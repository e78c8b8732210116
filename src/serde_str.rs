//! Serde for types that are written as their string form (feature `serde`): one crate-private
//! macro instead of the same two impls in every module.

/// Implements `Serialize` and `Deserialize` for `$ty` through its string form.
///
/// - `serde_via_str!(Type)` serializes with `collect_str` (the `Display` output);
/// - `serde_via_str!(Type, method)` serializes `self.method()`, a `&str` (`as_str`,
///   `short_name`, or strum's `into`), with `serialize_str` (no formatting, no allocation).
///
/// Both deserialize a borrowed or owned string (`Cow<str>`) and parse it with `FromStr`; the
/// parse error becomes the format's error through `serde::de::Error::custom`.
macro_rules! serde_via_str {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        $crate::serde_str::serde_via_str!(@de $ty);
    };
    ($ty:ty, $method:ident) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.$method())
            }
        }
        $crate::serde_str::serde_via_str!(@de $ty);
    };
    (@de $ty:ty) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use serde_via_str;
