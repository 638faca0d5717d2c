import SitegenData

/// Everything a build renders from: the loaded, checked content of one site.
struct Site: Sendable {
    /// Reads the site's files; bodies are read again when their pages render.
    var reader: SiteReader
    var config: SiteConfig
    /// Published analyses, newest first (drafts only when asked for).
    var analyses: [Analysis]
    var pages: [StandalonePage]
    var tags: [Tag]
    var assets: AssetSet
    /// The datasets and every figure computed from them.
    var catalog: FigureCatalog

    /// Whether the site has datasets, and so data pages and downloads.
    var hasData: Bool { !catalog.dataSet.datasets.isEmpty }
}
