import SitegenData
import SitegenDeals
import SitegenSupport

/// Everything a build renders from: the loaded, checked content of one site.
struct Site: Sendable {
    /// Reads the site's files; bodies are read again when their pages render.
    private(set) var reader: SiteReader
    let config: SiteConfig
    /// Published analyses, newest first (drafts only when asked for).
    let analyses: [Analysis]
    let pages: [StandalonePage]
    let tags: [Tag]
    let assets: AssetSet
    /// The datasets and every figure computed from them.
    let catalog: FigureCatalog
    /// Files copied as they are: `content/static/` and the page bundles' own files.
    let staticFiles: [StaticFile]
    /// Whether figures, charts and tables are checked against the data: not when a data file
    /// failed to load whole, whose one error would otherwise come back from every figure
    /// that uses it.
    var checksData = true
    /// Figure names starting with a record that failed to load (`deals.x.`): a figure of one
    /// is missing because of the record's own error, which is reported instead.
    var brokenFigurePrefixes: Set<String> = []
    /// Markdown files of analyses and pages that exist but failed to load.
    var unloadedMarkdown: Set<String> = []

    /// The routes of the analyses the feed carries (see ``feedAnalyses``).
    let feedRoutes: Set<Route>
    /// The pages the search index holds, by their number in it: analyses newest first, then
    /// standalone pages, deals and companies; empty when `site.yaml` turns search off.
    let searchNumbers: [Route: Int]

    /// Indices of analyses, pages and tags by slug, for rendering a route.
    let analysisIndex: [String: Int]
    let pageIndex: [String: Int]
    let tagIndex: [String: Int]
    /// Each tag name's slug, made once.
    let tagSlugs: [String: String]

    /// Indices of the analyses that name each deal id in their front matter, newest first.
    let analysesByDeal: [String: [Int]]
    /// Indices of the analyses that name each company id in their front matter, newest first.
    let analysesByCompany: [String: [Int]]

    init(
        reader: SiteReader, config: SiteConfig, analyses: [Analysis], pages: [StandalonePage],
        tags: [Tag], assets: AssetSet, catalog: FigureCatalog, staticFiles: [StaticFile] = []
    ) {
        self.staticFiles = staticFiles
        self.reader = reader
        self.config = config
        self.analyses = analyses
        self.pages = pages
        self.tags = tags
        self.assets = assets
        self.catalog = catalog
        feedRoutes = Set(
            analyses.lazy.filter { !$0.draft }.prefix(config.feedLimit).map {
                Route.analysis(slug: $0.slug)
            })
        var byDeal: [String: [Int]] = [:]
        var byCompany: [String: [Int]] = [:]
        for (index, analysis) in analyses.enumerated() {
            for deal in analysis.deals { byDeal[deal, default: []].append(index) }
            for company in analysis.companies { byCompany[company, default: []].append(index) }
        }
        analysisIndex = Dictionary(
            analyses.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        pageIndex = Dictionary(
            pages.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var slugs: [String: String] = [:]
        for tag in tags { slugs[tag.name] = tag.slug }
        for analysis in analyses {
            for name in analysis.tags where slugs[name] == nil {
                slugs[name] = Slug.make(from: name)
            }
        }
        tagSlugs = slugs
        tagIndex = Dictionary(
            tags.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        analysesByDeal = byDeal
        analysesByCompany = byCompany
        var numbers: [Route: Int] = [:]
        if config.search {
            var searched: [Route] = analyses.map { .analysis(slug: $0.slug) }
            searched += pages.map { .page(slug: $0.slug) }
            searched += catalog.dataSet.deals.map { .deal(id: $0.id) }
            searched += catalog.dataSet.companies.map { .company(id: $0.id) }
            for route in searched where numbers[route] == nil { numbers[route] = numbers.count }
        }
        searchNumbers = numbers
    }

    /// The same site, with its bodies read through `reader` from now on (the preview server
    /// keeps a loaded site while the files under it change).
    func reading(from reader: SiteReader) -> Site {
        var site = self
        site.reader = reader
        return site
    }

    /// Every page of the site, in a fixed order: the plan a build renders.
    var pageRoutes: [Route] {
        var routes: [Route] = [.home, .analyses, .tags, .notFound]
        if config.search { routes.append(.search) }
        if hasData {
            routes += [.deals, .companies, .data]
            routes += catalog.dataSet.deals.map { .deal(id: $0.id) }
            routes += catalog.dataSet.companies.map { .company(id: $0.id) }
        }
        routes += analyses.map { .analysis(slug: $0.slug) }
        routes += pages.map { .page(slug: $0.slug) }
        routes += tags.map { .tag(slug: $0.slug) }
        return routes
    }

    /// About how much HTML the page at `route` holds, in plain pages: 1, plus one for every
    /// 16 analysis cards it lists.
    func renderCost(of route: Route) -> Int {
        let cards: Int
        switch route {
        case .home: cards = min(analyses.count, 10)
        case .analyses: cards = analyses.count
        case .tag(let slug): cards = tagIndex[slug].map { tags[$0].analyses.count } ?? 0
        case .deal(let id): cards = analysesByDeal[id]?.count ?? 0
        case .company(let id): cards = analysesByCompany[id]?.count ?? 0
        default: cards = 0
        }
        return 1 + cards / 16
    }

    /// Every path the build generates (pages, feed, sitemap, robots.txt, downloads, assets),
    /// which no static file may take.
    var generatedPaths: Set<String> {
        var paths = Set(pageRoutes.map(\.outputPath))
        paths.formUnion([Route.feed, .sitemap, .robots, .figures].map(\.outputPath))
        if config.search { paths.insert(Route.searchIndex.outputPath) }
        paths.formUnion(assets.assets.map { Route.asset(path: $0.outputPath).outputPath })
        for name in DataDownloads.names(of: self) {
            for format in ["json", "csv"] {
                paths.insert(Route.download(dataset: name, format: format).outputPath)
            }
        }
        return paths
    }

    /// The analyses the Atom feed carries: the newest `feed_limit` that are not drafts (a
    /// build with `--drafts` shows drafts, but never publishes them in the feed).
    var feedAnalyses: [Analysis] {
        analyses.filter { feedRoutes.contains(.analysis(slug: $0.slug)) }
    }

    /// Whether the site has datasets, and so data pages and downloads.
    var hasData: Bool { !catalog.dataSet.datasets.isEmpty }
}
