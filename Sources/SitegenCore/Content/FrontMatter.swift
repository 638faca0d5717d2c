/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` fences, without them.
    var yaml: String
    /// The Markdown after the closing fence.
    var body: String
    /// How many lines of the file come before the body (fences included).
    var bodyLineOffset: Int

    /// Splits `file`; a file with no front matter or an unclosed one is a diagnostic.
    static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingCarriageReturn() == "---" else {
            return .failure(
                file.diagnostic(
                    .error,
                    "Missing front matter; start the file with a '---' line, then 'title: ...', then '---'",
                    line: 1, column: 1))
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            let trimmed = line.trimmingTrailingCarriageReturn()
            if trimmed == "---" || trimmed == "..." {
                return .success(
                    FrontMatter(
                        yaml: yamlLines.joined(separator: "\n"),
                        body: lines.joined(separator: "\n"),
                        bodyLineOffset: lineNumber))
            }
            yamlLines.append(line)
        }
        return .failure(
            file.diagnostic(
                .error, "Front matter is not closed; add a '---' line after its last key",
                line: 1, column: 1))
    }
}

extension Substring {
    func trimmingTrailingCarriageReturn() -> Substring {
        last == "\r" ? dropLast() : self
    }
}
