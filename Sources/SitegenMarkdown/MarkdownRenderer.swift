internal import CCmark
import SitegenSupport

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

    /// The version of the libcmark the renderer runs with, such as `0.30.2`.
    public static var libcmarkVersion: String {
        String(cString: cmark_version_string())
    }

    /// Renders `source` to HTML.
    ///
    /// Headings get ids made from their text first (``Slug/headingID(from:)``, as GitHub
    /// makes them), unique within the document and distinct from `reservedIDs`; a code span
    /// in a heading counts as the text `codeText` gives for it (a figure's value), or its
    /// literal. Headings of levels 2 to 4 end with a `#` link to themselves. Each link and
    /// image is offered to `links`, with the document's headings; a non-nil result is its new
    /// destination. Then every inline
    /// code span and code block is offered to `rewrite` in document order, with the
    /// document's ids so far; a non-nil result replaces it verbatim (the caller escapes) and
    /// the caller claims any ids it writes. A code span's location is its first content
    /// character, just after the opening backticks.
    ///
    /// With `prose`, the running text of every block is offered first, before any code span
    /// is replaced (``MarkdownProse``), for checks that read what the writer typed.
    ///
    /// - Parameter lineOffset: added to every reported line, for a body that starts after
    ///   front matter.
    /// - Throws: ``MarkdownError/outOfMemory`` only if libcmark cannot allocate.
    public func render(
        _ source: String,
        lineOffset: Int = 0,
        reservedIDs: Set<String> = [],
        codeText: (String) -> String? = { _ in nil },
        links: (MarkdownLink, [Heading]) -> String? = { _, _ in nil },
        prose: (([MarkdownProse]) -> Void)? = nil,
        rewrite: (MarkdownElement, inout DocumentIDs) -> MarkdownReplacement?
    ) throws(MarkdownError) -> RenderedMarkdown {
        let parsed = try GitHubDocument(parsing: source, options: options)
        let document = parsed.document
        if let prose { prose(document.prose(lineOffset: lineOffset)) }
        var ids = DocumentIDs(reserved: reservedIDs)
        var headings: [Heading] = []
        for node in document.nodes(where: { $0 == CMARK_NODE_HEADING }) {
            let level = CmarkNode.headingLevel(node)
            let text = CmarkNode.plainText(node, codeText: codeText)
            let id = ids.claim(Slug.headingID(from: text))
            headings.append(
                Heading(
                    level: level, text: text, id: id,
                    location: document.location(node).addingLines(lineOffset)))
            // The anchor is no text of the page: site search leaves it out.
            let anchor =
                (2...4).contains(level)
                ? "<a class=\"heading-anchor\" data-search-ignore href=\"#\(id)\" aria-label=\"Link to this section: \(Escape.markup(text))\">#</a>"
                : ""
            document.replace(
                node, kind: CMARK_NODE_CUSTOM_BLOCK, enter: "<h\(level) id=\"\(id)\">",
                exit: anchor + "</h\(level)>", keepChildren: true)
        }
        // One walk finds the links, images and code; links are settled first.
        let found = document.nodes {
            $0 == CMARK_NODE_LINK || $0 == CMARK_NODE_IMAGE || $0 == CMARK_NODE_CODE
                || $0 == CMARK_NODE_CODE_BLOCK
        }
        let linkNodes = found.filter {
            let type = CmarkNode.type($0)
            return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
        }
        for node in linkNodes {
            let link = MarkdownLink(
                destination: CmarkNode.url(node), isImage: CmarkNode.type(node) == CMARK_NODE_IMAGE,
                location: document.location(node).addingLines(lineOffset))
            if let destination = links(link, headings) {
                guard CmarkNode.setURL(node, destination) else { throw .outOfMemory }
            }
        }
        let code = found.filter {
            let type = CmarkNode.type($0)
            return type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK
        }
        for node in code {
            let location = document.location(node).addingLines(lineOffset)
            if CmarkNode.type(node) == CMARK_NODE_CODE {
                let element = MarkdownElement.codeSpan(
                    code: CmarkNode.literal(node), location: location)
                if let replacement = rewrite(element, &ids) {
                    document.replace(node, kind: CMARK_NODE_CUSTOM_INLINE, enter: replacement.html)
                }
            } else {
                let element = MarkdownElement.codeBlock(
                    info: CmarkNode.fenceInfo(node), body: CmarkNode.literal(node),
                    location: location)
                if let replacement = rewrite(element, &ids) {
                    document.replace(node, kind: CMARK_NODE_CUSTOM_BLOCK, enter: replacement.html)
                }
            }
        }
        try parsed.finish(&ids)
        return RenderedMarkdown(html: document.html(), headings: headings)
    }

    /// Renders `source` to HTML, offering code spans and blocks to `rewrite` (see
    /// ``render(_:lineOffset:reservedIDs:rewrite:)``) when the caller writes no ids.
    public func render(
        _ source: String,
        lineOffset: Int = 0,
        rewrite: (MarkdownElement) -> MarkdownReplacement? = { _ in nil }
    ) throws(MarkdownError) -> RenderedMarkdown {
        try render(source, lineOffset: lineOffset, reservedIDs: []) { element, _ in rewrite(element)
        }
    }
}

/// An error libcmark reports.
public enum MarkdownError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libcmark could not allocate memory for the document.
    case outOfMemory

    /// The message printed for the error.
    public var description: String {
        switch self {
        case .outOfMemory: "The Markdown parser ran out of memory"
        }
    }
}
