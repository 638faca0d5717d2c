internal import CCmark

/// GitHub-flavoured extended autolinks: bare `www.`, `http(s)://` URLs and e-mail addresses in
/// text become links (``AutolinkScanner`` finds them), except inside links and images.
enum Autolinks {
    private static let excluded: Set<UInt32> = [
        CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue,
    ]

    /// Whether a link could start around `index`.
    ///
    /// The triggers are the `@` of an address, the `://` of a URL and `www.`.
    /// ``SourceHints`` asks it over a whole document first.
    static func isTrigger(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "@"): return true
        case UInt8(ascii: ":"):
            return index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")
                && bytes[index + 2] == UInt8(ascii: "/")
        case UInt8(ascii: "w"):
            return index + 3 < bytes.count && bytes[index + 1] == UInt8(ascii: "w")
                && bytes[index + 2] == UInt8(ascii: "w") && bytes[index + 3] == UInt8(ascii: ".")
        default: return false
        }
    }

    static func apply(to document: CmarkDocument) throws(MarkdownError) {
        let texts = document.nodes(where: { $0 == CMARK_NODE_TEXT })
        for node in texts {
            // Most text has no trigger: look at libcmark's bytes before making a String.
            let triggered = CmarkNode.withLiteralBytes(node) { bytes in
                bytes.indices.contains { index in
                    let byte = bytes[index]
                    return
                        (byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":")
                        || byte == UInt8(ascii: "w")) && isTrigger(at: index, in: bytes)
                }
            }
            guard triggered, !CmarkNode.isInside(node, excluded)
            else { continue }
            let literal = CmarkNode.literal(node)
            let scalars = Array(literal.unicodeScalars)
            let matches = AutolinkScanner.matches(
                in: scalars, startsAtBoundary: startsAtBoundary(node))
            guard !matches.isEmpty else { continue }
            var splice = NodeSplice(replacing: node)
            var offset = 0
            for match in matches {
                if match.range.lowerBound > offset {
                    try splice.appendText(scalars[offset..<match.range.lowerBound])
                }
                guard let link = cmark_node_new(CMARK_NODE_LINK),
                    let text = CmarkNode.text(AutolinkScanner.typedText(scalars[match.range]))
                else { throw .outOfMemory }
                cmark_node_set_url(link, match.destination)
                cmark_node_append_child(link, text)
                splice.append(link)
                offset = match.range.upperBound
            }
            if offset < scalars.count { try splice.appendText(scalars[offset...]) }
            splice.finish()
        }
    }

    /// Whether a link may start at the text's first character: at a line start, or after
    /// emphasis or strikethrough, whose source ends in `*`, `_` or `~`.
    private static func startsAtBoundary(_ node: OpaquePointer) -> Bool {
        guard let previous = cmark_node_previous(node) else { return true }
        switch cmark_node_get_type(previous) {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
            CMARK_NODE_CUSTOM_INLINE:
            return true
        default: return false
        }
    }
}
