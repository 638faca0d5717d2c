internal import CCmark

/// A document parsed by libcmark with the GitHub-flavoured extensions applied on its tree:
/// footnotes, pipe tables, strikethrough, extended autolinks and task lists.
///
/// Each extension is skipped when a cheap look at the source shows it cannot apply, so a
/// document without their syntax costs one parse, as before.
struct GitHubDocument {
    /// The parsed document.
    let document: CmarkDocument
    private let footnotes: Footnotes?

    /// Parses `source` and applies the extensions.
    init(parsing original: String, options: MarkdownOptions) throws(MarkdownError) {
        // The hints of the original hold for the text below: protecting escapes and
        // blanking footnote definitions only take syntax away.
        let hints = SourceHints(original)
        let protected = hints.escapes ? EscapedPunctuation.protect(original) : nil
        let source = protected ?? original
        let definitions =
            hints.footnotes ? try Self.footnoteDefinitions(in: source, options: options) : nil
        let text = definitions?.source ?? source
        guard let document = CmarkDocument(parsing: text, options: options) else {
            throw .outOfMemory
        }
        self.document = document
        // Link reference definitions anywhere in the document apply in cells and footnotes.
        let references = hints.brackets ? text : nil
        var candidates = hints.delimiterRow ? Tables.candidates(in: document, text: text) : []
        footnotes = try definitions.map { definitions throws(MarkdownError) in
            try Footnotes(definitions, in: document, references: references, options: options)
        }
        candidates += footnotes?.tableCandidates() ?? []
        try Tables.build(candidates, in: document, references: references, options: options)
        if hints.tildes { try Strikethrough.apply(to: document) }
        if hints.autolinks { try Autolinks.apply(to: document) }
        if hints.brackets { try TaskLists.apply(to: document) }
        try footnotes?.linkReferences(in: document)
        if protected != nil { EscapedPunctuation.restore(in: document) }
    }

    /// Numbers the footnotes and writes their ids; called once the headings hold theirs.
    func finish(_ ids: inout DocumentIDs) throws(MarkdownError) {
        try footnotes?.finish(&ids)
    }

    /// The footnote definitions in `source`, outside code and HTML blocks.
    private static func footnoteDefinitions(in source: String, options: MarkdownOptions)
        throws(MarkdownError) -> FootnoteDefinitions?
    {
        let lines = SourceLines(source)
        guard
            (1...max(1, lines.count)).contains(where: {
                FootnoteDefinitions.start(lines.line($0)) != nil
            })
        else { return nil }
        guard let plain = CmarkDocument(parsing: source, options: options) else {
            throw .outOfMemory
        }
        var isProtected = [Bool](repeating: false, count: lines.count + 2)
        for block in plain.nodes(where: {
            $0 == CMARK_NODE_CODE_BLOCK || $0 == CMARK_NODE_HTML_BLOCK
        }) {
            let first = Int(cmark_node_get_start_line(block))
            let last = min(CmarkNode.endLine(block), lines.count)
            guard first >= 1, first <= last else { continue }
            for line in first...last { isProtected[line] = true }
        }
        return FootnoteDefinitions(lines) { isProtected[$0] }
    }
}
