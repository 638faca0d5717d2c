/// How a session works out what a rebuild must render, and puts the rebuilt site together
/// from the last one's maps.
extension SiteSession {
    /// The inputs that `changed` made stale between two loads of a site, or nil when every
    /// page is stale (the configuration, the assets, or whether the site has data changed).
    static func staleInputs(_ changed: Set<String>, from old: Site, to new: Site)
        -> Set<PageInput>?
    {
        if old.config != new.config || old.hasData != new.hasData { return nil }
        var stale: Set<PageInput> = []
        for path in changed {
            if path == "content/site.yaml" || path.hasPrefix(AssetSet.sourceFolder + "/") {
                return nil
            }
            stale.insert(.file(path))
            if path.hasPrefix("templates/"), path.lowercased().hasSuffix(".mustache") {
                stale.insert(
                    .template(
                        String(path.dropFirst("templates/".count).dropLast(".mustache".count))))
            }
            if path.hasPrefix("content/data/") {
                let names =
                    old.catalog.dataSet.datasets.map(\.name)
                    + new.catalog.dataSet.datasets.map(\.name)
                stale.formUnion(names.map(PageInput.dataset))
            }
        }
        if old.analyses != new.analyses || old.tags != new.tags { stale.insert(.analysisList) }
        if old.analyses != new.analyses || old.pages != new.pages
            || old.staticFiles != new.staticFiles
            || changed.contains(where: { $0.hasPrefix("content/data/") })
        {
            stale.insert(.linkTargets)
        }
        return stale
    }

    /// Which of the files that are not pages a rebuild writes again.
    enum ExtraFiles {
        /// Feed, sitemap, robots.txt, the figures manifest, downloads and assets.
        case all
        /// The feed, only when one of its analyses rendered again, and the figures manifest
        /// (whose page digests follow the pages): a body edit changes nothing else.
        case feed
    }

    /// Renders `dirty`, keeps every other page of `previous`, and puts the site together with
    /// its feed, sitemap, downloads and assets; a failure when any diagnostic is an error.
    ///
    /// It works from the previous site's maps, touching only what changed, so a one-page
    /// rebuild of a large site costs about one page.
    func assemble(
        _ renderer: PageRenderer, routes: [Route], loadDiagnostics: [Diagnostic],
        previous: State?, dirty: [Route], extra: ExtraFiles, digests: SourceDigests,
        analysisCache: AnalysisCache
    ) async -> Result<Rebuild, BuildFailure> {
        let site = renderer.site
        let feedRoutes = site.feedRoutes
        var pages = previous?.pages ?? [:]
        var gone: [Route] = []
        if let previous, previous.routes != routes {
            let kept = Set(routes)
            gone = previous.routes.filter { !kept.contains($0) }
            for route in gone { pages[route] = nil }
        }
        var render = Set(dirty)
        // A page that has just entered the feed renders again for its body.
        for route in feedRoutes where pages[route]?.feedBody == nil { render.insert(route) }
        var results = await SiteBuilder.renderInParallel(
            routes.filter(render.contains), with: renderer)
        // Pages that link into a page whose heading ids changed are checked again.
        let movedHeadings = Set(
            results.compactMap { result in
                result.headings.flatMap {
                    previous?.pages[result.route]?.headings == $0 ? nil : $0.source
                }
            })
        if !movedHeadings.isEmpty {
            let linking = routes.filter { route in
                !render.contains(route)
                    && pages[route]?.inputs.contains {
                        if case .headings(let path) = $0 {
                            movedHeadings.contains(path)
                        } else {
                            false
                        }
                    } == true
            }
            render.formUnion(linking)
            results += await SiteBuilder.renderInParallel(linking, with: renderer)
        }
        for result in results {
            var page = RenderedPage(result, catalog: site.catalog)
            if !feedRoutes.contains(result.route) { page.feedBody = nil }
            pages[result.route] = page
        }
        for route in previous?.feedRoutes.subtracting(feedRoutes) ?? [] {
            pages[route]?.feedBody = nil
        }

        let diagnostics = SiteBuilder.finalDiagnostics(
            loadDiagnostics + pages.values.flatMap(\.diagnostics), strict: options.strict)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failure(BuildFailure(diagnostics: diagnostics))
        }

