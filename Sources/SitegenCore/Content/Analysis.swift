public import SitegenData

/// An analysis: a dated article in `content/analyses/`, with front matter and a Markdown body.
public struct Analysis: Sendable, Hashable {
    /// The URL slug, from the file name (`analyses/<slug>/`).
    public var slug: String
    /// The headline.
    public var title: String
    /// The publication date, at its precision.
    public var date: CalendarDate
    /// When the analysis was last revised, if it was.
    public var updated: CalendarDate?
    /// One or two sentences for listings, the feed and meta descriptions.
    public var summary: String
    /// Tag names as written.
    public var tags: [String]
    /// Who wrote it, in byline order; empty when the site's author did.
    public var authors: [String]
    /// Ids of the companies the analysis discusses.
    public var companies: [String]
    /// Ids of the deals the analysis discusses.
    public var deals: [String]
    /// A draft is left out unless the build asks for drafts.
    public var draft: Bool
    /// The Markdown body and where it sits in its file.
    public var body: MarkdownSource

    /// Creates an analysis.
    public init(
        slug: String, title: String, date: CalendarDate, updated: CalendarDate? = nil,
        summary: String, tags: [String] = [], authors: [String] = [], companies: [String] = [],
        deals: [String] = [], draft: Bool = false, body: MarkdownSource
    ) {
        self.authors = authors
        self.slug = slug
        self.title = title
        self.date = date
        self.updated = updated
        self.summary = summary
        self.tags = tags
        self.companies = companies
        self.deals = deals
        self.draft = draft
        self.body = body
    }

    /// Newest first; then by title and slug, so equal dates still sort the same way.
    public static func newestFirst(_ lhs: Analysis, _ rhs: Analysis) -> Bool {
        if lhs.date != rhs.date { return lhs.date > rhs.date }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.slug < rhs.slug
    }
}

/// A standalone page in `content/pages/` (about, methodology).
public struct StandalonePage: Sendable, Hashable {
    /// The URL slug, from the file name (`<slug>/`).
    public var slug: String
    /// The page title.
    public var title: String
    /// An optional description for meta tags.
    public var summary: String
    /// The Markdown body and where it sits in its file.
    public var body: MarkdownSource

    /// Creates a page.
    public init(slug: String, title: String, summary: String = "", body: MarkdownSource) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.body = body
    }
}

/// Where a Markdown body is: its file, and where in the file the body starts.
///
/// The text is read again when the page is rendered, so a large site never holds every body
/// in memory at once.
public struct MarkdownSource: Sendable, Hashable {
    /// The file's path relative to the site root.
    public var path: String
    /// How many lines of the file come before the body.
    public var lineOffset: Int
    /// Where the body starts, in UTF-8 bytes of the file's decoded text.
    public var bodyOffset: Int
    /// Where the body starts in the file's bytes, when only the body need be read again (the
    /// file has no carriage returns); nil when the whole file is read and decoded again.
    public var bodyByteOffset: Int?

    /// Creates a Markdown source.
    public init(path: String, lineOffset: Int, bodyOffset: Int, bodyByteOffset: Int? = nil) {
        self.bodyByteOffset = bodyByteOffset
        self.path = path
        self.lineOffset = lineOffset
        self.bodyOffset = bodyOffset
    }
}
