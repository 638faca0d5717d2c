internal import CCmark
import SitegenSupport

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A parsed libcmark document, owned for the duration of one call.
///
/// The root is freed in `deinit`, which frees every node still attached to it. The class is
/// not Sendable and never leaves this module: callers copy what they need into Swift values.
final class CmarkDocument {
    let root: OpaquePointer
    let options: Int32
    /// Where nodes moved in from another parse (a table cell, a footnote) really start.
    private var movedLocations: [OpaquePointer: SourcePosition] = [:]

    /// Parses `text`; returns nil only when libcmark fails to allocate.
    init?(parsing text: String, options: MarkdownOptions) {
        var flags = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.allowRawHTML) { flags |= CMARK_OPT_UNSAFE }
        let byteCount = text.utf8.count
        let parsed = text.withCString { pointer in
            cmark_parse_document(pointer, byteCount, flags)
        }
        guard let parsed else { return nil }
        self.root = parsed
        self.options = flags
    }

    deinit {
        cmark_node_free(root)
    }

    /// Every node in document order, collected first so the tree can be changed afterwards.
    func nodes(where include: (cmark_node_type) -> Bool) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator)
            else { continue }
            if include(cmark_node_get_type(node)) { found.append(node) }
        }
        return found
    }

    /// The inline content of every block with text of its own, in document order: code
    /// blocks, raw HTML and the alt text of images are left out.
    func prose(lineOffset: Int) -> [MarkdownProse] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blocks: [MarkdownProse] = []
        var pieces: [MarkdownProse.Piece] = []
        var linkDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_TEXT where entering:
                pieces.append(
                    .text(
                        CmarkNode.literal(node),
                        location: location(node).addingLines(lineOffset), inLink: linkDepth > 0))
            case CMARK_NODE_CODE where entering:
                pieces.append(.code(CmarkNode.literal(node)))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CUSTOM_INLINE:
                // A table cell is a custom inline: its edges separate words as a break does.
                pieces.append(.lineBreak)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                linkDepth += entering ? 1 : -1
            default:
                // Any block boundary ends the running text of the block before it.
                if type.rawValue < CMARK_NODE_FIRST_INLINE.rawValue, !pieces.isEmpty {
                    blocks.append(MarkdownProse(pieces: pieces))
                    pieces = []
                }
            }
        }
        if !pieces.isEmpty { blocks.append(MarkdownProse(pieces: pieces)) }
        return blocks
    }

    /// Where `node` starts in the source file.
    func location(_ node: OpaquePointer) -> SourcePosition {
        movedLocations[node] ?? CmarkNode.location(node)
    }

    /// Records the original places of the nodes under `roots` (parsed in `fragments`) that
    /// callers look up: code, links, images and headings.
    func adoptLocations(of roots: [OpaquePointer], from fragments: ParsedFragments) {
        for root in roots {
            guard let iterator = cmark_iter_new(root) else { continue }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                    let node = cmark_iter_get_node(iterator)
                else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
                    CMARK_NODE_HEADING, CMARK_NODE_TEXT:
                    if let location = fragments.location(of: node) {
                        movedLocations[node] = location
                    }
                default: break
                }
            }
        }
    }

    /// The document rendered as HTML.
    func html() -> String {
        let flags = options & ~CMARK_OPT_SOURCEPOS
        guard let rendered = cmark_render_html(root, flags) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Replaces `node` by a custom node of `kind` whose HTML is `enter` and `exit`.
    ///
    /// When `keepChildren` is set, the node's children move into the replacement, between
    /// `enter` and `exit`. Returns false when libcmark refuses (it then changed nothing).
    @discardableResult
    func replace(
        _ node: OpaquePointer, kind: cmark_node_type,
        enter: String, exit: String = "", keepChildren: Bool = false
    ) -> Bool {
        guard let custom = cmark_node_new(kind) else { return false }
        cmark_node_set_on_enter(custom, enter)
        cmark_node_set_on_exit(custom, exit)
        if keepChildren {
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(custom, child)
            }
        }
        guard cmark_node_replace(node, custom) == 1 else {
            cmark_node_free(custom)
            return false
        }
        cmark_node_free(node)
        return true
    }
}

/// Swift views of a node's fields; pointers returned by libcmark are copied at once.
enum CmarkNode {
    /// A new custom node of `kind` whose HTML is `enter` and `exit`; nil only when libcmark
    /// cannot allocate.
    static func custom(_ kind: cmark_node_type, enter: String, exit: String = "") -> OpaquePointer?
    {
        guard let node = cmark_node_new(kind) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A new text node.
    static func text(_ literal: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, literal)
        return node
    }

    /// The node's children, in order.
    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Whether the node or one of its ancestors is of `type`.
    static func isInside(_ node: OpaquePointer, _ types: Set<UInt32>) -> Bool {
        var current: OpaquePointer? = node
        while let here = current {
            if types.contains(cmark_node_get_type(here).rawValue) { return true }
            current = cmark_node_parent(here)
        }
        return false
    }

    static func endLine(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_end_line(node))
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Calls `body` with the node's literal as libcmark holds it, without copying it.
    static func withLiteralBytes<Result>(
        _ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        guard let literal = cmark_node_get_literal(node) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            body(UnsafeBufferPointer(start: bytes, count: strlen(literal)))
        }
    }

    static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    /// Sets a link's or image's destination; false when libcmark cannot allocate.
    @discardableResult
    static func setURL(_ node: OpaquePointer, _ url: String) -> Bool {
        cmark_node_set_url(node, url) == 1
    }

    static func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    static func location(_ node: OpaquePointer) -> SourcePosition {
        SourcePosition(
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func headingLevel(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_heading_level(node))
    }

    /// The plain text of a node's descendants: text and code literals, breaks as spaces;
    /// `codeText` gives the text a code span stands for, when it is not its literal.
    static func plainText(_ node: OpaquePointer, codeText: (String) -> String? = { _ in nil })
        -> String
    {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let child = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT: text += literal(child)
            case CMARK_NODE_CODE: text += codeText(literal(child)) ?? literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// A short name for the node's type, used by the tree dump.
    static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? "unknown"
    }
}
