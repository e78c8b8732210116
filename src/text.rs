//! [`Text`]: the texts an [`Error`](crate::Error) carries, kept whole in one small handle.
//!
//! An error echoes what was given (an unknown name, a code as written, a catalogue's region) and
//! explains what is wrong in words with the values filled in. Every such text is kept **whole**:
//! a message is never cut short. A [`Text`] is one pointer and a length (16 bytes on 64-bit
//! targets): the empty text allocates nothing, any other text is one heap allocation of exactly
//! its length. That keeps [`Error`](crate::Error) small (at most 64 bytes, so a
//! `Result<Tariff, Error>` is too), so that a lookup's `Ok` path does not carry an error's
//! bytes around; an error is built only when something failed, and its texts are paid for
//! then.
//!
//! Before, a `Text<N>` held up to `N` bytes inline (in the error itself) and made errors
//! up to 120 bytes large. The parameter `N` is kept, so `Text<24>` and `Text<64>` still name
//! the types of the error fields, but it no longer changes anything: every `Text<N>` is the
//! same 16-byte handle, whatever `N`.

use std::fmt::{self, Write as _};
use std::ops::Deref;

/// A text of any length, held in one heap allocation of exactly its length (the empty text in
/// none): the text fields of [`Error`](crate::Error).
///
/// A text is never clipped. It derefs to `str`, compares equal to a `&str` with the same
/// content, and displays as its content. It is 16 bytes on 64-bit targets whatever `N` is:
/// `N` is kept so that existing type names (`Text<24>`, `Text<64>`) keep working, and no
/// longer sets an inline capacity.
///
/// # Example
///
/// ```
/// use jbjr::{Error, Provider, Text};
///
/// let err = "Jeugdbescherming Overal".parse::<Provider>().unwrap_err();
/// let Error::InvalidProvider { input, .. } = err else { panic!("{err:?}") };
/// assert_eq!(input, "Jeugdbescherming Overal");
///
/// // Any length: kept whole.
/// let long: Text<8> = Text::from("William Schrikker Stichting");
/// assert_eq!(long, "William Schrikker Stichting");
/// # #[cfg(target_pointer_width = "64")]
/// assert_eq!(std::mem::size_of::<Text<64>>(), 16);
/// ```
#[derive(Clone)]
pub struct Text<const N: usize> {
    /// The text; `None` for the empty text (no allocation).
    text: Option<Box<str>>,
}

impl<const N: usize> Text<N> {
    /// The empty text (no allocation).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jbjr::Text::<24>::new().is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Text { text: None }
    }

    /// The text as a string slice.
    ///
    /// # Example
    ///
    /// ```
    /// let t: jbjr::Text<24> = "48B10".into();
    /// assert_eq!(t.as_str(), "48B10");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Some(text) => text,
            None => "",
        }
    }

    /// Always `false`: a `Text` is never clipped (it was, up to N bytes, before texts could
    /// grow onto the heap).
    ///
    /// # Example
    ///
    /// ```
    /// #![allow(deprecated)]
    /// let t: jbjr::Text<4> = "abcdef".into();
    /// assert!(!t.is_clipped());
    /// assert_eq!(t, "abcdef");
    /// ```
    #[deprecated(note = "a Text is never clipped; this always returns false")]
    #[must_use]
    pub const fn is_clipped(&self) -> bool {
        false
    }

    /// Appends `s`: the text moves into one allocation of the new length.
    fn push(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        let mut owned = String::with_capacity(self.len() + s.len());
        owned.push_str(self.as_str());
        owned.push_str(s);
        self.text = Some(owned.into_boxed_str());
    }

    /// The text that `args` formats to, whole: what the crate's errors use instead of
    /// `format!`. A literal without arguments is copied as it is; otherwise the text is
    /// measured first, then written into one allocation of exactly its length.
    #[cold]
    #[inline(never)]
    pub(crate) fn format(args: fmt::Arguments<'_>) -> Self {
        if let Some(s) = args.as_str() {
            return Self::from(s);
        }
        let mut counter = Counter(0);
        // Counting never fails; a `Display` that fails leaves what it wrote so far.
        let _ = counter.write_fmt(args);
        let mut owned = String::with_capacity(counter.0);
        let _ = owned.write_fmt(args);
        Self::from(owned)
    }
}

/// Counts the bytes a formatting would write.
struct Counter(usize);

impl fmt::Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 = self.0.saturating_add(s.len());
        Ok(())
    }
}

impl<const N: usize> Default for Text<N> {
    fn default() -> Self {
        Self::new()
    }
}

/// Appending never fails and never clips.
impl<const N: usize> fmt::Write for Text<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s);
        Ok(())
    }
}

impl<const N: usize> From<&str> for Text<N> {
    /// One allocation of exactly the text's length (none for `""`).
    fn from(s: &str) -> Self {
        if s.is_empty() {
            Self::new()
        } else {
            Text {
                text: Some(Box::from(s)),
            }
        }
    }
}

