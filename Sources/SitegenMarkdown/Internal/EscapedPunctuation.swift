internal import CCmark

/// Keeps `\~` and `\[` from reading as GitHub-flavoured syntax.
///
/// libcmark turns `\~` into a plain `~` in the text, where the strikethrough pass can no
/// longer tell it from a delimiter (and `\[` likewise from a footnote reference or a task
/// box). So before parsing, each escape is swapped for a private two-byte character, which
/// keeps every column where it was, and after the extensions ran the characters are put back:
/// as the bare character in text, link destinations and titles (where the escape would have
/// been consumed) and as the escape in code and raw HTML (where it is literal).
enum EscapedPunctuation {
    /// The placeholders, U+07FE and U+07FF (two UTF-8 bytes, like the escapes they replace).
    private static let tilde: Unicode.Scalar = "\u{07FE}"
    private static let bracket: Unicode.Scalar = "\u{07FF}"

    /// `source` with `\~` and `\[` swapped for placeholders.
    ///
    /// Nil when there is nothing to swap, or when the placeholders already occur (the source
    /// is then left as it is). Callers ask ``SourceHints`` first whether the escapes occur.
    static func protect(_ source: String) -> String? {
        guard !source.unicodeScalars.contains(where: { $0 == tilde || $0 == bracket }) else {
            return nil
        }
        let bytes = Array(source.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                result.append(byte)
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case UInt8(ascii: "~"):
                result.append(contentsOf: String(tilde).utf8)
                changed = true
            case UInt8(ascii: "["):
                result.append(contentsOf: String(bracket).utf8)
                changed = true
            default:
                result.append(byte)
                result.append(bytes[index + 1])
            }
            index += 2
        }
        return changed ? String(decoding: result, as: UTF8.self) : nil
    }

    /// Puts the characters back everywhere in `document`.
    static func restore(in document: CmarkDocument) {
        let kinds: Set<UInt32> = [
            CMARK_NODE_TEXT.rawValue, CMARK_NODE_CODE.rawValue, CMARK_NODE_CODE_BLOCK.rawValue,
            CMARK_NODE_HTML_INLINE.rawValue, CMARK_NODE_HTML_BLOCK.rawValue,
            CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue,
        ]
        for node in document.nodes(where: { kinds.contains($0.rawValue) }) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                replace(CmarkNode.literal(node), escaped: false) {
                    cmark_node_set_literal(node, $0)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                replace(CmarkNode.url(node), escaped: false) { cmark_node_set_url(node, $0) }
                let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
                replace(title, escaped: false) { cmark_node_set_title(node, $0) }
            default:
                replace(CmarkNode.literal(node), escaped: true) { cmark_node_set_literal(node, $0) }
                if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                    replace(CmarkNode.fenceInfo(node), escaped: false) {
                        cmark_node_set_fence_info(node, $0)
                    }
                }
            }
        }
    }

    private static func replace(_ text: String, escaped: Bool, set: (String) -> Void) {
        guard text.unicodeScalars.contains(where: { $0 == tilde || $0 == bracket }) else { return }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case tilde: result.append(contentsOf: (escaped ? "\\~" : "~").unicodeScalars)
            case bracket: result.append(contentsOf: (escaped ? "\\[" : "[").unicodeScalars)
            default: result.append(scalar)
            }
        }
        set(String(result))
    }
}
