import Foundation

/// Builds a site: loads and checks everything, renders pages in parallel, and swaps the
/// result into the output folder only when the whole build succeeded.
public struct SiteBuilder: Sendable {
    /// What to build and how.
    public var options: BuildOptions

    /// Pages rendered together before their files are written; bounds memory on large sites.
    static let batchSize = 256

    /// Creates a builder for `options`.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site into the output folder.
    ///
    /// - Throws: ``BuildFailure`` with every error (and warning) found; the previous output is
    ///   then left untouched.
    public func build() async throws(BuildFailure) -> BuildReport {
        try await run(writing: true)
    }

    /// Checks everything `build` checks, without writing anything.
    public func check() async throws(BuildFailure) -> BuildReport {
        try await run(writing: false)
    }

    private func run(writing: Bool) async throws(BuildFailure) -> BuildReport {
        let rootURL = URL(fileURLWithPath: options.root)
        let reader = SiteReader(root: rootURL)
        let outputURL =
            options.output.map { URL(fileURLWithPath: $0) } ?? rootURL.appending(path: "output")
        if writing { try OutputGuard(root: reader.root).check(outputURL) }
        var diagnostics = DiagnosticBag()
        guard
            let (site, templates) = await SiteLoader(reader: reader, options: options).load(
                into: &diagnostics),
            !diagnostics.hasErrors
        else { throw failure(diagnostics) }

        let staging = writing ? try StagingFolder(output: outputURL) : nil
        do throws(BuildFailure) {
            let counts = try await render(site, templates, into: staging, diagnostics: &diagnostics)
            let final = finalDiagnostics(diagnostics)
            if final.contains(where: { $0.severity == .error }) {
                throw BuildFailure(diagnostics: final)
            }
            try staging?.commit()
            return BuildReport(
                warnings: final, pageCount: counts.pages, fileCount: counts.files,
                outputPath: writing ? outputURL.path : nil)
        } catch {
            staging?.discard()
            throw error
        }
    }

    private func render(
        _ site: Site, _ templates: TemplateSet, into staging: StagingFolder?,
        diagnostics: inout DiagnosticBag
    ) async throws(BuildFailure) -> (pages: Int, files: Int) {
        let cards = await ListingCards.render(site, templates)
        let renderer = PageRenderer(site: site, templates: templates, cards: cards)
        let routes = site.pageRoutes
        let feedRoutes = Set(
            site.analyses.prefix(FeedWriter.limit).map { Route.analysis(slug: $0.slug) })
        var feedBodies: [Route: String] = [:]
        var files = 0
        var start = 0
        while start < routes.count {
            let batch = Array(routes[start..<min(start + Self.batchSize, routes.count)])
            start += batch.count
            for result in await Self.renderInParallel(batch, with: renderer) {
                diagnostics.append(contentsOf: result.diagnostics)
                if feedRoutes.contains(result.route), let body = result.feedBody {
                    feedBodies[result.route] = body
                }
                if let file = result.file {
                    try staging?.write(file)
                    files += 1
                }
            }
        }
        for file in SiteFiles(site: site).extraFiles(feedBodies: feedBodies) {
            try staging?.write(file)
            files += 1
        }
        try staging?.write(OutputGuard.marker)
        return (routes.count, files)
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
        var seen: Set<Diagnostic> = []
        var unique: [Diagnostic] = []
        for var diagnostic in bag.all {
            if options.strict { diagnostic.severity = .error }
            if seen.insert(diagnostic).inserted { unique.append(diagnostic) }
        }
        return unique.sorted()
    }

    private func failure(_ bag: DiagnosticBag) -> BuildFailure {
        BuildFailure(diagnostics: finalDiagnostics(bag))
    }
}
