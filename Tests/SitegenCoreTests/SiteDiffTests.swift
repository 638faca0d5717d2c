import SitegenCore
import Testing

/// `sitegen diff`'s comparison of two figures manifests.
@Suite("Site diff")
struct SiteDiffTests {
    func entry(_ id: String, _ value: String, _ text: String, pages: [String] = ["/"])
        -> FiguresManifest.Entry
    {
        FiguresManifest.Entry(
            id: id, value: value, qualifier: "exact", text: text, unit: "USD",
            formula: "reported", explanation: "e", sources: [], pages: pages)
    }

    func manifest(_ figures: [FiguresManifest.Entry], pages: [(String, String)])
        -> FiguresManifest
    {
        FiguresManifest(
            figures: figures,
            pages: pages.map { FiguresManifest.Page(path: $0.0, digest: $0.1) })
    }

    @Test("Changed, added and removed figures, the pages that show them, and page changes")
    func differences() {
        let old = manifest(
            [
                entry("a", "1", "$1", pages: ["/x/"]), entry("b", "2", "$2"),
                entry("gone", "3", "$3", pages: ["/y/"]),
            ], pages: [("/", "1"), ("/x/", "2"), ("/y/", "3")])
        let new = manifest(
            [
                entry("a", "5", "$5", pages: ["/x/", "/z/"]), entry("b", "2", "$2"),
                entry("fresh", "4", "$4", pages: ["/z/"]),
            ], pages: [("/", "1"), ("/x/", "9"), ("/z/", "4")])
        let diff = SiteDiff(old: old, new: new)
        #expect(diff.changed.map(\.new.id) == ["a"])
        #expect(diff.changed.map(\.old.text) == ["$1"])
        #expect(diff.added.map(\.id) == ["fresh"])
        #expect(diff.removed.map(\.id) == ["gone"])
        #expect(diff.affectedPages == ["/x/", "/y/", "/z/"])
        #expect(diff.pagesAdded == ["/z/"])
        #expect(diff.pagesRemoved == ["/y/"])
        #expect(diff.pagesChanged == ["/x/"])
        #expect(
            diff.summary
                == "1 figure changed, 1 added, 1 removed; 3 pages show them; pages: 1 added, 1 removed, 1 changed"
        )
        #expect(SiteDiff(old: old, new: old).isEmpty)
    }

    @Test("Markdown escapes pipes in table cells and cuts long lists with a count")
    func markdown() {
        let old = manifest(
            (0..<250).map { entry("f\($0)", "1", "a|b") }, pages: [("/", "1")])
        let new = manifest(
            (0..<250).map { entry("f\($0)", "2", "c") }, pages: [("/", "2")])
        let text = SiteDiff(old: old, new: new).markdown
        #expect(text.contains("| `f0` | a\\|b | c |\n"))
        #expect(text.components(separatedBy: "\n| `f").count - 1 == SiteDiff.markdownLimit)
        #expect(text.contains("\n…and 50 more figures; `sitegen diff` lists them all.\n"))
        #expect(text.hasSuffix("**Pages changed** (1): `/`\n"))
    }
}
