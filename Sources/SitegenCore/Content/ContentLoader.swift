import SitegenData
import SitegenDeals
import SitegenMarkdown
import SitegenSupport

/// Each analysis file's parse, for a preview server's reload to skip the files that did not
/// change; valid only with the ids it was parsed against.
struct AnalysisCache: Sendable {
    /// The deal ids the analyses were checked against.
    var dealIDs: Set<String>
    /// The company ids the analyses were checked against.
    var companyIDs: Set<String>
    /// The front-matter keys whose ids were not checked, their data having failed to load.
    var uncheckedKeys: Set<String> = []
    /// Whether a load keeps its parses here: the preview server's do; a build's need not
    /// hold 10,000 parses it will never reuse.
    var keepsParses = false
    /// Each file's analysis (nil when it had errors) and diagnostics, by path.
    var parses: [String: (Analysis?, [Diagnostic])] = [:]
}

/// Loads analyses and standalone pages from `content/`, reporting every problem found.
struct ContentLoader {
    let reader: SiteReader
    /// Deal ids an analysis's `deals` may name (from the data).
    var dealIDs: Set<String> = []
    /// Company ids an analysis's `companies` may name (from the data).
    var companyIDs: Set<String> = []
    /// Keys (`deals`, `companies`) whose ids are not checked because their data file has
    /// errors of its own: the analyses naming them are not wrong, the data is.
    var uncheckedKeys: Set<String> = []

    /// Every analysis in `content/analyses/`, drafts included, sorted newest first.
    ///
    /// Files are read and parsed in parallel; their diagnostics keep file order.
    func loadAnalyses(into diagnostics: inout DiagnosticBag) async -> [Analysis] {
        var cache = AnalysisCache(
            dealIDs: dealIDs, companyIDs: companyIDs, uncheckedKeys: uncheckedKeys)
        return await loadAnalyses(into: &diagnostics, cache: &cache)
    }

    /// Every analysis, as ``loadAnalyses(into:)`` loads them, taking the parse of each file
    /// that `cache` holds (when it was made with the same ids) instead of parsing it again;
    /// `cache` then holds this load's parses.
    func loadAnalyses(into diagnostics: inout DiagnosticBag, cache: inout AnalysisCache) async
        -> [Analysis]
    {
        let paths = markdownFiles(in: "content/analyses", into: &diagnostics)
        let loader = self
        let known =
            cache.dealIDs == dealIDs && cache.companyIDs == companyIDs
                && cache.uncheckedKeys == uncheckedKeys
            ? cache.parses : [:]
        let parsed = await ParallelMap.map(paths) { path in
            known[path] ?? loader.parseAnalysis(path)
        }
        let keeps = cache.keepsParses
        cache = AnalysisCache(
            dealIDs: dealIDs, companyIDs: companyIDs, uncheckedKeys: uncheckedKeys,
            keepsParses: keeps)
        if keeps {
            for (path, parse) in zip(paths, parsed) { cache.parses[path] = parse }
        }
        var analyses: [Analysis] = []
        var slugs: [String: String] = [:]
        for (analysis, found) in parsed {
            diagnostics.append(contentsOf: found)
            guard let analysis else { continue }
            guard claim(analysis.slug, for: analysis.body.path, in: &slugs, into: &diagnostics)
            else { continue }
            analyses.append(analysis)
        }
        return analyses.sorted(by: Analysis.newestFirst)
    }

