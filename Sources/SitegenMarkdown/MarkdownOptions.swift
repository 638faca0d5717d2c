// SitegenMarkdown wraps libcmark: it parses CommonMark with source positions, lets callers
// replace inline code spans and fenced code blocks, gives headings stable ids, and renders HTML
// in safe mode. It is the only target that sees C types.

/// Options for parsing and rendering Markdown.
///
/// Source positions and UTF-8 validation are always on; safe mode is the default.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    /// Creates options from their raw bits.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Typographic quotes, dashes and ellipses, as a publication would set them.
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 0)

    /// Pass raw HTML and unsafe link targets through instead of omitting them.
    ///
    /// Off by default: a site turns it on explicitly in `site.yaml`.
    public static let allowRawHTML = MarkdownOptions(rawValue: 1 << 1)

    /// The options sitegen uses unless a site says otherwise.
    public static let `default`: MarkdownOptions = [.smartPunctuation]
}
