import SitegenData
import SitegenSupport

/// Writes `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`.
struct SitemapWriter {
    let config: SiteConfig

    /// The sitemap of the given site paths (`analyses/x/`), each with an optional last change.
    func sitemap(_ entries: [(sitePath: String, lastModified: CalendarDate?)]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries.sorted(by: { $0.sitePath < $1.sitePath }) {
            xml += "<url><loc>\(Escape.markup(config.baseURL.resolve(entry.sitePath)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// A robots.txt that allows everything and points at the sitemap.
    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL.resolve("sitemap.xml"))\n"
    }
}
