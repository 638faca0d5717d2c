import Foundation

/// Builds a site: loads and checks everything, renders pages in parallel, and swaps the
/// result into the output folder only when the whole build succeeded.
public struct SiteBuilder: Sendable {
    /// What to build and how.
    public var options: BuildOptions

    /// Pages rendered together before their files are written; bounds memory on large sites.
    static let batchSize = 256

    /// Where the site's files are read from.
    public var fileSystem: any SiteFileSystem

    /// Told how many of the site's pages are rendered so far, and of how many, after each
    /// batch of pages; for a progress line.
    public var progress: (@Sendable (_ rendered: Int, _ total: Int) -> Void)?

    /// Creates a builder for `options` that reads the site from the disk at `options.root`.
    public init(options: BuildOptions) {
        self.options = options
        self.fileSystem = DiskFileSystem(root: URL(fileURLWithPath: options.root))
    }

    /// Creates a builder that reads the site from `fileSystem` (`options.root` is then used
    /// only in messages).
    public init(options: BuildOptions, fileSystem: any SiteFileSystem) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Builds the site into the output folder.
    ///
    /// - Throws: ``BuildFailure`` with every error (and warning) found; the previous output is
    ///   then left untouched.
    public func build() async throws(BuildFailure) -> BuildReport {
        let rootURL = URL(fileURLWithPath: options.root)
        let outputURL =
            options.output.map { URL(fileURLWithPath: $0) } ?? rootURL.appending(path: "output")
        let root = DiskFileSystem(root: rootURL).root
        try OutputGuard(root: root).check(outputURL)
        let leftovers = StagingFolder.removeLeftovers(beside: outputURL)
        let makeStaging = { () throws(BuildFailure) -> any SiteOutput in
            try StagingFolder(output: outputURL)
        }
        return try await run(into: makeStaging, notes: leftovers.map { [$0] } ?? [])
    }

    /// Builds the site into `output`, committing it only when the whole build succeeded.
    public func build(into output: any SiteOutput) async throws(BuildFailure) -> BuildReport {
        try await run(into: { () throws(BuildFailure) in output })
    }

    /// Checks everything `build` checks, without writing anything.
    public func check() async throws(BuildFailure) -> BuildReport {
        try await run(into: nil)
    }

    /// Loads, checks and renders the site; `notes` are reported with the build's own
    /// diagnostics.
    private func run(
        into makeOutput: (() throws(BuildFailure) -> any SiteOutput)?, notes: [Diagnostic] = []
    ) async throws(BuildFailure) -> BuildReport {
        let reader = SiteReader(fileSystem: fileSystem)
        var diagnostics = DiagnosticBag()
        diagnostics.append(contentsOf: notes)
        guard
            let (site, templates) = await SiteLoader(reader: reader, options: options).load(
                into: &diagnostics)
        else { throw failure(diagnostics) }
        let pageCount = site.pageRoutes.count
        if diagnostics.hasErrors {
            // What did load is still rendered, writing nothing, so the mistakes in the other
            // files (links, figures, charts) are reported in the same run.
            _ = try? await render(site, templates, into: nil, diagnostics: &diagnostics)
            throw failure(diagnostics, pageCount: pageCount)
        }

        let staging = try makeOutput?()
        do throws(BuildFailure) {
            let counts = try await render(site, templates, into: staging, diagnostics: &diagnostics)
            let final = finalDiagnostics(diagnostics)
            if final.contains(where: { $0.severity == .error }) {
                throw BuildFailure(diagnostics: final, pageCount: pageCount)
            }
            try staging?.commit()
            return BuildReport(
                warnings: final, pageCount: counts.pages, fileCount: counts.files,
                figureCount: counts.figures, chartCount: counts.charts,
                outputPath: (staging as? StagingFolder)?.output.path, pageInputs: counts.inputs)
        } catch {
            staging?.discard()
            throw error
        }
    }