        var files = FileChanges(previous?.files ?? [:])
        for route in gone {
            if let path = previous?.pages[route]?.file?.path { files.remove(path) }
        }
        for result in results {
            if let file = result.file {
                files.write(file)
            } else if let path = previous?.pages[result.route]?.file?.path {
                files.remove(path)
            }
        }
        var feedBodies: [Route: String] = [:]
        for route in feedRoutes { feedBodies[route] = pages[route]?.feedBody }
        var extraPaths = previous?.extraPaths ?? []
        let previousSearchPaths = extraPaths.filter { $0.hasPrefix(SearchIndexWriter.folder) }
        // A body edit keeps the data, and so every figure's line of the manifest.
        let manifestWriter: FiguresManifestWriter
        if extra == .feed, let previous {
            manifestWriter = previous.manifestWriter
        } else {
            manifestWriter = await FiguresManifestWriter(catalog: site.catalog)
        }
        let manifest = manifestWriter.json(shown: routes.compactMap { pages[$0]?.shown })
        switch extra {
        case .all:
            var written =
                SiteFiles(site: site).extraFiles(feedBodies: feedBodies, manifest: manifest)
                + [OutputGuard.marker]
            for file in site.staticFiles {
                switch site.reader.data(file.source) {
                case .success(let bytes): written.append(OutputFile(path: file.path, bytes: bytes))
                case .failure(let diagnostic):
                    return .failure(
                        BuildFailure(
                            diagnostics: SiteBuilder.finalDiagnostics(
                                diagnostics + [diagnostic], strict: options.strict)))
                }
            }
            let paths = Set(written.map(\.path))
            for path in extraPaths
            where !paths.contains(path) && !path.hasPrefix(SearchIndexWriter.folder) {
                files.remove(path)
            }
            for file in written { files.write(file) }
            extraPaths = paths
        case .feed:
            if !render.isDisjoint(with: feedRoutes) {
                files.write(SiteFiles(site: site).feed(feedBodies: feedBodies))
            }
            files.write(OutputFile(path: Route.figures.outputPath, bytes: manifest))
        }
        // The search index follows every page's entry, numbered as the site numbers them now.
        let searchFiles =
            site.config.search
            ? SearchIndexWriter.files(
                of: routes.compactMap { route in
                    guard let number = site.searchNumbers[route], let entry = pages[route]?.search
                    else { return nil }
                    return (number, entry)
                }) : []
        let searchPaths = Set(searchFiles.map(\.path))
        for path in previousSearchPaths where !searchPaths.contains(path) { files.remove(path) }
        for file in searchFiles { files.write(file) }
        extraPaths = extraPaths.filter { !$0.hasPrefix(SearchIndexWriter.folder) }.union(
            searchPaths)
        let state = State(
            site: site, renderer: renderer, routes: routes, feedRoutes: feedRoutes, pages: pages,
            loadDiagnostics: loadDiagnostics, warnings: diagnostics, files: files.files,
            extraPaths: extraPaths, digests: digests, analysisCache: analysisCache,
            manifestWriter: manifestWriter)
        return .success(
            Rebuild(
                state: state, rendered: results.count, changed: files.changed.sorted(),
                removed: files.removed.sorted()))
    }

    /// A site's files as a rebuild changes them, and which it changed.
    struct FileChanges {
        private(set) var files: [String: [UInt8]]
        private(set) var changed: Set<String> = []
        private(set) var removed: Set<String> = []

        init(_ files: [String: [UInt8]]) {
            self.files = files
        }

        mutating func write(_ file: OutputFile) {
            if files[file.path] != file.bytes {
                changed.insert(file.path)
                removed.remove(file.path)
            }
            files[file.path] = file.bytes
        }

        mutating func remove(_ path: String) {
            guard files.removeValue(forKey: path) != nil else { return }
            changed.remove(path)
            removed.insert(path)
        }
    }
}
