//! [`Provider`]: a certified institution (gecertificeerde instelling, GI) named by its short
//! name; [`ProviderInfo`]: what a catalogue declares about one; [`AgbCode`]: its iJw AGB code.
//!
//! A `Provider` is only an identity: any GI can be named, in any region. What a GI *is* in a
//! product book (its full name, AGB code, hourly rate) is declared by each [`crate::Catalogue`]
//! as a [`ProviderInfo`]; the catalogue's tariffs are per declared provider.

use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::{Error, clip};

/// The most characters a provider's short name may have.
pub const MAX_PROVIDER_LEN: usize = 14;

/// A certified institution (gecertificeerde instelling, GI) that carries out JB and JR measures,
/// named by its short name as printed ("JbGld", "WSS", "Nidos", "JBWest").
///
/// Any GI can be named: a short name is 1 to [`MAX_PROVIDER_LEN`] ASCII letters, digits, `-`,
/// `&`, `.`, `_` or inner spaces, starting with a letter or digit. Input is case-insensitive
/// and the value canonical, like [`crate::ProductCode`]: `"wss"` and `"WSS"` are one provider,
/// equal bit for bit (so the constants work in patterns). A provider displays in upper case,
/// except the four GIs of the Gelderland product book, which display as printed; `FromStr` maps
/// their short names in any case, and their full names, onto these constants:
///
/// | Constant | Short name | Full name |
/// |---|---|---|
/// | [`Provider::JbGld`] | `JbGld` | Jeugdbescherming Gelderland |
/// | [`Provider::Wss`] | `WSS` | William Schrikker Stichting |
/// | [`Provider::LdH`] | `LdH` | Leger des Heils Jeugdbescherming & Jeugdreclassering |
/// | [`Provider::JvV`] | `JvV` | Jeugd Veilig Verder |
///
/// A catalogue keeps the spelling it declares a provider with ([`ProviderInfo::short_name`]),
/// and writes its files with it.
///
/// The value is 16 bytes and `Copy`. Which GIs a catalogue has, with their full names and AGB
/// codes, is declared by the catalogue ([`crate::Catalogue::providers`]).
///
/// # Example
///
/// ```
/// use jbjr::Provider;
///
/// let wss: Provider = "wss".parse()?;
/// assert_eq!(wss, Provider::Wss);
/// assert_eq!(wss.to_string(), "WSS");
/// assert_eq!("William Schrikker Stichting".parse::<Provider>()?, Provider::Wss);
///
/// // Any GI of any region, case-insensitive in, canonical out.
/// let west: Provider = "JBWest".parse()?;
/// assert_eq!(west, "jbwest".parse()?);
/// assert_eq!(west.to_string(), "JBWEST");
/// assert!("".parse::<Provider>().is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Provider {
    /// The name's bytes in upper case, big-endian from the top byte, zero padded (14 bytes);
    /// the lowest two bytes: bit `i` set when character `i` displays in lower case, which only
    /// the four Gelderland constants have. The casing is a function of the upper-case name, so
    /// the value is canonical and compares (equality, order: that of the upper-case names) and
    /// hashes as such. Held as two `u64` fields (high half first, so the derived order is that
    /// of the `u128`): 8-aligned, so a `Tariff` or an `Error` holding one stays small, and
    /// passed in two registers.
    hi: u64,
    lo: u64,
}

/// The short names of the four Gelderland GIs as printed (Tabel 1), in column order.
const GELDERLAND_SHORT_NAMES: [&str; 4] = ["JbGld", "WSS", "LdH", "JvV"];

#[allow(non_upper_case_globals)] // the names of the enum variants they replace
impl Provider {
    /// Jeugdbescherming Gelderland ("JbGld").
    pub const JbGld: Provider = Provider::known(GELDERLAND_SHORT_NAMES[0]);
    /// William Schrikker Stichting ("WSS"), for children and parents with a disability.
    pub const Wss: Provider = Provider::known(GELDERLAND_SHORT_NAMES[1]);
    /// Leger des Heils Jeugdbescherming & Jeugdreclassering ("LdH").
    pub const LdH: Provider = Provider::known(GELDERLAND_SHORT_NAMES[2]);
    /// Jeugd Veilig Verder ("JvV"), Amsterdam region.
    pub const JvV: Provider = Provider::known(GELDERLAND_SHORT_NAMES[3]);

