import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The pipeline's seams: sites read from memory, built into memory, with each page's inputs.
@Suite("Pipeline seams")
struct PipelineTests {
    @Test("A site read from memory and built into memory equals its disk build, byte for byte")
    func memoryBuildEqualsDiskBuild() async throws {
        let output = MemoryOutput()
        let report = try await SiteBuilder(
            options: BuildOptions(strict: true), fileSystem: try MemoryFileSystem.exampleSite()
        ).build(into: output)
        #expect(report.warnings.isEmpty)
        #expect(report.outputPath == nil)

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name), to: folder.url.appending(path: name))
        }
        _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        let disk = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(output.files.keys.sorted() == disk.paths)
        #expect(output.files == disk.files)
    }

    @Test("A failed build into memory keeps the last good site")
    func failedMemoryBuildKeepsLastSite() async throws {
        var site = try SiteFixture(minimalSite).fileSystem()
        let output = MemoryOutput()
        _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(into: output)
        let good = output.files
        #expect(good["analyses/first-look/index.html"] != nil)
        site.files["content/analyses/first-look.md"] = Array("---\ntitle: x\n---\n".utf8)
        let found = await failureDiagnostics { () throws(BuildFailure) in
            try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(into: output)
        }
        #expect(found.contains { $0.path == "content/analyses/first-look.md" })
        #expect(output.files == good)
    }

    @Test("Every page lists what it was rendered from")
    func pagesListTheirInputs() async throws {
        let report = try await SiteBuilder(
            options: BuildOptions(), fileSystem: try MemoryFileSystem.exampleSite()
        ).build(into: MemoryOutput())
        let analysis = try #require(
            report.pageInputs["analyses/amazon-anthropic-2026/index.html"])
        #expect(analysis.contains(.file("content/analyses/amazon-anthropic-2026/index.md")))
        #expect(analysis.contains(.template("analysis")))
        #expect(analysis.contains(.template("base")))
        #expect(analysis.contains(.dataset("deals")))
        #expect(!analysis.contains(.template("deal")))
        let about = try #require(report.pageInputs["about/index.html"])
        #expect(about.contains(.file("content/pages/about.md")))
        #expect(!about.contains(.dataset("deals")))
        let index = try #require(report.pageInputs["analyses/index.html"])
        #expect(index.contains(.analysisList))
        #expect(!index.contains(.file("content/analyses/single-cloud-alliances.md")))
        #expect(index.contains(.template("card")))
    }
}

/// Markdown files are read once: the front matter at load, the body when its page renders.
@Suite("Reading Markdown in parts")
struct PartialReadTests {
    private func build(_ body: [UInt8], frontMatter: String = "title: About\n") async throws
        -> (Result<BuildReport, BuildFailure>, MemoryOutput)
    {
        var site = try SiteFixture(minimalSite).fileSystem()
        site.files["content/pages/about.md"] = Array("---\n\(frontMatter)---\n".utf8) + body
        let output = MemoryOutput()
        do {
            let report = try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(
                into: output)
            return (.success(report), output)
        } catch {
            return (.failure(error), output)
        }
    }

    @Test("A bad byte far into a body is reported at its line in the file")
    func badByteInBody() async throws {
        let filler = Array(String(repeating: "Filler text for the body.\n\n", count: 400).utf8)
        let (result, _) = try await build(filler + Array("Bad ".utf8) + [0xFF] + [0x0A])
        #expect(
            messages(result).first?.hasPrefix(
                "content/pages/about.md:804:5: error: Invalid UTF-8 byte 0xFF") == true,
            "\(messages(result))")
    }

    @Test(
        "Long front matter, CRLF line breaks and a byte-order mark still give the same body",
        arguments: [
            (
                "title: About\n"
                    + String(repeating: "# a comment line of front matter\n", count: 400), false,
                false
            ),
            ("title: About\n", true, false),
            ("title: About\n", false, true),
        ])
    func unusualFiles(frontMatter: String, crlf: Bool, byteOrderMark: Bool) async throws {
        var text = "---\n\(frontMatter)---\n## Héllo\n\nBody *text*.\n"
        if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        var site = try SiteFixture(minimalSite).fileSystem()
        site.files["content/pages/about.md"] =
            (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        let output = MemoryOutput()
        _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(into: output)
        let page = String(decoding: output.files["about/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("<p>Body <em>text</em>.</p>"))
        #expect(page.contains("Héllo"))
    }
}

/// CSV downloads are safe to open in a spreadsheet (issue 14, item 4).
@Suite("CSV downloads")
struct CSVDownloadTests {
    @Test("Texts that a spreadsheet would take for formulas get a leading quote; numbers do not")
    func formulasAreNeutralised() async throws {
        var site = try SiteFixture(minimalSite).fileSystem()
        site.files["content/data/notes.yaml"] = Array(
            """
            - {name: "=HYPERLINK(\\"http://x\\")", n: "-5"}
            - {name: "+1 call", n: "@me"}
            - {name: "-2.5", n: "plain"}

            """.utf8)
        let output = MemoryOutput()
        _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(into: output)
        let csv = String(decoding: output.files["data/notes.csv"] ?? [], as: UTF8.self)
        #expect(
            csv
                == "name,n\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n'+1 call,'@me\r\n-2.5,plain\r\n",
            "\(csv)")
    }
}
