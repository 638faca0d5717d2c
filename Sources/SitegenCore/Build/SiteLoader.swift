import SitegenData
import SitegenDeals

/// Loads and checks everything a site is built from, reporting every problem at once.
struct SiteLoader {
    let reader: SiteReader
    let options: BuildOptions

    /// The loaded site and theme, or nil when an error makes building pointless.
    func load(into diagnostics: inout DiagnosticBag) async -> (Site, TemplateSet)? {
        var cache = AnalysisCache(dealIDs: [], companyIDs: [])
        return await load(into: &diagnostics, cache: &cache)
    }

    /// The loaded site and theme, reusing the parses in `cache` of analysis files that did
    /// not change (see ``ContentLoader/loadAnalyses(into:cache:)``).
    func load(into diagnostics: inout DiagnosticBag, cache: inout AnalysisCache) async
        -> (Site, TemplateSet)?
    {
        for folder in [
            "content", "content/analyses", "content/pages", "content/data", "templates",
            "templates/assets",
        ] where reader.escapesRoot(folder) {
            diagnostics.error(
                "Refusing to read a folder that lies outside the site root; replace the link with the folder itself",
                path: folder)
        }
        if diagnostics.hasErrors { return nil }
        guard reader.isDirectory("content") else {
            diagnostics.error(
                "No 'content' folder in the site root '\(options.root)'; run sitegen in a site's folder or pass --root",
                path: "content")
            return nil
        }
        var baseURL: BaseURL?
        if let text = options.baseURL {
            baseURL = BaseURL(text)
            if baseURL == nil {
                diagnostics.error(
                    "'\(text)' is not an absolute http(s) URL; pass one such as 'https://example.org/reports/'",
                    path: "--base-url")
            }
        }
        let config = loadConfig(baseURL: baseURL, into: &diagnostics)
        let templates = TemplateSet.load(from: reader, into: &diagnostics)
        let assets = AssetSet.load(from: reader, into: &diagnostics)
        if config?.search == true, assets.outputPath(of: SearchContext.script) == nil {
            diagnostics.error(
                "Missing script 'templates/assets/\(SearchContext.script)'; the search page runs it. Add it, or set 'search: false' in content/site.yaml",
                path: "templates/assets/\(SearchContext.script)")
        }
        if assets.outputPath(of: "site.css") == nil {
            diagnostics.error(
                "Missing stylesheet 'templates/assets/site.css'; the base layout links to it",
                path: "templates/assets/site.css")
        }
        let catalog = DataFolderLoader(reader: reader).load(into: &diagnostics)
        var content = Self.contentLoader(reader: reader, catalog: catalog)
        content.uncheckedKeys = Self.keysOfFailedData(diagnostics, catalog: catalog)
        var analyses = await content.loadAnalyses(into: &diagnostics, cache: &cache)
        let pages = content.loadPages(into: &diagnostics)
        let unloaded = diagnostics.hasErrors ? Self.unloadedMarkdown(content, analyses, pages) : []
        if !options.includeDrafts { analyses.removeAll { $0.draft } }
        guard let config, let templates else { return nil }
        var site = Site(
            reader: reader, config: config, analyses: analyses, pages: pages,
            tags: Tag.collect(from: analyses),
            assets: assets, catalog: catalog,
            staticFiles: StaticFile.collect(reader: reader, analyses: analyses, pages: pages))
        site.unloadedMarkdown = unloaded
        site.brokenFigurePrefixes = Self.brokenFigurePrefixes(catalog)
        let failedData = Self.failedDataFiles(diagnostics, catalog: catalog)
        site.checksData = failedData.isEmpty
        for path in failedData.keys.sorted() {
            diagnostics.addNote(
                toFirstErrorAbout: path,
                "Figures, charts and tables are checked once this file loads")
        }
        let generated = site.generatedPaths
        let searchFolder = config.search ? SearchIndexWriter.folder : nil
        for file in site.staticFiles
        where generated.contains(file.path)
            || searchFolder.map({ file.path.hasPrefix($0) }) == true
        {
            diagnostics.error(
                "This file would replace the generated '\(file.path)'; rename it or move it to another folder",
                path: file.source)
        }
        return (site, templates)
    }

