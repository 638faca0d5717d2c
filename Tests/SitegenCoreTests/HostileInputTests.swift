import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// Inputs found by review to crash, hang or corrupt output; each must be a clear error or a
/// clean page.
@Suite("Hostile input")
struct HostileInputTests {
    @Test(
        "A theme that could not render is an error at load, not a crash",
        arguments: [
            (
                "card", "{{> card}}",
                "templates/card.mustache:1:1: error: Templates include each other in a loop (card.mustache → card.mustache); break the loop\n{{> card}}\n^"
            ),
            (
                "card", "{{> cards}}",
                "templates/card.mustache:1:1: error: Unknown template 'cards'; add 'templates/cards.mustache' or fix the name\n{{> cards}}\n^"
            ),
            (
                "card", String(repeating: "{{#a}}", count: 101),
                "templates/card.mustache:1:601: error: Sections nest more than 100 deep; flatten the template"
            ),
        ])
    func brokenTheme(name: String, text: String, expected: String) async throws {
        let (built, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try built.get()
        try Data(text.utf8).write(to: folder.url.appending(path: "templates/\(name).mustache"))
        let result: Result<BuildReport, BuildFailure>
        do {
            result = .success(
                try await SiteBuilder(options: BuildOptions(root: folder.path)).build())
        } catch {
            result = .failure(error)
        }
        // The first diagnostic, as many lines of it as expected (message, source line, caret).
        let lines = expected.split(separator: "\n", omittingEmptySubsequences: false).count
        let first = messages(result).first.map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines)
                .joined(separator: "\n")
        }
        #expect(first == expected)
    }

    @Test("Control characters never reach a page, and CSV cells with line breaks are quoted")
    func controlCharacters() async throws {
        let fixture =
            minimalSite.replacingOccurrences(
                of: "title: A first look", with: "title: \"A\\0B\\x01C\\x7fD\"")
            + "\n-- content/data/notes.yaml --\n- name: \"x\\r\\ny\"\n"
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let page = try outputText(folder, "analyses/first-look/index.html")
        #expect(page.contains("<h1>ABCD</h1>"))
        #expect(try outputText(folder, "data/notes.csv") == "name\r\n\"x\r\ny\"\r\n")
    }

    @Test(
        "A base URL with control characters or user info is refused",
        arguments: ["https://e.org/\rDisallow:/x", "https://@/", "https://a b.org/"])
    func badBaseURL(url: String) async throws {
        let (result, folder) = try await buildFixture(minimalSite) {
            BuildOptions(root: $0, baseURL: url)
        }
        defer { folder.remove() }
        #expect(messages(result).first?.hasPrefix("--base-url: error: ") == true)
    }

    @Test("A content folder that links outside the site root is an error")
    func symlinkedFolder() async throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        let (built, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try built.get()
        let pages = folder.url.appending(path: "content/pages")
        try FileManager.default.moveItem(at: pages, to: outside.url.appending(path: "pages"))
        try FileManager.default.createSymbolicLink(
            at: pages, withDestinationURL: outside.url.appending(path: "pages"))
        let found = await failureDiagnostics { () throws(BuildFailure) in
            try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        }
        #expect(
            found.contains {
                $0.path == "content/pages" && $0.message.hasPrefix("Refusing to read a folder")
            }, "\(found.map(\.message))")
    }

    @Test(
        "Headings and charts on one page never share an id, and headings are never suffixed for the theme"
    )
    func uniqueIDs() async throws {
        let fixture =
            dataSite.replacingOccurrences(
                of: "Amazon puts in",
                with: "## Headline amounts\n\n## Figures and sources\n\nAmazon puts in")
            + "\n```chart\ntype: bar\ntitle: Headline amounts\ndata: deals\nlabel: name\nvalue: investment\n```\n"
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let page = try outputText(folder, "analyses/deal/index.html")
        let ids = page.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
        #expect(ids.contains("headline-amounts"))
        #expect(ids.contains("headline-amounts-2"))
        #expect(ids.contains("headline-amounts-3"))
        // The writer's heading keeps its id; the theme's own section has a capitalised one.
        #expect(ids.contains("figures-and-sources"))
        #expect(ids.contains("Figures-and-sources"))
        #expect(!ids.contains("figures-and-sources-2"))
    }

    @Test("A folder named like a Markdown file is an error that says it is a folder")
    func folderNamedMarkdown() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        try FileManager.default.createDirectory(
            at: folder.url.appending(path: "content/analyses/x.md"),
            withIntermediateDirectories: true)
        await #expect {
            _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        } throws: { error in
            let failure = error as? BuildFailure
            return failure?.diagnostics.contains {
                $0.path == "content/analyses/x.md" && $0.message.hasPrefix("This is a folder")
                    && !$0.message.contains("NSCocoaErrorDomain")
            } == true
        }
    }

    @Test("A file whose name is not UTF-8 is an error that says so")
    func nonUTF8FileName() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        let name =
            Array(folder.url.appending(path: "content/analyses").path.utf8) + Array("/bad".utf8)
            + [0xFF] + Array(".md".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { creat($0.baseAddress!, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        await #expect {
            _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.contains {
                $0.message.contains("not valid UTF-8") && $0.message.contains("rename")
            } == true
        }
    }

    @Test("Diagnostics show at most about 120 characters of a long line, caret aligned")
    func longLineExcerpt() throws {
        let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        let diagnostic = Diagnostic(
            .error, path: "f.md", line: 1, column: 501, message: "Here", sourceLine: line)
        let lines = diagnostic.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].count <= 122)
        let caret = try #require(lines[2].firstIndex(of: "^"))
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        #expect(Array(lines[1])[offset] == "X")
    }

    @Test("A dataset file name that cannot be a URL, or a table without columns, is an error")
    func badDatasetNameAndEmptyTable() async throws {
        let fixture = dataSite + "\n-- content/data/My Data.yaml --\n- a: 1\n"
        let (named, first) = try await buildFixture(fixture)
        defer { first.remove() }
        #expect(
            messages(named).contains(
                "content/data/My Data.yaml: error: The dataset name 'My Data' must be lowercase letters, digits, '-' or '_'; rename the file\nnote: Figures, charts and tables are checked once this file loads"
            ))
        let empty = dataSite.replacingOccurrences(
            of: "data: deals\ncolumns: [name, investment, annual_commitment]", with: "csv: \"\"")
        let (result, second) = try await buildFixture(empty)
        defer { second.remove() }
        #expect(messages(result).first?.contains("error: The table has no columns") == true)
    }
}
