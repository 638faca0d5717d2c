import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// One error per mistake: a broken data file is reported once, not again in every record and
/// analysis that names its ids, and independent mistakes are all reported in one run.
@Suite("One error per mistake")
struct ErrorCascadeTests {
    /// The errors of checking the example site after `edit`.
    private func errors(_ edit: (inout [String: [UInt8]]) -> Void) async throws -> [Diagnostic] {
        var site = try MemoryFileSystem.exampleSite()
        edit(&site.files)
        do {
            _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).check()
            Issue.record("the check should have failed")
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    private func replacing(
        _ files: inout [String: [UInt8]], _ path: String, _ old: String, _ new: String
    ) {
        let text = String(decoding: files[path] ?? [], as: UTF8.self)
        let range = text.range(of: old)
        #expect(range != nil, "'\(old)' is not in \(path)")
        if let range { files[path] = Array(text.replacingCharacters(in: range, with: new).utf8) }
    }

    @Test("A tab in the deals is one error, at the tab, saying to indent with spaces")
    func tabIsOneError() async throws {
        let found = try await errors {
            replacing(
                &$0, "content/data/deals.yaml", "  investor: microsoft", "\tinvestor: microsoft")
        }
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.path == "content/data/deals.yaml")
        #expect(found.first?.message.contains("indents with spaces") == true)
    }

    @Test("A bad byte in the companies is one error, not one per deal naming a company")
    func badByteIsOneError() async throws {
        let found = try await errors {
            $0["content/data/companies.yaml"]! += [0xFF]
        }
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.message.contains("UTF-8") == true)
    }

    @Test(
        "A misspelt required key is one error with one suggestion",
        arguments: [
            (
                "content/data/deals.yaml", "    amount: 1B", "    ammount: 1B",
                "'investment.ammount'"
            ),
            (
                "content/analyses/single-cloud-alliances.md", "\ntitle: ", "\ntitel: ",
                "'titel'"
            ),
        ])
    func misspeltKey(path: String, old: String, new: String, key: String) async throws {
        let found = try await errors { replacing(&$0, path, old, new) }
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.message.hasPrefix("Unknown key \(key); did you mean") == true)
        #expect(found.first?.message.hasSuffix("is required here)") == true)
    }

    @Test("A bad record does not hide an unknown id in an analysis")
    func badRecordKeepsIDChecks() async throws {
        let found = try await errors { files in
            replacing(&files, "content/data/deals.yaml", "    amount: 1B", "    amount: lots")
            replacing(
                &files, "content/analyses/amazon-anthropic-2026/index.md",
                "deals: [amazon-anthropic-2026, google-anthropic-2026]",
                "deals: [amazon-anthropic-2026, no-such-deal]")
        }
        #expect(found.contains { $0.path == "content/data/deals.yaml" })
        #expect(
            found.contains {
                $0.path == "content/analyses/amazon-anthropic-2026/index.md"
                    && $0.message.contains("'no-such-deal'")
            }, "\(found.map(\.description))")
    }

    @Test("Three independent mistakes in three files are three errors in one run")
    func threeMistakesThreeErrors() async throws {
        let found = try await errors { files in
            replacing(
                &files, "content/data/deals.yaml", "  investor: microsoft", "\tinvestor: microsoft")
            replacing(
                &files, "content/analyses/single-cloud-alliances.md", "date: 2026-04",
                "date: someday")
            replacing(&files, "templates/page.mustache", "{{heading}}", "{{headin}}")
        }
        #expect(
            Set(found.map(\.path)) == [
                "content/data/deals.yaml", "content/analyses/single-cloud-alliances.md",
                "templates/page.mustache",
            ])
        #expect(found.count == 3, "\(found.map(\.description))")
    }

    @Test(
        "A broken data file, a bad front matter and a broken link are three errors, the data first")
    func loadAndRenderMistakesInOneRun() async throws {
        let found = try await errors { files in
            replacing(
                &files, "content/data/deals.yaml", "  investor: microsoft", "\tinvestor: microsoft")
            // The Amazon analysis links to this one: its link is not a second error.
            replacing(
                &files, "content/analyses/single-cloud-alliances.md", "\ntitle: ", "\ntitel: ")
            replacing(
                &files, "content/analyses/amazon-anthropic-2026/index.md", "(signals-to-watch.pdf)",
                "(signals-to-wach.pdf)")
        }
        #expect(
            found.map(\.path) == [
                "content/data/deals.yaml", "content/analyses/amazon-anthropic-2026/index.md",
                "content/analyses/single-cloud-alliances.md",
            ], "\(found.map(\.description))")
        #expect(
            found.first?.notes == ["Figures, charts and tables are checked once this file loads"])
        #expect(found.dropFirst().first?.message.contains("signals-to-wach.pdf'") == true)
    }

    @Test("With good data, a figure, a chart and a link mistake in three files are three errors")
    func renderMistakesInOneRun() async throws {
        let found = try await errors { files in
            replacing(
                &files, "content/analyses/amazon-anthropic-2026/index.md",
                "`=deals.amazon-anthropic-2026.term`", "`=deals.amazon-anthropic-2026.trm`")
            replacing(&files, "content/pages/chart-gallery.md", "type: bar", "type: bra")
            replacing(
                &files, "content/analyses/single-cloud-alliances.md", "## Why loyalty broke",
                "## Why loyalty broke\n\nSee [the method](../pages/methodolgy.md).")
        }
        #expect(
            Set(found.map(\.path)) == [
                "content/analyses/amazon-anthropic-2026/index.md", "content/pages/chart-gallery.md",
                "content/analyses/single-cloud-alliances.md",
            ], "\(found.map(\.description))")
        #expect(found.count == 3, "\(found.map(\.description))")
    }
}
