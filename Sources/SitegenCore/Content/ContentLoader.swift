import SitegenData
import SitegenMarkdown
import Yams

/// Loads analyses and standalone pages from `content/`, reporting every problem found.
struct ContentLoader {
    let reader: SiteReader
    /// Deal ids an analysis's `deals` may name (from the data).
    var dealIDs: Set<String> = []
    /// Company ids an analysis's `companies` may name (from the data).
    var companyIDs: Set<String> = []

    /// Slugs that generated sections use; a page may not take them.
    static let reservedSlugs: Set<String> = [
        "analyses", "assets", "companies", "data", "deals", "tags", "404", "feed", "sitemap",
        "robots",
    ]

    /// Every analysis in `content/analyses/`, drafts included, sorted newest first.
    ///
    /// Files are read and parsed in parallel; their diagnostics keep file order.
    func loadAnalyses(into diagnostics: inout DiagnosticBag) async -> [Analysis] {
        let paths = reader.files(in: "content/analyses", extensions: ["md", "markdown"])
        let loader = self
        let parsed = await ParallelMap.map(paths) { path in loader.parseAnalysis(path) }
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
        guard let (file, matter, front) = open(path, into: &diagnostics),
            let slug = slug(for: file, into: &diagnostics)
        else { return (nil, diagnostics.all) }
        var mapping = front
        let title = mapping.string("title", required: true)
        let summary = mapping.string("summary", required: true)
        let date = readDate(&mapping, key: "date", required: true)
        let updated = readDate(&mapping, key: "updated", required: false)
        let tags = checkedTags(
            mapping.stringList("tags"), reader: mapping.reader, into: &diagnostics)
        let companies = checkedIDs(
            mapping.stringList("companies"), key: "companies", known: companyIDs,
            reader: mapping.reader,
            into: &diagnostics)
        let deals = checkedIDs(
            mapping.stringList("deals"), key: "deals", known: dealIDs, reader: mapping.reader,
            into: &diagnostics)
        let draft = mapping.bool("draft") ?? false
        mapping.reportUnknownKeys()
        diagnostics.append(contentsOf: mapping.diagnostics)
        guard let title, let summary, let date else { return (nil, diagnostics.all) }
        let analysis = Analysis(
            slug: slug, title: title, date: date, updated: updated, summary: summary,
            tags: tags, companies: companies, deals: deals, draft: draft,
            body: MarkdownSource(
                path: file.path, lineOffset: matter.bodyLineOffset, bodyOffset: matter.bodyOffset))
        return (analysis, diagnostics.all)
    }

    /// Every standalone page in `content/pages/`, sorted by slug.
    func loadPages(into diagnostics: inout DiagnosticBag) -> [StandalonePage] {
        var pages: [StandalonePage] = []
        var slugs: [String: String] = [:]
        for path in reader.files(in: "content/pages", extensions: ["md", "markdown"]) {
            guard let (file, matter, front) = open(path, into: &diagnostics) else { continue }
            guard let slug = slug(for: file, into: &diagnostics),
                claim(slug, for: file.path, in: &slugs, into: &diagnostics)
            else { continue }
            if Self.reservedSlugs.contains(slug) {
                diagnostics.append(
                    file.diagnostic(
                        .error,
                        "The page name '\(slug)' is used by a generated section; rename the file",
                        line: nil, column: nil))
                continue
            }
            var mapping = front
            let title = mapping.string("title", required: true)
            let summary = mapping.string("summary") ?? ""
            mapping.reportUnknownKeys()
            diagnostics.append(contentsOf: mapping.diagnostics)
            guard let title else { continue }
            pages.append(
                StandalonePage(
                    slug: slug, title: title, summary: summary,
                    body: MarkdownSource(
                        path: file.path, lineOffset: matter.bodyLineOffset,
                        bodyOffset: matter.bodyOffset)))
        }
        return pages.sorted { $0.slug < $1.slug }
    }

    private func open(
        _ path: String, into diagnostics: inout DiagnosticBag
    ) -> (SourceFile, FrontMatter, MappingReader)? {
        let file: SourceFile
        switch reader.read(path) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let read): file = read
        }
        let matter: FrontMatter
        switch FrontMatter.split(file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let split): matter = split
        }
        let yaml = YAMLReader(file: file, lineOffset: 1)
        switch yaml.parse(matter.yaml) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(nil):
            diagnostics.append(
                file.diagnostic(
                    .error, "Front matter is empty; it needs at least a 'title'", line: 1, column: 1
                ))
            return nil
        case .success(let node?):
            let mapping = MappingReader(node, reader: yaml, subject: "front matter")
            if node.mapping == nil {
                diagnostics.append(contentsOf: mapping.diagnostics)
                return nil
            }
            return (file, matter, mapping)
        }
    }

    /// The ids that name records in the data; every other one is an error with suggestions.
    private func checkedIDs(
        _ ids: [(text: String, node: Node)], key: String, known: Set<String>, reader: YAMLReader,
        into diagnostics: inout DiagnosticBag
    ) -> [String] {
        var kept: [String] = []
        for (id, node) in ids {
            guard known.contains(id) else {
                let near = EditDistance.didYouMean(id, among: known.sorted())
                let hint = near.isEmpty ? "; add it to content/data or remove it" : near
                diagnostics.append(
                    reader.diagnostic(.error, "Unknown id '\(id)' in '\(key)'\(hint)", at: node))
                continue
            }
            if !kept.contains(id) { kept.append(id) }
        }
        return kept
    }

    private func checkedTags(
        _ tags: [(text: String, node: Node)], reader: YAMLReader,
        into diagnostics: inout DiagnosticBag
    ) -> [String] {
        var kept: [String] = []
        for (text, node) in tags {
            if Slug.makeIfPossible(from: text).isEmpty {
                diagnostics.append(
                    reader.diagnostic(
                        .error,
                        "The tag '\(text)' has no letters or digits to make a URL from; rename it",
                        at: node))
            } else if !kept.contains(text) {
                kept.append(text)
            }
        }
        return kept
    }

    private func readDate(_ mapping: inout MappingReader, key: String, required: Bool)
        -> CalendarDate?
    {
        guard let text = mapping.string(key, required: required) else { return nil }
        guard let date = try? CalendarDate.parse(text) else {
            mapping.report(
                mapping.reader.diagnostic(
                    .error,
                    "'\(text)' is not a date; write 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for '\(key)'",
                    at: mapping.value(key)))
            return nil
        }
        return date
    }

    private func slug(for file: SourceFile, into diagnostics: inout DiagnosticBag) -> String? {
        let name = String(file.path.split(separator: "/").last ?? "")
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
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
