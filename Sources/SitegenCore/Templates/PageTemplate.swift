/// The theme's page templates, each with the context types it renders with.
///
/// Page templates render with the ``ChromeContext`` as their outer scope and their own
/// context inside it; `card` renders with a ``CardContext`` alone.
enum PageTemplate: String, Sendable, CaseIterable {
    case home, list, analysis, page, tags
    case notFound = "404"
    case deals, deal, companies, company, data, search, card

    /// The template file's stem, as in `templates/<name>.mustache`.
    var name: String { rawValue }

    /// The scopes the template's names resolve in, outermost first.
    var scopes: [TemplateScope] {
        let chrome = TemplateScope(ChromeContext.self)
        switch self {
        case .home: return [chrome, TemplateScope(HomeContext.self)]
        case .list: return [chrome, TemplateScope(ListContext.self)]
        case .analysis: return [chrome, TemplateScope(AnalysisContext.self)]
        case .page: return [chrome, TemplateScope(StandalonePageContext.self)]
        case .tags: return [chrome, TemplateScope(TagsContext.self)]
        case .notFound: return [chrome, TemplateScope(NotFoundContext.self)]
        case .deals: return [chrome, TemplateScope(DealsContext.self)]
        case .deal: return [chrome, TemplateScope(DealContext.self)]
        case .companies: return [chrome, TemplateScope(CompaniesContext.self)]
        case .company: return [chrome, TemplateScope(CompanyContext.self)]
        case .data: return [chrome, TemplateScope(DataIndexContext.self)]
        case .search: return [chrome, TemplateScope(SearchContext.self)]
        case .card: return [TemplateScope(CardContext.self)]
        }
    }
}
