import Foundation
import SitegenMarkdown
import Testing

/// One example of the GitHub-flavoured Markdown spec: Markdown in, HTML out.
struct SpecExample: CustomTestStringConvertible, Sendable {
    /// Where the example is in cmark-gfm's test files (`spec.txt:3329`), and its section.
    var origin: String
    var markdown: String
    var html: String

    var testDescription: String { origin }

    /// The examples in `Fixtures/gfm-extensions.txt`, in cmark-gfm's spec-test format.
    static let all: [SpecExample] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/gfm-extensions.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix(fence + " example ") else { continue }
            let origin = String(line.dropFirst(fence.count + " example ".count))
            var markdown: [String] = []
            while let next = lines.popFirst(), next != "." { markdown.append(next) }
            var html: [String] = []
            while let next = lines.popFirst(), !next.hasPrefix(fence) { html.append(next) }
            func text(_ lines: [String]) -> String {
                lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
            }
            examples.append(SpecExample(origin: origin, markdown: text(markdown), html: text(html)))
        }
        return examples
    }()
}

@Suite("GitHub-flavoured spec examples")
struct GFMSpecTests {
    @Test("The fixture holds the extension examples")
    func fixtureLoads() {
        #expect(SpecExample.all.count == 48)
    }

    @Test("Each extension example renders as cmark-gfm renders it", arguments: SpecExample.all)
    func example(_ example: SpecExample) throws {
        let rendered = try MarkdownRenderer(options: [.allowRawHTML]).render(example.markdown)
        // The spec marks examples that only must not crash.
        guard example.html != "<IGNORE>\n" else { return }
        #expect(rendered.html == example.html, "\(example.origin)\n\(example.markdown)")
    }
}
