import SitegenMarkdown
import SitegenSupport

/// Renders one page of a site with the theme's templates: a pure function of its inputs.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateSet
    let body: BodyRenderer
    /// Every analysis's listing card, rendered once for pages one and two folders deep.
    let cards: ListingCards

    init(site: Site, templates: TemplateSet, cards: ListingCards) {
        self.site = site
        self.templates = templates
        self.body = BodyRenderer(config: site.config, catalog: site.catalog, reader: site.reader)
        self.cards = cards
    }

    /// Renders `plan`; diagnostics say what went wrong when there is no file.
    func render(_ plan: PagePlan) -> PageResult {
        switch plan {
        case .home: return home()
        case .analysesIndex: return analysesIndex()
        case .analysis(let index): return analysis(site.analyses[index])
        case .page(let index): return page(site.pages[index])
        case .tagsIndex: return tagsIndex()
        case .tag(let index): return tag(site.tags[index])
        case .notFound: return notFound()
        case .dealsIndex: return dealsIndex()
        case .deal(let index): return deal(site.catalog.dataSet.deals[index])
        case .companiesIndex: return companiesIndex()
        case .company(let index): return company(site.catalog.dataSet.companies[index])
        case .dataIndex: return dataIndex()
        }
    }

    private func home() -> PageResult {
        let location = PageLocation.directory("")
        var context = base(location, title: nil, description: site.config.description)
        context["is_home"] = true
        context["cards"] = site.analyses.prefix(10).map { card($0, at: location) }.joined()
        context["more_analyses"] = site.analyses.count > 10
        context["analyses_href"] = location.link(to: "analyses/")
        var diagnostics: [Diagnostic] = []
        if site.hasData {
            var notes = FigureNotes()
            context["has_data"] = true
            context["facts"] = headlineFacts(notes: &notes)
            context["chart"] = overviewChart(diagnostics: &diagnostics)
            context["deals_href"] = location.link(to: "deals/")
            context["after_content"] = notes.section()
        }
        return finish("home", context, location, diagnostics: diagnostics)
    }

    private func analysesIndex() -> PageResult {
        let location = PageLocation.directory("analyses")
        var context = base(
            location, title: "Analyses", description: "Every analysis, newest first.")
        context["heading"] = "Analyses"
        context["cards"] = cards.html(for: site.analyses.indices, depth: 1)
        context["has_items"] = !site.analyses.isEmpty
        return finish("list", context, location)
    }

    private func analysis(_ analysis: Analysis) -> PageResult {
        let location = PageLocation.directory("analyses/" + analysis.slug)
        let rendered = body.render(analysis.body, rootPrefix: location.rootPrefix)
        var context = base(location, title: analysis.title, description: analysis.summary)
        context["og_type"] = "article"
        context["heading"] = analysis.title
        context["summary"] = analysis.summary
        context["date_iso"] = analysis.date.iso
        context["date_display"] = analysis.date.formatted
        if let updated = analysis.updated {
            context["updated"] = ["iso": updated.iso, "display": updated.formatted]
        }
        context["tags"] = tagLinks(analysis.tags, from: location)
        context["has_tags"] = !analysis.tags.isEmpty
        context["content"] = rendered.html
        context["after_content"] = rendered.notes
        context["toc"] = rendered.headings.filter { $0.level == 2 }.map {
            ["text": $0.text, "id": $0.id]
        }
        context["has_toc"] = rendered.headings.count { $0.level == 2 } >= 3
        return finish("analysis", context, location, diagnostics: rendered.diagnostics)
    }

    private func page(_ page: StandalonePage) -> PageResult {
        let location = PageLocation.directory(page.slug)
        let rendered = body.render(page.body, rootPrefix: location.rootPrefix)
        var context = base(location, title: page.title, description: page.summary)
        context["heading"] = page.title
        context["content"] = rendered.html
        context["after_content"] = rendered.notes
        return finish("page", context, location, diagnostics: rendered.diagnostics)
    }

    private func tagsIndex() -> PageResult {
        let location = PageLocation.directory("tags")
        var context = base(location, title: "Tags", description: "Analyses by topic.")
        context["heading"] = "Tags"
        context["tags"] = site.tags.map { tag in
            [
                "name": tag.name, "href": location.link(to: "tags/\(tag.slug)/"),
                "count": tag.analyses.count,
            ] as [String: Any]
        }
        context["has_tags"] = !site.tags.isEmpty
        return finish("tags", context, location)
    }

    private func tag(_ tag: Tag) -> PageResult {
        let location = PageLocation.directory("tags/" + tag.slug)
        var context = base(
            location, title: "Tagged ‘\(tag.name)’", description: "Analyses tagged \(tag.name).")
        context["heading"] = "Tagged ‘\(tag.name)’"
        context["cards"] = cards.html(for: tag.analyses, depth: 2)
        context["has_items"] = !tag.analyses.isEmpty
        return finish("list", context, location)
    }

    private func notFound() -> PageResult {
        let location = PageLocation.anywhere("404.html", rootURL: site.config.baseURL.absolute)
        var context = base(location, title: "Page not found", description: "")
        context["inline_css"] = site.assets.inlineStylesheet
        context["heading"] = "Page not found"
        context["noindex"] = true
        context.removeValue(forKey: "canonical")
        return finish("404", context, location)
    }

    /// The values every template's base layout uses.
    func base(_ location: PageLocation, title: String?, description: String) -> [String: Any] {
        let config = site.config
        var context: [String: Any] = [
            "lang": config.language,
            "site_title": config.title,
            "site_description": config.description,
            "author": config.author,
            "title": title.map { "\($0) · \(config.title)" } ?? config.title,
            "description": description.isEmpty ? config.description : description,
            "canonical": config.baseURL.resolve(location.sitePath),
            "root": location.rootPrefix,
            "feed_href": location.link(to: "feed.xml"),
            "feed_title": config.title,
            "og_type": "website",
        ]
        if let css = site.assets.outputPath(of: "site.css") {
            context["css_href"] = location.link(to: css)
        }
        context["has_nav"] = !config.navigation.isEmpty
        context["nav"] = config.navigation.map { link -> [String: Any] in
            let href = link.isExternal ? link.target : location.link(to: link.target)
            let current =
                !link.isExternal && location.sitePath.hasPrefix(link.target) && !link.target.isEmpty
            return ["title": link.title, "href": href, "current": current]
        }
        return context
    }

    /// The listing card of `analysis` for a page at `location`.
    func card(_ analysis: Analysis, at location: PageLocation) -> String {
        let context: [String: Any] = [
            "title": analysis.title,
            "href": location.link(to: "analyses/\(analysis.slug)/"),
            "date_iso": analysis.date.iso,
            "date_display": analysis.date.formatted,
            "summary": analysis.summary,
            "tags": tagLinks(analysis.tags, from: location),
            "has_tags": !analysis.tags.isEmpty,
        ]
        return templates.render("card", context: context) ?? ""
    }

    private func tagLinks(_ names: [String], from location: PageLocation) -> [[String: Any]] {
        names.map { name in
            ["name": name, "href": location.link(to: "tags/\(Slug.make(from: name))/")]
        }
    }

    func finish(
        _ template: String, _ context: [String: Any], _ location: PageLocation,
        diagnostics: [Diagnostic] = []
    ) -> PageResult {
        guard let html = templates.render(template, context: context) else {
            let missing = Diagnostic(
                .error, path: "templates/\(template).mustache",
                message: "Missing template '\(template)'; add it to the theme")
            return PageResult(file: nil, diagnostics: diagnostics + [missing])
        }
        return PageResult(
            file: OutputFile(
                path: location.outputPath, text: Escape.droppingControlCharacters(html)),
            diagnostics: diagnostics)
    }
}
