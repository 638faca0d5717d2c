import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

@Suite("Build guarantees")
struct BuildGuaranteeTests {
    @Test("A failed build leaves the previous output byte-identical")
    func failedBuildKeepsOutput() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        let builder = SiteBuilder(options: BuildOptions(root: folder.path))
        _ = try await builder.build()
        let output = folder.url.appending(path: "output")
        let before = try FolderSnapshot(of: output)
        try Data("---\ntitle: [broken\n---\n".utf8).write(
            to: folder.url.appending(path: "content/analyses/first-look.md"))
        let found = await failureDiagnostics { () throws(BuildFailure) in try await builder.build()
        }
        #expect(found.contains { $0.path == "content/analyses/first-look.md" && $0.line != nil })
        #expect(try FolderSnapshot(of: output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty)
    }

    @Test("Pages removed from content disappear from the output")
    func removedPagesDisappear() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        let builder = SiteBuilder(options: BuildOptions(root: folder.path))
        _ = try await builder.build()
        try FileManager.default.removeItem(at: folder.url.appending(path: "content/pages/about.md"))
        _ = try await builder.build()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(output.files["about/index.html"] == nil)
        #expect(output.files["index.html"] != nil)
    }

    @Test("Check validates without writing anything")
    func checkWritesNothing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        let report = try await SiteBuilder(options: BuildOptions(root: folder.path)).check()
        #expect(report.pageCount > 0)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appending(path: "output").path))
    }

    @Test(
        "An output folder that would replace the site's own files is refused",
        arguments: [".", "content", "content/out", "templates"])
    func dangerousOutput(relative: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        let output = folder.url.appending(path: relative).path
        let found = await failureDiagnostics { () throws(BuildFailure) in
            try await SiteBuilder(options: BuildOptions(root: folder.path, output: output)).build()
        }
        #expect(
            found.contains {
                $0.message.hasPrefix("The output folder") && $0.message.contains("choose")
            },
            "\(found.map(\.message))")
        #expect(
            FileManager.default.fileExists(
                atPath: folder.url.appending(path: "content/site.yaml").path))
    }

    @Test("An output path that is a file, or a folder of someone else's files, is refused")
    func foreignOutput() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(minimalSite).write(into: folder.url)
        let file = folder.url.appending(path: "notes.txt")
        try Data("keep me".utf8).write(to: file)
        let foreign = folder.url.appending(path: "elsewhere")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me too".utf8).write(to: foreign.appending(path: "thesis.md"))
        for target in [file, foreign] {
            let found = await failureDiagnostics { () throws(BuildFailure) in
                try await SiteBuilder(options: BuildOptions(root: folder.path, output: target.path))
                    .build()
            }
            #expect(
                found.contains {
                    $0.message.hasPrefix(
                        target == file
                            ? "The output path is a file" : "The output folder holds files")
                }, "\(found.map(\.message))")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        #expect(FileManager.default.fileExists(atPath: foreign.appending(path: "thesis.md").path))
    }

    @Test("A symlink to a file outside the site root is refused")
    func symlinkOutsideRoot() async throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        let secret = outside.url.appending(path: "secret.md")
        try Data("---\ntitle: Secret\ndate: 2026\nsummary: s\n---\nsecret\n".utf8).write(to: secret)
        let (result, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try result.get()
        try FileManager.default.createSymbolicLink(
            at: folder.url.appending(path: "content/analyses/leak.md"), withDestinationURL: secret)
        let found = await failureDiagnostics { () throws(BuildFailure) in
            try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
        }
        #expect(
            found.contains {
                $0.path == "content/analyses/leak.md"
                    && $0.message.hasPrefix(
                        "Refusing to read a file that lies outside the site root")
            }, "\(found.map(\.message))")
    }

    @Test("Strict mode turns warnings into errors")
    func strict() async throws {
        let fixture = minimalSite.replacingOccurrences(
            of: "title: Test & Co", with: "title: Test & Co\ncolour: blue")
        let (lenient, first) = try await buildFixture(fixture)
        defer { first.remove() }
        #expect(
            messages(lenient) == [
                "content/site.yaml:2:1: warning: Unknown key 'colour'; known keys are 'title', 'description', 'base_url', 'language', 'author', 'nav', 'raw_html', 'feed_limit', 'image', 'image_alt', 'search' and 'data_as_of'\ncolour: blue\n^"
            ])
        let (strict, second) = try await buildFixture(fixture) {
            BuildOptions(root: $0, strict: true)
        }
        defer { second.remove() }
        guard case .failure(let failure) = strict else {
            Issue.record("A strict build with a warning succeeded")
            return
        }
        #expect(failure.diagnostics.map(\.severity) == [.error])
    }
}
