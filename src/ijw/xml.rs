//! The XML layer of the iJw messages: a streaming cursor over the tokenizer of [`super::scan`]
//! that knows where it is (line, column, element path) and a writer that declares both
//! namespaces on the root and never writes an empty element.

use std::fmt::{Display, Write as _};
use std::io::{BufRead, Write};
use std::str::FromStr;

use super::scan::{NsId, Scanner, Token};
use super::types::IntoReason;
use super::{BASIS_NS, message_of_namespace};
use crate::message_error::{MessageError, MessageErrorKind};

/// Which namespace an element is in, relative to the message being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// The message's own namespace (`jw323:`).
    Msg,
    /// The basisschema namespace (`ijw:`), for children of composite types.
    Basis,
}

impl Ns {
    /// The tokenizer's name of this namespace.
    fn id(self) -> NsId {
        match self {
            Ns::Msg => NsId::Msg,
            Ns::Basis => NsId::Basis,
        }
    }
}

/// A streaming reader of one iJw message.
pub(crate) struct Input<R: BufRead> {
    scan: Scanner<R>,
    source: String,
    msg_ns: &'static str,
    message: &'static str,
    /// The open elements and, for repeated ones, their position (the path string of an error
    /// is built from it only when an error is made).
    path: Vec<(&'static str, Option<u32>)>,
    peeked: Option<(Token, u64, u64)>,
    /// Where the last token read started.
    line: u64,
    column: u64,
}

/// The element path of the open elements, joined with `/`.
fn path_of(path: &[(&'static str, Option<u32>)], extra: Option<&str>) -> String {
    let mut s = String::new();
    for (name, index) in path {
        if !s.is_empty() {
            s.push('/');
        }
        s.push_str(name);
        if let Some(i) = index {
            let _ = write!(s, "[{i}]");
        }
    }
    if let Some(extra) = extra {
        if !s.is_empty() {
            s.push('/');
        }
        s.push_str(extra);
    }
    if s.is_empty() {
        s.push('/');
    }
    s
}

/// An error at a position of a document.
fn mk_err(
    source: &str,
    path: &[(&'static str, Option<u32>)],
    (line, column): (u64, u64),
    kind: MessageErrorKind,
    reason: String,
    expected: Option<String>,
) -> MessageError {
    MessageError {
        kind,
        source: source.to_string(),
        line,
        column,
        path: path_of(path, None),
        reason,
        expected,
    }
}

impl<R: BufRead> Input<R> {
    /// A reader of the message `message` (e.g. `"jw323"`) in namespace `msg_ns`.
    pub(crate) fn new(
        read: R,
        source: &str,
        msg_ns: &'static str,
        message: &'static str,
    ) -> Input<R> {
        Input {
            scan: Scanner::new(read, msg_ns),
            source: source.to_string(),
            msg_ns,
            message,
            path: Vec::new(),
            peeked: None,
            line: 1,
            column: 1,
        }
    }

    fn path_string(&self, extra: Option<&str>) -> String {
        path_of(&self.path, extra)
    }

    /// An error at a position.
    pub(crate) fn error_at(
        &self,
        line: u64,
        column: u64,
        kind: MessageErrorKind,
        reason: impl Into<String>,
        expected: Option<String>,
    ) -> MessageError {
        MessageError {
            kind,
            source: self.source.clone(),
            line,
            column,
            path: self.path_string(None),
            reason: reason.into(),
            expected,
        }
    }

    fn err(
        &self,
        kind: MessageErrorKind,
        reason: impl Into<String>,
        expected: Option<String>,
    ) -> MessageError {
        self.error_at(self.line, self.column, kind, reason, expected)
    }

    /// Reads the next token from the tokenizer (text merged, whitespace between elements
    /// dropped).
    fn read_token(&mut self) -> Result<(Token, u64, u64), MessageError> {
        self.scan.next_token().map_err(|e| {
            let e = *e;
            mk_err(
                &self.source,
                &self.path,
                (e.line, e.column),
                e.kind,
                e.reason,
                e.expected,
            )
        })
    }

    /// The text read (see `Scanner::text`).
    fn text(&self) -> &str {
        // The tokenizer checked every piece as it read it: this cannot fail.
        std::str::from_utf8(&self.scan.text).unwrap_or_default()
    }

    /// Whether the text read is whitespace only (as `str::trim` sees it).
    fn text_is_blank(&self) -> bool {
        if self.scan.text_blank {
            return true;
        }
        // ASCII whitespace is whitespace to `trim` too: the first other byte decides, unless it
        // starts a character beyond ASCII.
        match self.scan.text.iter().find(|b| !b.is_ascii_whitespace()) {
            None => true,
            Some(b) if b.is_ascii() => false,
            Some(_) => self.text().trim().is_empty(),
        }
    }

    /// The local name of the last start tag, for an error.
    fn local(&self) -> String {
        String::from_utf8_lossy(self.scan.name()).into_owned()
    }

    fn next(&mut self) -> Result<Token, MessageError> {
        let (token, line, column) = match self.peeked.take() {
            Some(t) => t,
            None => self.read_token()?,
        };
        self.line = line;
        self.column = column;
        Ok(token)
    }

    /// The next token that is not whitespace-only text (element content).
    fn next_structural(&mut self) -> Result<Token, MessageError> {
        loop {
            match self.next()? {
                Token::Text { .. } if self.text_is_blank() => continue,
                Token::Text { line, column } => {
                    return Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::Unexpected,
                        format!("text {:?} between elements", clip(self.text())),
                        Some("only elements here".into()),
                    ));
                }
                other => return Ok(other),
            }
        }
    }

    fn unread(&mut self, token: Token) {
        self.peeked = Some((token, self.line, self.column));
    }

    fn ns_uri(&self, ns: Ns) -> &'static str {
        match ns {
            Ns::Msg => self.msg_ns,
            Ns::Basis => BASIS_NS,
        }
    }

    /// The namespace URI of a resolved element, `None` when it has none.
    fn uri_of(&self, id: NsId) -> Option<&str> {
        match id {
            NsId::Msg => Some(self.msg_ns),
            NsId::Basis => Some(BASIS_NS),
            NsId::Other => Some(&self.scan.other),
            NsId::Unbound => None,
        }
    }

    /// Whether `token` starts element `name` in `ns`.
    fn is_start(&self, token: &Token, ns: Ns, name: &str) -> bool {
        let want = match ns {
            Ns::Msg => NsId::Msg,
            Ns::Basis => NsId::Basis,
        };
        matches!(token, Token::Start { ns: got, .. } if *got == want && self.scan.name() == name.as_bytes())
    }

    fn describe(&self, ns: Ns, name: &str) -> String {
        match ns {
            Ns::Msg => format!("{}:{name}", self.message),
            Ns::Basis => format!("ijw:{name}"),
        }
    }

    /// Whether the next element is `name` in `ns` (without consuming it). `false` at an end tag.
    pub(crate) fn at(&mut self, ns: Ns, name: &str) -> Result<bool, MessageError> {
        if self.peeked.is_none() {
            if let Some(yes) = self.scan.starts_with_element(ns.id(), name.as_bytes()) {
                return Ok(yes);
            }
        }
        let token = self.next_structural()?;
        let yes = self.is_start(&token, ns, name);
        self.unread(token);
        Ok(yes)
    }

    /// Opens the root element `Bericht` of this message.
    pub(crate) fn open_root(&mut self) -> Result<(), MessageError> {
        let token = self.next_structural()?;
        match token {
            Token::Start { ns, line, column } => {
                if ns == NsId::Msg && self.scan.name() == b"Bericht" {
                    self.path.push(("Bericht", None));
                    return Ok(());
                }
                let ns = self.uri_of(ns).unwrap_or_default();
                let local = self.local();
                let what = match message_of_namespace(ns) {
                    Some(m) if local == "Bericht" => {
                        format!("this is a {m} message (namespace {ns})")
                    }
                    _ if ns.is_empty() => format!("root element {local} without namespace"),
                    _ => format!("root element {local} in namespace {ns}"),
                };
                Err(self.error_at(
                    line,
                    column,
                    MessageErrorKind::WrongMessage,
                    what,
                    Some(format!(
                        "{}:Bericht in namespace {}",
                        self.message, self.msg_ns
                    )),
                ))
            }
            _ => Err(self.err(
                MessageErrorKind::Missing,
                "no root element",
                Some(format!("{}:Bericht", self.message)),
            )),
        }
    }

    /// After the root is closed: only the end of the document may follow.
    pub(crate) fn finish(&mut self) -> Result<(), MessageError> {
        match self.next_structural()? {
            Token::Eof => Ok(()),
            _ => Err(self.err(
                MessageErrorKind::NotWellFormed,
                "content after the root element",
                Some("end of document".into()),
            )),
        }
    }

    /// Opens element `name` (mandatory), with `index` for a repeated element.
    pub(crate) fn open_indexed(
        &mut self,
        ns: Ns,
        name: &'static str,
        index: Option<u32>,
    ) -> Result<(), MessageError> {
        if self.peeked.is_none() {
            if let Some((line, column)) = self.scan.open_element(ns.id(), name.as_bytes()) {
                (self.line, self.column) = (line, column);
                self.path.push((name, index));
                return Ok(());
            }
        }
        let token = self.next_structural()?;
        if self.is_start(&token, ns, name) {
            self.path.push((name, index));
            return Ok(());
        }
        let want = self.ns_uri(ns);
        match token {
            Token::Start {
                ns: got,
                line,
                column,
            } => {
                let got = self.uri_of(got);
                let local = self.local();
                if local == name {
                    Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::WrongNamespace,
                        format!("element {name} in namespace {}", got.unwrap_or("(none)")),
                        Some(format!("{} in namespace {want}", self.describe(ns, name))),
                    ))
                } else {
                    Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::Unexpected,
                        format!(
                            "{} is missing here: found element {local} (an element is missing, out of order or not allowed here)",
                            self.describe(ns, name)
                        ),
                        Some(self.describe(ns, name)),
                    ))
                }
            }
            Token::End | Token::Eof => Err(self.err(
                MessageErrorKind::Missing,
                format!("missing element {name}"),
                Some(self.describe(ns, name)),
            )),
            Token::Text { .. } => Err(self.err(MessageErrorKind::Unexpected, "text", None)),
        }
    }

    /// Opens element `name` (mandatory).
    pub(crate) fn open(&mut self, ns: Ns, name: &'static str) -> Result<(), MessageError> {
        self.open_indexed(ns, name, None)
    }

    /// Closes the innermost open element: nothing but its end tag may follow.
    pub(crate) fn close(&mut self) -> Result<(), MessageError> {
        if self.peeked.is_none() {
            if let Some((line, column)) = self.scan.close_open_element() {
                (self.line, self.column) = (line, column);
                self.path.pop();
                return Ok(());
            }
        }
        match self.next_structural()? {
            Token::End => {
                self.path.pop();
                Ok(())
            }
            Token::Start { line, column, .. } => Err(self.error_at(
                line,
                column,
                MessageErrorKind::Unexpected,
                format!(
                    "unexpected element {} (not allowed here, repeated or out of order)",
                    self.local()
                ),
                Some(format!(
                    "the end of {}",
                    self.path.last().map(|p| p.0).unwrap_or("the element")
                )),
            )),
            _ => Err(self.err(
                MessageErrorKind::NotWellFormed,
                "unexpected end of document",
                None,
            )),
        }
    }

    /// Reads the text of the element just opened (into `self.text`) and closes it.
    fn text_and_close(&mut self) -> Result<(u64, u64), MessageError> {
        let (open_line, open_column) = (self.line, self.column);
        match self.next()? {
            // The end tag that follows was read with the text and is returned from `peeked`:
            // `self.text` stays as it is.
            Token::Text { line, column } => {
                match self.next()? {
                    Token::End => {}
                    Token::Start { line, column, .. } => {
                        return Err(self.error_at(
                            line,
                            column,
                            MessageErrorKind::Unexpected,
                            format!("element {} inside a simple element", self.local()),
                            Some("text only".into()),
                        ));
                    }
                    _ => {
                        return Err(self.err(
                            MessageErrorKind::NotWellFormed,
                            "unexpected end of document",
                            None,
                        ));
                    }
                }
                if self.text_is_blank() {
                    return Err(self.error_at(
                        open_line,
                        open_column,
                        MessageErrorKind::Empty,
                        "empty element (RS033: no empty elements; leave an optional element out)",
                        Some("a value".into()),
                    ));
                }
                self.path.pop();
                Ok((line, column))
            }
            Token::End => Err(self.error_at(
                open_line,
                open_column,
                MessageErrorKind::Empty,
                "empty element (RS033: no empty elements; leave an optional element out)",
                Some("a value".into()),
            )),
            Token::Start { line, column, .. } => Err(self.error_at(
                line,
                column,
                MessageErrorKind::Unexpected,
                format!("element {} inside a simple element", self.local()),
                Some("text only".into()),
            )),
            Token::Eof => Err(self.err(
                MessageErrorKind::NotWellFormed,
                "unexpected end of document",
                None,
            )),
        }
    }

    /// Reads the mandatory simple element `name` as a `T`.
    pub(crate) fn leaf<T>(&mut self, ns: Ns, name: &'static str) -> Result<T, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        self.leaf_pos(ns, name).map(|(v, _, _)| v)
    }

    /// Reads the mandatory simple element `name` as a `T`, with where its text starts.
    pub(crate) fn leaf_pos<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Result<(T, u64, u64), MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        if let Some((line, column, text)) = self.simple_element(ns, name) {
            let value = self.parse(self.scan.buffered(text), name, line, column)?;
            return Ok((value, line, column));
        }
        self.open(ns, name)?;
        let (line, column) = self.text_and_close()?;
        let value = self.parse(self.text(), name, line, column)?;
        Ok((value, line, column))
    }

    /// `text` as the value of simple element `name` (its text at `line`, `column`).
    fn parse<T>(
        &self,
        text: &str,
        name: &'static str,
        line: u64,
        column: u64,
    ) -> Result<T, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        // XSD whitespace facet "collapse" for the non-string types, "preserve" for strings:
        // every value type of this module trims for itself where the XSD collapses.
        text.parse::<T>().map_err(|e| {
            let (kind, reason, expected) = e.into_reason();
            MessageError {
                kind,
                source: self.source.clone(),
                line,
                column,
                path: self.path_string(Some(name)),
                reason,
                expected,
            }
        })
    }

    /// Reads the optional simple element `name`.
    pub(crate) fn opt_leaf<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Result<Option<T>, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        if let Some((line, column, text)) = self.simple_element(ns, name) {
            return self
                .parse(self.scan.buffered(text), name, line, column)
                .map(Some);
        }
        if self.at(ns, name)? {
            self.leaf(ns, name).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The fast way of a simple element (see `Scanner::simple_element`), when no token is
    /// waiting: the text in `self.scan.text` and where it starts.
    fn simple_element(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Option<(u64, u64, std::ops::Range<usize>)> {
        if self.peeked.is_some() {
            return None;
        }
        let (line, column, text) = self.scan.simple_element(ns.id(), name.as_bytes())?;
        (self.line, self.column) = (line, column);
        Some((line, column, text))
    }

    /// Reads the mandatory complex element `name` with `f` (which reads its children).
    pub(crate) fn child<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
        f: impl FnOnce(&mut Self) -> Result<T, MessageError>,
    ) -> Result<T, MessageError> {
        self.open(ns, name)?;
        let value = f(self)?;
        self.close()?;
        Ok(value)
    }

    /// Reads the optional complex element `name`.
    pub(crate) fn opt_child<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
        f: impl FnOnce(&mut Self) -> Result<T, MessageError>,
    ) -> Result<Option<T>, MessageError> {
        if self.at(ns, name)? {
            self.child(ns, name, f).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Reads `name` 1..n times (complex elements), each with `f`.
    pub(crate) fn many<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
        mut f: impl FnMut(&mut Self) -> Result<T, MessageError>,
    ) -> Result<Vec<T>, MessageError> {
        let mut out = Vec::new();
        let mut index: u32 = 1;
        loop {
            self.open_indexed(ns, name, Some(index))?;
            out.push(f(self)?);
            self.close()?;
            index = index.saturating_add(1);
            if !self.at(ns, name)? {
                return Ok(out);
            }
        }
    }

    /// Reads simple element `name` 1..n times.
    pub(crate) fn many_leaves<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Result<Vec<T>, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        let mut out = vec![self.leaf(ns, name)?];
        while self.at(ns, name)? {
            out.push(self.leaf(ns, name)?);
        }
        Ok(out)
    }

    /// Sets the position of the innermost open element (for streaming repeated elements).
    pub(crate) fn open_nth(
        &mut self,
        ns: Ns,
        name: &'static str,
        index: u32,
    ) -> Result<(), MessageError> {
        self.open_indexed(ns, name, Some(index))
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped (XML 1.0 §2.4).
fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(rest.get(..i).unwrap_or_default());
        out.push_str(match rest.as_bytes().get(i) {
            Some(b'&') => "&amp;",
            Some(b'<') => "&lt;",
            Some(b'>') => "&gt;",
            Some(b'"') => "&quot;",
            _ => "&apos;",
        });
        rest = rest.get(i + 1..).unwrap_or_default();
    }
    out.push_str(rest);
}

