internal import CCmark
import SitegenSupport

/// GitHub-flavoured footnotes on libcmark's tree, written as cmark-gfm writes them.
///
/// The bodies (``FootnoteDefinitions``) are parsed as blocks and put in a section at the end
/// of the document, so every other pass (tables, links, figures, headings) sees them. Then a
/// `[^label]` in text whose label is defined becomes a numbered reference; footnotes are
/// numbered in order of first reference, unreferenced ones are dropped, and each gets one
/// back-link per reference. The section opens with a heading only screen readers see
/// (`class="sr-only"`), as on GitHub. Ids are set last, after headings claimed theirs.
final class Footnotes {
    private struct Note {
        var label: String
        var item: OpaquePointer
        var references: [OpaquePointer] = []
    }

    private let section: OpaquePointer
    private var notes: [String: Note] = [:]
    /// Labels in order of first reference.
    private var order: [String] = []

    /// Parses the bodies of `definitions` and appends them to `document` as a section; the
    /// returned fragments (still holding the body lines) let tables be found in the bodies.
    init(
        _ definitions: FootnoteDefinitions, in document: CmarkDocument, references: String?,
        options: MarkdownOptions
    ) throws(MarkdownError) {
        let fragments = definitions.definitions.map {
            ParsedFragments.Fragment(kind: .blocks, lines: $0.lines)
        }
        guard let parsed = ParsedFragments(fragments, references: references, options: options),
            let section = CmarkNode.custom(
                CMARK_NODE_CUSTOM_BLOCK,
                enter: "<section class=\"footnotes\" data-footnotes>\n<ol>",
                exit: "</ol>\n</section>")
        else { throw .outOfMemory }
        self.section = section
        cmark_node_append_child(document.root, section)
        bodyFragments = parsed
        for (index, definition) in definitions.definitions.enumerated() {
            guard let item = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<li>", exit: "</li>")
            else {
                throw .outOfMemory
            }
            let blocks = parsed.take(index)
            document.adoptLocations(of: blocks, from: parsed)
            for block in blocks { cmark_node_append_child(item, block) }
            cmark_node_append_child(section, item)
            notes[definition.key] = Note(label: definition.label, item: item)
        }
    }

    /// The parse of the bodies, for reading their raw lines.
    let bodyFragments: ParsedFragments

    /// Table candidates among the bodies' paragraphs.
    func tableCandidates() -> [Tables.Candidate] {
        var result: [Tables.Candidate] = []
        for note in notes.values.sorted(by: { $0.label < $1.label }) {
            guard let iterator = cmark_iter_new(note.item) else { continue }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                    let node = cmark_iter_get_node(iterator),
                    cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH,
                    let candidate = Tables.candidate(
                        node, line: { self.bodyFragments.span(line: $0) })
                else { continue }
                result.append(candidate)
            }
        }
        return result
    }

    /// Turns each `[^label]` with a definition into a reference, in document order.
    func linkReferences(in document: CmarkDocument) throws(MarkdownError) {
        let excluded: Set<UInt32> = [CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue]
        for node in document.nodes(where: { $0 == CMARK_NODE_TEXT }) {
            let literal = CmarkNode.literal(node)
            guard literal.contains("[^"), !CmarkNode.isInside(node, excluded) else { continue }
            try split(node, literal)
        }
    }

    private func split(_ node: OpaquePointer, _ literal: String) throws(MarkdownError) {
        let scalars = Array(literal.unicodeScalars)
        var splice = NodeSplice(replacing: node)
        var plainStart = 0
        var index = 0
        var changed = false
        while index + 3 < scalars.count {
            guard scalars[index] == "[", scalars[index + 1] == "^",
                let close = scalars[(index + 2)...].firstIndex(where: {
                    $0 == "]" || $0 == "[" || $0.properties.isWhitespace
                }),
                scalars[close] == "]", close > index + 2
            else {
                index += 1
                continue
            }
            let key = String(String.UnicodeScalarView(scalars[(index + 2)..<close])).lowercased()
            guard var note = notes[key] else {
                index += 1
                continue
            }
            if index > plainStart { try splice.appendText(scalars[plainStart..<index]) }
            guard let reference = CmarkNode.custom(CMARK_NODE_CUSTOM_INLINE, enter: "") else {
                throw .outOfMemory
            }
            splice.append(reference)
            if note.references.isEmpty { order.append(key) }
            note.references.append(reference)
            notes[key] = note
            changed = true
            index = close + 1
            plainStart = index
        }
        guard changed else { return }
        if plainStart < scalars.count { try splice.appendText(scalars[plainStart...]) }
        splice.finish()
    }

    /// Numbers the referenced footnotes, drops the rest, and writes ids and back-links,
    /// claiming the ids in `ids` after the headings claimed theirs.
    func finish(_ ids: inout DocumentIDs) throws(MarkdownError) {
        for (key, note) in notes where note.references.isEmpty {
            cmark_node_unlink(note.item)
            cmark_node_free(note.item)
            notes[key] = nil
        }
        guard !order.isEmpty else {
            cmark_node_unlink(section)
            cmark_node_free(section)
            return
        }
        // A heading for screen readers, as GitHub writes it; the section needs one to be valid.
        let headingID = ids.claim("footnote-label")
        cmark_node_set_on_enter(
            section,
            "<section class=\"footnotes\" data-footnotes>\n<h2 id=\"\(headingID)\" class=\"sr-only\">Footnotes</h2>\n<ol>"
        )
        for (offset, key) in order.enumerated() {
            guard let note = notes[key] else { continue }
            let number = offset + 1
            // Items go in order of first reference.
            cmark_node_unlink(note.item)
            cmark_node_append_child(section, note.item)
            let label = Escape.markup(note.label)
            let noteID = ids.claim("fn-\(label)")
            cmark_node_set_on_enter(note.item, "<li id=\"\(noteID)\">")
            var backlinks: [String] = []
            for (index, reference) in note.references.enumerated() {
                let suffix = index == 0 ? "" : "-\(index + 1)"
                let referenceID = ids.claim("fnref-\(label)\(suffix)")
                cmark_node_set_on_enter(
                    reference,
                    "<sup class=\"footnote-ref\"><a href=\"#\(noteID)\" id=\"\(referenceID)\" data-footnote-ref>\(number)</a></sup>"
                )
                let mark = index == 0 ? "↩" : "↩<sup class=\"footnote-ref\">\(index + 1)</sup>"
                backlinks.append(
                    "<a href=\"#\(referenceID)\" class=\"footnote-backref\" data-footnote-backref data-footnote-backref-idx=\"\(number)\(suffix)\" aria-label=\"Back to reference \(number)\(suffix)\">\(mark)</a>"
                )
            }
            // The back-links end the last paragraph, or follow the last block.
            var parent = note.item
            var separator = ""
            if let last = cmark_node_last_child(note.item),
                cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH
            {
                parent = last
                separator = " "
            }
            guard
                let links = CmarkNode.custom(
                    CMARK_NODE_CUSTOM_INLINE, enter: separator + backlinks.joined(separator: " "))
            else { throw .outOfMemory }
            cmark_node_append_child(parent, links)
        }
    }
}