    /// The four GIs of the Gelderland product book with their full names, in the column order
    /// of its Tabel 1.
    const GELDERLAND: [(Provider, &'static str); 4] = [
        (Provider::JbGld, "Jeugdbescherming Gelderland"),
        (Provider::Wss, "William Schrikker Stichting"),
        (
            Provider::LdH,
            "Leger des Heils Jeugdbescherming & Jeugdreclassering",
        ),
        (Provider::JvV, "Jeugd Veilig Verder"),
    ];

    /// The provider with this short name (any case; full names are not accepted here).
    pub(crate) fn from_short_name(s: &str) -> Result<Provider, Error> {
        Provider::parse_bytes(s.as_bytes(), false).map_err(|reason| Error::InvalidProvider {
            input: clip(s),
            reason,
        })
    }

    /// A constant with its printed casing. Only evaluated in the constants above: a panic is
    /// a build error.
    #[allow(clippy::panic)]
    const fn known(name: &str) -> Provider {
        match Provider::parse_bytes(name.as_bytes(), true) {
            Ok(p) => p,
            Err(_) => panic!("not a short name"),
        }
    }

    /// Parses a short name at compile time or run time; `None` when it is not a well-formed
    /// short name. Unlike [`FromStr`] it does not accept full names.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    ///
    /// const NIDOS: Option<Provider> = Provider::new_const("Nidos");
    /// assert_eq!(NIDOS.map(|p| p.to_string()), Some("NIDOS".to_string()));
    /// assert_eq!(Provider::new_const("jbgld"), Some(Provider::JbGld));
    /// assert_eq!(Provider::new_const("Jeugdbescherming Gelderland"), None); // too long
    /// ```
    #[must_use]
    pub const fn new_const(name: &str) -> Option<Provider> {
        match Provider::parse_bytes(name.as_bytes(), false) {
            Ok(p) => Some(p),
            Err(_) => None,
        }
    }

    /// The provider named `input`; with `keep_case` the lower-case letters are kept as display
    /// casing (for the constants only), else the casing is the canonical one.
    const fn parse_bytes(input: &[u8], keep_case: bool) -> Result<Provider, &'static str> {
        let mut rest = input;
        while let [b, tail @ ..] = rest {
            let punct = matches!(b, b'-' | b'&' | b'.' | b'_' | b' ');
            if !b.is_ascii_alphanumeric() && !punct {
                return Err(
                    "a provider's short name has only ASCII letters, digits, '-', '&', '.', '_' and spaces",
                );
            }
            rest = tail;
        }
        let [first, ..] = input else {
            return Err("a provider's short name has 1 to 14 characters, got none");
        };
        if !first.is_ascii_alphanumeric() {
            return Err("a provider's short name starts with a letter or digit");
        }
        if let [.., b' '] = input {
            return Err("a provider's short name does not end in a space");
        }
        if input.len() > MAX_PROVIDER_LEN {
            return Err("a provider's short name has at most 14 characters");
        }
        let mut packed: u128 = 0;
        let mut rest = input;
        let mut i = 0;
        while let [b, tail @ ..] = rest {
            packed |= (b.to_ascii_uppercase() as u128) << (120 - 8 * i);
            if keep_case && b.is_ascii_lowercase() {
                packed |= 1 << i;
            }
            i += 1;
            rest = tail;
        }
        if keep_case {
            return Ok(Provider::from_packed(packed));
        }
        // The canonical casing: that of a Gelderland constant with this name, else upper case.
        let mut known: &[&str] = &GELDERLAND_SHORT_NAMES;
        while let [name, more @ ..] = known {
            if let Ok(p) = Provider::parse_bytes(name.as_bytes(), true) {
                if p.packed() >> 16 == packed >> 16 {
                    return Ok(p);
                }
            }
            known = more;
        }
        Ok(Provider::from_packed(packed))
    }

