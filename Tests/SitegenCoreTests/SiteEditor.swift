// The random editor behind the incremental-rebuild property test in SiteSessionTests.swift.
import Foundation
import SitegenCore
import SitegenTestSupport

/// Random edits of a site in memory, from a seeded generator, so a failing sequence repeats.
struct SiteEditor {
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
struct SplitMix64 {
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
