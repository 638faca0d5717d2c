/// The search page (`search.mustache`).
struct SearchContext: TemplateContext {
    /// The theme asset the search page runs.
    static let script = "search.js"

    var heading: String
    /// The link to the index's table of contents, `search/meta.json`.
    var indexHref: String
    /// The link to the fingerprinted `search.js`.
    var scriptHref: String
    var analysesHref: String
    var dealsHref: String?
    var companiesHref: String?

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("index_href") { $0.indexHref },
        .text("script_href") { $0.scriptHref }, .text("analyses_href") { $0.analysesHref },
        .text("deals_href") { $0.dealsHref }, .text("companies_href") { $0.companiesHref },
    ]
}
