//! [`MessageError`]: what is wrong with an iJw message or one of its values, and where — the
//! payload of [`Error::Message`](crate::Error::Message). It lives beside the crate's `Error`
//! (the identity layer) so that no lower layer depends on the `ijw` layer; `jbjr::ijw`
//! re-exports it.

use std::fmt;

/// What kind of fault a [`MessageError`] reports.
///
/// # Example
///
/// ```
/// use jbjr::ijw::{Bsn, MessageErrorKind};
/// let err = "123456789".parse::<Bsn>().unwrap_err();
/// assert_eq!(err.kind, MessageErrorKind::InvalidValue);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageErrorKind {
    /// The input is not well-formed XML (or not UTF-8), or could not be read.
    NotWellFormed,
    /// The root element or an element is in another namespace than the XSD says (matched on
    /// the namespace URI, never on the prefix).
    WrongNamespace,
    /// The message is another message than the one being read (root namespace or
    /// `BerichtCode`, `BerichtVersie`, `BerichtSubversie` of another message).
    WrongMessage,
    /// A mandatory element is missing.
    Missing,
    /// An element (or text, or an attribute) the XSD does not allow at this place: unknown,
    /// out of order, or repeated.
    Unexpected,
    /// An element without content (RS033: no empty elements).
    Empty,
    /// An element's content is not a valid value of its type (pattern, range, code list,
    /// 11-proef, date without time zone, whole eurocents).
    InvalidValue,
    /// A value breaks a rule across elements while writing (a list that must hold at least one
    /// entry is empty, a total does not balance).
    Rule,
    /// Writing to the output failed.
    Io,
}

/// A fault in an iJw message: where it is (source, line, column and element path) and what is
/// wrong, in words a person can act on.
///
/// Errors of a single value parsed outside a document (`"12345678".parse::<Bsn>()`) have an
/// empty `source`, line and column 0 and the type name as `path`. The message is printed in
/// full, never clipped:
/// `jw323.xml:31:28: Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/IngediendBedrag/Bedrag: "98.50" is not whole eurocents; expected an integer 0 to 99999999 (LDT_Bedrag)`.
///
/// It converts into [`crate::Error::Message`] (boxed, so that `jbjr::Error` stays small).
///
/// # Example
///
/// ```
/// use jbjr::{Error, ijw::{Jw323, MessageErrorKind}};
/// let Err(Error::Message(err)) = Jw323::from_str("<a/>", "in.xml") else { panic!("not refused") };
/// assert_eq!((err.line, err.column), (1, 1));
/// assert_eq!(err.kind, MessageErrorKind::WrongMessage);
/// assert!(err.to_string().starts_with("in.xml:1:1: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct MessageError {
    /// What kind of fault.
    #[cfg_attr(feature = "serde", serde(skip, default = "default_kind"))]
    pub kind: MessageErrorKind,
    /// The source the caller named (a file name), or empty.
    pub source: String,
    /// Line of the fault, from 1 (0 when not read from a document).
    pub line: u64,
    /// Column of the fault in characters, from 1 (0 when not read from a document).
    pub column: u64,
    /// The element path, e.g. `Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/IngediendBedrag/Bedrag`
    /// (repeated elements carry their position, from 1), or the value type's name.
    pub path: String,
    /// What is wrong, with the offending input.
    pub reason: String,
    /// What was expected instead, when that can be said.
    pub expected: Option<String>,
}

#[cfg(feature = "serde")]
fn default_kind() -> MessageErrorKind {
    MessageErrorKind::InvalidValue
}

impl MessageError {
    /// An invalid value of a simple type outside a document.
    pub(crate) fn value(
        type_name: &str,
        reason: impl Into<String>,
        expected: impl Into<String>,
    ) -> MessageError {
        MessageError {
            kind: MessageErrorKind::InvalidValue,
            source: String::new(),
            line: 0,
            column: 0,
            path: type_name.to_string(),
            reason: reason.into(),
            expected: Some(expected.into()),
        }
    }
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.source.is_empty() {
            write!(f, "{}:", self.source)?;
        }
        if self.line > 0 {
            write!(f, "{}:{}:", self.line, self.column)?;
        }
        if !self.source.is_empty() || self.line > 0 {
            f.write_str(" ")?;
        }
        write!(f, "{}: {}", self.path, self.reason)?;
        if let Some(expected) = &self.expected {
            write!(f, "; expected {expected}")?;
        }
        Ok(())
    }
}

impl std::error::Error for MessageError {}

impl From<MessageError> for crate::Error {
    fn from(e: MessageError) -> crate::Error {
        crate::Error::Message(Box::new(e))
    }
}