impl<const N: usize> From<String> for Text<N> {
    /// The string's own buffer, shrunk to fit (which reallocates only when it has spare
    /// capacity).
    fn from(s: String) -> Self {
        if s.is_empty() {
            Self::new()
        } else {
            Text {
                text: Some(s.into_boxed_str()),
            }
        }
    }
}

impl<const N: usize> Deref for Text<N> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl<const N: usize> AsRef<str> for Text<N> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl<const N: usize> fmt::Display for Text<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<const N: usize> fmt::Debug for Text<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

// Equality and hashing look at the text only, never at where it is held or at the unused
// bytes of the buffer.
impl<const N: usize> PartialEq for Text<N> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl<const N: usize> Eq for Text<N> {}

impl<const N: usize> std::hash::Hash for Text<N> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl<const N: usize> PartialEq<str> for Text<N> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl<const N: usize> PartialEq<&str> for Text<N> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl<const N: usize> PartialEq<Text<N>> for str {
    fn eq(&self, other: &Text<N>) -> bool {
        self == other.as_str()
    }
}

impl<const N: usize> PartialEq<Text<N>> for &str {
    fn eq(&self, other: &Text<N>) -> bool {
        *self == other.as_str()
    }
}

/// `format!` for the crate's errors: formats into a [`Text`] (one allocation, never
/// clipped).
macro_rules! text {
    ($($arg:tt)*) => {
        $crate::text::Text::format(format_args!($($arg)*))
    };
}
pub(crate) use text;

/// The most bytes of a region's or a provider's full name.
pub(crate) const MAX_NAME_LEN: usize = 200;

/// Checks a name read into a catalogue: not empty, at most [`MAX_NAME_LEN`] bytes, no control
/// characters.
pub(crate) fn check_name(
    product: &str,
    field: &'static str,
    name: &str,
) -> Result<(), crate::Error> {
    let reason: Option<Text<64>> = if name.trim().is_empty() {
        Some("the name is empty".into())
    } else if name.len() > MAX_NAME_LEN {
        Some(crate::text::text!(
            "the name has {} bytes, at most {MAX_NAME_LEN}",
            name.len()
        ))
    } else {
        name.chars()
            .find(|c| c.is_control())
            .map(|c| crate::text::text!("the name holds the control character {c:?}"))
    };
    match reason {
        Some(reason) => Err(crate::Error::InvalidCatalogue {
            product: product.into(),
            field,
            reason,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allocated<const N: usize>(t: &Text<N>) -> bool {
        t.text.is_some()
    }

    #[test]
    fn a_text_is_kept_whole_in_one_allocation() {
        let t: Text<24> = "Holland Rijnland".into();
        assert_eq!(t, "Holland Rijnland");
        assert!(allocated(&t));
        assert_eq!(format!("{t}"), "Holland Rijnland");
        assert_eq!(format!("{t:?}"), "\"Holland Rijnland\"");
        let t: Text<10> = "ééééééé".into(); // 14 bytes
        assert_eq!(t, "ééééééé");
        let t: Text<24> = "".into();
        assert!(!allocated(&t));
        assert_eq!(t, Text::<24>::new());
    }

    #[test]
    fn formatting_keeps_every_piece() {
        // Variables, not literals: rustc folds literal arguments into the format string.
        let (a, b, c) = (
            String::from("abcd"),
            String::from("efgh"),
            String::from("ijkl"),
        );
        let t: Text<12> = text!("{a}-{b}-{c}");
        assert_eq!(t, "abcd-efgh-ijkl");
        let t: Text<24> = text!("plain");
        assert_eq!(t, "plain");
    }

    #[test]
    fn appending_keeps_going() {
        let mut t: Text<6> = Text::from("abcd");
        t.write_str("ef").unwrap();
        t.write_str("").unwrap();
        t.write_str("gh").unwrap();
        assert_eq!(t, "abcdefgh");
        let mut e: Text<6> = Text::new();
        e.write_str("").unwrap();
        assert!(!allocated(&e));
    }

    #[test]
    fn equal_texts_compare_and_hash_equal_however_they_were_made() {
        use std::hash::{BuildHasher, RandomState};
        let mut a: Text<8> = Text::from("abcdefgh");
        a.write_str("ij").unwrap();
        let b: Text<8> = Text::from("abcdefghij");
        let c: Text<8> = Text::from(String::from("abcdefghij"));
        assert_eq!(a, b);
        assert_eq!(b, c);
        let hasher = RandomState::new();
        assert_eq!(hasher.hash_one(&a), hasher.hash_one(&b));
    }

    #[test]
    fn every_text_is_sixteen_bytes() {
        #[cfg(target_pointer_width = "64")]
        {
            assert_eq!(std::mem::size_of::<Text<0>>(), 16);
            assert_eq!(std::mem::size_of::<Text<24>>(), 16);
            assert_eq!(std::mem::size_of::<Text<300>>(), 16);
        }
        let t: Text<0> = "a".into();
        assert_eq!(t, "a");
    }
}
