internal import CCmark

/// GitHub-flavoured task lists: a list item that starts with `[ ]` or `[x]` and a space gets a
/// disabled checkbox in its place, written as cmark-gfm writes it plus an `aria-label`.
enum TaskLists {
    static func apply(to document: CmarkDocument) throws(MarkdownError) {
        for item in document.nodes(where: { $0 == CMARK_NODE_ITEM }) {
            guard let paragraph = cmark_node_first_child(item),
                cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                let text = cmark_node_first_child(paragraph),
                cmark_node_get_type(text) == CMARK_NODE_TEXT
            else { continue }
            let literal = Array(CmarkNode.literal(text).utf8)
            guard literal.count >= 4, literal[0] == UInt8(ascii: "["),
                literal[2] == UInt8(ascii: "]"),
                literal[3].isSpaceOrTab
            else { continue }
            let checked: Bool
            switch literal[1] {
            case UInt8(ascii: " "): checked = false
            case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
            default: continue
            }
            // The label names the box for screen readers (axe's `label` rule); the state is read
            // from the box itself.
            let html =
                "<input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" aria-label=\"Task\" />"
            guard let box = CmarkNode.custom(CMARK_NODE_CUSTOM_INLINE, enter: html) else {
                throw .outOfMemory
            }
            cmark_node_set_literal(text, String(decoding: literal[3...], as: UTF8.self))
            cmark_node_insert_before(text, box)
        }
    }
}
