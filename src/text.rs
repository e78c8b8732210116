//! [`Text`]: the short texts an [`Error`](crate::Error) carries, held inline.
//!
//! An error echoes what was given (an unknown name, a code as written, a catalogue's region) and
//! explains what is wrong in words with the values filled in. Held in a `String`, each of those
//! would make building an error allocate, and would give `Error` drop glue: every
//! `Result<_, Error>` would then need a call to free it, even on the `Ok` path of a tariff
//! lookup. A `Text<N>` keeps up to `N` bytes of UTF-8 in the error itself, so an `Error` is
//! plain data: building, cloning and dropping one never touches the heap.
//!
//! Longer text is clipped at a character boundary and ends in `…`; [`Text::is_clipped`] tells.
//! The crate uses [`Text<24>`](Text) for echoed input, codes and region names, and
//! [`Text<64>`](Text) for explanations.

use std::fmt::{self, Write as _};
use std::ops::Deref;

/// The mark that ends a clipped text.
const ELLIPSIS: char = '…';

/// The largest `i <= max` that is a character boundary of `s`.
fn floor_char_boundary(s: &str, max: usize) -> usize {
    (0..=max.min(s.len()))
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

/// Up to `N` bytes of UTF-8, held inline (no allocation): the text fields of
/// [`Error`](crate::Error).
///
/// `N` must be at most 255. A longer text is clipped at a character boundary and ends in `…`.
/// A `Text` derefs to `str`, compares equal to a `&str` with the same content, and displays
/// as its content.
///
/// # Example
///
/// ```
/// use jbjr::{Error, Provider, Text};
///
/// let err = "Jeugdbescherming Overal".parse::<Provider>().unwrap_err();
/// let Error::InvalidProvider { input, .. } = err else { panic!("{err:?}") };
/// assert_eq!(input, "Jeugdbescherming Overal");
/// assert!(!input.is_clipped());
///
/// let long: Text<8> = Text::from("0123456789");
/// assert_eq!(long, "01234…");
/// assert!(long.is_clipped());
/// ```
#[derive(Clone, Copy)]
pub struct Text<const N: usize> {
    len: u8,
    clipped: bool,
    bytes: [u8; N],
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
            len: 0,
            clipped: false,
            bytes: [0; N],
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
        // Only whole characters are ever copied in, so the bytes are valid UTF-8; the fallback
        // keeps this free of panics all the same.
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }

    /// Whether the text was too long and was clipped (it then ends in `…`).
    ///
    /// # Example
    ///
    /// ```
    /// let t: jbjr::Text<4> = "abcdef".into();
    /// assert!(t.is_clipped());
    /// assert_eq!(t, "a…");
    /// ```
    #[must_use]
    pub const fn is_clipped(&self) -> bool {
        self.clipped
    }

    /// The largest length the text can hold (`N`, at most 255).
    const CAPACITY: usize = if N > u8::MAX as usize {
        u8::MAX as usize
    } else {
        N
    };

    /// Appends `s`, clipping (and marking the text clipped) when it does not fit.
    fn push(&mut self, s: &str) {
        if self.clipped {
            return;
        }
        let len = usize::from(self.len);
        if len + s.len() <= Self::CAPACITY {
            self.copy_in(s);
            return;
        }
        // Keep the longest prefix of the whole text that leaves room for the ellipsis, whole
        // characters only: cut `s`, or, if the content so far already takes that room, the
        // content itself.
        let keep = Self::CAPACITY.saturating_sub(ELLIPSIS.len_utf8());
        if len <= keep {
            self.copy_in(
                s.get(..floor_char_boundary(s, keep - len))
                    .unwrap_or_default(),
            );
        } else {
            let cut = floor_char_boundary(self.as_str(), keep);
            if let Some(tail) = self.bytes.get_mut(cut..) {
                tail.fill(0);
            }
            self.len = u8::try_from(cut).unwrap_or(0);
        }
        let mut mark = [0; 4];
        let mark = ELLIPSIS.encode_utf8(&mut mark);
        if usize::from(self.len) + mark.len() <= Self::CAPACITY {
            self.copy_in(mark);
        }
        self.clipped = true;
    }

    /// Copies `s` after the current content; the caller has checked that it fits.
    fn copy_in(&mut self, s: &str) {
        let start = usize::from(self.len);
        let end = start + s.len();
        if let (Some(slot), Ok(len)) = (self.bytes.get_mut(start..end), u8::try_from(end)) {
            slot.copy_from_slice(s.as_bytes());
            self.len = len;
        }
    }

    /// The text that `args` formats to, clipped to `N` bytes: what the crate's errors use
    /// instead of `format!`.
    pub(crate) fn format(args: fmt::Arguments<'_>) -> Self {
        let mut text = Self::new();
        // Writing to a `Text` never fails: it clips.
        let _ = text.write_fmt(args);
        text
    }
}

