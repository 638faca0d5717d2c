import Foundation

/// What changed between two builds, from their figures manifests.
///
/// The figures whose value, qualifier or text changed, the figures added and removed, the
/// pages that show any of them, and the pages added, removed or changed. Unchanged figures
/// are not listed.
public struct SiteDiff: Sendable, Hashable {
    /// A figure in both builds whose value, qualifier, unit or text differs.
    public struct Change: Sendable, Hashable {
        /// The figure as the old build had it.
        public var old: FiguresManifest.Entry
        /// The figure as the new build has it.
        public var new: FiguresManifest.Entry
    }

    /// Figures in both builds that changed, by id.
    public var changed: [Change]
    /// Figures only the new build has, by id.
    public var added: [FiguresManifest.Entry]
    /// Figures only the old build had, by id.
    public var removed: [FiguresManifest.Entry]
    /// The pages that show a changed, added or removed figure, in either build, by path.
    public var affectedPages: [String]
    /// Pages only the new build has.
    public var pagesAdded: [String]
    /// Pages only the old build had.
    public var pagesRemoved: [String]
    /// Pages in both builds whose bytes differ.
    public var pagesChanged: [String]

    /// The differences from `old` to `new`.
    public init(old: FiguresManifest, new: FiguresManifest) {
        let before = Dictionary(old.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        changed = new.figures.compactMap { entry in
            guard let previous = before[entry.id],
                previous.value != entry.value || previous.qualifier != entry.qualifier
                    || previous.unit != entry.unit || previous.text != entry.text
            else { return nil }
            return Change(old: previous, new: entry)
        }
        added = new.figures.filter { before[$0.id] == nil }
        removed = old.figures.filter { after[$0.id] == nil }
        var affected = Set<String>()
        for change in changed { affected.formUnion(change.old.pages + change.new.pages) }
        for entry in added + removed { affected.formUnion(entry.pages) }
        affectedPages = affected.sorted()
        let oldPages = Dictionary(
            old.pages.map { ($0.path, $0.digest) }, uniquingKeysWith: { a, _ in a })
        let newPages = Dictionary(
            new.pages.map { ($0.path, $0.digest) }, uniquingKeysWith: { a, _ in a })
        pagesAdded = newPages.keys.filter { oldPages[$0] == nil }.sorted()
        pagesRemoved = oldPages.keys.filter { newPages[$0] == nil }.sorted()
        pagesChanged = newPages.compactMap { path, digest in
            oldPages[path].flatMap { $0 == digest ? nil : path }
        }.sorted()
    }

    /// Reads the manifests at `old` and `new`, each an output folder or a `figures.json`, and
    /// compares them.
    ///
    /// - Throws: ``ManifestError`` naming the path that cannot be read, and what to do.
    public static func compare(old: String, new: String) throws(ManifestError) -> SiteDiff {
        SiteDiff(old: try manifest(at: old), new: try manifest(at: new))
    }

    /// The manifest at `path`: `path/figures.json` for a folder, the file itself otherwise.
    public static func manifest(at path: String) throws(ManifestError) -> FiguresManifest {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ManifestError(
                message: "\(path): No such file or folder; give an output folder or a figures.json")
        }
        let file =
            isFolder.boolValue
            ? URL(fileURLWithPath: path).appending(path: Route.figures.outputPath).path : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ManifestError(
                message: isFolder.boolValue
                    ? "\(path): The folder has no figures.json; build it with sitegen 0.2 or later"
                    : "\(path): The file cannot be read")
        }
        do {
            return try FiguresManifest(json: Array(data))
        } catch {
            throw ManifestError(message: "\(file): \(error.message)")
        }
    }

    /// Whether no figure and no page changed.
    public var isEmpty: Bool {
        changed.isEmpty && added.isEmpty && removed.isEmpty && pagesAdded.isEmpty
            && pagesRemoved.isEmpty && pagesChanged.isEmpty
    }

    /// `3 figures changed, 1 added, 0 removed; 4 pages show them; pages: 0 added, 0 removed,
    /// 7 changed`.
    public var summary: String {
        guard !isEmpty else { return "No figures or pages changed" }
        return
            "\(BuildFailure.count(changed.count, "figure")) changed, \(added.count) added, \(removed.count) removed; "
            + "\(BuildFailure.count(affectedPages.count, "page")) show them; "
            + "pages: \(pagesAdded.count) added, \(pagesRemoved.count) removed, \(pagesChanged.count) changed"
    }

    /// The differences as plain text for a terminal: the summary, then one section per kind
    /// of change that has entries.
    public var text: String {
        var lines = [summary]
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("")
            lines.append(title + ":")
            lines += items.map { "  " + $0 }
        }
        section("Figures changed", changed.map { "\($0.new.id): \($0.old.text) → \($0.new.text)" })
        section("Figures added", added.map { "\($0.id): \($0.text)" })
        section("Figures removed", removed.map { "\($0.id): \($0.text)" })
        section("Pages that show them", affectedPages)
        section("Pages added", pagesAdded)
        section("Pages removed", pagesRemoved)
        section("Pages changed", pagesChanged)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The most figure rows and page names ``markdown`` lists; GitHub keeps at most 1 MiB of
    /// a step's summary, and a reviewer reads the first rows anyway.
    public static let markdownLimit = 200

    /// The differences as GitHub-flavoured Markdown for a pull request's summary: a heading,
    /// the summary, a table of figures with their old and new text, and the page lists, each
    /// cut at ``markdownLimit`` entries with a note of how many more there are.
    public var markdown: String {
        var text = "### Published figures\n\n"
        guard !isEmpty else { return text + "No figures or pages change.\n" }
        text += summary + ".\n"
        let rows =
            changed.map { ($0.new.id, $0.old.text, $0.new.text) }
            + added.map { ($0.id, "(new)", $0.text) }
            + removed.map { ($0.id, $0.text, "(removed)") }
        if !rows.isEmpty {
            text += "\n| Figure | Before | After |\n| --- | --- | --- |\n"
            for (id, before, after) in rows.prefix(Self.markdownLimit) {
                text += "| `\(id)` | \(Self.cell(before)) | \(Self.cell(after)) |\n"
            }
            if rows.count > Self.markdownLimit {
                text +=
                    "\n…and \(rows.count - Self.markdownLimit) more figures; `sitegen diff` lists them all.\n"
            }
        }
        func list(_ title: String, _ paths: [String]) {
            guard !paths.isEmpty else { return }
            var names = paths.prefix(Self.markdownLimit).map { "`\($0)`" }
            if paths.count > Self.markdownLimit {
                names.append("and \(paths.count - Self.markdownLimit) more")
            }
            text += "\n**\(title)** (\(paths.count)): " + names.joined(separator: ", ") + "\n"
        }
        list("Pages that show them", affectedPages)
        list("Pages added", pagesAdded)
        list("Pages removed", pagesRemoved)
        list("Pages changed", pagesChanged)
        return text
    }

    /// A table cell's text: pipes escaped, line breaks as spaces.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
