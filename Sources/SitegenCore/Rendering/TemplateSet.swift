import Mustache

/// The theme's Mustache templates, parsed once per build and shared by every page.
///
/// Templates live in `templates/*.mustache` and are named by file stem; a page template
/// extends `base` with `{{<base}}...{{/base}}` and partials are included with `{{> name}}`.
struct TemplateSet: Sendable {
    /// The templates every site needs.
    static let required = [
        "base", "home", "analysis", "page", "list", "tags", "404", "card", "deals", "deal",
        "companies", "company", "data",
    ]

    let library: MustacheLibrary

    /// Parses every template under `templates/`, reporting syntax errors at their positions and
    /// any required template that is missing.
    static func load(from reader: SiteReader, into diagnostics: inout DiagnosticBag) -> TemplateSet?
    {
        let paths = reader.files(in: "templates", extensions: ["mustache"])
        guard !paths.isEmpty else {
            diagnostics.error(
                "The site has no templates; add a 'templates' folder with 'base.mustache' and the page templates",
                path: "templates")
            return nil
        }
        var library = MustacheLibrary()
        var names: Set<String> = []
        var failed = false
        var scanned: [(file: SourceFile, name: String, scan: TemplateReferences)] = []
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
            scanned.append((file, name, scan))
            do {
                library.register(try MustacheTemplate(string: file.text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                diagnostics.append(
                    file.diagnostic(
                        .error, "Invalid template: \(describe(error.error))", line: line,
                        column: error.context.columnNumber + 1))
                failed = true
            } catch {
                diagnostics.append(
                    file.diagnostic(.error, "Invalid template: \(error)", line: nil, column: nil))
                failed = true
            }
        }
        for (file, _, scan) in scanned {
            for reference in scan.references where !names.contains(reference.name) {
                diagnostics.append(
                    file.diagnostic(
                        .error,
                        "Unknown template '\(reference.name)'; add 'templates/\(reference.name).mustache' or fix the name",
                        line: reference.line, column: reference.column))
                failed = true
            }
        }
        let graph = Dictionary(
            scanned.map { ($0.name, $0.scan.references.map(\.name)) },
            uniquingKeysWith: { a, _ in a })
        if !failed, let cycle = TemplateReferences.cycle(in: graph), let first = cycle.first {
            diagnostics.error(
                "Templates include each other in a loop (\(cycle.joined(separator: " → "))); break the loop",
                path: "templates/\(first).mustache")
            failed = true
        }
        for name in required where !names.contains(name) && !failed {
            diagnostics.error(
                "Missing template '\(name).mustache'; every theme needs \(required.map { "'\($0)'" }.joined(separator: ", "))",
                path: "templates/\(name).mustache")
            failed = true
        }
        return failed ? nil : TemplateSet(library: library)
    }

    /// Renders the template `name` with `context`; nil when no such template exists.
    func render(_ name: String, context: [String: Any]) -> String? {
        library.render(context, withTemplate: name)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection:
            return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection:
            return "only blocks may appear inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        default: return "\(error)"
        }
    }
}