impl<const N: usize> Default for Text<N> {
    fn default() -> Self {
        Self::new()
    }
}

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

// Equality and hashing look at the text (and whether it was clipped), never at the unused
// bytes of the buffer.
impl<const N: usize> PartialEq for Text<N> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str() && self.clipped == other.clipped
    }
}

impl<const N: usize> Eq for Text<N> {}

impl<const N: usize> std::hash::Hash for Text<N> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
        self.clipped.hash(state);
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

/// `format!` for the crate's errors: formats into a [`Text`] (no allocation, clipped).
macro_rules! text {
    ($($arg:tt)*) => {
        $crate::text::Text::format(format_args!($($arg)*))
    };
}
pub(crate) use text;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_whole() {
        let t: Text<24> = "Holland Rijnland".into();
        assert_eq!(t, "Holland Rijnland");
        assert!(!t.is_clipped());
        assert_eq!(format!("{t}"), "Holland Rijnland");
        assert_eq!(format!("{t:?}"), "\"Holland Rijnland\"");
    }

    #[test]
    fn text_of_exactly_n_bytes_is_not_clipped() {
        let t: Text<5> = "48B10".into();
        assert_eq!(t, "48B10");
        assert!(!t.is_clipped());
    }

    #[test]
    fn long_text_is_clipped_with_an_ellipsis_within_n_bytes() {
        let t: Text<10> = "0123456789A".into();
        assert_eq!(t, "0123456…");
        assert_eq!(t.len(), 10);
        assert!(t.is_clipped());
    }

    #[test]
    fn clipping_never_splits_a_character() {
        // "é" is two bytes: 10 bytes leave 7 before the 3-byte ellipsis, room for three.
        let t: Text<10> = "ééééééé".into();
        assert_eq!(t, "ééé…");
        assert!(t.is_clipped());
    }

    #[test]
    fn formatting_clips_across_pieces_and_stops_after_clipping() {
        // Variables, not literals: rustc folds literal arguments into the format string.
        let (a, b, c) = (
            String::from("abcd"),
            String::from("efgh"),
            String::from("ijkl"),
        );
        let t: Text<12> = text!("{a}-{b}-{c}");
        assert_eq!(t, "abcd-efgh…");
        assert!(t.is_clipped());
    }

    #[test]
    fn equal_texts_compare_and_hash_equal_whatever_their_history() {
        use std::hash::{BuildHasher, RandomState};
        // Clipped after the content had filled the buffer (the cut falls before the 3-byte
        // "€", so bytes of the old content lie past the ellipsis), and clipped in one go.
        let mut a: Text<12> = Text::from("abcdefgh€x");
        a.push("y");
        let b: Text<12> = Text::from("abcdefgh€xy");
        assert_eq!(a, "abcdefgh…");
        assert_eq!(a, b);
        let hasher = RandomState::new();
        assert_eq!(hasher.hash_one(a), hasher.hash_one(b));
        // The same characters, once clipped and once written out, are not the same text.
        let written: Text<12> = Text::from("abcdefgh…");
        assert_eq!(written.as_str(), a.as_str());
        assert_ne!(written, a);
    }

    #[test]
    fn tiny_capacity_holds_what_it_can() {
        let t: Text<2> = "abc".into();
        assert_eq!(t, "");
        assert!(t.is_clipped());
        let t: Text<0> = "".into();
        assert_eq!(t, "");
        assert!(!t.is_clipped());
    }
}