/// At most 60 characters of echoed text, marked when cut (the error's own texts are never cut).
fn clip(text: &str) -> String {
    let mut s: String = text.trim().chars().take(60).collect();
    if text.trim().chars().count() > 60 {
        s.push('…');
    }
    s
}

/// A writer of one iJw message: prefixes `{message}` and `ijw`, two-space indentation.
pub(crate) struct Output<W: Write> {
    w: W,
    message: &'static str,
    path: Vec<&'static str>,
    /// One line of output, built here and written with one `write_all` (reused).
    line: String,
    /// A leaf's value as text (reused).
    value: String,
}

/// Indentation: two spaces per open element.
const SPACES: &str = "                                                                ";

impl<W: Write> Output<W> {
    /// A writer of `message` (e.g. `"jw323"`).
    pub(crate) fn new(w: W, message: &'static str) -> Output<W> {
        Output {
            w,
            message,
            path: Vec::new(),
            line: String::new(),
            value: String::new(),
        }
    }

    pub(crate) fn error(&self, kind: MessageErrorKind, reason: impl Into<String>) -> MessageError {
        MessageError {
            kind,
            source: String::new(),
            line: 0,
            column: 0,
            path: self.path.join("/"),
            reason: reason.into(),
            expected: None,
        }
    }

    fn io(&self, e: &std::io::Error) -> MessageError {
        self.error(
            MessageErrorKind::Io,
            format!("writing the message failed: {e}"),
        )
    }

