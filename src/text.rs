//! [`Text`]: the texts an [`Error`](crate::Error) carries, short ones held inline.
//!
//! An error echoes what was given (an unknown name, a code as written, a catalogue's region) and
//! explains what is wrong in words with the values filled in. Every such text is kept **whole**:
//! a message is never cut short. A `Text<N>` holds up to `N` bytes of UTF-8 in the error itself
//! (no allocation) and a longer text in one heap allocation of exactly its length. The crate
//! uses [`Text<24>`](Text) for echoed input, codes and region names, and [`Text<64>`](Text)
//! ([`Text<56>`](Text) for a duration limit) for explanations, so the errors of ordinary use (a
//! mistyped code, an unknown provider, a term one day too long) do not allocate; an error that
//! echoes a long input or explains a long reason allocates once.

use std::fmt::{self, Write as _};
use std::ops::Deref;

/// A text of any length, held inline up to `N` bytes (no allocation) and on the heap beyond:
/// the text fields of [`Error`](crate::Error).
///
/// A text is never clipped. It derefs to `str`, compares equal to a `&str` with the same
/// content, and displays as its content. At most 255 bytes are held inline whatever `N` is.
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
/// // Longer than N: kept whole (on the heap).
/// let long: Text<8> = Text::from("William Schrikker Stichting");
/// assert_eq!(long, "William Schrikker Stichting");
/// ```
#[derive(Clone)]
pub struct Text<const N: usize> {
    repr: Repr<N>,
}

/// Where the bytes of a [`Text`] live.
#[derive(Clone)]
enum Repr<const N: usize> {
    /// `len` bytes of UTF-8 at the start of `bytes`; the rest is zero.
    Inline { len: u8, bytes: [u8; N] },
    /// A text longer than the inline capacity.
    Heap(Box<str>),
}

impl<const N: usize> Text<N> {
    /// The empty text.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jbjr::Text::<24>::new().is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Text {
            repr: Repr::Inline {
                len: 0,
                bytes: [0; N],
            },
        }
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
        match &self.repr {
            // Only whole strings are ever copied in, so the bytes are valid UTF-8; the fallback
            // keeps this free of panics all the same.
            Repr::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|bytes| std::str::from_utf8(bytes).ok())
                .unwrap_or_default(),
            Repr::Heap(text) => text,
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

    /// The most bytes held inline (`N`, at most 255: the length is one byte).
    const CAPACITY: usize = if N > u8::MAX as usize {
        u8::MAX as usize
    } else {
        N
    };

    /// Appends `s` inline if it fits; `false` (and the text unchanged) if it does not.
    fn push_inline(&mut self, s: &str) -> bool {
        let Repr::Inline { len, bytes } = &mut self.repr else {
            return false;
        };
        let start = usize::from(*len);
        let end = start + s.len();
        if end > Self::CAPACITY {
            return false;
        }
        match (bytes.get_mut(start..end), u8::try_from(end)) {
            (Some(slot), Ok(new_len)) => {
                slot.copy_from_slice(s.as_bytes());
                *len = new_len;
                true
            }
            _ => false,
        }
    }

    /// Appends `s`: inline while it fits, else the whole text moves to the heap.
    fn push(&mut self, s: &str) {
        if !self.push_inline(s) {
            self.push_heap(s);
        }
    }

    /// Appends `s` to a text that does not (or no longer) fit inline.
    #[cold]
    fn push_heap(&mut self, s: &str) {
        let mut owned = String::with_capacity(self.len() + s.len());
        owned.push_str(self.as_str());
        owned.push_str(s);
        self.repr = Repr::Heap(owned.into_boxed_str());
    }

    /// The text that `args` formats to, whole: what the crate's errors use instead of
    /// `format!`. Inline, without allocating, when it fits in `N` bytes; otherwise one
    /// allocation of exactly the text's length.
    pub(crate) fn format(args: fmt::Arguments<'_>) -> Self {
        if let Some(s) = args.as_str() {
            return Self::from(s);
        }
        let mut text = Self::new();
        if Inline(&mut text).write_fmt(args).is_ok() {
            return text;
        }
        Self::format_long(args)
    }

    /// [`Text::format`] for a text longer than `N` bytes: measured first, then written into
    /// one allocation of that size.
    #[cold]
    #[inline(never)]
    fn format_long(args: fmt::Arguments<'_>) -> Self {
        let mut counter = Counter(0);
        // Counting never fails; a `Display` that fails leaves what it wrote so far.
        let _ = counter.write_fmt(args);
        let mut owned = String::with_capacity(counter.0);
        let _ = owned.write_fmt(args);
        Self::from(owned)
    }
}

