/// One HTML page of the site, to be rendered on its own (and possibly in parallel).
enum PagePlan: Sendable, Hashable {
    case home
    case analysesIndex
    case analysis(Int)
    case page(Int)
    case tagsIndex
    case tag(Int)
    case notFound
    case dealsIndex
    case deal(Int)
    case companiesIndex
    case company(Int)
    case dataIndex

    /// Every page of `site`, in a fixed order.
    static func all(for site: Site) -> [PagePlan] {
        var plans: [PagePlan] = [.home, .analysesIndex, .tagsIndex, .notFound]
        if site.hasData {
            plans += [.dealsIndex, .companiesIndex, .dataIndex]
            plans += site.catalog.dataSet.deals.indices.map(PagePlan.deal)
            plans += site.catalog.dataSet.companies.indices.map(PagePlan.company)
        }
        plans += site.analyses.indices.map(PagePlan.analysis)
        plans += site.pages.indices.map(PagePlan.page)
        plans += site.tags.indices.map(PagePlan.tag)
        return plans
    }
}

/// A file of the built site: where it goes and its bytes.
struct OutputFile: Sendable {
    var path: String
    var bytes: [UInt8]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}

/// What rendering one page produced.
struct PageResult: Sendable {
    var file: OutputFile?
    var diagnostics: [Diagnostic]
}
