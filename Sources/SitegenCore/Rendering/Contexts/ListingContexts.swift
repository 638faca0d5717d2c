/// A link to a tag's page.
struct TagLinkContext: TemplateContext {
    var name: String
    var href: String

    static let fields: [TemplateField<Self>] = [
        .text("name") { $0.name }, .text("href") { $0.href },
    ]
}

/// An analysis's listing card (`card.mustache`).
struct CardContext: TemplateContext {
    var title: String
    var href: String
    var dateISO: String
    var dateDisplay: String
    var summary: String
    var tags: [TagLinkContext]

    static let fields: [TemplateField<Self>] = [
        .text("title") { $0.title }, .text("href") { $0.href },
        .text("date_iso") { $0.dateISO }, .text("date_display") { $0.dateDisplay },
        .text("summary") { $0.summary }, .list("tags") { $0.tags },
        .flag("has_tags") { !$0.tags.isEmpty },
    ]
}

/// The home page (`home.mustache`).
struct HomeContext: TemplateContext {
    /// The newest analyses' cards, as HTML.
    var cards: String
    var moreAnalyses: Bool
    var analysesHref: String
    var hasData: Bool
    var facts: [FactContext]
    var chart: String
    var dealsHref: String
    var afterContent: String

    static let fields: [TemplateField<Self>] = [
        .text("cards") { $0.cards }, .flag("more_analyses") { $0.moreAnalyses },
        .text("analyses_href") { $0.analysesHref }, .flag("has_data") { $0.hasData },
        .list("facts") { $0.facts }, .text("chart") { $0.chart },
        .text("deals_href") { $0.dealsHref }, .text("after_content") { $0.afterContent },
    ]
}

/// A list of analyses: the analyses index and each tag's page (`list.mustache`).
struct ListContext: TemplateContext {
    var heading: String
    var cards: String
    var hasItems: Bool

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("cards") { $0.cards },
        .flag("has_items") { $0.hasItems },
    ]
}

/// The tags index (`tags.mustache`).
struct TagsContext: TemplateContext {
    /// A tag with the number of analyses it has.
    struct Entry: TemplateContext {
        var name: String
        var href: String
        var count: Int

        static let fields: [TemplateField<Self>] = [
            .text("name") { $0.name }, .text("href") { $0.href }, .number("count") { $0.count },
        ]
    }

    var heading: String
    var tags: [Entry]

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .list("tags") { $0.tags },
        .flag("has_tags") { !$0.tags.isEmpty },
    ]
}