    private func render(
        _ site: Site, _ templates: TemplateSet, into staging: (any SiteOutput)?,
        diagnostics: inout DiagnosticBag
    ) async throws(BuildFailure) -> RenderCounts {
        let routes = site.pageRoutes
        let renderer = await Self.renderer(for: site, templates, routes: routes)
        let feedRoutes = site.feedRoutes
        var feedBodies: [Route: String] = [:]
        var counts = RenderCounts(pages: routes.count)
        // The figures' part of the manifest is written while the pages render.
        async let manifestWriter = FiguresManifestWriter(catalog: site.catalog)
        var shown: [FiguresManifestWriter.ShownPage] = []
        var search = SearchIndexWriter()
        func take(_ result: PageResult) throws(BuildFailure) {
            diagnostics.append(contentsOf: result.diagnostics)
            if feedRoutes.contains(result.route), let body = result.feedBody {
                feedBodies[result.route] = body
            }
            counts.inputs[result.route.outputPath] = result.inputs
            counts.figures += result.figureNames.count
            counts.charts += result.chartCount
            if let file = result.file {
                shown.append(
                    FiguresManifestWriter.ShownPage(
                        route: result.route, digest: FiguresManifestWriter.digest(file.bytes),
                        figures: FiguresManifestWriter.offsets(
                            of: result.figureNames, in: site.catalog)))
                try staging?.write(path: file.path, bytes: file.bytes)
                counts.files += 1
            }
            if let entry = result.search {
                search.add(entry, number: entry.number)
                try staging?.write(
                    path: SearchIndexWriter.documentPath(entry.number), bytes: entry.document)
                counts.files += 1
            }
        }
        // The analyses index lists every card: they render in parallel first, for it alone,
        // so it is neither a batch's straggler nor held beside the batches.
        do {
            let cards = await ParallelMap.map(site.analyses) { renderer.card($0, depth: 1) }
            try take(renderer.analysesIndex(cards: cards.joined()))
        }
        let batched = routes.filter { $0 != .analyses }
        // Each batch renders while the one before it is written, so writing files (one task)
        // and rendering (all cores) overlap; at most two batches are held at once.
        var unwritten: [PageResult] = []
        var start = 0
        while start < batched.count {
            // A batch holds about `batchSize` plain pages' worth of HTML: a page that lists
            // thousands of cards counts for many, so memory stays flat as the site grows.
            var end = start
            var cost = 0
            while end < batched.count,
                end == start || cost + site.renderCost(of: batched[end]) <= Self.batchSize
            {
                cost += site.renderCost(of: batched[end])
                end += 1
            }
            async let rendering = Self.renderInParallel(
                Array(batched[start..<end]), with: renderer)
            for result in unwritten { try take(result) }
            unwritten = await rendering
            start = end
            progress?(start + 1, routes.count)
        }
        for result in unwritten { try take(result) }
        // The index's postings are grouped and its shards put together while the other
        // files are written.
        let index = search
        async let searchFiles = site.config.search ? index.files() : []
        let manifest = await manifestWriter.json(shown: shown)
        for file in SiteFiles(site: site).extraFiles(feedBodies: feedBodies, manifest: manifest) {
            try staging?.write(path: file.path, bytes: file.bytes)
            counts.files += 1
        }
        for file in site.staticFiles {
            try staging?.copy(path: file.path, from: fileSystem, source: file.source)
            counts.files += 1
        }
        for file in await searchFiles {
            try staging?.write(path: file.path, bytes: file.bytes)
            counts.files += 1
        }
        try staging?.write(path: OutputGuard.marker.path, bytes: OutputGuard.marker.bytes)
        return counts
    }

    /// What rendering a site produced, for its report.
    struct RenderCounts {
        var pages: Int
        var files = 0
        var figures = 0
        var charts = 0
        var inputs: [String: Set<PageInput>] = [:]
    }

    /// The renderer of `site`'s pages: the shared cards rendered, and the templates
    /// specialized for each folder depth, so the chrome every page at a depth shares is
    /// rendered once.
    static func renderer(for site: Site, _ templates: TemplateSet, routes: [Route]) async
        -> PageRenderer
    {
        let cards = await ListingCards.render(site, templates)
        var depths: [String: PageLocation] = [:]
        for route in routes {
            let location = PageLocation(route, baseURL: site.config.baseURL)
            depths[location.rootPrefix] = depths[location.rootPrefix] ?? location
        }
        let plain = PageRenderer(site: site, templates: templates, cards: cards)
        let chromes = depths.keys.sorted().compactMap { depths[$0] }.map {
            plain.chrome($0, title: nil, description: "")
        }
        return PageRenderer(
            site: site, templates: templates.specialized(for: chromes), cards: cards)
    }

    /// Renders `routes` concurrently and returns the results in the order of `routes`.
    static func renderInParallel(_ routes: [Route], with renderer: PageRenderer) async
        -> [PageResult]
    {
        await withTaskGroup(of: (Int, PageResult).self) { group in
            for (index, route) in routes.enumerated() {
                group.addTask { (index, renderer.render(route)) }
            }
            var results = [PageResult?](repeating: nil, count: routes.count)
            for await (index, result) in group {
                results[index] = result
            }
            return results.compactMap { $0 }
        }
    }

    private func finalDiagnostics(_ bag: DiagnosticBag) -> [Diagnostic] {
        Self.finalDiagnostics(bag.all, strict: options.strict)
    }

    /// `diagnostics` as a build reports them: each once, every one an error when the build
    /// is strict, and causes first: the configuration, then the data, then the theme, then
    /// the content, each sorted by file and position.
    static func finalDiagnostics(_ diagnostics: [Diagnostic], strict: Bool) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        var unique: [Diagnostic] = []
        for var diagnostic in diagnostics {
            if strict { diagnostic.severity = .error }
            if seen.insert(diagnostic).inserted { unique.append(diagnostic) }
        }
        func rank(_ diagnostic: Diagnostic) -> Int {
            let path = diagnostic.path
            if path == "content/site.yaml" || path.hasPrefix("--") { return 0 }
            if path.hasPrefix("content/data/") { return 1 }
            if path.hasPrefix("templates/") { return 2 }
            return 3
        }
        return unique.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    private func failure(_ bag: DiagnosticBag, pageCount: Int? = nil) -> BuildFailure {
        BuildFailure(diagnostics: finalDiagnostics(bag), pageCount: pageCount)
    }
}
