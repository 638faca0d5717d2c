import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// Every error a writer can cause in content or configuration, with its full message.
@Suite("Content errors")
struct ContentErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var contents: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "missing front matter", path: "content/analyses/first-look.md",
            contents: "# Just a heading\n",
            expected: [
                "content/analyses/first-look.md:1:1: error: Missing front matter; start the file with a '---' line, then 'title: ...', then '---'\n# Just a heading\n^"
            ]),
        Case(
            name: "unclosed front matter", path: "content/analyses/first-look.md",
            contents: "---\ntitle: A\n",
            expected: [
                "content/analyses/first-look.md:1:1: error: Front matter is not closed; add a '---' line after its last key\n---\n^"
            ]),
        Case(
            name: "missing required keys", path: "content/analyses/first-look.md",
            contents: "---\ntitle: A\n---\nBody\n",
            expected: [
                "content/analyses/first-look.md:2:1: error: Missing value for key 'date'\ntitle: A\n^",
                "content/analyses/first-look.md:2:1: error: Missing value for key 'summary'\ntitle: A\n^",
            ]),
        Case(
            name: "malformed date", path: "content/analyses/first-look.md",
            contents: "---\ntitle: A\ndate: 2026-13\nsummary: S\n---\n",
            expected: [
                "content/analyses/first-look.md:3:7: error: Invalid date '2026-13'; the month must be 01 to 12 for 'date'\ndate: 2026-13\n      ^"
            ]),
        Case(
            name: "wrong type", path: "content/analyses/first-look.md",
            contents: "---\ntitle: [a, b]\ndate: 2026\nsummary: S\ndraft: maybe\n---\n",
            expected: [
                "content/analyses/first-look.md:2:8: error: Expected a string for 'title', found a list\ntitle: [a, b]\n       ^",
                "content/analyses/first-look.md:5:8: error: Expected true or false for 'draft', found a string\ndraft: maybe\n       ^",
            ]),
        Case(
            name: "malformed YAML", path: "content/analyses/first-look.md",
            contents: "---\ntitle: \"open\ndate: 2026\n---\n",
            expected: [
                "content/analyses/first-look.md:4:1: error: Invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 2\n---\n^"
            ]),
        Case(
            name: "duplicate key", path: "content/analyses/first-look.md",
            contents: "---\ntitle: A\ntitle: B\ndate: 2026\nsummary: S\n---\n",
            expected: [
                "content/analyses/first-look.md:3:1: error: Duplicate key 'title'; it is already set at line 2\ntitle: B\n^"
            ]),
        Case(
            name: "unknown key is a warning", path: "content/analyses/first-look.md",
            contents: "---\ntitle: A\ndate: 2026\nsummary: S\nauthr: Me\n---\n",
            expected: [
                "content/analyses/first-look.md:5:1: warning: Unknown key 'authr'; did you mean 'authors'?\nauthr: Me\n^"
            ]),
        Case(
            name: "invalid UTF-8", path: "content/analyses/first-look.md",
            contents: "---\ntitle: caf\u{FFFF}\n",
            expected: [
                "content/analyses/first-look.md:2:11: error: Invalid UTF-8 byte 0xBF; save the file as UTF-8"
            ]),
        Case(
            name: "bad base URL", path: "content/site.yaml",
            contents: "title: T\nbase_url: ftp://example.org/\n",
            expected: [
                "content/site.yaml:2:11: error: 'ftp://example.org/' is not an absolute http(s) URL; write one such as 'https://example.org/'\nbase_url: ftp://example.org/\n          ^"
            ]),
        Case(
            name: "unsafe navigation link", path: "content/site.yaml",
            contents:
                "title: T\nbase_url: https://example.org/\nnav:\n  - title: X\n    url: javascript:alert(1)\n",
            expected: [
                "content/site.yaml:5:10: error: 'javascript:alert(1)' is not a site path or an http(s) URL; write a path such as 'about/'\n    url: javascript:alert(1)\n         ^"
            ]),
        Case(
            name: "empty site configuration", path: "content/site.yaml", contents: "",
            expected: [
                "content/site.yaml:1:1: error: The site configuration is empty; it needs at least a 'title'"
            ]),
        Case(
            name: "reserved page name", path: "content/pages/tags.md",
            contents: "---\ntitle: Tags\n---\n",
            expected: [
                "content/pages/tags.md: error: The page name 'tags' is used by a generated section; rename the file"
            ]),
    ]

    @Test("Errors name the file, line and column and say what to do", arguments: cases)
    func errorMessage(_ testCase: Case) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        var bytes = Array(testCase.contents.utf8)
        if testCase.name == "invalid UTF-8" {
            // U+FFFF is valid UTF-8 (EF BF BF); drop its lead byte to leave two stray bytes.
            let index = try #require(bytes.firstIndex(of: 0xEF))
            bytes.remove(at: index)
        }
        try Data(bytes).write(to: folder.url.appending(path: testCase.path))
        let result: Result<BuildReport, BuildFailure>
        do {
            result = .success(
                try await SiteBuilder(options: BuildOptions(root: folder.path)).build())
        } catch {
            result = .failure(error)
        }
        #expect(messages(result) == testCase.expected)
    }

    @Test("A build reports every error, then a summary line")
    func allErrorsAndSummary() async throws {
        let fixture =
            minimalSite + """

                -- content/analyses/b.md --
                ---
                title: B
                ---
                -- content/analyses/c.md --
                no front matter
                """
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        guard case .failure(let failure) = result else {
            Issue.record("The build succeeded")
            return
        }
        #expect(failure.diagnostics.count == 3)
        #expect(failure.description.hasSuffix("\nBuild failed: 3 errors, 0 warnings"))
    }
}
