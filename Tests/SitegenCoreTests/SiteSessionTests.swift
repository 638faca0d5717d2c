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
            update.changedFiles == ["analyses/single-cloud-alliances/index.html", "feed.xml"])
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

/// Random edits of a site in memory, from a seeded generator, so a failing sequence repeats.
private struct SiteEditor {
    struct Edit {
        var name: String
        var paths: Set<String>
    }

    var site: MemoryFileSystem
    var random: SplitMix64
    /// The edit kinds tried so far.
    var kinds: Set<String> = []
    /// A file broken on purpose, with its good bytes, until an edit fixes it.
    var broken: (path: String, bytes: [UInt8])?
    var counter = 0

    init(site: MemoryFileSystem, seed: UInt64) {
        self.site = site
        self.random = SplitMix64(seed: seed)
    }

    var analyses: [String] {
        site.files.keys.filter { $0.hasPrefix("content/analyses/") }.sorted()
    }

    mutating func randomEdit() -> Edit {
        counter += 1
        if let broken, random.next(below: 2) == 0 {
            site.files[broken.path] = broken.bytes
            self.broken = nil
            return record("fix", [broken.path])
        }
        // Keep one analysis that is not broken to edit, delete or rename.
        if analyses.filter({ $0 != broken?.path }).count < 2 { return addAnalysis() }
        switch random.next(below: 13) {
        case 0: return editBody()
        case 1: return editTitle()
        case 2: return addAnalysis()
        case 3: return deleteAnalysis()
        case 4: return renameAnalysis()
        case 5: return changeDealAmount()
        case 6: return editTemplate()
        case 7: return editStylesheet()
        case 8: return broken == nil ? breakAnalysis() : editBody()
        case 9: return touch()
        case 10: return editPage()
        case 11: return addLink()
        default: return addTag()
        }
    }

    private mutating func record(_ name: String, _ paths: Set<String>) -> Edit {
        kinds.insert(name)
        return Edit(name: name, paths: paths)
    }

    private mutating func pick(_ paths: [String]) -> String {
        paths[Int(random.next(below: UInt64(paths.count)))]
    }

    private func text(_ path: String) -> String {
        String(decoding: site.files[path] ?? [], as: UTF8.self)
    }

    private mutating func editable() -> String {
        pick(analyses.filter { $0 != broken?.path })
    }

    mutating func editBody() -> Edit {
        let path = editable()
        site.files[path] = Array((text(path) + "\nEdit number \(counter) of the body.\n").utf8)
        return record("body", [path])
    }

    mutating func editTitle() -> Edit {
        let path = editable()
        let edited = text(path).replacingOccurrences(
            of: "\ntitle: \"", with: "\ntitle: \"Revised \(counter) ")
        site.files[path] = Array(edited.utf8)
        return record("title", [path])
    }

    mutating func addAnalysis() -> Edit {
        let path = "content/analyses/new-analysis-\(counter).md"
        let day = 10 + counter % 18
        site.files[path] = Array(
            """
            ---
            title: "New analysis \(counter)"
            date: 2026-03-\(day)
            summary: "A short analysis added by edit \(counter)."
            tags: [cloud, edit-\(counter % 3)]
            deals: [amazon-anthropic-2023]
            ---

            Amazon's first investment was `=deals.amazon-anthropic-2023.investment`.

            ## A section

            More text for edit \(counter).
            """.utf8)
        return record("add", [path])
    }

    mutating func deleteAnalysis() -> Edit {
        let path = editable()
        site.files[path] = nil
        return record("delete", [path])
    }

    mutating func renameAnalysis() -> Edit {
        let path = editable()
        let target = "content/analyses/renamed-\(counter).md"
        site.files[target] = site.files[path]
        site.files[path] = nil
        return record("rename", [path, target])
    }

    mutating func changeDealAmount() -> Edit {
        let path = "content/data/deals.yaml"
        let amounts = ["1B", "2B", "4B", "8B", "13B"]
        let edited = text(path).replacingOccurrences(
            of: #"amount: [0-9.]+B"#, with: "amount: \(pick(amounts))",
            options: .regularExpression,
            range: text(path).range(of: #"amount: [0-9.]+B"#, options: .regularExpression))
        site.files[path] = Array(edited.utf8)
        return record("deal amount", [path])
    }

    mutating func editTemplate() -> Edit {
        let path = pick(["templates/card.mustache", "templates/base.mustache"])
        site.files[path] = Array((text(path) + "<!-- edit \(counter) -->\n").utf8)
        return record("template", [path])
    }

    mutating func editStylesheet() -> Edit {
        let path = "templates/assets/site.css"
        site.files[path] = Array((text(path) + "\n/* edit \(counter) */\n").utf8)
        return record("stylesheet", [path])
    }

    mutating func breakAnalysis() -> Edit {
        let path = editable()
        broken = (path, site.files[path] ?? [])
        site.files[path] = Array(
            text(path).replacingOccurrences(of: "\ndate: ", with: "\ndate: [").utf8)
        return record("break", [path])
    }

    mutating func touch() -> Edit {
        record("touch", [pick(analyses), "content/data/deals.yaml"])
    }

    mutating func editPage() -> Edit {
        let path = "content/pages/about.md"
        site.files[path] = Array((text(path) + "\nAbout edit \(counter).\n").utf8)
        return record("page", [path])
    }

    /// A link to another analysis by its file, which breaks when that one is deleted or
    /// renamed, and its anchor when the heading goes.
    mutating func addLink() -> Edit {
        let path = editable()
        let others = analyses.filter { $0 != path }
        guard !others.isEmpty else { return editBody() }
        let target = String(pick(others).split(separator: "/").last ?? "")
        site.files[path] = Array((text(path) + "\nSee [the other one](\(target)).\n").utf8)
        return record("link", [path])
    }

    mutating func addTag() -> Edit {
        let path = editable()
        let edited = text(path).replacingOccurrences(
            of: "\ntags: [", with: "\ntags: [topic-\(counter % 4), ")
        site.files[path] = Array(edited.utf8)
        return record("tag", [path])
    }
}

/// A small, fast, seeded generator (SplitMix64), so every run of a seed edits the same way.
private struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: UInt64) -> UInt64 {
        next() % bound
    }
}