    /// One analysis file, parsed and checked on its own.
    func parseAnalysis(_ path: String) -> (Analysis?, [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        guard let front = open(path, into: &diagnostics),
            let slug = slug(for: front.file, into: &diagnostics)
        else { return (nil, diagnostics.all) }
        var found: [DataDiagnostic] = []
        guard
            let map = MapDecoder(
                front.value, path: path, required: ["title", "date", "summary"],
                optional: ["tags", "authors", "companies", "deals", "draft", "updated"],
                unknownKeys: .warning,
                diagnostics: &found)
        else {
            diagnostics.append(contentsOf: found.map { Diagnostic($0, in: front.file) })
            return (nil, diagnostics.all)
        }
        let title = map.string("title", diagnostics: &found)
        let summary = map.string("summary", diagnostics: &found)
        let date = map.date("date", diagnostics: &found)
        let updated = map.date("updated", diagnostics: &found)
        let draft = map.bool("draft", diagnostics: &found) ?? false
        let tags = checkedTags(scalars(map, "tags", &found), file: front.file, into: &diagnostics)
        let authors = checkedAuthors(
            scalars(map, "authors", &found), file: front.file, into: &diagnostics)
        let companies = checkedIDs(
            scalars(map, "companies", &found), key: "companies", known: companyIDs,
            file: front.file, into: &diagnostics)
        let deals = checkedIDs(
            scalars(map, "deals", &found), key: "deals", known: dealIDs, file: front.file,
            into: &diagnostics)
        diagnostics.append(contentsOf: found.map { Diagnostic($0, in: front.file) })
        guard let title, let summary, let date else { return (nil, diagnostics.all) }
        let analysis = Analysis(
            slug: slug, title: title, date: date, updated: updated, summary: summary,
            tags: tags, authors: authors, companies: companies, deals: deals, draft: draft,
            body: MarkdownSource(
                path: path, lineOffset: front.matter.bodyLineOffset,
                bodyOffset: front.matter.bodyOffset,
                bodyByteOffset: front.matter.bodyByteOffset))
        return (analysis, diagnostics.all)
    }

    /// Every standalone page in `content/pages/`, sorted by slug.
    func loadPages(into diagnostics: inout DiagnosticBag) -> [StandalonePage] {
        var pages: [StandalonePage] = []
        var slugs: [String: String] = [:]
        for path in markdownFiles(in: "content/pages", into: &diagnostics) {
            let (page, found) = parsePage(path)
            diagnostics.append(contentsOf: found)
            guard let page, claim(page.slug, for: path, in: &slugs, into: &diagnostics) else {
                continue
            }
            pages.append(page)
        }
        return pages.sorted { $0.slug < $1.slug }
    }

    /// The Markdown files of a section folder, with the index of each page bundle in it.
    ///
    /// A page bundle is a folder holding the page's `index.md` and its own files. A folder
    /// with no index is a warning, since nothing in it would be published.
    func markdownFiles(in folder: String, into diagnostics: inout DiagnosticBag) -> [String] {
        var paths = reader.files(in: folder, extensions: Self.markdownExtensions)
        for bundle in reader.folders(in: folder) {
            let index = Self.markdownExtensions.sorted().map { bundle + "/index." + $0 }
            if let path = index.first(where: { reader.fileSystem.kind(of: $0) == .file }) {
                paths.append(path)
            } else {
                diagnostics.warning(
                    "The folder '\(bundle)' has no index.md, so nothing in it is published; add an index.md to make it a page with its own files, or move its Markdown up into '\(folder)'",
                    path: bundle)
            }
        }
        return paths.sorted()
    }

    /// The extensions of Markdown files.
    static let markdownExtensions: Set<String> = ["md", "markdown"]

    /// The folder of a page bundle whose index is `path` (`content/analyses/x` for
    /// `content/analyses/x/index.md`), or nil when `path` is a plain Markdown file.
    static func bundleFolder(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 4, let name = parts.last, name.hasPrefix("index.") else { return nil }
        return parts.dropLast().joined(separator: "/")
    }

    /// One standalone page file, parsed and checked on its own.
    func parsePage(_ path: String) -> (StandalonePage?, [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        guard let front = open(path, into: &diagnostics) else { return (nil, diagnostics.all) }
        let file = front.file
        guard let slug = slug(for: file, into: &diagnostics) else { return (nil, diagnostics.all) }
        if Route.reservedSlugs.contains(slug) {
            diagnostics.append(
                file.diagnostic(
                    .error,
                    "The page name '\(slug)' is used by a generated section; rename the file",
                    line: nil, column: nil))
            return (nil, diagnostics.all)
        }
        var found: [DataDiagnostic] = []
        let map = MapDecoder(
            front.value, path: path, required: ["title"], optional: ["summary"],
            unknownKeys: .warning, diagnostics: &found)
        let title = map?.string("title", diagnostics: &found)
        let summary = map?.string("summary", diagnostics: &found) ?? ""
        diagnostics.append(contentsOf: found.map { Diagnostic($0, in: file) })
        guard let title else { return (nil, diagnostics.all) }
        let page = StandalonePage(
            slug: slug, title: title, summary: summary,
            body: MarkdownSource(
                path: file.path, lineOffset: front.matter.bodyLineOffset,
                bodyOffset: front.matter.bodyOffset,
                bodyByteOffset: front.matter.bodyByteOffset))
        return (page, diagnostics.all)
    }

    /// A Markdown file with its front matter split off and parsed.
    private struct FrontMatterFile {
        var file: SourceFile
        var matter: FrontMatter
        var value: DataValue
    }

    /// How many bytes of a Markdown file are read at load for its front matter.
    ///
    /// The body is read when the page renders, so no byte is read twice. A front matter that
    /// does not fit (or a file with carriage returns) has the whole file read instead.
    static let headLength = 8192

    private func open(_ path: String, into diagnostics: inout DiagnosticBag) -> FrontMatterFile? {
        var file: SourceFile
        var matter: FrontMatter
        var bodyByteOffset: Int?
        if let head = head(of: path) {
            (file, matter, bodyByteOffset) = head
        } else {
            switch reader.read(path) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            case .success(let read): file = read
            }
            switch FrontMatter.split(file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            case .success(let split): matter = split
            }
        }
        matter.bodyByteOffset = bodyByteOffset
        let value: DataValue
        do {
            value = try YAMLLoader.load(matter.yaml, path: path, lineOffset: 1)
        } catch {
            diagnostics.append(Diagnostic(error, in: file))
            return nil
        }
        if value.isNull {
            diagnostics.append(
                file.diagnostic(
                    .error, "Front matter is empty; it needs at least a 'title'", line: 1, column: 1
                ))
            return nil
        }
        return FrontMatterFile(file: file, matter: matter, value: value)
    }

    /// The file's front matter from its first ``headLength`` bytes, with the byte offset of
    /// its body; nil when the whole file must be read (any problem is then reported from
    /// the whole file, at its true position).
    private func head(of path: String) -> (SourceFile, FrontMatter, Int)? {
        guard case .success(let head) = reader.data(path, from: 0, count: Self.headLength),
            !head.contains(0x0D)
        else { return nil }
        var end = head.count
        if head.count == Self.headLength {
            guard let lastNewline = head.lastIndex(of: 0x0A) else { return nil }
            end = lastNewline + 1
        }
        guard case .success(let file) = TextDecoding.decode(Array(head[..<end]), path: path),
            case .success(let matter) = FrontMatter.split(file)
        else { return nil }
        let byteOrderMark = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return (file, matter, matter.bodyOffset + byteOrderMark)
    }

    /// The texts of a key holding one text or a list of texts, with their positions; type
    /// errors go to `found`.
    private func scalars(
        _ map: MapDecoder, _ key: String, _ found: inout [DataDiagnostic]
    ) -> [(text: String, position: SourcePosition)] {
        guard let texts = map.strings(key, diagnostics: &found), let value = map.value(key) else {
            return []
        }
        let nodes = (value.items ?? [value]).filter { $0.scalarText != nil && $0.bool == nil }
        return zip(texts, nodes).map { ($0, $1.position) }
    }

    /// The ids that name records in the data; every other one is an error with suggestions.
    private func checkedIDs(
        _ ids: [(text: String, position: SourcePosition)], key: String, known: Set<String>,
        file: SourceFile, into diagnostics: inout DiagnosticBag
    ) -> [String] {
        var kept: [String] = []
        var keptSet: Set<String> = []
        var sortedKnown: [String]?
        for (id, position) in ids {
            guard known.contains(id) || uncheckedKeys.contains(key) else {
                let candidates = sortedKnown ?? known.sorted()
                sortedKnown = candidates
                let near = EditDistance.didYouMean(id, among: candidates)
                let hint = near.isEmpty ? "; add it to content/data or remove it" : near
                diagnostics.append(
                    file.diagnostic(
                        .error, "Unknown id '\(id)' in '\(key)'\(hint)", line: position.line,
                        column: position.column))
                continue
            }
            if keptSet.insert(id).inserted { kept.append(id) }
        }
        return kept
    }

    private func checkedTags(
        _ tags: [(text: String, position: SourcePosition)], file: SourceFile,
        into diagnostics: inout DiagnosticBag
    ) -> [String] {
        var kept: [String] = []
        for (text, position) in tags {
            if Slug.makeIfPossible(from: text).isEmpty {
                diagnostics.append(
                    file.diagnostic(
                        .error,
                        "The tag '\(text)' has no letters or digits to make a URL from; rename it",
                        line: position.line, column: position.column))
            } else if !kept.contains(text) {
                kept.append(text)
            }
        }
        return kept
    }

    /// The names of `authors`, each once; a blank name is an error at its position.
    private func checkedAuthors(
        _ authors: [(text: String, position: SourcePosition)], file: SourceFile,
        into diagnostics: inout DiagnosticBag
    ) -> [String] {
        var kept: [String] = []
        for (text, position) in authors {
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.append(
                    file.diagnostic(
                        .error,
                        "An author's name is empty; write the name, or remove the entry to credit the site's author",
                        line: position.line, column: position.column))
            } else if !kept.contains(text) {
                kept.append(text)
            }
        }
        return kept
    }

    private func slug(for file: SourceFile, into diagnostics: inout DiagnosticBag) -> String? {
        var name = String(file.path.split(separator: "/").last ?? "")
        var stem = name.split(separator: ".").dropLast().joined(separator: ".")
        if let bundle = Self.bundleFolder(of: file.path) {
            // A page bundle is named after its folder.
            name = String(bundle.split(separator: "/").last ?? "")
            stem = name
        }
        let slug = Slug.makeIfPossible(from: stem)
        guard !slug.isEmpty else {
            diagnostics.append(
                file.diagnostic(
                    .error,
                    "The file name '\(name)' has no letters or digits to make a URL from; rename it",
                    line: nil, column: nil))
            return nil
        }
        return slug
    }

    /// Records `slug` as taken by `file`; false (with an error) when another file has it.
    private func claim(
        _ slug: String, for path: String, in claimed: inout [String: String],
        into diagnostics: inout DiagnosticBag
    ) -> Bool {
        if let other = claimed[slug] {
            diagnostics.error(
                "The URL '\(slug)' is already taken by '\(other)'; rename one of the files",
                path: path)
            return false
        }
        claimed[slug] = path
        return true
    }
}
