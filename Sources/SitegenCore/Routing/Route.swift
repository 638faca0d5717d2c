/// Every page and file of a built site, by kind: the one place that knows their URLs.
///
/// A route owns its site path (and so its output file), the template that renders it, whether
/// it is listed in the sitemap and the feed, and the top-level names it takes from the
/// content's slugs. Every internal link is `PageLocation.link(to:)` a route; no other code
/// writes a site URL by hand.
enum Route: Sendable, Hashable {
    case home
    case analyses
    case analysis(slug: String)
    case page(slug: String)
    case tags
    case tag(slug: String)
    case notFound
    case deals
    case deal(id: String)
    case companies
    case company(id: String)
    case data
    /// A dataset download, `data/<name>.<format>` (`json` or `csv`).
    case download(dataset: String, format: String)
    case feed
    case sitemap
    case robots
    /// The figures manifest, `figures.json`: every figure and the pages that show it.
    case figures
    /// The search page, `search/`.
    case search
    /// The search index's table of contents, `search/meta.json`, beside its shards and
    /// documents.
    case searchIndex
    /// A theme asset under its fingerprinted path, such as `assets/site.1a2b3c4d.css`.
    case asset(path: String)

    /// The path below the site root: `analyses/x/` for a page, `feed.xml` for a file, "" for
    /// the home page.
    var sitePath: String {
        switch self {
        case .home: return ""
        case .analyses: return "analyses/"
        case .analysis(let slug): return "analyses/\(slug)/"
        case .page(let slug): return "\(slug)/"
        case .tags: return "tags/"
        case .tag(let slug): return "tags/\(slug)/"
        case .notFound: return "404.html"
        case .deals: return "deals/"
        case .deal(let id): return "deals/\(id)/"
        case .companies: return "companies/"
        case .company(let id): return "companies/\(id)/"
        case .data: return "data/"
        case .download(let dataset, let format): return "data/\(dataset).\(format)"
        case .feed: return "feed.xml"
        case .sitemap: return "sitemap.xml"
        case .robots: return "robots.txt"
        case .figures: return "figures.json"
        case .search: return "search/"
        case .searchIndex: return SearchIndexWriter.metaPath
        case .asset(let path): return path
        }
    }

    /// The file written: `analyses/x/index.html` for a page at `analyses/x/`.
    var outputPath: String {
        let path = sitePath
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// The theme template that renders this page; nil for files that are not pages.
    var template: PageTemplate? {
        switch self {
        case .home: return .home
        case .analyses, .tag: return .list
        case .analysis: return .analysis
        case .page: return .page
        case .tags: return .tags
        case .notFound: return .notFound
        case .deals: return .deals
        case .deal: return .deal
        case .companies: return .companies
        case .company: return .company
        case .data: return .data
        case .search: return .search
        case .download, .feed, .sitemap, .robots, .figures, .searchIndex, .asset: return nil
        }
    }

    /// Whether the page is listed in `sitemap.xml`: every page but `404.html` and the search
    /// page, which shows nothing without a query.
    var isInSitemap: Bool {
        template != nil && self != .notFound && self != .search
    }

    /// Whether the page's body is an entry of the Atom feed.
    var isInFeed: Bool {
        if case .analysis = self { return true }
        return false
    }

    /// The folder theme assets are written to, under fingerprinted names.
    static let assetsFolder = "assets/"

    /// The top-level names that routes take, which no content page may use as its slug.
    static let reservedSlugs: Set<String> = [
        "analyses", "assets", "companies", "data", "deals", "tags", "404", "feed", "sitemap",
        "robots", "figures", "search",
    ]
}