    /// The Markdown files of analyses and pages that exist but did not load: links to them
    /// are left alone, since the error is the file's own and not the link's.
    private static func unloadedMarkdown(
        _ content: ContentLoader, _ analyses: [Analysis], _ pages: [StandalonePage]
    ) -> Set<String> {
        var ignored = DiagnosticBag()
        let found =
            content.markdownFiles(in: "content/analyses", into: &ignored)
            + content.markdownFiles(in: "content/pages", into: &ignored)
        return Set(found).subtracting(analyses.map(\.body.path) + pages.map(\.body.path))
    }

    /// The loader of `content/`, checking the ids analyses name against `catalog`.
    static func contentLoader(reader: SiteReader, catalog: FigureCatalog) -> ContentLoader {
        ContentLoader(
            reader: reader, dealIDs: declaredIDs(in: DealDatasets.deals, of: catalog),
            companyIDs: declaredIDs(in: DealDatasets.companies, of: catalog))
    }

    /// The front-matter keys whose data files failed to load as a whole: their ids are not
    /// checked, so one broken data file is one error and not one more in every analysis
    /// naming its records. (A file that loads with some bad records still has its ids
    /// checked: those records are declared.)
    static func keysOfFailedData(_ diagnostics: DiagnosticBag, catalog: FigureCatalog)
        -> Set<String>
    {
        var keys: Set<String> = []
        for stem in failedDataFiles(diagnostics, catalog: catalog).values {
            if stem == DealDatasets.deals { keys.insert("deals") }
            if stem == DealDatasets.companies { keys.insert("companies") }
        }
        return keys
    }

    /// The data files with an error that left no dataset at all, by path, with the
    /// dataset name each would have given.
    private static func failedDataFiles(_ diagnostics: DiagnosticBag, catalog: FigureCatalog)
        -> [String: String]
    {
        var failed: [String: String] = [:]
        for diagnostic in diagnostics.all where diagnostic.severity == .error {
            let name = diagnostic.path.split(separator: "/").last.map(String.init) ?? ""
            let stem = name.split(separator: ".").first.map(String.init) ?? ""
            guard diagnostic.path.hasPrefix("content/data/"),
                catalog.dataSet.dataset(named: stem) == nil
            else { continue }
            failed[diagnostic.path] = stem
        }
        return failed
    }

    /// The figure names that begin with a record which failed to load (`deals.x.`), and the
    /// pair of companies such a deal is between (`pairs.amazon.anthropic.`): their figures
    /// are missing because of the record's own error.
    private static func brokenFigurePrefixes(_ catalog: FigureCatalog) -> Set<String> {
        var prefixes: Set<String> = []
        let dealIDs = Set(catalog.dataSet.deals.map(\.id))
        for record in catalog.dataSet.dataset(named: DealDatasets.deals)?.records ?? [] {
            guard let id = record["id"]?.string, !dealIDs.contains(id) else { continue }
            prefixes.insert("deals.\(id).")
            if let investor = record["investor"]?.string, let investee = record["investee"]?.string
            {
                prefixes.insert("pairs.\(investor).\(investee).")
            }
        }
        let companyIDs = Set(catalog.dataSet.companies.map(\.id))
        for record in catalog.dataSet.dataset(named: DealDatasets.companies)?.records ?? [] {
            guard let id = record["id"]?.string, !companyIDs.contains(id) else { continue }
            prefixes.insert("companies.\(id).")
        }
        return prefixes
    }

    /// The ids a dataset's file declares, records with errors included: an analysis naming a
    /// deal whose data is wrong should not add a second error to the data's own.
    private static func declaredIDs(in dataset: String, of catalog: FigureCatalog) -> Set<String> {
        let records = catalog.dataSet.dataset(named: dataset)?.records ?? []
        return Set(records.compactMap { $0["id"]?.string })
    }

    private func loadConfig(baseURL: BaseURL?, into diagnostics: inout DiagnosticBag) -> SiteConfig?
    {
        let path = "content/site.yaml"
        switch reader.read(path) {
        case .failure(let diagnostic):
            if reader.files(in: "content", extensions: ["yaml"]).contains(path) {
                diagnostics.append(diagnostic)
            } else {
                diagnostics.error(
                    "Missing site configuration; create 'content/site.yaml' with at least 'title' and 'base_url'",
                    path: path)
            }
            return nil
        case .success(let file):
            var loader = SiteConfigLoader()
            loader.isStaticFile = { [reader] path in
                reader.fileSystem.kind(of: StaticFile.folder + "/" + path) == .file
            }
            let (config, found) = loader.load(file, baseURLOverride: baseURL)
            diagnostics.append(contentsOf: found)
            return config
        }
    }
}
