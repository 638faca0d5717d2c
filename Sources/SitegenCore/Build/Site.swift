/// Everything a build renders from: the loaded, checked content of one site.
struct Site: Sendable {
    var config: SiteConfig
    /// Published analyses, newest first (drafts only when asked for).
    var analyses: [Analysis]
    var pages: [StandalonePage]
    var tags: [Tag]
    var assets: AssetSet
}
