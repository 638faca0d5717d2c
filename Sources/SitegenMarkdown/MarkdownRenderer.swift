internal import CCmark

/// Renders CommonMark to HTML with libcmark, letting the caller replace code spans and blocks.
///
/// Rendering is a pure function of its inputs: a renderer holds no state between calls and
/// separate documents may be rendered on separate threads.
public struct MarkdownRenderer: Sendable {
    /// The parsing and rendering options.
    public var options: MarkdownOptions

    /// Creates a renderer with the given options.
    public init(options: MarkdownOptions = .default) {
        self.options = options
    }

    /// Renders `source` to HTML.
    ///
    /// Every inline code span and code block is offered to `rewrite` in document order; a
    /// non-nil result replaces it verbatim (the caller escapes). A code span's location is its
    /// first content character, just after the opening backticks. Headings get ids made from
    /// their text, unique within the document.
    ///
    /// - Parameter lineOffset: added to every reported line, for a body that starts after
    ///   front matter.
    /// - Throws: ``MarkdownError/outOfMemory`` only if libcmark cannot allocate.
    public func render(
        _ source: String,
        lineOffset: Int = 0,
        rewrite: (MarkdownElement) -> MarkdownReplacement? = { _ in nil }
    ) throws(MarkdownError) -> RenderedMarkdown {
        guard let document = CmarkDocument(parsing: source, options: options) else {
            throw .outOfMemory
        }
        let targets = document.nodes { type in
            type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HEADING
        }
        var headings: [Heading] = []
        var ids = HeadingIDs()
        for node in targets {
            switch CmarkNode.type(node) {
            case CMARK_NODE_CODE:
                let code = CmarkNode.literal(node)
                let location = CmarkNode.location(node).shifted(by: lineOffset)
                if let replacement = rewrite(.codeSpan(code: code, location: location)) {
                    document.replace(node, kind: CMARK_NODE_CUSTOM_INLINE, enter: replacement.html)
                }
            case CMARK_NODE_CODE_BLOCK:
                let element = MarkdownElement.codeBlock(
                    info: CmarkNode.fenceInfo(node), body: CmarkNode.literal(node),
                    location: CmarkNode.location(node).shifted(by: lineOffset))
                if let replacement = rewrite(element) {
                    document.replace(node, kind: CMARK_NODE_CUSTOM_BLOCK, enter: replacement.html)
                }
            default:
                let level = CmarkNode.headingLevel(node)
                let text = CmarkNode.plainText(node)
                let id = ids.claim(for: text)
                headings.append(
                    Heading(
                        level: level, text: text, id: id,
                        location: CmarkNode.location(node).shifted(by: lineOffset)))
                document.replace(
                    node, kind: CMARK_NODE_CUSTOM_BLOCK, enter: "<h\(level) id=\"\(id)\">",
                    exit: "</h\(level)>", keepChildren: true)
            }
        }
        return RenderedMarkdown(html: document.html(), headings: headings)
    }
}

/// An error libcmark reports.
public enum MarkdownError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libcmark could not allocate memory for the document.
    case outOfMemory

    public var description: String {
        switch self {
        case .outOfMemory: "The Markdown parser ran out of memory"
        }
    }
}

extension SourceLocation {
    func shifted(by lines: Int) -> SourceLocation {
        SourceLocation(line: line + lines, column: column)
    }
}
