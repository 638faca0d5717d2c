import Foundation
import SitegenTestSupport
import Testing

@testable import SitegenCore

/// The cost of templates and diagnostics.
///
/// Issue 14: a template of 20,000 tags took 15 s to parse, and every diagnostic on a long
/// line copied the whole line. Four times the input must cost about four times as much.
@Suite("Template and diagnostic cost")
struct CoreComplexityTests {
    @Test(
        "Scanning and parsing a template grows linearly with its tags",
        arguments: ["", "\n"])
    func templateTags(separator: String) async throws {
        let (growth, parsed) = try await Complexity.growth(from: 2_000) { size in
            let text =
                "{{<base}}{{$main}}"
                + Array(repeating: "<b>{{heading}}</b>{{#toc}}x{{/toc}}", count: size)
                .joined(separator: separator) + "{{/main}}{{/base}}"
            let scan = TemplateReferences(scanning: text)
            return (scan.tooDeep == nil, try TemplateParser.parse(text, name: "page").count)
        }
        #expect(parsed == (true, 1))
        #expect(growth < Complexity.limit, "4x the tags cost \(growth)x")
    }

    @Test("Diagnostics along one long line each cost the same, however long the line")
    func diagnosticsOnALongLine() async throws {
        let (growth, excerpts) = try await Complexity.growth(from: 20_000) { size in
            let line = String(repeating: "missing-source, ", count: size)
            let file = SourceFile(path: "content/data/deals.yaml", text: "sources: [\(line)]\n")
            return stride(from: 11, to: line.utf8.count, by: 160).map { column in
                file.diagnostic(.error, "Unknown", line: 1, column: column).sourceExcerpt
            }
        }
        #expect(excerpts.count == 80_000 * 16 / 160)
        #expect(excerpts.allSatisfy { ($0?.text.utf8.count ?? 0) <= 130 })
        #expect(growth < Complexity.limit, "4x the line cost \(growth)x")
    }
}
