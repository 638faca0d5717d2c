import SitegenSupport

/// A page template with its partials and parents expanded and every name resolved to a
/// position in the contexts it renders: rendering does no string lookups.
struct CompiledTemplate: Sendable {
    /// A resolved name: how many scopes up from the innermost, and the field's index there.
    struct Lookup: Sendable {
        var up: Int
        var index: Int
    }

    indirect enum Node: Sendable {
        case text(String)
        case value(Lookup, escaped: Bool)
        case section(Lookup, inverted: Bool, [Node])
        /// A standalone partial: every line after the first is indented.
        case indented(String, [Node])
    }

    let nodes: [Node]

    /// Renders with `records` as the scopes, outermost first, in the order compiled for.
    func render(_ records: [TemplateRecord]) -> String {
        var output = ""
        var stack = records
        Self.render(nodes, stack: &stack, into: &output)
        return output
    }

    private static func render(
        _ nodes: [Node], stack: inout [TemplateRecord], into output: inout String
    ) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let lookup, let escaped):
                switch value(lookup, stack) {
                case .text(let text): output += escaped ? Escape.markup(text) : text
                case .flag(let flag): output += flag ? "true" : "false"
                case .records, .absent: break
                }
            case .section(let lookup, let inverted, let children):
                let value = value(lookup, stack)
                if inverted {
                    if !value.isShown { render(children, stack: &stack, into: &output) }
                } else if case .records(let records) = value {
                    for record in records {
                        stack.append(record)
                        render(children, stack: &stack, into: &output)
                        stack.removeLast()
                    }
                } else if value.isShown {
                    render(children, stack: &stack, into: &output)
                }
            case .indented(let indentation, let children):
                var inner = ""
                render(children, stack: &stack, into: &inner)
                output += indent(inner, by: indentation)
            }
        }
    }

    private static func value(_ lookup: Lookup, _ stack: [TemplateRecord]) -> TemplateValue {
        stack[stack.count - 1 - lookup.up].values[lookup.index]
    }

    private static func indent(_ text: String, by indentation: String) -> String {
        var result = ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if let first = lines.popFirst() { result += first }
        for line in lines {
            result += "\n"
            if !line.isEmpty { result += indentation + line }
        }
        return result
    }
}