    const fn from_packed(packed: u128) -> Provider {
        Provider {
            hi: (packed >> 64) as u64,
            lo: packed as u64,
        }
    }

    /// The two halves of the packed value (for comparisons in `const fn`s).
    pub(crate) const fn halves(self) -> [u64; 2] {
        [self.hi, self.lo]
    }

    /// The name bytes and casing bits as one `u128` (see the field's docs).
    const fn packed(self) -> u128 {
        ((self.hi as u128) << 64) | self.lo as u128
    }

    /// The short name as it displays: upper case, or the printed spelling for the four
    /// Gelderland constants. No allocation: the text is held in the returned value.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// assert_eq!(&*Provider::JbGld.short_name(), "JbGld");
    /// assert_eq!(&*"JBWest".parse::<Provider>()?.short_name(), "JBWEST");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn short_name(self) -> ShortName {
        let packed = self.packed();
        let mut bytes = [0u8; MAX_PROVIDER_LEN];
        let mut len = 0;
        let mut rest: &mut [u8] = &mut bytes;
        while let [slot, more @ ..] = rest {
            // Byte `len` of the name sits at bits 120 - 8 len.
            let b = (packed >> (120 - 8 * len)) as u8;
            if b == 0 {
                break;
            }
            *slot = if packed & (1 << len) != 0 {
                b.to_ascii_lowercase()
            } else {
                b
            };
            len += 1;
            rest = more;
        }
        ShortName {
            bytes,
            len: len as u8,
        }
    }

    /// The full name of one of the four Gelderland GIs (the constants); `None` for any other
    /// provider, whose full name its catalogue declares ([`ProviderInfo::full_name`]).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// assert_eq!(Provider::JvV.known_full_name(), Some("Jeugd Veilig Verder"));
    /// assert_eq!("Nidos".parse::<Provider>()?.known_full_name(), None);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn known_full_name(self) -> Option<&'static str> {
        Provider::GELDERLAND
            .iter()
            .find(|(p, _)| *p == self)
            .map(|(_, name)| *name)
    }

    /// The four GIs of the Gelderland product book, in the column order of its Tabel 1
    /// (JbGld, WSS, LdH, JvV).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::Provider;
    /// assert_eq!(Provider::gelderland(), [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV]);
    /// ```
    #[must_use]
    pub const fn gelderland() -> [Provider; 4] {
        [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV]
    }
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Provider({:?})", &*self.short_name())
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.short_name())
    }
}

impl FromStr for Provider {
    type Err = Error;

    /// A short name (any case), or the full name of one of the four Gelderland GIs. The short
    /// name of a Gelderland GI in any case gives its constant, with the printed spelling.
    fn from_str(s: &str) -> Result<Self, Error> {
        if let Some((p, _)) = Provider::GELDERLAND
            .iter()
            .find(|(_, full)| s.eq_ignore_ascii_case(full))
        {
            return Ok(*p);
        }
        Provider::from_short_name(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Provider {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.short_name())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(@de Provider);

/// A provider's short name as text, held inline: what [`Provider::short_name`] returns.
/// Derefs to `str`.
///
/// # Example
///
/// ```
/// let name = jbjr::Provider::LdH.short_name();
/// assert_eq!(name.len(), 3);
/// assert_eq!(name.as_str(), "LdH");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShortName {
    bytes: [u8; MAX_PROVIDER_LEN],
    len: u8,
}

impl ShortName {
    /// The name as a string slice.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Provider::Wss.short_name().as_str(), "WSS");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }
}

impl Deref for ShortName {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for ShortName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for ShortName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// An AGB code (Algemeen GegevensBeheer, Vektis): the 8-digit code by which iJw messages
/// (JW315, JW323) identify a provider.
///
/// # Example
///
/// ```
/// use jbjr::AgbCode;
/// let agb: AgbCode = "01234567".parse()?;
/// assert_eq!(agb.to_string(), "01234567");
/// assert!("1234567".parse::<AgbCode>().is_err()); // 7 digits
/// assert!("0123456a".parse::<AgbCode>().is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AgbCode([u8; 8]);

impl AgbCode {
    /// The eight digits.
    ///
    /// # Example
    ///
    /// ```
    /// let agb: jbjr::AgbCode = "98765432".parse()?;
    /// assert_eq!(agb.as_str(), "98765432");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl FromStr for AgbCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason| Error::InvalidAgbCode {
            input: clip(s),
            reason,
        };
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("an AGB code has only the digits 0 to 9"));
        }
        let bytes: [u8; 8] = s
            .as_bytes()
            .try_into()
            .map_err(|_| invalid("an AGB code has exactly 8 digits"))?;
        Ok(AgbCode(bytes))
    }
}

