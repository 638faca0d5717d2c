import SitegenSupport
internal import Yams

/// Turns Yams errors into diagnostics with UTF-8 byte columns and sentence-case messages.
struct YAMLErrorMapper {
    let lines: LineIndex
    let text: String
    let path: String
    let lineOffset: Int

    func diagnostic(for error: YamlError) -> DataDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return DataDiagnostic(
                path: path, position: position(mark),
                message: message(problem: problem, context: context))
        case .reader(let problem, let offset, _, _):
            let position =
                offset.map { LineIndex.position(ofCharacter: $0, in: text) } ?? .start
            return DataDiagnostic(
                path: path, position: position.addingLines(lineOffset),
                message: "Invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates.first ?? "", firstMark: context.mark)
        default:
            return DataDiagnostic(
                path: path, position: SourcePosition.start.addingLines(lineOffset),
                message: "Invalid YAML: \(error)")
        }
    }

    private func position(_ mark: Mark) -> SourcePosition {
        lines.position(line: mark.line, scalarColumn: mark.column).addingLines(lineOffset)
    }

    private func message(problem: String, context: YamlError.Context?) -> String {
        if problem == "but found another document" {
            return "Expected a single YAML document but found another one"
        }
        if problem == "found undefined alias" {
            return "Invalid YAML: found an alias with no matching anchor"
        }
        if problem.hasPrefix("Maximum nesting level reached") {
            return "The YAML nests lists or maps more than about 1,000 levels deep; flatten it"
        }
        if problem.contains("tab character") {
            return
                "Invalid YAML: a tab is used for indentation; YAML indents with spaces, so replace the tab with spaces"
        }
        guard let context else { return "Invalid YAML: \(problem)" }
        let line = context.mark.line + lineOffset
        return "Invalid YAML: \(problem) \(context.text) that starts at line \(line)"
    }

    /// Finds the second occurrence of a duplicated key after its first occurrence, looking at
    /// the following lines in the same column (block mappings) and then on the same line
    /// (flow mappings); falls back to the first occurrence.
    private func duplicateKey(_ key: String, firstMark: Mark) -> DataDiagnostic {
        let first = lines.position(line: firstMark.line, scalarColumn: firstMark.column)
        let spellings = [key, "'\(key)'", "\"\(key)\""]
        let indent = String(repeating: " ", count: first.column - 1)
        var line = first.line + 1
        while line <= lines.lineStarts.count {
            let lineText = lines.lineText(line)
            if lineText.hasPrefix(indent) {
                let rest = lineText.dropFirst(indent.count)
                if spellings.contains(where: { Self.startsKey(rest, with: $0) }) {
                    return diagnostic(
                        key: key, at: SourcePosition(line: line, column: first.column),
                        firstLine: first.line)
                }
            }
            line += 1
        }
        let firstLine = Array(lines.lineText(first.line).utf8)
        var column = max(2, first.column + key.utf8.count)
        while column <= firstLine.count {
            let rest = Substring(String(decoding: firstLine[(column - 1)...], as: UTF8.self))
            let before = firstLine[column - 2]
            if before == UInt8(ascii: ",") || before == UInt8(ascii: " ")
                || before == UInt8(ascii: "{"),
                spellings.contains(where: { Self.startsKey(rest, with: $0) })
            {
                return diagnostic(
                    key: key, at: SourcePosition(line: first.line, column: column),
                    firstLine: first.line)
            }
            column += 1
        }
        return DataDiagnostic(
            path: path, position: first.addingLines(lineOffset),
            message: "Duplicate key '\(key)' in this mapping")
    }

    private func diagnostic(key: String, at position: SourcePosition, firstLine: Int)
        -> DataDiagnostic
    {
        DataDiagnostic(
            path: path, position: position.addingLines(lineOffset),
            message: "Duplicate key '\(key)'; it is already set at line \(firstLine + lineOffset)")
    }

    private static func startsKey(_ text: Substring, with spelling: String) -> Bool {
        guard text.hasPrefix(spelling) else { return false }
        let rest = text.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix(":")
    }
}
