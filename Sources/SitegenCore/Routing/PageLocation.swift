/// Where a page sits in the output, and how it links to the other routes of the site.
///
/// Links are relative (`../../tags/x/`) so a site works at a domain root and under a sub-path
/// alike. `404.html` is the exception: hosts serve it at any depth, so its links are absolute
/// URLs from the base URL (`https://example.org/reports/tags/x/`).
struct PageLocation: Sendable, Hashable {
    /// The page's route.
    var route: Route
    /// The prefix that leads from this page to the site root: `./`, `../../` or an absolute URL.
    var rootPrefix: String

    /// The location of `route`; `baseURL` is used only by pages served at any URL (404).
    init(_ route: Route, baseURL: BaseURL) {
        self.route = route
        if route == .notFound {
            rootPrefix = baseURL.absolute
        } else {
            let depth = route.sitePath.split(separator: "/").count
            rootPrefix = depth == 0 ? "./" : String(repeating: "../", count: depth)
        }
    }

    /// A location `depth` folders deep that is no particular page, for rendering shared
    /// pieces (listing cards) once per depth.
    init(depth: Int) {
        route = .home
        rootPrefix = depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The href of `route` from this page.
    func link(to route: Route) -> String {
        rootPrefix + route.sitePath
    }

    /// The href of the site root from this page.
    var rootLink: String { rootPrefix }

    /// The file written, for example `analyses/x/index.html`.
    var outputPath: String { route.outputPath }

    /// The site path of this page's URL: `analyses/x/` for `analyses/x/index.html`.
    var sitePath: String { route.sitePath }
}
