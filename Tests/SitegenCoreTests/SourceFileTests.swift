import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The source lines diagnostics quote, looked up from an index of line starts.
@Suite("Source lines")
struct SourceFileTests {
    @Test("Every line is found by number, without its line break")
    func lines() {
        let file = SourceFile(path: "a.md", text: "first\nsécond ✓\n\nlast\r\n")
        #expect(file.line(1) == "first")
        #expect(file.line(2) == "sécond ✓")
        #expect(file.line(3) == "")
        #expect(file.line(4) == "last")
        #expect(file.line(5) == "")
        #expect(file.line(6) == nil)
        #expect(file.line(0) == nil)
        #expect(SourceFile(path: "b", text: "").line(1) == nil)
        #expect(SourceFile(path: "c", text: "no newline").line(1) == "no newline")
    }

    @Test("Each of 10,000 errors in one CSV file quotes its own line")
    func manyErrorsQuoteTheirLines() async throws {
        var site = try MemoryFileSystem.exampleSite()
        var lines = ["company,year,amount,currency,qualifier,basis,source"]
        for row in 0..<10_000 {
            lines.append("amazon,20x\(row),1B,USD,about,reported,amazon-10k-2023")
        }
        site.files["content/data/capex.csv"] = Array((lines.joined(separator: "\n") + "\n").utf8)
        do {
            _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).check()
            Issue.record("the check should have failed")
        } catch {
            let capex = error.diagnostics.filter { $0.path == "content/data/capex.csv" }
            #expect(capex.count == 10_000)
            for diagnostic in capex {
                let line = try #require(diagnostic.line)
                #expect(diagnostic.sourceExcerpt?.text == lines[line - 1])
            }
        }
    }
}
