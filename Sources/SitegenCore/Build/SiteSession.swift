import SitegenDeals
/// A site built once and kept up to date as its files change: the preview server's model.
///
/// A rebuild renders again only the pages whose recorded inputs changed and keeps the rest,
/// so that every file of ``files`` stays byte-identical to what a clean build of the same
/// files writes. A failed rebuild leaves the last good site in place, and the next rebuild
/// starts again from it.
///
/// - An edit of one analysis's body, front matter unchanged, renders its page again (and
///   the feed, when the feed carries it), reusing the loaded site.
/// - Any other edit loads the site again and renders the pages whose inputs changed: the
///   files they read, the templates they use, the data they compute from, and the list of
///   analyses when a title, date, summary or tag changed.
/// - The configuration and the assets (whose fingerprints every page links to) affect every
///   page.
public actor SiteSession {
    /// What the session builds.
    public let options: BuildOptions

    private var state: State?
    /// Source files changed since the last good build (its rebuild failed), to look at again.
    private var pending: Set<String> = []

    /// A session building with `options`; nothing is built until ``build(from:)``.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// The files of the last good build, by site-relative output path; empty until a build
    /// has succeeded.
    public var files: [String: [UInt8]] { state?.files ?? [:] }

    /// The site's title, from its configuration, once a build has succeeded.
    public var siteTitle: String? { state?.site.config.title }

    /// The build or update under way: the next one waits for it, so two never interleave
    /// across their suspension points and each starts from the state the last one left.
    private var running: Task<SiteUpdate, Never>?

    /// Runs `work` after the build or update under way has finished.
    private func serialized(_ work: @escaping @Sendable () async -> SiteUpdate) async -> SiteUpdate
    {
        let previous = running
        let task = Task {
            _ = await previous?.value
            return await work()
        }
        running = task
        return await task.value
    }

    /// Builds the whole site from `fileSystem`, as a clean build would.
    public func build(from fileSystem: any SiteFileSystem) async -> SiteUpdate {
        await serialized { await self.fullBuild(from: fileSystem) }
    }

    /// Brings the site up to date after the files or folders at `paths` (site-relative)
    /// changed, were created, deleted or renamed.
    public func update(from fileSystem: any SiteFileSystem, changed paths: Set<String>) async
        -> SiteUpdate
    {
        await serialized { await self.incrementalUpdate(from: fileSystem, changed: paths) }
    }

    private func fullBuild(from fileSystem: any SiteFileSystem) async -> SiteUpdate {
        let reader = SiteReader(fileSystem: fileSystem)
        let digests = SourceDigests(reading: reader)
        let changed = digests.paths
        return await finish(
            reload(reader, digests: digests, changed: changed, from: nil), changed: changed)
    }

    private func incrementalUpdate(from fileSystem: any SiteFileSystem, changed paths: Set<String>)
        async -> SiteUpdate
    {
        guard let state else { return await fullBuild(from: fileSystem) }
        let reader = SiteReader(fileSystem: fileSystem)
        var candidates = pending.union(paths.filter(Self.isSource))
        let structural = paths.contains { path in
            state.digests[path] == nil || fileSystem.kind(of: path) != .file
        }
        if structural {
            let now = Set(SourceDigests.folders.flatMap(reader.allFiles(under:)))
            candidates.formUnion(now.symmetricDifference(state.digests.paths))
            // A folder that was replaced may hold files at the same paths with new bytes.
            for folder in paths where state.digests[folder] == nil {
                let prefix = folder + "/"
                candidates.formUnion(now.filter { $0.hasPrefix(prefix) })
            }
        }
        var digests = state.digests
        var changed: Set<String> = []
        for path in candidates {
            let digest = SourceDigests.digest(of: path, reader: reader)
            if digest != state.digests[path] { changed.insert(path) }
            digests[path] = digest
        }
        guard !changed.isEmpty else {
            pending = []
            return SiteUpdate(outcome: .unchanged, warnings: state.warnings)
        }
        let rebuilt: Result<Rebuild, BuildFailure>
        if let quick = await rerenderBodies(changed, of: state, reader, digests: digests) {
            rebuilt = quick
        } else {
            rebuilt = await reload(reader, digests: digests, changed: changed, from: state)
        }
        return finish(rebuilt, changed: changed)
    }

    /// Whether `path` is one a build reads: under a source folder, with no hidden part.
    private static func isSource(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let first = parts.first, SourceDigests.folders.contains(String(first)) else {
            return false
        }
        return !parts.contains { $0.hasPrefix(".") }
    }

    /// Makes a rebuild the site, or keeps the last good one when it failed.
    private func finish(_ rebuilt: Result<Rebuild, BuildFailure>, changed: Set<String>)
        -> SiteUpdate
    {
        let sources = changed.sorted()
        switch rebuilt {
        case .failure(let failure):
            pending = changed
            return SiteUpdate(outcome: .failed(failure), changedSources: sources)
        case .success(let rebuild):
            var renamed: [String: String] = [:]
            for asset in state?.site.assets.assets ?? [] {
                if let path = rebuild.state.site.assets.outputPath(of: asset.name),
                    path != asset.outputPath
                {
                    renamed[asset.outputPath] = path
                }
            }
            state = rebuild.state
            pending = []
            return SiteUpdate(
                outcome: .rebuilt, changedSources: sources, changedFiles: rebuild.changed,
                removedFiles: rebuild.removed, renderedPages: rebuild.rendered,
                warnings: rebuild.state.warnings, renamedAssets: renamed)
        }
    }

    // MARK: - Rebuilding

    /// The fast path, when only bodies changed: nil unless every changed file is an analysis
    /// or page whose front matter reads as it did.
    ///
    /// The loaded site stays, and only the pages that read those files render again.
    private func rerenderBodies(
        _ changed: Set<String>, of state: State, _ reader: SiteReader, digests: SourceDigests
    ) async -> Result<Rebuild, BuildFailure>? {
        let site = state.site
        let loader = SiteLoader.contentLoader(reader: reader, catalog: site.catalog)
        for path in changed {
            guard state.digests[path] != nil, digests[path] != nil else { return nil }
            let before = state.loadDiagnostics.filter { $0.path == path }
            if let analysis = site.analyses.first(where: { $0.body.path == path }) {
                let (parsed, found) = loader.parseAnalysis(path)
                guard parsed == analysis, found == before else { return nil }
            } else if let page = site.pages.first(where: { $0.body.path == path }) {
                let (parsed, found) = loader.parsePage(path)
                guard parsed == page, found == before else { return nil }
            } else {
                return nil
            }
        }
        let stale = Set(changed.map(PageInput.file))
        let dirty = state.routes.filter { route in
            state.pages[route].map { !$0.inputs.isDisjoint(with: stale) } ?? true
        }
        var cache = state.analysisCache
        for path in changed { cache.parses[path] = nil }
        return await assemble(
            state.renderer.reading(from: reader), routes: state.routes,
            loadDiagnostics: state.loadDiagnostics, previous: state, dirty: dirty, extra: .feed,
            digests: digests, analysisCache: cache)
    }

    /// The general path: loads the whole site again and renders the pages whose inputs
    /// changed since `state` (every page when there is none).
    private func reload(
        _ reader: SiteReader, digests: SourceDigests, changed: Set<String>, from state: State?
    ) async -> Result<Rebuild, BuildFailure> {
        var bag = DiagnosticBag()
        var cache =
            state?.analysisCache ?? AnalysisCache(dealIDs: [], companyIDs: [], keepsParses: true)
        for path in changed { cache.parses[path] = nil }
        guard
            let (site, templates) = await SiteLoader(reader: reader, options: options).load(
                into: &bag, cache: &cache), !bag.hasErrors
        else {
            return .failure(
                BuildFailure(
                    diagnostics: SiteBuilder.finalDiagnostics(bag.all, strict: options.strict)))
        }
        let routes = site.pageRoutes
        let renderer = await SiteBuilder.renderer(for: site, templates, routes: routes)
        var dirty = routes
        if let state, let stale = Self.staleInputs(changed, from: state.site, to: site) {
            dirty = routes.filter { route in
                state.pages[route].map { !$0.inputs.isDisjoint(with: stale) } ?? true
            }
        }
        return await assemble(
            renderer, routes: routes, loadDiagnostics: bag.all, previous: state, dirty: dirty,
            extra: .all, digests: digests, analysisCache: cache)
    }

    // MARK: - State

    /// The last good build, and all that is needed to build on it.
    struct State: Sendable {
        var site: Site
        var renderer: PageRenderer
        var routes: [Route]
        /// The analyses the feed carries; their pages keep their rendered bodies.
        var feedRoutes: Set<Route>
        var pages: [Route: RenderedPage]
        /// What loading the site reported, before `--strict` and sorting.
        var loadDiagnostics: [Diagnostic]
        var warnings: [Diagnostic]
        var files: [String: [UInt8]]
        /// The files that are not pages: feed, sitemap, robots.txt, downloads, assets.
        var extraPaths: Set<String>
        var digests: SourceDigests
        /// Each analysis file's parse, for the next reload to skip the unchanged ones.
        var analysisCache: AnalysisCache
        /// The figures' part of `figures.json`, kept while the data stays the same.
        var manifestWriter: FiguresManifestWriter
    }

    /// A rebuilt state, how many pages it rendered, and which files changed.
    struct Rebuild: Sendable {
        var state: State
        var rendered: Int
        var changed: [String]
        var removed: [String]
    }

    /// One page as last rendered.
    struct RenderedPage: Sendable {
        var file: OutputFile?
        var diagnostics: [Diagnostic]
        var inputs: Set<PageInput>
        var feedBody: String?
        var headings: PageHeadings?
        /// The page as the figures manifest lists it; nil when it wrote no file.
        ///
        /// Its figures are offsets into the names of the catalog it was rendered with. They
        /// stay right while the page is kept: a page that shows figures reads the datasets,
        /// so every data edit renders it again with the new catalog.
        var shown: FiguresManifestWriter.ShownPage?
        /// The page's search entry, numbered again at each assembly.
        var search: SearchEntry?

        init(_ result: PageResult, catalog: FigureCatalog) {
            search = result.search
            file = result.file
            diagnostics = result.diagnostics
            inputs = result.inputs
            feedBody = result.feedBody
            headings = result.headings
            shown = result.file.map { file in
                FiguresManifestWriter.ShownPage(
                    route: result.route, digest: FiguresManifestWriter.digest(file.bytes),
                    figures: FiguresManifestWriter.offsets(of: result.figureNames, in: catalog))
            }
        }
    }
}
