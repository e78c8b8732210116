//! [`ProductCode`]: the iJw product code (`LDT_ProductCode`).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use crate::category::ProductCategory;
use crate::error::{Error, clip};

/// The most characters an iJw product code may have.
pub const MAX_CODE_LEN: usize = 5;

/// Why `""` is not a product code.
const EMPTY: &str = "the code is empty; a product code has 1 to 5 ASCII letters or digits";
/// Why a code with another character (a space, a dash, `é`, a byte-order mark) is not one.
const NOT_ALPHANUMERIC: &str =
    "it has characters that are not ASCII letters or digits; a product code has only A-Z, 0-9";
/// Why a code of six or more letters and digits is not one.
const TOO_LONG: &str = "it is too long; a product code has at most 5 letters or digits";

/// An iJw product code such as `48B10` (OTS) or `45070` (Holland Rijnland consultation).
///
/// iJw `LDT_ProductCode` allows 1 to 5 ASCII letters or digits. Input is case-insensitive;
/// the code is stored and shown in upper case. Parsing fails with
/// [`Error::InvalidProductCode`], echoing the input and saying why: the code is empty, it has
/// characters that are not ASCII letters or digits (checked first: `"48B1é"`, a byte-order
/// mark before `48B10`), or it has more than 5. The value is eight bytes, `Copy`, and compares
/// (equality and order) as one `u64`; the order is the order of the code strings.
///
/// # Example
///
/// ```
/// use jbjr::ProductCode;
///
/// let ots: ProductCode = "48b10".parse()?;
/// assert_eq!(ots.as_str(), "48B10");
/// assert_eq!(ots.to_string(), "48B10");
/// assert!("4711".parse::<ProductCode>().is_ok());
/// for bad in ["", "48B100", "48-10", " 48B10"] {
///     assert!(bad.parse::<ProductCode>().is_err());
/// }
/// # Ok::<(), jbjr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ProductCode {
    /// The upper-case ASCII bytes, zero padded; byte 7 holds the length.
    bytes: [u8; 8],
}

impl ProductCode {
    /// Parses a code at compile time or run time; `None` when it is not a valid code.
    ///
    /// This is the `const` form of [`FromStr`], used to build the embedded catalogues.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::ProductCode;
    ///
    /// const OTS: Option<ProductCode> = ProductCode::new_const("48B10");
    /// assert_eq!(OTS.map(|c| c.to_string()), Some("48B10".to_string()));
    /// assert_eq!(ProductCode::new_const("48-10"), None);
    /// ```
    #[must_use]
    pub const fn new_const(text: &str) -> Option<ProductCode> {
        match Self::parse_bytes(text.as_bytes()) {
            Ok(code) => Some(code),
            Err(_) => None,
        }
    }

    /// The code, or why `input` is not one. The characters are checked before the length, so
    /// `"ééé"` (six bytes) or a byte-order mark before `48B10` is told what is wrong with its
    /// characters, not that it is too long.
    const fn parse_bytes(input: &[u8]) -> Result<ProductCode, &'static str> {
        if input.is_empty() {
            return Err(EMPTY);
        }
        let mut rest = input;
        while let [b, tail @ ..] = rest {
            if !b.is_ascii_alphanumeric() {
                return Err(NOT_ALPHANUMERIC);
            }
            rest = tail;
        }
        if input.len() > MAX_CODE_LEN {
            return Err(TOO_LONG);
        }
        // Big-endian: the first character in the top byte, the length in the lowest.
        let mut packed: u64 = input.len() as u64;
        let mut shift = 56;
        let mut rest = input;
        while let [b, tail @ ..] = rest {
            packed |= (b.to_ascii_uppercase() as u64) << shift;
            shift -= 8; // at most five characters: shift stays at 16 or above
            rest = tail;
        }
        Ok(ProductCode {
            bytes: packed.to_be_bytes(),
        })
    }

    /// The code in upper case, e.g. `"48B10"`.
    ///
    /// # Example
    ///
    /// ```
    /// let code: jbjr::ProductCode = "49b99".parse()?;
    /// assert_eq!(code.as_str(), "49B99");
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        let [.., len] = self.bytes;
        self.bytes
            .get(..usize::from(len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }

    /// The code as one integer: the bytes big-endian, so that integer order is string order.
    ///
    /// Useful as a compact key (for example in a columnar store).
    ///
    /// # Example
    ///
    /// ```
    /// let a: jbjr::ProductCode = "47B10".parse()?;
    /// let b: jbjr::ProductCode = "48B10".parse()?;
    /// assert!(a.packed() < b.packed());
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub const fn packed(&self) -> u64 {
        u64::from_be_bytes(self.bytes)
    }

    /// The code's bytes as a little-endian `u64`: a hash key for [`crate::catalogue::index`] that costs no
    /// byte swap on little-endian targets. Unlike [`ProductCode::packed`] its order means
    /// nothing.
    #[inline]
    pub(crate) const fn hash_key(&self) -> u64 {
        u64::from_le_bytes(self.bytes)
    }

    /// The iJw product category (JZ020) of the code: its first two digits, by the regional
    /// convention both sources follow (`47…` Jeugdreclassering, `48…` Jeugdbescherming,
    /// `49…` preventive justice activities, `45…` ambulant youth care, `54…` youth mental health).
    ///
    /// `None` when the code does not start with two digits of a JZ020 code.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{ProductCategory, ProductCode};
    ///
    /// let code: ProductCode = "4711".parse()?;
    /// assert_eq!(code.category(), Some(ProductCategory::Jeugdreclassering));
    /// # Ok::<(), jbjr::Error>(())
    /// ```
    #[must_use]
    pub fn category(&self) -> Option<ProductCategory> {
        let [a, b, ..] = self.bytes;
        if !(a.is_ascii_digit() && b.is_ascii_digit()) {
            return None;
        }
        ProductCategory::from_code((a - b'0') * 10 + (b - b'0'))
    }
}