impl fmt::Display for AgbCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(AgbCode, as_str);

/// What a catalogue declares about one of its providers: the short name, the full name and,
/// where known, the AGB code and the hourly rate at 100 % ("landelijk uurtarief").
///
/// A catalogue's tariffs are per declared provider: a tariff or rate for a GI the catalogue does
/// not declare is refused when the catalogue is built or loaded.
///
/// # Example
///
/// ```
/// use jbjr::{Catalogue, Decimal, Provider, ProviderInfo};
///
/// let book = Catalogue::gelderland_2026();
/// let wss = book.provider_info(Provider::Wss).expect("declared");
/// assert_eq!(wss.full_name(), "William Schrikker Stichting");
/// assert_eq!(wss.hourly_rate(), Some(Decimal::new(14917, 2)));
///
/// // A GI of another region, with a made-up AGB code.
/// let west = ProviderInfo::new("JBWest".parse()?, "Jeugdbescherming west")?
///     .with_agb("00000000".parse()?);
/// assert_eq!(west.agb().map(|a| a.to_string()), Some("00000000".into()));
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderInfo {
    pub(crate) provider: Provider,
    /// The short name as the catalogue spells it (equal to `provider` ignoring case).
    pub(crate) spelling: ShortName,
    pub(crate) full_name: std::borrow::Cow<'static, str>,
    pub(crate) agb: Option<AgbCode>,
    pub(crate) hourly_rate: Option<Decimal>,
}

