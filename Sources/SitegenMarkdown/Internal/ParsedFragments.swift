internal import CCmark
import SitegenSupport

/// Pieces of raw Markdown (table cells, footnote bodies) parsed together in one more libcmark
/// document, so the extensions built on libcmark's tree get CommonMark's own inline and block
/// parsing for them.
///
/// Each inline piece is written as the indented continuation of a paragraph that starts with
/// a sentinel, so nothing in it can open a block; block pieces are written as they are,
/// fenced off from each other by HTML comments. The document's own source may follow, so
/// its link reference definitions resolve inside the pieces too. The parsed nodes come back
/// detached, ready to move into the main document, and each keeps a way back to the line and
/// column it came from.
final class ParsedFragments {
    /// What a piece is parsed as.
    enum Kind {
        /// The inline content of one paragraph (a table cell).
        case inline
        /// A sequence of blocks (a footnote's body).
        case blocks
    }

    /// One piece: its kind and its lines, each with the original place of every byte.
    struct Fragment {
        var kind: Kind
        var lines: [SourceSpan]
    }

    /// The nodes parsed from each fragment not yet taken, detached from any tree.
    private var nodes: [[OpaquePointer]]
    /// The original line of each line of the synthetic document (nil for scaffolding).
    private let spans: [SourceSpan?]
    private let document: CmarkDocument

    private static let sentinel = "\u{E000}"

    /// Parses `fragments`, or nil only when libcmark cannot allocate.
    ///
    /// `references` (the document's source) is appended for its link reference definitions.
    init?(_ fragments: [Fragment], references: String?, options: MarkdownOptions) {
        var text: [UInt8] = []
        var spans: [SourceSpan?] = []
        var ranges: [ClosedRange<Int>] = []
        func addLine(_ bytes: some Sequence<UInt8>, _ span: SourceSpan?) {
            text.append(contentsOf: bytes)
            text.append(UInt8(ascii: "\n"))
            spans.append(span)
        }
        for fragment in fragments {
            let first = spans.count + 1
            switch fragment.kind {
            case .inline:
                addLine(Self.sentinel.utf8, nil)
                for line in fragment.lines { addLine(Array("    ".utf8) + line.bytes, line) }
                ranges.append(first...spans.count)
                addLine([], nil)
            case .blocks:
                for line in fragment.lines { addLine(line.bytes, line) }
                ranges.append(first...max(first, spans.count))
                addLine([], nil)
                addLine("<!-- -->".utf8, nil)
                addLine([], nil)
            }
        }
        if let references { text.append(contentsOf: references.utf8) }
        guard
            let document = CmarkDocument(
                parsing: String(decoding: text, as: UTF8.self), options: options)
        else { return nil }
        self.document = document
        self.spans = spans
        var nodes = [[OpaquePointer]](repeating: [], count: fragments.count)
        var fragmentIndex = 0
        var child = cmark_node_first_child(document.root)
        while let node = child, fragmentIndex < fragments.count {
            child = cmark_node_next(node)
            let line = Int(cmark_node_get_start_line(node))
            while fragmentIndex < fragments.count, line > ranges[fragmentIndex].upperBound {
                fragmentIndex += 1
            }
            guard fragmentIndex < fragments.count, ranges[fragmentIndex].contains(line) else {
                continue
            }
            switch fragments[fragmentIndex].kind {
            case .blocks:
                cmark_node_unlink(node)
                nodes[fragmentIndex].append(node)
            case .inline:
                nodes[fragmentIndex] = Self.detachInlines(of: node)
            }
        }
        self.nodes = nodes
    }

    deinit {
        for list in nodes { for node in list { cmark_node_free(node) } }
    }

    /// Takes the nodes parsed from fragment `index`, in order.
    ///
    /// They are the inline children for an inline fragment, the top-level blocks for a block
    /// fragment. The caller owns them from now on.
    func take(_ index: Int) -> [OpaquePointer] {
        defer { nodes[index] = [] }
        return nodes[index]
    }

    /// The original place of a node parsed here, or nil for scaffolding.
    func location(of node: OpaquePointer) -> SourcePosition? {
        let line = Int(cmark_node_get_start_line(node))
        guard line >= 1, line <= spans.count, let span = spans[line - 1] else { return nil }
        return SourcePosition(
            line: span.line, column: span.originalColumn(Int(cmark_node_get_start_column(node))))
    }

    /// The raw line `line` of the synthetic document, with its original columns.
    func span(line: Int) -> SourceSpan? {
        guard line >= 1, line <= spans.count else { return nil }
        return spans[line - 1]
    }

    /// The inline children of a sentinel paragraph, without the sentinel and its line break.
    private static func detachInlines(of paragraph: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(paragraph)
        var first = true
        while let node = child {
            child = cmark_node_next(node)
            cmark_node_unlink(node)
            if first {
                first = false
                let literal = CmarkNode.literal(node)
                if cmark_node_get_type(node) == CMARK_NODE_TEXT, literal.hasPrefix(sentinel) {
                    let rest = String(literal.dropFirst())
                    if rest.isEmpty {
                        cmark_node_free(node)
                        if let next = child, cmark_node_get_type(next) == CMARK_NODE_SOFTBREAK {
                            child = cmark_node_next(next)
                            cmark_node_unlink(next)
                            cmark_node_free(next)
                        }
                        continue
                    }
                    cmark_node_set_literal(node, rest)
                }
            }
            result.append(node)
        }
        return result
    }
}
