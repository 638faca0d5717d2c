internal import CCmark

/// Turns paragraphs that are GitHub-flavoured pipe tables into tables.
///
/// libcmark reads a table as a paragraph. Its raw lines are read back from the source, split
/// into cells by ``TableSyntax``, and the cells are parsed as inline Markdown together in one
/// ``ParsedFragments`` document, so inline figures, links and emphasis in cells work and
/// report their real line and column. Smart punctuation never sees the delimiter row.
enum Tables {
    /// A paragraph that may be a table, with its raw lines.
    struct Candidate {
        var paragraph: OpaquePointer
        var lines: [SourceSpan]
    }

    /// The raw lines of `paragraph`, read through `line`: the first from the paragraph's
    /// column, later ones without the container prefix (`> `, list indentation) before it.
    static func candidate(_ paragraph: OpaquePointer, line: (Int) -> SourceSpan?) -> Candidate? {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = CmarkNode.endLine(paragraph)
        guard last > first else { return nil }
        let budget = Int(cmark_node_get_start_column(paragraph)) - 1
        var lines: [SourceSpan] = []
        var mightBeTable = false
        for number in first...last {
            guard var span = line(number) else { return nil }
            var drop = 0
            if number == first {
                drop = min(budget, span.bytes.count)
            } else {
                while drop < budget, drop < span.bytes.count,
                    span.bytes[drop].isSpaceOrTab || span.bytes[drop] == UInt8(ascii: ">")
                {
                    drop += 1
                }
                mightBeTable = mightBeTable || span.bytes.contains(UInt8(ascii: "-"))
            }
            span.bytes.removeFirst(drop)
            span.columns.removeFirst(drop)
            lines.append(span)
        }
        return mightBeTable ? Candidate(paragraph: paragraph, lines: lines) : nil
    }

    /// The candidates in the main document, whose source is `text`; only paragraphs with a
    /// line after the first that could be a delimiter row are looked at.
    static func candidates(in document: CmarkDocument, text: String) -> [Candidate] {
        let source = SourceLines(text)
        return document.nodes(where: { $0 == CMARK_NODE_PARAGRAPH }).compactMap { paragraph in
            let first = Int(cmark_node_get_start_line(paragraph))
            let last = CmarkNode.endLine(paragraph)
            guard last > first, last <= source.count,
                (first + 1...last).contains(where: {
                    TableSyntax.mightBeDelimiterRow(source.line($0))
                })
            else { return nil }
            return candidate(paragraph) { number in
                SourceSpan(source.line(number), line: number, column: 1)
            }
        }
    }

    /// Replaces each candidate that holds a table by the table.
    static func build(
        _ candidates: [Candidate], in document: CmarkDocument, references: String?,
        options: MarkdownOptions
    ) throws(MarkdownError) {
        let tables = candidates.compactMap { candidate in
            TableSyntax(lines: candidate.lines).map { (candidate.paragraph, $0) }
        }
        guard !tables.isEmpty else { return }
        var fragments: [ParsedFragments.Fragment] = []
        for (_, table) in tables {
            if !table.leading.isEmpty {
                fragments.append(.init(kind: .inline, lines: table.leading))
            }
            for cell in table.header + table.body.joined() {
                fragments.append(.init(kind: .inline, lines: [cell]))
            }
        }
        guard let parsed = ParsedFragments(fragments, references: references, options: options)
        else { throw .outOfMemory }
        var next = 0
        func take() -> [OpaquePointer] {
            defer { next += 1 }
            let nodes = parsed.take(next)
            document.adoptLocations(of: nodes, from: parsed)
            return nodes
        }
        for (paragraph, table) in tables {
            if !table.leading.isEmpty {
                guard let lead = cmark_node_new(CMARK_NODE_PARAGRAPH) else { throw .outOfMemory }
                for node in take() { cmark_node_append_child(lead, node) }
                cmark_node_insert_before(paragraph, lead)
            }
            guard
                let element = CmarkNode.custom(
                    CMARK_NODE_CUSTOM_BLOCK, enter: "<table>", exit: "</table>"),
                let head = CmarkNode.custom(
                    CMARK_NODE_CUSTOM_BLOCK, enter: "<thead>", exit: "</thead>")
            else { throw .outOfMemory }
            cmark_node_append_child(element, head)
            try appendRow(table.header.map { _ in take() }, to: head, cell: "th", table.alignments)
            if !table.body.isEmpty {
                guard
                    let body = CmarkNode.custom(
                        CMARK_NODE_CUSTOM_BLOCK, enter: "<tbody>", exit: "</tbody>")
                else { throw .outOfMemory }
                cmark_node_append_child(element, body)
                for row in table.body {
                    try appendRow(row.map { _ in take() }, to: body, cell: "td", table.alignments)
                }
            }
            cmark_node_replace(paragraph, element)
            cmark_node_free(paragraph)
        }
    }

    private static func appendRow(
        _ cells: [[OpaquePointer]], to parent: OpaquePointer, cell tag: String,
        _ alignments: [TableSyntax.Alignment]
    ) throws(MarkdownError) {
        guard let row = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<tr>", exit: "</tr>")
        else { throw .outOfMemory }
        cmark_node_append_child(parent, row)
        for (index, content) in cells.enumerated() {
            let style =
                switch alignments[index] {
                case .none: ""
                case .left: " style=\"text-align: left\""
                case .center: " style=\"text-align: center\""
                case .right: " style=\"text-align: right\""
                }
            guard
                let cell = CmarkNode.custom(
                    CMARK_NODE_CUSTOM_INLINE, enter: "<\(tag)\(style)>", exit: "</\(tag)>\n")
            else { throw .outOfMemory }
            for node in content { cmark_node_append_child(cell, node) }
            cmark_node_append_child(row, cell)
        }
    }
}
