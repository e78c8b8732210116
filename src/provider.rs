//! [`Provider`]: the certified institutions (gecertificeerde instellingen, GIs) of the product
//! book, and [`PerProvider`], one value per provider.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, clip};

/// A certified institution (gecertificeerde instelling, GI) that carries out JB and JR measures.
///
/// `Display` and `FromStr` use the short names printed in the product book: `"JbGld"`, `"WSS"`,
/// `"LdH"`, `"JvV"` (`FromStr` is case-insensitive and also accepts the full names).
///
/// # Example
///
/// ```
/// use jbjr::Provider;
///
/// let wss: Provider = "wss".parse()?;
/// assert_eq!(wss, Provider::Wss);
/// assert_eq!(wss.to_string(), "WSS");
/// assert_eq!(wss.full_name(), "William Schrikker Stichting");
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::EnumCount,
)]
#[non_exhaustive]
pub enum Provider {
    /// Jeugdbescherming Gelderland ("JbGld").
    JbGld,
    /// William Schrikker Stichting ("WSS"), for children and parents with a disability.
    Wss,
    /// Leger des Heils Jeugdbescherming & Jeugdreclassering ("LdH").
    LdH,
    /// Jeugd Veilig Verder ("JvV"), Amsterdam region.
    JvV,
}

impl Provider {
    /// The short name printed in the product book.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Provider::JbGld.short_name(), "JbGld");
    /// ```
    #[must_use]
    pub const fn short_name(self) -> &'static str {
        match self {
            Provider::JbGld => "JbGld",
            Provider::Wss => "WSS",
            Provider::LdH => "LdH",
            Provider::JvV => "JvV",
        }
    }

    /// The institution's full name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Provider::JvV.full_name(), "Jeugd Veilig Verder");
    /// ```
    #[must_use]
    pub const fn full_name(self) -> &'static str {
        match self {
            Provider::JbGld => "Jeugdbescherming Gelderland",
            Provider::Wss => "William Schrikker Stichting",
            Provider::LdH => "Leger des Heils Jeugdbescherming & Jeugdreclassering",
            Provider::JvV => "Jeugd Veilig Verder",
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.short_name())
    }
}

impl FromStr for Provider {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        use strum::IntoEnumIterator;
        Provider::iter()
            .find(|p| {
                s.eq_ignore_ascii_case(p.short_name()) || s.eq_ignore_ascii_case(p.full_name())
            })
            .ok_or_else(|| Error::UnknownName {
                kind: "provider",
                input: clip(s),
                expected: "JbGld, WSS, LdH, JvV",
            })
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Provider, short_name);

/// One value per [`Provider`], e.g. a tariff or an hourly rate per GI.
///
/// # Example
///
/// ```
/// use jbjr::{PerProvider, Provider};
///
/// let rates = PerProvider::new(1, 2, 3, 4);
/// assert_eq!(*rates.get(Provider::LdH), 3);
/// assert_eq!(rates.iter().map(|(_, v)| *v).sum::<i32>(), 10);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PerProvider<T> {
    /// Jeugdbescherming Gelderland.
    pub jbgld: T,
    /// William Schrikker Stichting.
    pub wss: T,
    /// Leger des Heils.
    pub ldh: T,
    /// Jeugd Veilig Verder.
    pub jvv: T,
}

impl<T> PerProvider<T> {
    /// One value per provider, in the order JbGld, WSS, LdH, JvV (the columns of Tabel 1).
    ///
    /// # Example
    ///
    /// ```
    /// let v = jbjr::PerProvider::new('a', 'b', 'c', 'd');
    /// assert_eq!(v.jvv, 'd');
    /// ```
    pub const fn new(jbgld: T, wss: T, ldh: T, jvv: T) -> Self {
        PerProvider {
            jbgld,
            wss,
            ldh,
            jvv,
        }
    }

    /// The value for `provider`.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{PerProvider, Provider};
    /// assert_eq!(*PerProvider::new(1, 2, 3, 4).get(Provider::Wss), 2);
    /// ```
    pub const fn get(&self, provider: Provider) -> &T {
        match provider {
            Provider::JbGld => &self.jbgld,
            Provider::Wss => &self.wss,
            Provider::LdH => &self.ldh,
            Provider::JvV => &self.jvv,
        }
    }

    /// The value for `provider`, mutably.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{PerProvider, Provider};
    /// let mut v = PerProvider::new(1, 2, 3, 4);
    /// *v.get_mut(Provider::JvV) = 40;
    /// assert_eq!(v.jvv, 40);
    /// ```
    pub fn get_mut(&mut self, provider: Provider) -> &mut T {
        match provider {
            Provider::JbGld => &mut self.jbgld,
            Provider::Wss => &mut self.wss,
            Provider::LdH => &mut self.ldh,
            Provider::JvV => &mut self.jvv,
        }
    }

    /// The providers with their values, in column order.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{PerProvider, Provider};
    /// let values = PerProvider::new(1, 2, 3, 4);
    /// assert_eq!(values.iter().next(), Some((Provider::JbGld, &1)));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (Provider, &T)> {
        [
            (Provider::JbGld, &self.jbgld),
            (Provider::Wss, &self.wss),
            (Provider::LdH, &self.ldh),
            (Provider::JvV, &self.jvv),
        ]
        .into_iter()
    }

    /// Applies `f` to every value.
    ///
    /// # Example
    ///
    /// ```
    /// let doubled = jbjr::PerProvider::new(1, 2, 3, 4).map(|v| v * 2);
    /// assert_eq!(doubled, jbjr::PerProvider::new(2, 4, 6, 8));
    /// ```
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> PerProvider<U> {
        PerProvider {
            jbgld: f(self.jbgld),
            wss: f(self.wss),
            ldh: f(self.ldh),
            jvv: f(self.jvv),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn display_from_str_round_trip() {
        for p in Provider::iter() {
            assert_eq!(p.to_string().parse::<Provider>().unwrap(), p);
            assert_eq!(p.to_string().to_lowercase().parse::<Provider>().unwrap(), p);
            assert_eq!(p.full_name().parse::<Provider>().unwrap(), p);
        }
        assert!("GI".parse::<Provider>().is_err());
    }
}