    fn put(&mut self, s: &str) -> Result<(), MessageError> {
        self.w.write_all(s.as_bytes()).map_err(|e| self.io(&e))
    }

    /// Starts a line in `self.line` with the indentation of the open elements.
    fn indent(&mut self) {
        self.line.clear();
        let mut pad = self.path.len().saturating_mul(2);
        while pad > 0 {
            let n = pad.min(SPACES.len());
            self.line.push_str(SPACES.get(..n).unwrap_or_default());
            pad -= n;
        }
    }

    /// Writes `self.line`.
    fn put_line(&mut self) -> Result<(), MessageError> {
        match self.w.write_all(self.line.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.io(&e)),
        }
    }

    /// Appends `<prefix:name>` (or `</prefix:name>` when `close`) to `self.line`.
    fn tag(&mut self, ns: Ns, name: &str, close: bool) {
        let p = self.prefix(ns);
        self.line.push_str(if close { "</" } else { "<" });
        self.line.push_str(p);
        self.line.push(':');
        self.line.push_str(name);
        self.line.push('>');
    }

    fn prefix(&self, ns: Ns) -> &'static str {
        match ns {
            Ns::Msg => self.message,
            Ns::Basis => "ijw",
        }
    }

    /// The XML declaration, an optional comment and the root with both namespaces.
    pub(crate) fn root(&mut self, msg_ns: &str, comment: Option<&str>) -> Result<(), MessageError> {
        self.put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
        if let Some(c) = comment {
            // "--" may not occur inside a comment.
            let c = c.replace("--", "- -");
            self.put(&format!("<!-- {c} -->\n"))?;
        }
        let m = self.message;
        self.put(&format!(
            "<{m}:Bericht xmlns:{m}=\"{msg_ns}\" xmlns:ijw=\"{BASIS_NS}\">\n"
        ))?;
        self.path.push("Bericht");
        Ok(())
    }

    /// Opens a complex element.
    pub(crate) fn start(&mut self, ns: Ns, name: &'static str) -> Result<(), MessageError> {
        self.indent();
        self.tag(ns, name, false);
        self.line.push('\n');
        self.put_line()?;
        self.path.push(name);
        Ok(())
    }

    /// Closes the innermost complex element.
    pub(crate) fn end(&mut self, ns: Ns) -> Result<(), MessageError> {
        let name = self.path.pop().unwrap_or("Bericht");
        self.indent();
        self.tag(ns, name, true);
        self.line.push('\n');
        self.put_line()
    }

    /// A simple element; refuses empty text (RS033).
    pub(crate) fn leaf(
        &mut self,
        ns: Ns,
        name: &'static str,
        value: &dyn Display,
    ) -> Result<(), MessageError> {
        self.value.clear();
        // Writing to a `String` cannot fail (a `Display` that fails is a bug of its own).
        let _ = write!(self.value, "{value}");
        if self.value.trim().is_empty() {
            self.path.push(name);
            let e = self.error(
                MessageErrorKind::Empty,
                "empty value (RS033: no empty elements; leave an optional element out)",
            );
            self.path.pop();
            return Err(e);
        }
        self.indent();
        self.tag(ns, name, false);
        escape_into(&mut self.line, &self.value);
        self.tag(ns, name, true);
        self.line.push('\n');
        self.put_line()
    }

    /// An optional simple element: written only when present.
    pub(crate) fn opt_leaf<T: Display>(
        &mut self,
        ns: Ns,
        name: &'static str,
        value: Option<&T>,
    ) -> Result<(), MessageError> {
        match value {
            Some(v) => self.leaf(ns, name, v),
            None => Ok(()),
        }
    }

    /// Checks that a 1..n list is not empty.
    pub(crate) fn non_empty<T>(
        &mut self,
        list: &[T],
        name: &'static str,
    ) -> Result<(), MessageError> {
        if list.is_empty() {
            self.path.push(name);
            let e = self.error(
                MessageErrorKind::Rule,
                format!("no {name}: the XSD requires at least one (1..n); an empty list cannot be written"),
            );
            self.path.pop();
            return Err(e);
        }
        Ok(())
    }

    /// Flushes and gives the writer back.
    pub(crate) fn finish(mut self) -> Result<W, MessageError> {
        self.path.clear();
        let m = self.message;
        self.put(&format!("</{m}:Bericht>\n"))?;
        self.w.flush().map_err(|e| self.io(&e))?;
        Ok(self.w)
    }
}
