import SitegenData
import SitegenMarkdown
import SitegenSupport

/// Renders one page of a site with the theme's templates: a pure function of its route.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateSet
    let body: BodyRenderer
    /// The listing cards that pages two folders deep share.
    let cards: ListingCards

    init(site: Site, templates: TemplateSet, cards: ListingCards, links: LinkResolver? = nil) {
        self.site = site
        self.templates = templates
        self.body = BodyRenderer(
            config: site.config, catalog: site.catalog, reader: site.reader,
            links: links ?? LinkResolver(site: site), checksData: site.checksData,
            brokenFigurePrefixes: site.brokenFigurePrefixes)
        self.cards = cards
    }

    /// The same renderer, reading bodies through `reader`: the cards and specialized
    /// templates of a loaded site are kept while one of its bodies changes.
    func reading(from reader: SiteReader) -> PageRenderer {
        PageRenderer(
            site: site.reading(from: reader), templates: templates, cards: cards,
            links: body.links)
    }

    /// Renders the page at `route`; diagnostics say what went wrong when there is no file.
    func render(_ route: Route) -> PageResult {
        let location = PageLocation(route, baseURL: site.config.baseURL)
        switch route {
        case .home: return home(location)
        case .analyses: return analysesIndex(location)
        case .analysis(let slug):
            guard let index = site.analysisIndex[slug] else { return missing(route) }
            return analysis(site.analyses[index], location)
        case .page(let slug):
            guard let index = site.pageIndex[slug] else { return missing(route) }
            return page(site.pages[index], location)
        case .tags: return tagsIndex(location)
        case .tag(let slug):
            guard let index = site.tagIndex[slug] else { return missing(route) }
            return tag(site.tags[index], location)
        case .notFound: return notFound(location)
        case .deals: return dealsIndex(location)
        case .deal(let id):
            guard let deal = dataSet.deal(id: id) else { return missing(route) }
            return self.deal(deal, location)
        case .companies: return companiesIndex(location)
        case .company(let id):
            guard let company = dataSet.company(id: id) else { return missing(route) }
            return self.company(company, location)
        case .data: return dataIndex(location)
        case .search: return searchPage(location)
        case .download, .feed, .sitemap, .robots, .figures, .searchIndex, .asset:
            return missing(route)
        }
    }

    private func missing(_ route: Route) -> PageResult {
        PageResult(route: route, file: nil, diagnostics: [], feedBody: nil, inputs: [])
    }

    private func home(_ location: PageLocation) -> PageResult {
        var notes = FigureNotes()
        var diagnostics: [Diagnostic] = []
        var shown = ShownFigures()
        let context = HomeContext(
            cards: site.analyses.prefix(10).map { card($0, depth: 0) }.joined(),
            moreAnalyses: site.analyses.count > 10,
            analysesHref: location.link(to: .analyses), hasData: site.hasData,
            facts: site.hasData ? headlineFacts(notes: &notes) : [],
            chart: site.hasData ? overviewChart(diagnostics: &diagnostics, shown: &shown) : "",
            dealsHref: location.link(to: .deals),
            afterContent: site.hasData ? notes.section() : "")
        var inputs = cardInputs.union([.analysisList])
        if site.hasData { inputs.formUnion(allDatasets) }
        return finish(
            chrome(location, title: nil, description: site.config.description), context,
            location, diagnostics: diagnostics, inputs: inputs,
            figures: ShownFigures.merging(notes.figureNames, shown.names),
            charts: context.chart.isEmpty ? 0 : 1)
    }

    private func analysesIndex(_ location: PageLocation) -> PageResult {
        analysesIndex(cards: site.analyses.map { card($0, depth: 1) }.joined())
    }

    /// The analyses index around `cards`, every analysis's card for a page one folder deep
    /// (which a build renders in parallel, for this page alone).
    func analysesIndex(cards: String) -> PageResult {
        let location = PageLocation(.analyses, baseURL: site.config.baseURL)
        let context = ListContext(
            heading: "Analyses", cards: cards, hasItems: !site.analyses.isEmpty)
        return finish(
            chrome(location, title: "Analyses", description: "Every analysis, newest first."),
            context, location, inputs: cardInputs.union([.analysisList]))
    }

    private func analysis(_ analysis: Analysis, _ location: PageLocation) -> PageResult {
        let names = analysis.authors.isEmpty ? [site.config.author] : analysis.authors
        let byline = names.allSatisfy(\.isEmpty) ? nil : Quoting.sentence(names, conjunction: "and")
        let rendered = body.render(
            analysis.body, rootPrefix: location.rootPrefix, sitePath: location.sitePath,
            checksProse: true)
        let contents = TocEntry.contents(of: rendered.headings)
        let context = AnalysisContext(
            heading: analysis.title, summary: analysis.summary,
            date: DateContext(iso: analysis.date.iso, display: analysis.date.formatted),
            updated: analysis.updated.map { DateContext(iso: $0.iso, display: $0.formatted) },
            tags: tagLinks(analysis.tags, from: location), content: rendered.html,
            afterContent: rendered.notes,
            toc: contents.entries, hasTOC: contents.shown, draft: analysis.draft,
            authors: byline)
        var chrome = chrome(location, title: analysis.title, description: analysis.summary)
        chrome.ogType = "article"
        chrome.card.published = analysis.date.precision == .day ? analysis.date.iso : nil
        chrome.card.modified = analysis.updated.flatMap { $0.precision == .day ? $0.iso : nil }
        chrome.card.authors = byline
        var result = finish(
            chrome, context, location, diagnostics: rendered.diagnostics,
            inputs: rendered.inputs.union([.file(analysis.body.path)]),
            figures: rendered.figureNames, charts: rendered.charts.count)
        if site.feedRoutes.contains(location.route) { result.feedBody = rendered.feedHTML }
        result.headings = PageHeadings(
            source: analysis.body.path, ids: Set(rendered.headings.map(\.id)))
        return indexed(
            result, kind: .analysis, title: analysis.title, date: analysis.date,
            summary: analysis.summary,
            labels: analysis.tags + analysis.authors + rendered.headings.map(\.text))
    }

    private func page(_ page: StandalonePage, _ location: PageLocation) -> PageResult {
        let rendered = body.render(
            page.body, rootPrefix: location.rootPrefix, sitePath: location.sitePath)
        let contents = TocEntry.contents(of: rendered.headings)
        let context = StandalonePageContext(
            heading: page.title, content: rendered.html, afterContent: rendered.notes,
            toc: contents.entries, hasTOC: contents.shown)
        var result = finish(
            chrome(location, title: page.title, description: page.summary), context,
            location, diagnostics: rendered.diagnostics,
            inputs: rendered.inputs.union([.file(page.body.path)]),
            figures: rendered.figureNames, charts: rendered.charts.count)
        result.headings = PageHeadings(
            source: page.body.path, ids: Set(rendered.headings.map(\.id)))
        return indexed(
            result, kind: .page, title: page.title, date: nil, summary: page.summary,
            labels: rendered.headings.map(\.text))
    }

    private func tagsIndex(_ location: PageLocation) -> PageResult {
        let context = TagsContext(
            heading: "Tags",
            tags: site.tags.map { tag in
                TagsContext.Entry(
                    name: tag.name, href: location.link(to: .tag(slug: tag.slug)),
                    count: tag.analyses.count)
            })
        return finish(
            chrome(location, title: "Tags", description: "Analyses by topic."), context,
            location, inputs: [.analysisList])
    }

    private func tag(_ tag: Tag, _ location: PageLocation) -> PageResult {
        let heading = "Tagged ‘\(tag.name)’"
        let context = ListContext(
            heading: heading, cards: cards.html(for: tag.analyses),
            hasItems: !tag.analyses.isEmpty)
        return finish(
            chrome(location, title: heading, description: "Analyses tagged \(tag.name)."),
            context, location,
            inputs: cardInputs.union([.analysisList]))
    }

    private func notFound(_ location: PageLocation) -> PageResult {
        var chrome = chrome(location, title: "Page not found", description: "")
        chrome.inlineCSS = site.assets.inlineStylesheet
        chrome.noindex = true
        chrome.canonical = nil
        return finish(chrome, NotFoundContext(heading: "Page not found"), location, inputs: [])
    }

    /// The values the base layout shows around a page at `location`.
    func chrome(_ location: PageLocation, title: String?, description: String) -> ChromeContext {
        let config = site.config
        return ChromeContext(
            lang: config.language, siteTitle: config.title,
            siteDescription: config.description, author: config.author,
            title: title.map { "\($0) · \(config.title)" } ?? config.title,
            description: description.isEmpty ? config.description : description,
            canonical: config.baseURL.resolve(location.sitePath), root: location.rootLink,
            feedHref: location.link(to: .feed), tagsHref: location.link(to: .tags),
            feedTitle: config.title, ogType: "website",
            cssHref: site.assets.outputPath(of: "site.css").map {
                location.link(to: .asset(path: $0))
            },
            nav: config.navigation.map { link in
                let href = link.isExternal ? link.target : location.rootPrefix + link.target
                let current =
                    !link.isExternal && !link.target.isEmpty
                    && location.sitePath.hasPrefix(link.target)
                return ChromeContext.NavItem(title: link.title, href: href, current: current)
            },
            noindex: false, inlineCSS: nil,
            searchHref: config.search ? location.link(to: .search) : nil,
            dataAsOf: config.dataAsOf.map { DateContext(iso: $0.iso, display: $0.formatted) },
            card: ChromeContext.Card(
                title: title ?? config.title,
                locale: ChromeContext.Card.locale(of: config.language),
                image: config.image.map {
                    BaseURL($0) != nil ? $0 : config.baseURL.resolve($0)
                },
                imageAlt: config.imageAlt))
    }

    /// The listing card of `analysis` for a page `depth` folders deep.
    func card(_ analysis: Analysis, depth: Int) -> String {
        let location = PageLocation(depth: depth)
        let context = CardContext(
            title: analysis.title, href: location.link(to: .analysis(slug: analysis.slug)),
            dateISO: analysis.date.iso, dateDisplay: analysis.date.formatted,
            summary: analysis.summary, tags: tagLinks(analysis.tags, from: location))
        return templates.render(.card, context)
    }

    private func tagLinks(_ names: [String], from location: PageLocation) -> [TagLinkContext] {
        names.map { name in
            TagLinkContext(
                name: name,
                href: location.link(to: .tag(slug: site.tagSlugs[name] ?? Slug.make(from: name))))
        }
    }

    /// The card template and what it includes, as inputs of the pages that list cards.
    var cardInputs: Set<PageInput> {
        Set((templates.sources[.card] ?? []).map(PageInput.template))
    }

    /// Every dataset, as inputs of the pages computed from the whole data.
    var allDatasets: Set<PageInput> {
        Set(dataSet.datasets.map { .dataset($0.name) })
    }

    /// The page at `location`, rendered with its route's template around `context`; the page
    /// shows the figures named `figures` and draws `charts` charts.
    func finish<Context: TemplateContext>(
        _ chrome: ChromeContext, _ context: Context, _ location: PageLocation,
        diagnostics: [Diagnostic] = [], inputs: Set<PageInput>, figures: [String] = [],
        charts: Int = 0
    ) -> PageResult {
        guard let template = location.route.template else {
            return PageResult(
                route: location.route, file: nil, diagnostics: diagnostics, feedBody: nil,
                inputs: inputs)
        }
        let html = templates.render(template, chrome: chrome, context)
        return PageResult(
            route: location.route,
            file: OutputFile(
                path: location.outputPath, text: Escape.droppingControlCharacters(html)),
            diagnostics: diagnostics, feedBody: nil,
            inputs: inputs.union([.site]).union(
                (templates.sources[template] ?? []).map(PageInput.template)),
            figureNames: figures, chartCount: charts)
    }
}
