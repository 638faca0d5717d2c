import SitegenSupport

/// Expands a template's partials, parents and blocks and resolves its names against the
/// scopes of the contexts it renders, collecting every unknown name.
struct TemplateCompiler {
    /// Every parsed template of the theme, by name.
    let templates: [String: [TemplateNode]]

    /// Partials and parents nest at most this deep, a guard against loops through blocks.
    static let maximumNesting = 32

    /// Sections, partials, parents and blocks nest at most this deep in a compiled template,
    /// so that rendering one (which recurses once per level) can never exhaust the stack.
    static let maximumDepth = 400

    /// Compiles `name` for `scopes` (outermost first); the template is nil when there are
    /// problems.
    func compile(_ name: String, scopes: [TemplateScope]) -> (
        template: CompiledTemplate?, problems: [TemplateProblem]
    ) {
        var problems: [TemplateProblem] = []
        guard let nodes = templates[name] else {
            let position = TemplatePosition(template: name, line: 1, column: 1)
            return (
                nil,
                [
                    TemplateProblem(
                        position: position,
                        message: "Missing template '\(name)'; add it to the theme")
                ]
            )
        }
        var expansion = Expansion(scopes: scopes, overrides: [:], including: [name])
        let compiled = compile(nodes, &expansion, problems: &problems)
        return (problems.isEmpty ? CompiledTemplate(nodes: compiled) : nil, problems)
    }

    private struct Expansion {
        var scopes: [TemplateScope]
        /// Block replacements in force; the most derived template's win.
        var overrides: [String: [TemplateNode]]
        /// The templates and blocks being expanded, innermost last, to refuse loops.
        var including: [String]
        /// How deep the node being compiled will render.
        var depth = 0
    }

    /// Whether `expansion` can go one level deeper; records a problem at `at` when not.
    private func descend(
        _ expansion: inout Expansion, at: TemplatePosition, _ problems: inout [TemplateProblem]
    ) -> Bool {
        guard expansion.depth < Self.maximumDepth else {
            problems.append(
                TemplateProblem(
                    position: at,
                    message: """
                        Sections, partials, parents and blocks nest more than \
                        \(Self.maximumDepth) deep here, counting the templates this one \
                        includes; flatten them
                        """))
            return false
        }
        expansion.depth += 1
        return true
    }

    private func compile(
        _ nodes: [TemplateNode], _ expansion: inout Expansion, problems: inout [TemplateProblem]
    ) -> [CompiledTemplate.Node] {
        var result: [CompiledTemplate.Node] = []
        for node in nodes {
            switch node {
            case .text(let text):
                result.append(.text(text))
            case .variable(let name, let escaped, let at):
                if let lookup = resolve(name, at, expansion.scopes, &problems) {
                    result.append(.value(lookup, escaped: escaped))
                }
            case .section(let name, let inverted, let children, let at):
                guard let lookup = resolve(name, at, expansion.scopes, &problems) else { continue }
                let scope = expansion.scopes[lookup.scope]
                var inner = expansion
                guard descend(&inner, at: at, &problems) else { return result }
                if !inverted, let nested = scope.nested[lookup.index] {
                    inner.scopes.append(nested)
                }
                result.append(
                    .section(
                        lookup, inverted: inverted, compile(children, &inner, problems: &problems)))
            case .partial(let name, let indentation, let at):
                let children = include(name, at, blocks: [:], &expansion, &problems)
                result.append(
                    indentation.isEmpty ? .indented("", children) : .indented(indentation, children)
                )
            case .parent(let name, let blocks, let at):
                result += include(name, at, blocks: blocks, &expansion, &problems)
            case .block(let name, let defaultNodes, let at):
                let key = "$" + name
                guard !expansion.including.contains(key) else {
                    problems.append(
                        TemplateProblem(
                            position: at,
                            message:
                                "The block '\(name)' contains itself; remove the inner '{{$\(name)}}'"
                        ))
                    continue
                }
                var inner = expansion
                guard descend(&inner, at: at, &problems) else { return result }
                inner.including.append(key)
                result += compile(
                    expansion.overrides[name] ?? defaultNodes, &inner, problems: &problems)
            case .blockDefinition:
                continue
            }
        }
        return result
    }

    private func include(
        _ name: String, _ at: TemplatePosition, blocks: [String: [TemplateNode]],
        _ expansion: inout Expansion, _ problems: inout [TemplateProblem]
    ) -> [CompiledTemplate.Node] {
        guard let nodes = templates[name] else {
            problems.append(
                TemplateProblem(
                    position: at,
                    message:
                        "Unknown template '\(name)'; add 'templates/\(name).mustache' or fix the name"
                ))
            return []
        }
        guard !expansion.including.contains(name),
            expansion.including.count < Self.maximumNesting
        else {
            let path = (expansion.including.filter { !$0.hasPrefix("$") } + [name]).map {
                "\($0).mustache"
            }
            problems.append(
                TemplateProblem(
                    position: at,
                    message:
                        "Templates include each other in a loop (\(path.joined(separator: " → "))); break the loop"
                ))
            return []
        }
        var inner = expansion
        guard descend(&inner, at: at, &problems) else { return [] }
        inner.including.append(name)
        inner.overrides = expansion.overrides.merging(blocks) { outer, _ in outer }
        return compile(nodes, &inner, problems: &problems)
    }

    private func resolve(
        _ name: String, _ at: TemplatePosition, _ scopes: [TemplateScope],
        _ problems: inout [TemplateProblem]
    ) -> CompiledTemplate.Lookup? {
        for (up, scope) in scopes.reversed().enumerated() {
            if let index = scope.index(of: name) {
                return CompiledTemplate.Lookup(scope: scopes.count - 1 - up, index: index)
            }
        }
        let known = Set(scopes.flatMap(\.names)).sorted()
        let near = EditDistance.suggestions(for: name, among: known)
        let hint =
            near.isEmpty
            ? "this page can use \(known.map { "'\($0)'" }.joined(separator: ", "))"
            : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?"
        problems.append(TemplateProblem(position: at, message: "Unknown name '\(name)'; \(hint)"))
        return nil
    }
}
