/// The theme's Mustache templates, parsed and compiled once per build and shared by every page.
///
/// Templates live in `templates/*.mustache` and are named by file stem; a page template
/// extends `base` with `{{<base}}...{{/base}}` and partials are included with `{{> name}}`.
/// Each page template is compiled for its page kind's typed context, so a name the kind does
/// not offer is an error at its `template:line:col` when the theme loads.
struct TemplateSet: Sendable {
    /// The templates every site needs.
    static let required = ["base"] + PageTemplate.allCases.map(\.name)

    private let compiled: [PageTemplate: CompiledTemplate]
    /// The page templates with the chrome that is the same at one folder depth written in,
    /// by the depth's root prefix (`../`).
    private var specializations: [PageTemplate: [String: CompiledTemplate]] = [:]
    /// Each page template's name and the names of the templates it includes or extends,
    /// directly or not: the inputs of every page it renders.
    let sources: [PageTemplate: Set<String>]

    /// Parses and compiles every template under `templates/`, reporting every problem at its
    /// position.
    static func load(from reader: SiteReader, into diagnostics: inout DiagnosticBag) -> TemplateSet?
    {
        let paths = reader.files(in: "templates", extensions: ["mustache"])
        guard !paths.isEmpty else {
            diagnostics.error(
                "The site has no templates; add a 'templates' folder with 'base.mustache' and the page templates",
                path: "templates")
            return nil
        }
        var parsed: [String: [TemplateNode]] = [:]
        var files: [String: SourceFile] = [:]
        var failed = false
        var graph: [String: [String]] = [:]
        var scans: [(SourceFile, TemplateReferences)] = []
        for path in paths {
            let file: SourceFile
            switch reader.read(path) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                failed = true
                continue
            case .success(let read): file = read
            }
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            files[name] = file
            let scan = TemplateReferences(scanning: file.text)
            if let deep = scan.tooDeep {
                diagnostics.append(
                    file.diagnostic(
                        .error,
                        "Sections nest more than \(TemplateReferences.maximumDepth) deep; flatten the template",
                        line: deep.line, column: deep.column))
                failed = true
                continue
            }
            scans.append((file, scan))
            graph[name] = scan.references.map(\.name)
            do throws(TemplateProblem) {
                parsed[name] = try TemplateParser.parse(file.text, name: name)
            } catch {
                diagnostics.append(
                    file.diagnostic(
                        .error, error.message, line: error.position.line,
                        column: error.position.column))
                failed = true
            }
        }
        for (file, scan) in scans {
            for reference in scan.references where files[reference.name] == nil {
                diagnostics.append(
                    file.diagnostic(
                        .error,
                        "Unknown template '\(reference.name)'; add 'templates/\(reference.name).mustache' or fix the name",
                        line: reference.line, column: reference.column))
                failed = true
            }
        }
        if !failed, let cycle = TemplateReferences.cycle(in: graph), let first = cycle.first {
            // Point at the tag in the first template that includes the next one in the loop.
            let next = cycle.count > 1 ? cycle[1] : first
            let scanned = scans.first { $0.0.path == "templates/\(first).mustache" }
            let tag = scanned?.1.references.first { $0.name == next }
            let message =
                "Templates include each other in a loop (\(cycle.map { "\($0).mustache" }.joined(separator: " → "))); break the loop"
            if let scanned, let tag {
                diagnostics.append(
                    scanned.0.diagnostic(.error, message, line: tag.line, column: tag.column))
            } else {
                diagnostics.error(message, path: "templates/\(first).mustache")
            }
            failed = true
        }
        for name in required where files[name] == nil && !failed {
            diagnostics.error(
                "Missing template '\(name).mustache'; every theme needs \(required.map { "'\($0)'" }.joined(separator: ", "))",
                path: "templates/\(name).mustache")
            failed = true
        }
        guard !failed else { return nil }
        let compiler = TemplateCompiler(templates: parsed)
        var compiled: [PageTemplate: CompiledTemplate] = [:]
        // A mistake in a template several page kinds share is reported once, at its place.
        var problems: [TemplatePosition: TemplateProblem] = [:]
        for template in PageTemplate.allCases {
            let (result, found) = compiler.compile(template.name, scopes: template.scopes)
            compiled[template] = result
            for problem in found where problems[problem.position] == nil {
                problems[problem.position] = problem
            }
        }
        let sorted = problems.values.sorted {
            ($0.position.template, $0.position.line, $0.position.column, $0.message)
                < ($1.position.template, $1.position.line, $1.position.column, $1.message)
        }
        for problem in sorted {
            let position = problem.position
            let file =
                files[position.template]
                ?? SourceFile(
                    path: "templates/\(position.template).mustache", text: "")
            diagnostics.append(
                file.diagnostic(
                    .error, problem.message, line: position.line, column: position.column))
        }
        var sources: [PageTemplate: Set<String>] = [:]
        for template in PageTemplate.allCases {
            var seen: Set<String> = []
            var pending = [template.name]
            while let name = pending.popLast() {
                guard seen.insert(name).inserted else { continue }
                pending += graph[name] ?? []
            }
            sources[template] = seen
        }
        return sorted.isEmpty ? TemplateSet(compiled: compiled, sources: sources) : nil
    }

    /// Renders a page template with the site's chrome as its outer scope.
    func render<Context: TemplateContext>(
        _ template: PageTemplate, chrome: ChromeContext, _ context: Context
    ) -> String {
        let compiled = specializations[template]?[chrome.root] ?? compiled[template]
        return compiled?.render([TemplateRecord(chrome), TemplateRecord(context)]) ?? ""
    }

    /// The set with every page template specialized for each of `chromes` (one per folder
    /// depth): the chrome's values that ``ChromeContext/sameAtEveryDepth`` names are
    /// rendered once, into the template.
    func specialized(for chromes: [ChromeContext]) -> TemplateSet {
        var result = self
        let names = ChromeContext.fields.map(\.name)
        for chrome in chromes {
            let values = TemplateRecord(chrome).values
            var constants: [Int: CompiledTemplate.Constant] = [:]
            for (index, name) in names.enumerated()
            where ChromeContext.sameAtEveryDepth.contains(name) {
                constants[index] = CompiledTemplate.Constant(values[index])
            }
            for (template, compiled) in compiled {
                result.specializations[template, default: [:]][chrome.root] =
                    compiled.specialized(constants)
            }
        }
        return result
    }

    /// Renders a template whose only scope is `context` (a listing card).
    func render<Context: TemplateContext>(_ template: PageTemplate, _ context: Context) -> String {
        compiled[template]?.render([TemplateRecord(context)]) ?? ""
    }
}
