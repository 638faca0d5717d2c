internal import CCmark

/// GitHub-flavoured strikethrough: `~~text~~` or `~text~` becomes `<del>text</del>`.
///
/// libcmark leaves tildes as text. Within each container's children, runs of one or two
/// tildes are delimiters under CommonMark's flanking rules (left-flanking opens,
/// right-flanking closes), a closer pairs with the nearest opener of the same length, and
/// runs of three or more stay text, as in cmark-gfm.
enum Strikethrough {
    static func apply(to document: CmarkDocument) throws(MarkdownError) {
        let containers = document.nodes(where: { InlineSiblings.containers.contains($0.rawValue) })
        for container in containers {
            try apply(in: container)
        }
    }

    private struct Delimiter {
        var node: OpaquePointer
        var length: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private static func apply(in container: OpaquePointer) throws(MarkdownError) {
        let children = CmarkNode.children(container)
        guard
            children.contains(where: {
                cmark_node_get_type($0) == CMARK_NODE_TEXT && CmarkNode.literal($0).contains("~")
            })
        else { return }
        var delimiters: [Delimiter] = []
        for child in children
        where cmark_node_get_type(child) == CMARK_NODE_TEXT
            && CmarkNode.literal(child).contains("~")
        {
            delimiters += try split(child)
        }
        var openers: [Delimiter] = []
        for delimiter in delimiters {
            if delimiter.canClose,
                let index = openers.lastIndex(where: { $0.length == delimiter.length })
            {
                try wrap(from: openers[index].node, to: delimiter.node)
                openers.removeSubrange(index...)
            } else if delimiter.canOpen {
                openers.append(delimiter)
            }
        }
    }

    /// Splits a text node so each tilde run of length 1 or 2 is a node of its own.
    private static func split(_ node: OpaquePointer) throws(MarkdownError) -> [Delimiter] {
        let scalars = Array(CmarkNode.literal(node).unicodeScalars)
        var pieces:
            [(
                text: String, delimiter: Bool, before: InlineSiblings.Edge,
                after: InlineSiblings.Edge
            )] = []
        var plain = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "~" else {
                plain.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, scalars[end] == "~" { end += 1 }
            let length = end - index
            if length > 2 {
                plain.append(contentsOf: scalars[index..<end])
            } else {
                if !plain.isEmpty { pieces.append((String(plain), false, .other, .other)) }
                plain = String.UnicodeScalarView()
                let before =
                    index > 0
                    ? InlineSiblings.Edge(scalars[index - 1])
                    : InlineSiblings.edge(of: cmark_node_previous(node), facingForward: false)
                let after =
                    end < scalars.count
                    ? InlineSiblings.Edge(scalars[end])
                    : InlineSiblings.edge(of: cmark_node_next(node), facingForward: true)
                pieces.append((String(repeating: "~", count: length), true, before, after))
            }
            index = end
        }
        if !plain.isEmpty { pieces.append((String(plain), false, .other, .other)) }
        guard pieces.contains(where: \.delimiter) else { return [] }
        var delimiters: [Delimiter] = []
        var splice = NodeSplice(replacing: node)
        for piece in pieces {
            let text = try splice.appendText(piece.text.unicodeScalars)
            guard piece.delimiter else { continue }
            let leftFlanking =
                piece.after != .whitespace
                && (piece.after != .punctuation || piece.before != .other)
            let rightFlanking =
                piece.before != .whitespace
                && (piece.before != .punctuation || piece.after != .other)
            delimiters.append(
                Delimiter(
                    node: text, length: piece.text.count, canOpen: leftFlanking,
                    canClose: rightFlanking))
        }
        splice.finish()
        return delimiters
    }

    /// Moves the nodes between `opener` and `closer` into a `<del>` that replaces both.
    private static func wrap(from opener: OpaquePointer, to closer: OpaquePointer)
        throws(MarkdownError)
    {
        guard let del = CmarkNode.custom(CMARK_NODE_CUSTOM_INLINE, enter: "<del>", exit: "</del>")
        else { throw .outOfMemory }
        cmark_node_insert_before(opener, del)
        var current = cmark_node_next(opener)
        while let node = current, node != closer {
            current = cmark_node_next(node)
            cmark_node_unlink(node)
            cmark_node_append_child(del, node)
        }
        for node in [opener, closer] {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }
}