impl ProviderInfo {
    /// A provider with its full name; no AGB code and no hourly rate yet. The catalogue spells
    /// it as the provider displays; [`ProviderInfo::named`] keeps a spelling of its own.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] (field `full_name`) when the full name is empty, longer than
    /// 200 bytes or holds control characters.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ProviderInfo;
    /// let nidos = ProviderInfo::new("Nidos".parse()?, "Nidos")?;
    /// assert_eq!(nidos.provider().to_string(), "NIDOS");
    /// assert!(ProviderInfo::new("Nidos".parse()?, "").is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(provider: Provider, full_name: impl Into<String>) -> Result<ProviderInfo, Error> {
        let full_name = full_name.into();
        crate::text::check_name(&provider.short_name(), "full_name", &full_name)?;
        Ok(ProviderInfo {
            provider,
            spelling: provider.short_name(),
            full_name: std::borrow::Cow::Owned(full_name),
            agb: None,
            hourly_rate: None,
        })
    }

    /// A provider by its short name as the catalogue spells it (kept for reports and files),
    /// with its full name.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidProvider`] for a malformed short name (a full name, even of a Gelderland
    /// GI, is not a short name); [`Error::InvalidCatalogue`] as for [`ProviderInfo::new`].
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Provider, ProviderInfo};
    /// let nidos = ProviderInfo::named("Nidos", "Nidos")?;
    /// assert_eq!(nidos.short_name(), "Nidos");
    /// assert_eq!(nidos.provider(), "NIDOS".parse::<Provider>()?);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn named(short_name: &str, full_name: impl Into<String>) -> Result<ProviderInfo, Error> {
        let provider = Provider::from_short_name(short_name)?;
        let mut info = ProviderInfo::new(provider, full_name)?;
        // A well-formed short name has at most MAX_PROVIDER_LEN ASCII bytes.
        let mut bytes = [0u8; MAX_PROVIDER_LEN];
        for (slot, b) in bytes.iter_mut().zip(short_name.bytes()) {
            *slot = b;
        }
        info.spelling = ShortName {
            bytes,
            len: u8::try_from(short_name.len()).unwrap_or(0),
        };
        Ok(info)
    }

    /// The short name as the catalogue spells it (equal to [`ProviderInfo::provider`]'s name
    /// ignoring case).
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.providers()[1].short_name(), "WSS");
    /// ```
    #[must_use]
    pub fn short_name(&self) -> &str {
        self.spelling.as_str()
    }

    /// The four Gelderland GIs with their full names and these hourly rates (JbGld, WSS, LdH,
    /// JvV): the declarations of the embedded product book.
    pub(crate) const fn gelderland(rates: [Option<Decimal>; 4]) -> [ProviderInfo; 4] {
        let [(a, an), (b, bn), (c, cn), (d, dn)] = Provider::GELDERLAND;
        let [ar, br, cr, dr] = rates;
        [
            ProviderInfo::new_const(a, an, ar),
            ProviderInfo::new_const(b, bn, br),
            ProviderInfo::new_const(c, cn, cr),
            ProviderInfo::new_const(d, dn, dr),
        ]
    }

    const fn new_const(
        provider: Provider,
        full_name: &'static str,
        hourly_rate: Option<Decimal>,
    ) -> ProviderInfo {
        ProviderInfo {
            provider,
            spelling: provider.short_name(),
            full_name: std::borrow::Cow::Borrowed(full_name),
            agb: None,
            hourly_rate,
        }
    }

    /// This declaration with an AGB code.
    ///
    /// # Example
    ///
    /// ```
    /// let info = jbjr::ProviderInfo::new("Nidos".parse()?, "Nidos")?.with_agb("12345678".parse()?);
    /// assert_eq!(info.agb().map(|a| a.to_string()).as_deref(), Some("12345678"));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn with_agb(mut self, agb: AgbCode) -> ProviderInfo {
        self.agb = Some(agb);
        self
    }

    /// This declaration with an hourly rate at 100 % (euros, whole cents; not rounded).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCatalogue`] (field `hourly_rate`) when the rate is negative, not whole
    /// cents, or too large to be held in cents (as [`crate::Product::with_tariff`]).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{Decimal, ProviderInfo};
    /// let info = ProviderInfo::new("Nidos".parse()?, "Nidos")?.with_hourly_rate(Decimal::new(15000, 2))?;
    /// assert_eq!(info.hourly_rate(), Some(Decimal::new(15000, 2)));
    /// assert!(info.with_hourly_rate(Decimal::new(1, 3)).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn with_hourly_rate(mut self, rate: Decimal) -> Result<ProviderInfo, Error> {
        let rate =
            crate::money::cents_amount(&self.provider.short_name(), rate).map_err(|e| match e {
                Error::InvalidCatalogue {
                    product, reason, ..
                } => Error::InvalidCatalogue {
                    product,
                    field: "hourly_rate",
                    reason,
                },
                other => other,
            })?;
        self.hourly_rate = Some(rate);
        Ok(self)
    }

    /// The provider.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.providers()[0].provider(), jbjr::Provider::JbGld);
    /// ```
    #[must_use]
    pub const fn provider(&self) -> Provider {
        self.provider
    }

    /// The full name, e.g. "Jeugdbescherming Gelderland".
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.providers()[3].full_name(), "Jeugd Veilig Verder");
    /// ```
    #[must_use]
    pub fn full_name(&self) -> &str {
        &self.full_name
    }

    /// The AGB code, where the catalogue gives one (the product book 2026 gives none).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jbjr::Catalogue::gelderland_2026().providers()[0].agb(), None);
    /// ```
    #[must_use]
    pub const fn agb(&self) -> Option<AgbCode> {
        self.agb
    }

    /// The hourly rate at 100 % ("landelijk uurtarief"), euros in whole cents as in the
    /// catalogue (not rounded here), or `None` where the catalogue gives none.
    ///
    /// # Example
    ///
    /// ```
    /// let book = jbjr::Catalogue::gelderland_2026();
    /// assert_eq!(book.providers()[0].hourly_rate().map(|r| r.to_string()).as_deref(), Some("146.25"));
    /// ```
    #[must_use]
    pub const fn hourly_rate(&self) -> Option<Decimal> {
        self.hourly_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_from_str_round_trip() {
        for p in Provider::gelderland() {
            assert_eq!(p.to_string().parse::<Provider>().unwrap(), p);
            assert_eq!(p.to_string().to_lowercase().parse::<Provider>().unwrap(), p);
            let full = p.known_full_name().unwrap();
            assert_eq!(full.parse::<Provider>().unwrap(), p);
            // Any case gives the constant with its printed spelling.
            let shouted: Provider = p.to_string().to_uppercase().parse().unwrap();
            assert_eq!(shouted.to_string(), p.to_string());
        }
        assert_eq!(
            ["JbGld", "WSS", "LdH", "JvV"],
            Provider::gelderland().map(|p| p.to_string())
        );
    }

    #[test]
    fn any_well_formed_short_name_parses_to_its_canonical_form() {
        for name in [
            "GI",
            "Nidos",
            "JBWest",
            "JB Brabant",
            "SAVE-R&D.1_x",
            "A",
            "ABCDEFGHIJKLMN",
        ] {
            let p: Provider = name.parse().unwrap();
            assert_eq!(p.to_string(), name.to_uppercase());
            assert_eq!(p, name.to_lowercase().parse().unwrap());
            assert_eq!(p, name.to_uppercase().parse().unwrap());
            assert_eq!(p.to_string().parse::<Provider>().unwrap(), p);
        }
    }

    #[test]
    fn malformed_short_names_are_refused_with_the_reason() {
        for (bad, why) in [
            ("", "got none"),
            ("ABCDEFGHIJKLMNO", "at most 14"),
            (" WSS", "starts with"),
            ("WSS ", "end in a space"),
            ("-WSS", "starts with"),
            ("W/S", "only ASCII"),
            ("Wé", "only ASCII"),
            ("W\0", "only ASCII"),
            ("Jeugdbescherming Overal", "at most 14"),
        ] {
            let err = bad.parse::<Provider>().unwrap_err();
            assert!(
                matches!(err, Error::InvalidProvider { reason, .. } if reason.contains(why)),
                "{bad:?}: {err}"
            );
        }
    }

    #[test]
    fn equality_order_and_hash_ignore_case() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |p: Provider| {
            let mut h = DefaultHasher::new();
            p.hash(&mut h);
            h.finish()
        };
        let a: Provider = "JBWest".parse().unwrap();
        let b: Provider = "jbwEST".parse().unwrap();
        assert_eq!(a, b);
        assert_eq!(hash(a), hash(b));
        assert_eq!(a.cmp(&b), std::cmp::Ordering::Equal);
        let c: Provider = "JBWesta".parse().unwrap();
        assert!(a < c);
        assert_ne!(a, c);
        assert!(Provider::JbGld < Provider::Wss);
    }

    #[test]
    fn agb_codes_are_eight_digits() {
        assert!("12345678".parse::<AgbCode>().is_ok());
        for bad in [
            "",
            "1234567",
            "123456789",
            "1234567a",
            " 1234567",
            "１２３４５６７８",
        ] {
            assert!(
                matches!(bad.parse::<AgbCode>(), Err(Error::InvalidAgbCode { .. })),
                "{bad:?}"
            );
        }
    }
}
