//! The iJw keys a declaration runs on: [`AllocationNumber`] (`ToewijzingNummer`, the key of an
//! allocation, JW301), [`Reference`] (`ReferentieNummer`, the key of a declared line, JW323) and
//! [`DeclarationNumber`] (`DeclaratieNummer`, the key of a declaration), with
//! [`ReferenceSeries`] to hand out fresh references.
//!
//! Formats from the iJw 3.2 Basisschema (`LDT_Nummer`, `LDT_ReferentieNummer`,
//! `LDT_IdentificatieDeclaratie` with the JW323 pattern of CS319). Each type refuses what the
//! format refuses, so a value of the type can be written into a message as it is.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, clip};

/// An allocation number (iJw `ToewijzingNummer`, type `LDT_Nummer`): a whole number from 0 to
/// 999,999,999, unique per municipality (TR332). JW305, JW307 and every JW323 line name the
/// allocation by it (TR338: a line whose number is unknown is rejected with 9338).
///
/// It is an XSD integer: `"0100001"` and `"100001"` are the same number; it is written without
/// leading zeros. `Display`/`FromStr` round trip; serde (feature `serde`) writes the number.
///
/// # Example
///
/// ```
/// use jbjr::AllocationNumber;
/// let n: AllocationNumber = "0100001".parse()?;
/// assert_eq!(n, AllocationNumber::new(100_001)?);
/// assert_eq!(n.to_string(), "100001");
/// assert!(AllocationNumber::new(1_000_000_000).is_err());
/// assert!("-1".parse::<AllocationNumber>().is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "u32", into = "u32")
)]
pub struct AllocationNumber(u32);

impl AllocationNumber {
    /// The largest allocation number (`LDT_Nummer`: at most 999,999,999).
    pub const MAX: u32 = 999_999_999;

    /// The allocation number `n`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidKey`] when `n` is above 999,999,999.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::AllocationNumber;
    /// assert_eq!(AllocationNumber::new(7)?.get(), 7);
    /// assert!(AllocationNumber::new(AllocationNumber::MAX + 1).is_err());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(n: u32) -> Result<AllocationNumber, Error> {
        if n > Self::MAX {
            return Err(Error::InvalidKey {
                kind: "allocation number",
                input: clip(&n.to_string()),
                expected: "a whole number from 0 to 999999999 (iJw LDT_Nummer)",
            });
        }
        Ok(AllocationNumber(n))
    }

    /// The number.
    ///
    /// # Example
    ///
    /// ```
    /// let n: jbjr::AllocationNumber = "42".parse()?;
    /// assert_eq!(n.get(), 42);
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for AllocationNumber {
    type Error = Error;

    fn try_from(n: u32) -> Result<AllocationNumber, Error> {
        AllocationNumber::new(n)
    }
}

impl From<AllocationNumber> for u32 {
    fn from(n: AllocationNumber) -> u32 {
        n.0
    }
}

impl FromStr for AllocationNumber {
    type Err = Error;

    fn from_str(s: &str) -> Result<AllocationNumber, Error> {
        let invalid = || Error::InvalidKey {
            kind: "allocation number",
            input: clip(s),
            expected: "a whole number from 0 to 999999999 (iJw LDT_Nummer)",
        };
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let digits = s.trim_start_matches('0');
        if digits.len() > 9 {
            return Err(invalid());
        }
        let n = if digits.is_empty() {
            0
        } else {
            digits.parse::<u32>().map_err(|_| invalid())?
        };
        AllocationNumber::new(n).map_err(|_| invalid())
    }
}