impl FromStr for ProductCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Self::parse_bytes(s.as_bytes()).map_err(|reason| Error::InvalidProductCode {
            input: clip(s),
            reason,
        })
    }
}

impl TryFrom<&str> for ProductCode {
    type Error = Error;

    fn try_from(s: &str) -> Result<Self, Error> {
        s.parse()
    }
}

impl fmt::Display for ProductCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for ProductCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProductCode({:?})", self.as_str())
    }
}

impl PartialOrd for ProductCode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ProductCode {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.packed().cmp(&other.packed())
    }
}

impl Hash for ProductCode {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.packed());
    }
}

/// Builds a [`ProductCode`] from a literal at compile time; an invalid literal does not compile.
macro_rules! code {
    ($text:literal) => {
        const {
            match $crate::ProductCode::new_const($text) {
                Some(code) => code,
                #[allow(clippy::panic)]
                // evaluated at compile time only: a bad literal is a build error
                None => panic!(concat!("invalid product code literal ", $text)),
            }
        }
    };
}
pub(crate) use code;

#[cfg(feature = "serde")]
crate::serde_str::serde_via_str!(ProductCode, as_str);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_examples_parse_or_fail() {
        for ok in ["48B10", "45070", "4711", "48b10", "A", "ZZZZZ"] {
            assert!(ok.parse::<ProductCode>().is_ok(), "{ok} should parse");
        }
        for bad in ["", "48B100", "48-10", " 48B10", "48B1 ", "é", "48B1\0"] {
            assert!(bad.parse::<ProductCode>().is_err(), "{bad:?} should fail");
        }
    }

    #[test]
    fn order_is_string_order() {
        let mut codes: Vec<ProductCode> = ["48B10", "4711", "47B10", "48B1", "A", "48B07"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        codes.sort();
        let strings: Vec<&str> = codes.iter().map(ProductCode::as_str).collect();
        let mut expected = strings.clone();
        expected.sort_unstable();
        assert_eq!(strings, expected);
    }

    fn reason(input: &str) -> &'static str {
        match input.parse::<ProductCode>() {
            Err(Error::InvalidProductCode { reason, .. }) => reason,
            other => panic!("{input:?}: {other:?}"),
        }
    }

    #[test]
    fn characters_are_checked_before_the_length() {
        // "ééé" is six bytes, "48B1é" six, a BOM (U+FEFF, three bytes) before 48B10 eight: each
        // is refused for its characters, not for its length.
        for bad in [
            "ééé",
            "48B1é",
            "\u{feff}48B10",
            "48-10",
            " 48B10",
            "48B10\n",
            "48B1\0",
        ] {
            assert_eq!(reason(bad), NOT_ALPHANUMERIC, "{bad:?}");
            assert!(NOT_ALPHANUMERIC.contains("not ASCII letters or digits"));
        }
        for bad in ["48B100", "ABCDEFGHIJ"] {
            assert_eq!(reason(bad), TOO_LONG, "{bad:?}");
        }
        assert_eq!(reason(""), EMPTY);
        let err = "".parse::<ProductCode>().unwrap_err().to_string();
        assert_eq!(
            err,
            "invalid product code \"\": the code is empty; a product code has 1 to 5 ASCII \
             letters or digits"
        );
        let err = "\u{feff}48B10"
            .parse::<ProductCode>()
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("invalid product code \"\\u{feff}48B10\": it has characters"),
            "{err}"
        );
    }

    #[test]
    fn error_names_the_input() {
        let err = "48-10".parse::<ProductCode>().unwrap_err();
        assert!(matches!(err, Error::InvalidProductCode { ref input, .. } if input == "48-10"));
    }
}
