import Yams

/// Parses YAML that sits in a source file (a whole file, front matter or a fenced block) and
/// turns libYAML's positions into diagnostics at the file's lines and byte columns.
struct YAMLReader {
    /// The file the YAML is part of.
    let file: SourceFile
    /// How many lines of the file come before the YAML text.
    let lineOffset: Int

    /// The root node of `yaml`, nil for an empty document, or the parse error as a diagnostic.
    func parse(_ yaml: String) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(file.diagnostic(.error, "Invalid YAML: \(error)", line: nil, column: nil))
        }
    }

    /// A diagnostic at `node`'s position.
    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at node: Node?) -> Diagnostic {
        guard let mark = node?.mark else {
            return file.diagnostic(severity, message, line: lineOffset + 1, column: 1)
        }
        let line = mark.line + lineOffset
        return file.diagnostic(
            severity, message, line: line,
            column: file.byteColumn(line: line, scalarColumn: mark.column))
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let line = mark.line + lineOffset
            var message = "Invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return file.diagnostic(
                .error, message, line: line,
                column: file.byteColumn(line: line, scalarColumn: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            let line = context.mark.line + lineOffset
            return file.diagnostic(
                .error, "Duplicate key \(keys) in a mapping; keep one", line: line,
                column: file.byteColumn(line: line, scalarColumn: context.mark.column))
        default:
            return file.diagnostic(.error, "Invalid YAML: \(error)", line: lineOffset + 1, column: 1)
        }
    }
}
