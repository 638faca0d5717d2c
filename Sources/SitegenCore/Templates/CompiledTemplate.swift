import SitegenSupport

/// A page template with its partials and parents expanded and every name resolved to a
/// position in the contexts it renders: rendering does no string lookups.
struct CompiledTemplate: Sendable {
    /// A resolved name: its scope, counted from the outermost (0), and the field's index there.
    struct Lookup: Sendable, Hashable {
        var scope: Int
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
                output += text(of: value(lookup, stack), escaped: escaped)
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
        stack[lookup.scope].values[lookup.index]
    }

    /// The template with the values of `constants` (fields of the outermost scope that are the
    /// same on every page it will render) written in as text, so each page evaluates only what
    /// differs: the chrome of every page at one folder depth is rendered once.
    func specialized(_ constants: [Int: Constant]) -> CompiledTemplate {
        CompiledTemplate(nodes: Self.merged(Self.fold(nodes, constants)))
    }

    /// A value written into templates by ``specialized(_:)``, its text escaped once for
    /// every template and tag that shows it (a long site title is escaped once per depth,
    /// not once per tag).
    struct Constant: Sendable {
        let value: TemplateValue
        let text: String
        let escapedText: String

        init(_ value: TemplateValue) {
            self.value = value
            text = CompiledTemplate.text(of: value, escaped: false)
            escapedText = Escape.markup(text)
        }
    }

    private static func fold(_ nodes: [Node], _ constants: [Int: Constant]) -> [Node] {
        var result: [Node] = []
        for node in nodes {
            switch node {
            case .value(let lookup, let escaped) where lookup.scope == 0:
                guard let constant = constants[lookup.index] else {
                    result.append(node)
                    continue
                }
                result.append(.text(escaped ? constant.escapedText : constant.text))
            case .section(let lookup, let inverted, let children) where lookup.scope == 0:
                let folded = fold(children, constants)
                guard let value = constants[lookup.index]?.value else {
                    result.append(.section(lookup, inverted: inverted, folded))
                    continue
                }
                if case .records = value, !inverted {
                    result.append(.section(lookup, inverted: inverted, folded))
                } else if value.isShown != inverted {
                    result += folded
                }
            case .section(let lookup, let inverted, let children):
                result.append(.section(lookup, inverted: inverted, fold(children, constants)))
            case .indented(let indentation, let children):
                result.append(.indented(indentation, fold(children, constants)))
            case .text, .value:
                result.append(node)
            }
        }
        return result
    }

    /// What `{{name}}` (escaped) or `{{{name}}}` shows for `value`.
    private static func text(of value: TemplateValue, escaped: Bool) -> String {
        switch value {
        case .text(let text): return escaped ? Escape.markup(text) : text
        case .flag(let flag): return flag ? "true" : "false"
        case .records, .absent: return ""
        }
    }

    /// Adjacent texts joined into one.
    private static func merged(_ nodes: [Node]) -> [Node] {
        var result: [Node] = []
        for node in nodes {
            switch node {
            case .text(let text):
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(node)
                }
            case .section(let lookup, let inverted, let children):
                result.append(.section(lookup, inverted: inverted, merged(children)))
            case .indented(let indentation, let children):
                result.append(.indented(indentation, merged(children)))
            case .value:
                result.append(node)
            }
        }
        return result
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
