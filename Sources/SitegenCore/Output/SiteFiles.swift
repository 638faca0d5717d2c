import SitegenData
/// The site's files that are not HTML pages: feed, sitemap, robots.txt and assets.
struct SiteFiles {
    let site: Site
    let renderer: PageRenderer

    /// Every extra file, in a fixed order.
    func extraFiles() -> [OutputFile] {
        var files: [OutputFile] = []
        let newest = site.analyses.prefix(FeedWriter.limit).map { analysis in
            (analysis: analysis, html: renderer.body.render(analysis.body, rootPrefix: "../../").html)
        }
        files.append(OutputFile(path: "feed.xml", text: FeedWriter(config: site.config).feed(newest)))
        let sitemap = SitemapWriter(config: site.config)
        files.append(OutputFile(path: "sitemap.xml", text: sitemap.sitemap(sitemapEntries())))
        files.append(OutputFile(path: "robots.txt", text: sitemap.robots()))
        files += DataDownloads.files(for: site)
        for asset in site.assets.assets {
            files.append(OutputFile(path: asset.outputPath, bytes: asset.bytes))
        }
        return files
    }

    private func sitemapEntries() -> [(sitePath: String, lastModified: CalendarDate?)] {
        var entries: [(sitePath: String, lastModified: CalendarDate?)] = [
            ("", site.analyses.first.map { $0.updated ?? $0.date }),
            ("analyses/", site.analyses.first.map { $0.updated ?? $0.date }),
            ("tags/", nil),
        ]
        entries += site.analyses.map { ("analyses/\($0.slug)/", $0.updated ?? $0.date) }
        entries += site.pages.map { ("\($0.slug)/", nil) }
        entries += site.tags.map { ("tags/\($0.slug)/", nil) }
        if site.hasData {
            entries += [("deals/", nil), ("companies/", nil), ("data/", nil)]
            entries += site.catalog.dataSet.deals.map { ("deals/\($0.id)/", nil) }
            entries += site.catalog.dataSet.companies.map { ("companies/\($0.id)/", nil) }
        }
        return entries
    }
}
