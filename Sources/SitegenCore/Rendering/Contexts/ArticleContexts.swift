import SitegenMarkdown

/// A date with its machine and display forms.
struct DateContext: TemplateContext {
    var iso: String
    var display: String

    static let fields: [TemplateField<Self>] = [
        .text("iso") { $0.iso }, .text("display") { $0.display },
    ]
}

/// A level-two heading in an article's table of contents.
struct TocEntry: TemplateContext {
    var text: String
    var id: String

    static let fields: [TemplateField<Self>] = [
        .text("text") { $0.text }, .text("id") { $0.id },
    ]

    /// The contents of a body with `headings`: its level-two headings, shown when there are
    /// at least three.
    static func contents(of headings: [Heading]) -> (entries: [TocEntry], shown: Bool) {
        let entries = headings.filter { $0.level == 2 }.map { TocEntry(text: $0.text, id: $0.id) }
        return (entries, entries.count >= 3)
    }
}

/// An analysis (`analysis.mustache`).
struct AnalysisContext: TemplateContext {
    var heading: String
    var summary: String
    var date: DateContext
    var updated: DateContext?
    var tags: [TagLinkContext]
    /// The rendered body, as HTML.
    var content: String
    var afterContent: String
    var toc: [TocEntry]
    var hasTOC: Bool
    /// Whether the analysis is a draft, shown only because the build asked for drafts.
    var draft = false
    /// Who wrote it, joined for the byline (`A, B and C`); nil when no one is named.
    var authors: String?

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("summary") { $0.summary },
        .flag("draft") { $0.draft },
        .text("date_iso") { $0.date.iso }, .text("date_display") { $0.date.display },
        .record("updated") { $0.updated }, .list("tags") { $0.tags },
        .flag("has_tags") { !$0.tags.isEmpty }, .text("content") { $0.content },
        .text("after_content") { $0.afterContent }, .list("toc") { $0.toc },
        .flag("has_toc") { $0.hasTOC }, .text("authors") { $0.authors },
    ]
}

/// A standalone page (`page.mustache`).
struct StandalonePageContext: TemplateContext {
    var heading: String
    var content: String
    var afterContent: String
    var toc: [TocEntry]
    var hasTOC: Bool

    static let fields: [TemplateField<Self>] = [
        .text("heading") { $0.heading }, .text("content") { $0.content },
        .text("after_content") { $0.afterContent }, .list("toc") { $0.toc },
        .flag("has_toc") { $0.hasTOC },
    ]
}

/// The page hosts serve for a missing URL (`404.mustache`).
struct NotFoundContext: TemplateContext {
    var heading: String

    static let fields: [TemplateField<Self>] = [.text("heading") { $0.heading }]
}
