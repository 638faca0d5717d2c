internal import CCmark

/// Writes a debug dump of a Markdown syntax tree, one node a line, for golden parser tests.
///
/// Each line is the node kind, its start `@line:col`, and its literal text when it has one,
/// indented two spaces per level: `paragraph @1:1`, `  code @1:16 "=x.y"`.
public struct MarkdownTreeDumper: Sendable {
    /// The parsing options; they change the tree (smart punctuation changes text nodes).
    public var options: MarkdownOptions

    /// Creates a dumper with the given options.
    public init(options: MarkdownOptions = .default) {
        self.options = options
    }

    /// The tree of `source` as text.
    public func dump(_ source: String) throws(MarkdownError) -> String {
        guard let document = CmarkDocument(parsing: source, options: options),
            let iterator = cmark_iter_new(document.root)
        else { throw .outOfMemory }
        defer { cmark_iter_free(iterator) }
        var lines: [String] = []
        var depth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                depth -= 1
                continue
            }
            var line = String(repeating: "  ", count: depth) + CmarkNode.typeName(node)
            line += " @\(CmarkNode.location(node))"
            let literal = CmarkNode.literal(node)
            if !literal.isEmpty { line += " \(quoted(literal))" }
            if CmarkNode.type(node) == CMARK_NODE_CODE_BLOCK {
                line += " info=\(quoted(CmarkNode.fenceInfo(node)))"
            }
            lines.append(line)
            if cmark_node_first_child(node) != nil { depth += 1 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\n": result += "\\n"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
