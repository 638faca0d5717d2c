public import SitegenSupport

/// The HTML of a Markdown document and what was learned while rendering it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The document's HTML body.
    public var html: String
    /// The document's headings in order, with the ids written on them.
    public var headings: [Heading]

    /// Creates a rendered document.
    public init(html: String, headings: [Heading]) {
        self.html = html
        self.headings = headings
    }
}

/// A heading of a rendered document.
public struct Heading: Sendable, Hashable {
    /// The heading level, 1 to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The `id` attribute written on the heading, unique within the document.
    public var id: String
    /// Where the heading starts.
    public var location: SourcePosition

    /// Creates a heading.
    public init(level: Int, text: String, id: String, location: SourcePosition) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}
