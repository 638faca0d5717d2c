import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The preview server's model: a site kept up to date edit by edit, always byte-identical to a
/// clean build of the same files.
@Suite("Incremental rebuilds")
struct SiteSessionTests {
    private let options = BuildOptions(baseURL: "http://127.0.0.1:4000/")

    /// The files a clean build of `site` writes, or nil when the build fails.
    private func cleanBuild(_ site: MemoryFileSystem) async -> [String: [UInt8]]? {
        let output = MemoryOutput()
        do {
            _ = try await SiteBuilder(options: options, fileSystem: site).build(into: output)
        } catch {
            return nil
        }
        return output.files
    }

    @Test(
        "After every random sequence of edits the site equals a clean build",
        arguments: [1, 2, 3] as [UInt64])
    func randomEditsMatchCleanBuilds(seed: UInt64) async throws {
        var editor = SiteEditor(site: try MemoryFileSystem.exampleSite(), seed: seed)
        let session = SiteSession(options: options)
        let first = await session.build(from: editor.site)
        guard case .rebuilt = first.outcome else {
            Issue.record("The example site did not build: \(first.outcome)")
            return
        }
        var lastGood = await session.files
        #expect(lastGood == (await cleanBuild(editor.site)))
        for step in 1...24 {
            let edit = editor.randomEdit()
            let update = await session.update(from: editor.site, changed: edit.paths)
            let served = await session.files
            if let clean = await cleanBuild(editor.site) {
                if case .failed(let failure) = update.outcome {
                    Issue.record("step \(step) (\(edit.name)) failed: \(failure)")
                }
                let differing = Set(clean.keys).union(served.keys).filter {
                    clean[$0] != served[$0]
                }
                #expect(
                    differing.isEmpty,
                    "step \(step) (\(edit.name)): \(differing.sorted().prefix(5)) differ")
                // What the browser is told changed is exactly what did.
                let changed = served.keys.filter { lastGood[$0] != served[$0] }.sorted()
                let removed = lastGood.keys.filter { served[$0] == nil }.sorted()
                #expect(update.changedFiles == changed, "step \(step) (\(edit.name))")
                #expect(update.removedFiles == removed, "step \(step) (\(edit.name))")
                lastGood = served
            } else {
                if case .failed = update.outcome {
                } else {
                    Issue.record("step \(step) (\(edit.name)) should have failed")
                }
                #expect(served == lastGood, "step \(step): a failed rebuild changed the site")
            }
        }
        #expect(editor.kinds.count >= 8, "the sequence tried only \(editor.kinds.sorted())")
    }

    @Test("A body edit renders only its own page again")
    func bodyEditRendersOnePage() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let path = "content/analyses/single-cloud-alliances.md"
        site.files[path]! += Array("\nA sentence added at the end.\n".utf8)
        let update = await session.update(from: site, changed: [path])
        #expect(update.renderedPages == 1)
        #expect(update.changedSources == [path])
        #expect(
            update.changedFiles == [
                "analyses/single-cloud-alliances/index.html", "feed.xml", "figures.json",
                // The page's search document, and the shards and version its new words change.
                "search/doc/1.json", "search/index/0.json", "search/index/1.json",
                "search/meta.json",
            ])
        #expect(await session.files == (await cleanBuild(site)))
    }

    @Test("A touched file with the same bytes rebuilds nothing")
    func touchIsUnchanged() async throws {
        let site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let update = await session.update(
            from: site, changed: ["content/analyses/single-cloud-alliances.md", "content"])
        guard case .unchanged = update.outcome else {
            Issue.record("expected no rebuild, got \(update.outcome)")
            return
        }
        #expect(update.renderedPages == 0)
    }

    @Test("A title edit renders the listings again, not the other analyses")
    func titleEditRendersListings() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let path = "content/analyses/single-cloud-alliances.md"
        let text = String(decoding: site.files[path]!, as: UTF8.self)
        site.files[path] = Array(
            text.replacingOccurrences(of: "title: \"One lab", with: "title: \"Two labs").utf8)
        let update = await session.update(from: site, changed: [path])
        #expect(update.changedFiles.contains("index.html"))
        #expect(update.changedFiles.contains("analyses/index.html"))
        #expect(update.changedFiles.contains("tags/compute/index.html"))
        #expect(!update.changedFiles.contains("analyses/amazon-anthropic-2026/index.html"))
        #expect(!update.changedFiles.contains("about/index.html"))
        #expect(await session.files == (await cleanBuild(site)))
    }

    @Test("A broken edit keeps the last good site; fixing it rebuilds")
    func brokenEditKeepsLastGoodSite() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let good = await session.files
        let path = "content/analyses/single-cloud-alliances.md"
        let original = site.files[path]!
        site.files[path] = Array("---\ntitle: [unclosed\n---\nBody\n".utf8)
        let broken = await session.update(from: site, changed: [path])
        guard case .failed(let failure) = broken.outcome else {
            Issue.record("expected a failure, got \(broken.outcome)")
            return
        }
        #expect(failure.diagnostics.contains { $0.path == path && $0.line != nil })
        #expect(await session.files == good)

        site.files[path] = original
        let fixed = await session.update(from: site, changed: [path])
        guard case .unchanged = fixed.outcome else {
            Issue.record("restoring the bytes should need no rebuild, got \(fixed.outcome)")
            return
        }
        #expect(await session.files == good)
    }

    @Test("A folder replaced by one with files of the same names is looked at file by file")
    func replacedFolder() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let path = "content/analyses/single-cloud-alliances.md"
        site.files[path]! += Array("\nWritten in the folder that replaced the old one.\n".utf8)
        // The watcher reports only the folder, as after `mv new analyses` or an overflow.
        let update = await session.update(from: site, changed: ["content/analyses"])
        #expect(update.changedSources == [path])
        #expect(await session.files == (await cleanBuild(site)))
    }

    @Test("A heading edit checks the pages that link into the page again")
    func headingEditChecksLinkingPages() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let path = "content/analyses/single-cloud-alliances.md"
        let text = String(decoding: site.files[path] ?? [], as: UTF8.self)
        site.files[path] = Array(
            text.replacingOccurrences(
                of: "## Concentration has moved", with: "## Concentration moved"
            ).utf8)
        let renamed = await session.update(from: site, changed: [path])
        #expect(renamed.renderedPages == 2, "the page and the analysis linking into it")
        #expect(await session.files == (await cleanBuild(site)))
        // Renaming the heading the other analysis links to breaks that link.
        site.files[path] = Array(
            text.replacingOccurrences(of: "## Why loyalty broke", with: "## Why loyalty ended").utf8
        )
        let broken = await session.update(from: site, changed: [path])
        guard case .failed(let failure) = broken.outcome else {
            Issue.record("renaming a linked heading should fail the rebuild")
            return
        }
        #expect(
            failure.diagnostics.contains {
                $0.path == "content/analyses/amazon-anthropic-2026/index.md"
                    && $0.message.contains("'why-loyalty-broke'")
            }, "\(failure.diagnostics.map(\.description))")
    }

    @Test("Updates that overlap run one after the other, each from the last one's state")
    func overlappingUpdates() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let first = "content/analyses/single-cloud-alliances.md"
        let second = "content/analyses/amazon-anthropic-2026/index.md"
        site.files[first]! += Array("\nOne.\n".utf8)
        let afterFirst = site
        site.files[second]! += Array("\nTwo.\n".utf8)
        let afterBoth = site
        async let a = session.update(from: afterFirst, changed: [first])
        async let b = session.update(from: afterBoth, changed: [second])
        let updates = await [a, b]
        #expect(updates.allSatisfy { if case .failed = $0.outcome { false } else { true } })
        // Run one after the other, the site is a clean build of the files the last one read;
        // interleaved, the second would start from the state before the first and lose it.
        let files = await session.files
        let both = await cleanBuild(afterBoth)
        let firstOnly = await cleanBuild(afterFirst)
        #expect(files == both || files == firstOnly)
        _ = await session.update(from: afterBoth, changed: [first, second])
        #expect(await session.files == both)
    }

    @Test("A stylesheet edit is reported as a stylesheet-only change")
    func stylesheetOnly() async throws {
        var site = try MemoryFileSystem.exampleSite()
        let session = SiteSession(options: options)
        _ = await session.build(from: site)
        let path = "templates/assets/site.css"
        site.files[path]! += Array("\nbody { margin: 0 }\n".utf8)
        let update = await session.update(from: site, changed: [path])
        #expect(update.onlyStylesheetsChanged)
        #expect(update.removedFiles.count == 1)
        #expect(update.removedFiles.first?.hasPrefix("assets/site.") == true)
        #expect(await session.files == (await cleanBuild(site)))
    }
}
