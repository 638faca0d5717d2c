import SitegenData
import SitegenSupport

/// Writes `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`.
struct SitemapWriter {
    let config: SiteConfig

    /// The sitemap of the given routes, each with an optional last change, sorted by URL.
    func sitemap(_ entries: [(route: Route, lastModified: CalendarDate?)]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries.sorted(by: { $0.route.sitePath < $1.route.sitePath }) {
            xml += "<url><loc>\(Escape.markup(config.baseURL.resolve(entry.route.sitePath)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// A robots.txt that allows everything and points at the sitemap.
    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL.resolve(Route.sitemap.sitePath))\n"
    }
}
