import SitegenData

/// The site's files that are not HTML pages: feed, sitemap, robots.txt, downloads and assets.
struct SiteFiles {
    let site: Site

    /// Every extra file, in a fixed order; `feedBodies` are the rendered bodies of the feed's
    /// analyses, from their pages, and `manifest` the bytes of `figures.json`.
    func extraFiles(feedBodies: [Route: String], manifest: [UInt8]) -> [OutputFile] {
        var files = [feed(feedBodies: feedBodies)]
        files.append(OutputFile(path: Route.figures.outputPath, bytes: manifest))
        let sitemap = SitemapWriter(config: site.config)
        files.append(
            OutputFile(path: Route.sitemap.outputPath, text: sitemap.sitemap(sitemapEntries())))
        files.append(OutputFile(path: Route.robots.outputPath, text: sitemap.robots()))
        files += DataDownloads.files(for: site)
        for asset in site.assets.assets {
            files.append(
                OutputFile(path: Route.asset(path: asset.outputPath).outputPath, bytes: asset.bytes)
            )
        }
        return files
    }

    /// The feed of the newest analyses; `feedBodies` are their rendered bodies.
    func feed(feedBodies: [Route: String]) -> OutputFile {
        let newest = site.feedAnalyses.map { analysis in
            (analysis: analysis, html: feedBodies[.analysis(slug: analysis.slug)] ?? "")
        }
        return OutputFile(
            path: Route.feed.outputPath, text: FeedWriter(config: site.config).feed(newest))
    }

    /// Every page route the sitemap lists, with the date it last changed where one is known;
    /// drafts are left out even when the build shows them.
    private func sitemapEntries() -> [(route: Route, lastModified: CalendarDate?)] {
        let newest = site.analyses.first { !$0.draft }.map { $0.updated ?? $0.date }
        let drafts = Set(site.analyses.filter(\.draft).map { Route.analysis(slug: $0.slug) })
        return site.pageRoutes.filter { $0.isInSitemap && !drafts.contains($0) }.map { route in
            switch route {
            case .home, .analyses: return (route, newest)
            case .analysis(let slug):
                let analysis = site.analysisIndex[slug].map { site.analyses[$0] }
                return (route, analysis.map { $0.updated ?? $0.date })
            default: return (route, nil)
            }
        }
    }
}