/// Writes into a [`Text`]'s inline buffer, failing (so formatting stops) when it is full.
struct Inline<'a, const N: usize>(&'a mut Text<N>);

impl<const N: usize> fmt::Write for Inline<'_, N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.0.push_inline(s) {
            Ok(())
        } else {
            Err(fmt::Error)
        }
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

/// Appending never fails and never clips: the text moves to the heap when it outgrows `N`.
impl<const N: usize> fmt::Write for Text<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s);
        Ok(())
    }
}

impl<const N: usize> From<&str> for Text<N> {
    fn from(s: &str) -> Self {
        let mut text = Self::new();
        text.push(s);
        text
    }
}

impl<const N: usize> From<String> for Text<N> {
    /// Inline when it fits, else the string's own buffer (shrunk to fit) is kept.
    fn from(s: String) -> Self {
        if s.len() <= Self::CAPACITY {
            Self::from(s.as_str())
        } else {
            Text {
                repr: Repr::Heap(s.into_boxed_str()),
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

/// `format!` for the crate's errors: formats into a [`Text`] (inline when short, never
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

    fn is_inline<const N: usize>(t: &Text<N>) -> bool {
        matches!(t.repr, Repr::Inline { .. })
    }

    #[test]
    fn short_text_is_kept_inline() {
        let t: Text<24> = "Holland Rijnland".into();
        assert_eq!(t, "Holland Rijnland");
        assert!(is_inline(&t));
        assert_eq!(format!("{t}"), "Holland Rijnland");
        assert_eq!(format!("{t:?}"), "\"Holland Rijnland\"");
    }

    #[test]
    fn text_of_exactly_n_bytes_is_inline() {
        let t: Text<5> = "48B10".into();
        assert_eq!(t, "48B10");
        assert!(is_inline(&t));
    }

    #[test]
    fn long_text_is_kept_whole_on_the_heap() {
        let t: Text<10> = "0123456789A".into();
        assert_eq!(t, "0123456789A");
        assert!(!is_inline(&t));
        let t: Text<10> = "ééééééé".into(); // 14 bytes
        assert_eq!(t, "ééééééé");
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
        assert!(!is_inline(&t));
        let t: Text<14> = text!("{a}-{b}-{c}");
        assert_eq!(t, "abcd-efgh-ijkl");
        assert!(is_inline(&t));
        let t: Text<24> = text!("plain");
        assert_eq!(t, "plain");
    }

    #[test]
    fn appending_moves_to_the_heap_and_keeps_going() {
        let mut t: Text<6> = Text::from("abcd");
        t.write_str("ef").unwrap();
        assert!(is_inline(&t));
        t.write_str("gh").unwrap();
        t.write_str("ij").unwrap();
        assert_eq!(t, "abcdefghij");
        assert!(!is_inline(&t));
    }

    #[test]
    fn equal_texts_compare_and_hash_equal_wherever_they_are_held() {
        use std::hash::{BuildHasher, RandomState};
        let mut a: Text<8> = Text::from("abcdefgh");
        a.write_str("ij").unwrap();
        let b: Text<8> = Text::from("abcdefghij");
        let c: Text<8> = Text::from(String::from("abcdefghij"));
        assert_eq!(a, b);
        assert_eq!(b, c);
        let hasher = RandomState::new();
        assert_eq!(hasher.hash_one(&a), hasher.hash_one(&b));
        let short: Text<8> = Text::from(String::from("abc"));
        assert!(is_inline(&short));
        assert_eq!(short, Text::<8>::from("abc"));
    }

    #[test]
    fn capacities_beyond_255_hold_255_inline() {
        let s = "x".repeat(300);
        let t: Text<300> = Text::from(&s[..255]);
        assert!(is_inline(&t));
        let t: Text<300> = Text::from(s.as_str());
        assert!(!is_inline(&t));
        assert_eq!(t.len(), 300);
        let t: Text<0> = "".into();
        assert_eq!(t, "");
        let t: Text<0> = "a".into();
        assert_eq!(t, "a");
    }
}