impl fmt::Display for AllocationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The reference of a declared line (iJw `ProductReferentie/ReferentieNummer`, type
/// `LDT_ReferentieNummer`): 1 to 20 characters, no control characters, chosen by the GI and
/// unique for it across all its messages (TR314 → 8021). A credit carries the reference of the
/// line it credits as its `VorigReferentieNummer` (IV085, CD060).
///
/// `Display`/`FromStr` round trip; serde (feature `serde`) writes the string.
///
/// # Example
///
/// ```
/// use jbjr::Reference;
/// let r: Reference = "PR2026040001".parse()?;
/// assert_eq!(r.as_str(), "PR2026040001");
/// assert!("".parse::<Reference>().is_err());
/// assert!("a reference that is too long".parse::<Reference>().is_err()); // 28 characters
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reference(Box<str>);

impl Reference {
    /// The most characters a reference has.
    pub const MAX_LEN: usize = 20;

    /// The reference as text.
    ///
    /// # Example
    ///
    /// ```
    /// let r: jbjr::Reference = "R-1".parse()?;
    /// assert_eq!(r.as_str(), "R-1");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Reference {
    type Err = Error;

    fn from_str(s: &str) -> Result<Reference, Error> {
        let n = s.chars().count();
        if n == 0 || n > Self::MAX_LEN || s.chars().any(char::is_control) {
            return Err(Error::InvalidKey {
                kind: "line reference",
                input: clip(s),
                expected: "1 to 20 characters, no control characters (iJw LDT_ReferentieNummer)",
            });
        }
        Ok(Reference(s.into()))
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(Reference, as_str);

/// Fresh line references: a fixed prefix and a counter (`"JBG26-"`, then `"JBG26-1"`,
/// `"JBG26-2"`, …), the way a GI numbers its lines so that no reference repeats (TR314). The
/// series serializes (feature `serde`) so it can be kept beside a [`Ledger`].
///
/// [`Ledger`]: crate::declaration::Ledger
///
/// # Example
///
/// ```
/// use jbjr::ReferenceSeries;
/// let mut refs = ReferenceSeries::new("JBG26-", 41)?;
/// assert_eq!(refs.next_reference()?.as_str(), "JBG26-41");
/// assert_eq!(refs.next_reference()?.as_str(), "JBG26-42");
/// // A prefix that leaves no room for a number is refused.
/// assert!(ReferenceSeries::new("a prefix of 20 chars", 1).is_err());
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ReferenceSeries {
    prefix: String,
    next: u64,
}

impl ReferenceSeries {
    /// A series with `prefix`, numbering from `first`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidKey`] when the prefix with the first number is not a [`Reference`].
    ///
    /// # Example
    ///
    /// ```
    /// let mut refs = jbjr::ReferenceSeries::new("D", 1)?;
    /// assert_eq!(refs.next_reference()?.to_string(), "D1");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn new(prefix: &str, first: u64) -> Result<ReferenceSeries, Error> {
        format!("{prefix}{first}").parse::<Reference>()?;
        Ok(ReferenceSeries {
            prefix: prefix.to_string(),
            next: first,
        })
    }

    /// The next reference of the series.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidKey`] when the number has grown too long for 20 characters.
    ///
    /// # Example
    ///
    /// ```
    /// let mut refs = jbjr::ReferenceSeries::new("123456789012345678", 99)?;
    /// assert_eq!(refs.next_reference()?.as_str(), "12345678901234567899");
    /// assert!(refs.next_reference().is_err()); // 21 characters
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    pub fn next_reference(&mut self) -> Result<Reference, Error> {
        let r = format!("{}{}", self.prefix, self.next).parse::<Reference>()?;
        self.next = self.next.saturating_add(1);
        Ok(r)
    }
}

/// The number of a declaration (iJw `DeclaratieNummer`, `LDT_IdentificatieDeclaratie` with the
/// JW323 pattern): 1 to 12 ASCII letters or digits, no spaces (CS319). Unique per GI (TR333).
///
/// # Example
///
/// ```
/// use jbjr::DeclarationNumber;
/// let n: DeclarationNumber = "D202604001".parse()?;
/// assert_eq!(n.as_str(), "D202604001");
/// assert!("D 2026".parse::<DeclarationNumber>().is_err()); // CS319: no spaces
/// assert!("D2026040010001".parse::<DeclarationNumber>().is_err()); // 14 characters
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DeclarationNumber {
    len: u8,
    bytes: [u8; 12],
}

impl DeclarationNumber {
    /// The number as text.
    ///
    /// # Example
    ///
    /// ```
    /// let n: jbjr::DeclarationNumber = "A1".parse()?;
    /// assert_eq!(n.as_str(), "A1");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Only ASCII letters and digits are ever stored.
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl FromStr for DeclarationNumber {
    type Err = Error;

    fn from_str(s: &str) -> Result<DeclarationNumber, Error> {
        let ok = (1..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric());
        if !ok {
            return Err(Error::InvalidKey {
                kind: "declaration number",
                input: clip(s),
                expected: "1 to 12 ASCII letters or digits (iJw DeclaratieNummer, CS319)",
            });
        }
        let mut bytes = [0u8; 12];
        for (b, c) in bytes.iter_mut().zip(s.bytes()) {
            *b = c;
        }
        Ok(DeclarationNumber {
            len: u8::try_from(s.len()).unwrap_or(12),
            bytes,
        })
    }
}

impl fmt::Display for DeclarationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(DeclarationNumber, as_str);

/// Whether `bsn` is a citizen service number as iJw accepts it (CS002): exactly nine ASCII
/// digits passing the 11-proef `9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11)`. `"000000000"`
/// passes the arithmetic but is no person's number: it is refused.
///
/// # Example
///
/// ```
/// use jbjr::elfproef;
/// assert!(elfproef("999900006")); // test range (iJw elfproef.md)
/// assert!(elfproef("123456782"));
/// assert!(!elfproef("123456789"));
/// assert!(!elfproef("99990000"));
/// assert!(!elfproef("000000000"));
/// ```
#[must_use]
pub fn elfproef(bsn: &str) -> bool {
    let b = bsn.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || b.iter().all(|c| *c == b'0') {
        return false;
    }
    let weights = [9i32, 8, 7, 6, 5, 4, 3, 2, -1];
    let sum: i32 = b
        .iter()
        .zip(weights)
        .map(|(c, w)| i32::from(c - b'0') * w)
        .sum();
    sum.rem_euclid(11) == 0
}
