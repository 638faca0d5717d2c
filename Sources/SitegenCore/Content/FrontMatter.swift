/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` fences, without them.
    var yaml: String
    /// Where the Markdown after the closing fence starts, in UTF-8 bytes of the file's text.
    var bodyOffset: Int
    /// How many lines of the file come before the body (fences included).
    var bodyLineOffset: Int
    /// Where the body starts in the file's bytes, when the loader read only the front matter.
    var bodyByteOffset: Int?

    /// Splits `file`; a file with no front matter or an unclosed one is a diagnostic.
    ///
    /// Works on the UTF-8 bytes and stops at the closing fence, so a long body costs nothing.
    static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        let bytes = file.text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            lineNumber += 1
            let line = bytes[lineStart..<lineEnd]
            let isFence = line.elementsEqual("---".utf8)
            let nextStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isFence || line.elementsEqual("...".utf8) {
                    return .success(
                        FrontMatter(
                            yaml: String(file.text[start..<lineStart]),
                            bodyOffset: bytes.distance(from: bytes.startIndex, to: nextStart),
                            bodyLineOffset: lineNumber))
                }
            } else if isFence {
                yamlStart = nextStart
            } else {
                break
            }
            lineStart = nextStart
        }
        if yamlStart == nil {
            return .failure(
                file.diagnostic(
                    .error,
                    "Missing front matter; start the file with a '---' line, then 'title: ...', then '---'",
                    line: 1, column: 1))
        }
        return .failure(
            file.diagnostic(
                .error, "Front matter is not closed; add a '---' line after its last key",
                line: 1, column: 1))
    }
}
