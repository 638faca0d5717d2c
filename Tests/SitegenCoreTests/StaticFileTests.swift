import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// Files that reach the site as they are: `content/static/`, and page bundles' own files.
@Suite("Static files and page bundles")
struct StaticFileTests {
    private let bundleSite =
        minimalSite + """

            -- content/analyses/with-pictures/index.md --
            ---
            title: With pictures
            date: 2026-04-14
            summary: An analysis with its own files.
            ---
            ![A chart](chart.png) and [the filing](docs/filing.pdf).
            -- content/analyses/with-pictures/chart.png --
            PNG bytes
            -- content/analyses/with-pictures/docs/filing.pdf --
            PDF bytes
            -- content/analyses/with-pictures/notes.txt --
            Not linked from anywhere.
            -- content/pages/team/index.md --
            ---
            title: Team
            ---
            ![Us](us.jpg)
            -- content/pages/team/us.jpg --
            JPEG bytes
            -- content/static/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/static/CNAME --
            reports.example.org
            """

    @Test("Hidden files in content/static/ are published, except version-control and desktop files")
    func hiddenStaticFiles() async throws {
        let (result, folder) = try await buildFixture(
            minimalSite + """

                -- content/static/.well-known/security.txt --
                Contact: mailto:security@example.org
                -- content/static/.nojekyll --

                -- content/static/.DS_Store --
                junk
                -- content/static/.gitkeep --

                -- content/static/img/.logo.svg.swp --
                swap
                -- content/analyses/first-look/.hidden-note.txt --
                not published
                """)
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(output.text(".well-known/security.txt") == "Contact: mailto:security@example.org\n")
        #expect(output.files[".nojekyll"] != nil)
        for skipped in [".DS_Store", ".gitkeep", "img/.logo.svg.swp"] {
            #expect(output.files[skipped] == nil, "\(skipped) should not be published")
        }
        #expect(!output.files.keys.contains { $0.hasSuffix(".hidden-note.txt") })
    }

    @Test("content/static/ goes to the site root and a bundle's files go beside its page")
    func copiesFiles() async throws {
        let (result, folder) = try await buildFixture(bundleSite)
        defer { folder.remove() }
        let report = try result.get()
        #expect(report.warnings.isEmpty)
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(
            output.text("analyses/with-pictures/index.html")?.contains("src=\"chart.png\"") == true)
        #expect(output.text("analyses/with-pictures/chart.png") == "PNG bytes\n")
        #expect(output.text("analyses/with-pictures/docs/filing.pdf") == "PDF bytes\n")
        #expect(output.text("team/index.html") != nil)
        #expect(output.text("team/us.jpg") == "JPEG bytes\n")
        #expect(output.text("images/logo.svg") == "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        #expect(output.text("CNAME") == "reports.example.org\n")
        #expect(output.files["analyses/with-pictures/index.md"] == nil)
    }

    @Test("A static file that would replace a generated one is an error naming it")
    func collision() async throws {
        let (result, folder) = try await buildFixture(
            minimalSite
                + "\n-- content/static/feed.xml --\n<feed/>\n-- content/analyses/first-look/index.html --\nx\n"
        )
        defer { folder.remove() }
        guard case .failure(let failure) = result else {
            Issue.record("a static feed.xml replaced the generated feed")
            return
        }
        #expect(
            failure.diagnostics.contains {
                $0.path == "content/static/feed.xml" && $0.message.contains("'feed.xml'")
            })
    }

    @Test("A bundle file named like its page's output is an error")
    func bundleCollision() async throws {
        let (result, folder) = try await buildFixture(
            bundleSite + "\n-- content/analyses/with-pictures/index.html --\n<p>mine</p>\n")
        defer { folder.remove() }
        guard case .failure(let failure) = result else {
            Issue.record("a bundle's index.html replaced its page")
            return
        }
        #expect(
            failure.diagnostics.contains { $0.path == "content/analyses/with-pictures/index.html" })
    }

    @Test("A folder of analyses with no index.md is a warning, not a silent skip")
    func folderWithoutIndex() async throws {
        let (result, folder) = try await buildFixture(
            minimalSite + "\n-- content/analyses/drafts/notes.md --\n---\ntitle: x\n---\n")
        defer { folder.remove() }
        let report = try result.get()
        #expect(
            report.warnings.contains {
                $0.path == "content/analyses/drafts" && $0.message.contains("index.md")
            })
    }

    @Test("A draft bundle's files are not published without --drafts")
    func draftBundle() async throws {
        let fixture = bundleSite.replacingOccurrences(
            of: "summary: An analysis with its own files.",
            with: "summary: An analysis with its own files.\ndraft: true")
        let (result, folder) = try await buildFixture(fixture)
        defer { folder.remove() }
        _ = try result.get()
        let output = try FolderSnapshot(of: folder.url.appending(path: "output"))
        #expect(output.files["analyses/with-pictures/chart.png"] == nil)
        #expect(output.files["analyses/with-pictures/index.html"] == nil)
    }

    @Test("A large file is copied byte for byte in pieces")
    func largeCopy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bytes = [UInt8](repeating: 0, count: 3 << 20 + 12_345)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        try Data(bytes).write(to: folder.url.appending(path: "big.bin"))
        let destination = folder.url.appending(path: "copy.bin")
        try DiskFileSystem(root: folder.url).copy("big.bin", to: destination)
        #expect(Array(try Data(contentsOf: destination)) == bytes)
    }

    @Test("The preview server's model serves static files and follows their edits")
    func sessionServesStaticFiles() async throws {
        var site = try SiteFixture(bundleSite).fileSystem()
        let session = SiteSession(options: BuildOptions())
        _ = await session.build(from: site)
        #expect(await session.files["images/logo.svg"] != nil)
        site.files["content/static/images/logo.svg"] = Array("<svg/>".utf8)
        site.files["content/analyses/with-pictures/notes.txt"] = nil
        let update = await session.update(
            from: site,
            changed: ["content/static/images/logo.svg", "content/analyses/with-pictures/notes.txt"])
        #expect(update.changedFiles == ["images/logo.svg"])
        #expect(update.removedFiles == ["analyses/with-pictures/notes.txt"])
        let clean = MemoryOutput()
        _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(into: clean)
        #expect(await session.files == clean.files)
    }
}
