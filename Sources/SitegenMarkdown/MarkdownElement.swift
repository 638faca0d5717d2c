public import SitegenSupport

/// A piece of a Markdown document that a caller may replace with its own HTML.
///
/// sitegen's additions to Markdown ride on these ordinary CommonMark constructs: an inline
/// code span starting with `=` is a figure, a fenced block with info string `chart` is a chart.
public enum MarkdownElement: Sendable, Hashable {
    /// An inline code span: its literal text and where its opening backtick is.
    case codeSpan(code: String, location: SourcePosition)
    /// A fenced or indented code block: its info string (empty when none), its literal body
    /// and where the block starts (the opening fence).
    case codeBlock(info: String, body: String, location: SourcePosition)
}

/// What replaces a ``MarkdownElement`` in the rendered HTML.
///
/// The HTML is written verbatim, even in safe mode: the caller is responsible for escaping
/// every value it puts in.
public struct MarkdownReplacement: Sendable, Hashable {
    /// The HTML that takes the element's place.
    public var html: String

    /// Creates a replacement from trusted, already escaped HTML.
    public init(html: String) {
        self.html = html
    }
}

/// A link or image in a Markdown document, offered to the caller to check and rewrite.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written (`../other.md#why`, `chart.png`).
    public var destination: String
    /// Whether it is an image (`![alt](src)`).
    public var isImage: Bool
    /// Where the link starts (its `[` or `!`).
    public var location: SourcePosition

    /// Creates a link.
    public init(destination: String, isImage: Bool, location: SourcePosition) {
        self.destination = destination
        self.isImage = isImage
        self.location = location
    }
}
