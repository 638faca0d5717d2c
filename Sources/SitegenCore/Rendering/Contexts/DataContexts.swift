/// A labelled figure in a page's key figures.
struct FactContext: TemplateContext {
    var label: String
    /// The figure's `<data>` element, as HTML.
    var value: String

    static let fields: [TemplateField<Self>] = [
        .text("label") { $0.label }, .text("value") { $0.value },
    ]
}

/// A download link.
struct DownloadContext: TemplateContext {
    var name: String
    var href: String

    static let fields: [TemplateField<Self>] = [
        .text("name") { $0.name }, .text("href") { $0.href },
    ]
}

/// The deals index (`deals.mustache`).
struct DealsContext: TemplateContext {
    var heading: String
    var intro: String
    var chart: String
    var table: String
    var downloads: [DownloadContext]

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("intro") { $0.intro },
        .text("chart") { $0.chart }, .text("table") { $0.table },
        .list("downloads") { $0.downloads },
    ]
}

/// One deal's page (`deal.mustache`).
struct DealContext: TemplateContext {
    var heading: String
    var summary: String
    var status: String
    var announced: DateContext
    var investorName: String
    var investorHref: String
    var investeeName: String
    var investeeHref: String
    var facts: [FactContext]
    var chart: String
    /// The cards of the analyses that discuss the deal, as HTML.
    var analyses: String
    var hasAnalyses: Bool
    var afterContent: String

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("summary") { $0.summary },
        .text("status") { $0.status }, .text("status_label") { $0.status },
        .text("announced_iso") { $0.announced.iso },
        .text("announced_display") { $0.announced.display },
        .text("investor_name") { $0.investorName }, .text("investor_href") { $0.investorHref },
        .text("investee_name") { $0.investeeName }, .text("investee_href") { $0.investeeHref },
        .list("facts") { $0.facts }, .text("chart") { $0.chart },
        .flag("has_analyses") { $0.hasAnalyses }, .text("analyses") { $0.analyses },
        .text("after_content") { $0.afterContent },
    ]
}

/// The companies index (`companies.mustache`).
struct CompaniesContext: TemplateContext {
    var heading: String
    var intro: String
    var table: String

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("intro") { $0.intro },
        .text("table") { $0.table },
    ]
}

/// One company's page (`company.mustache`).
struct CompanyContext: TemplateContext {
    var heading: String
    var kindLabel: String
    var facts: [FactContext]
    var capexChart: String
    var dealsTable: String
    var hasDeals: Bool
    var analyses: String
    var hasAnalyses: Bool
    var afterContent: String

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("kind_label") { $0.kindLabel },
        .list("facts") { $0.facts }, .text("capex_chart") { $0.capexChart },
        .flag("has_deals") { $0.hasDeals }, .text("deals_table") { $0.dealsTable },
        .flag("has_analyses") { $0.hasAnalyses }, .text("analyses") { $0.analyses },
        .text("after_content") { $0.afterContent },
    ]
}

/// The downloads index (`data.mustache`).
struct DataIndexContext: TemplateContext {
    /// A dataset with its record count and download links.
    struct Dataset: TemplateContext {
        var name: String
        var count: Int
        var jsonHref: String
        var csvHref: String

        static let fields: [TemplateField<Self>] = [
            .text("name") { $0.name }, .number("count") { $0.count },
            .text("json_href") { $0.jsonHref }, .text("csv_href") { $0.csvHref },
        ]
    }

    var heading: String
    var intro: String
    var datasets: [Dataset]

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("intro") { $0.intro },
        .list("datasets") { $0.datasets },
    ]
}
