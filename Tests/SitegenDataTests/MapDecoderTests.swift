import SitegenSupport
import Testing

@testable import SitegenData

@Suite struct MapDecoderTests {
    static let frontMatter = """
        title: Amazon and Anthropic
        date: 2026-04-21
        tags: [ai, cloud]
        draft: yes
        summry: typo
        """

    @Test func readsFrontMatterWithUnknownKeysAsWarnings() throws {
        let root = try YAMLLoader.load(
            Self.frontMatter, path: "content/analyses/a.md", lineOffset: 1)
        var diagnostics: [DataDiagnostic] = []
        let map = try #require(
            MapDecoder(
                root, path: "content/analyses/a.md", required: ["title", "date", "summary"],
                optional: ["tags", "draft", "updated"], unknownKeys: .warning,
                diagnostics: &diagnostics))
        #expect(map.string("title", diagnostics: &diagnostics) == "Amazon and Anthropic")
        #expect(map.date("date", diagnostics: &diagnostics)?.formatted == "21 April 2026")
        #expect(map.strings("tags", diagnostics: &diagnostics) == ["ai", "cloud"])
        #expect(map.bool("draft", diagnostics: &diagnostics) == nil)
        #expect(map.date("updated", diagnostics: &diagnostics) == nil)
        #expect(
            diagnostics.map(\.description) == [
                // The misspelt required key is one error, not a warning and a missing key.
                "content/analyses/a.md:6:1: error: Unknown key 'summry'; did you mean 'summary'? ('summary' is required here)",
                "content/analyses/a.md:5:8: error: Expected true or false for 'draft', found a string",
            ])
    }

    @Test func namesNestedKeysByDottedPath() throws {
        let root = try YAMLLoader.load("chart:\n  series: 3\n  title: [x]\n", path: "a.md")
        var diagnostics: [DataDiagnostic] = []
        let top = try #require(
            MapDecoder(root, path: "a.md", required: ["chart"], diagnostics: &diagnostics))
        let chart = try #require(
            top.nested(
                "chart", required: ["type"], optional: ["series", "title"],
                diagnostics: &diagnostics))
        #expect(chart.strings("series", diagnostics: &diagnostics) == ["3"])
        #expect(chart.string("title", diagnostics: &diagnostics) == nil)
        #expect(chart.fieldName("title") == "chart.title")
        #expect(
            diagnostics.map(\.description) == [
                "a.md:2:3: error: Missing value for key 'chart.type'",
                "a.md:3:10: error: Expected a string for 'chart.title', found a list",
            ])
    }

    @Test(arguments: [
        ("u: https://example.org/a?b=1", "u", nil),
        ("u: http://example.org", "u", nil),
        (
            "u: javascript:alert(1)", "u",
            "a.md:1:4: error: Invalid URL 'javascript:alert(1)' for 'u'; only http and https URLs are allowed"
        ),
        (
            "u: https://", "u",
            "a.md:1:4: error: Invalid URL 'https://' for 'u'; only http and https URLs are allowed"
        ),
        (
            "u: \"https://exa mple.org\"", "u",
            "a.md:1:4: error: Invalid URL 'https://exa mple.org' for 'u'; only http and https URLs are allowed"
        ),
        (
            "u: /relative/path", "u",
            "a.md:1:4: error: Invalid URL '/relative/path' for 'u'; only http and https URLs are allowed"
        ),
    ])
    func acceptsOnlyWebURLs(yaml: String, key: String, message: String?) throws {
        let root = try YAMLLoader.load(yaml, path: "a.md")
        var diagnostics: [DataDiagnostic] = []
        let map = try #require(
            MapDecoder(root, path: "a.md", required: [key], diagnostics: &diagnostics))
        _ = map.url(key, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.description) == (message.map { [$0] } ?? []))
    }
}

@Suite struct DataDiagnosticTests {
    @Test(arguments: [
        (
            DataDiagnostic(
                path: "a.yaml", position: SourcePosition(line: 3, column: 7), message: "Bad"),
            "a.yaml:3:7: error: Bad"
        ),
        (
            DataDiagnostic(path: "a.yaml", position: nil, severity: .warning, message: "Odd"),
            "a.yaml: warning: Odd"
        ),
        (
            DataDiagnostic(path: "", position: nil, message: "Unknown figure 'x'"),
            "error: Unknown figure 'x'"
        ),
    ])
    func printsInTheCompilerFormat(diagnostic: DataDiagnostic, text: String) {
        #expect(diagnostic.description == text)
    }

    @Test func sortsByPathThenPosition() {
        let a = DataDiagnostic(
            path: "b.yaml", position: SourcePosition(line: 1, column: 1), message: "x")
        let b = DataDiagnostic(
            path: "a.yaml", position: SourcePosition(line: 9, column: 1), message: "x")
        let c = DataDiagnostic(
            path: "a.yaml", position: SourcePosition(line: 2, column: 5), message: "x")
        #expect([a, b, c].sorted() == [c, b, a])
    }
}
