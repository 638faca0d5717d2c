import SitegenCharts
import SitegenData
import SitegenDeals
import SitegenMarkdown
import SitegenSupport

/// Renders a Markdown body to HTML with sitegen's additions, collecting diagnostics.
///
/// - An inline code span starting with `=` is a figure from the data (`=deals.x.investment`,
///   `=deals.x.investment:long`); one starting with `==` is the literal code after the
///   first `=` (`==SUM(A1)` shows `=SUM(A1)`).
/// - A fenced block with info string `chart` is a chart; `table` is a table.
struct BodyRenderer: Sendable {
    let markdown: MarkdownRenderer
    let catalog: FigureCatalog
    /// Deal and company pages by the names their tables show.
    let pageLinks: [String: Route]

    // The ids the theme and sitegen write around a body start with a capital letter (`Main`,
    // `Figures-and-sources`, `Figure-note-1`): heading and chart ids are lowercase, so a
    // writer's `## Figures and sources` keeps its own id and no heading is ever suffixed to
    // make room for the theme's.

    /// Reads each body when its page is rendered.
    let reader: SiteReader

    /// Checks and rewrites links into the site; nil leaves every link as written.
    let links: LinkResolver?
    /// Whether errors in figures, charts and tables are reported: not while a data file that
    /// failed to load makes them follow from that one error.
    let checksData: Bool
    /// Figure names starting with a record that failed to load, whose figures are not
    /// reported missing.
    let brokenFigurePrefixes: Set<String>
    /// Finds numbers typed by hand that a figure should give (analyses only).
    let proseCheck: ProseNumberCheck

    init(
        config: SiteConfig, catalog: FigureCatalog, reader: SiteReader,
        links: LinkResolver? = nil, checksData: Bool = true,
        brokenFigurePrefixes: Set<String> = []
    ) {
        self.reader = reader
        self.links = links
        self.checksData = checksData
        self.brokenFigurePrefixes = brokenFigurePrefixes
        var options = MarkdownOptions.default
        if config.allowRawHTML { options.insert(.allowRawHTML) }
        markdown = MarkdownRenderer(options: options)
        self.catalog = catalog
        proseCheck = ProseNumberCheck(
            index: ProseFigureIndex(catalog: catalog), data: catalog.dataSet)
        var links: [String: Route] = [:]
        var seen: [String: Int] = [:]
        for deal in catalog.dataSet.deals {
            let key = "deals:" + catalog.dataSet.dealName(deal)
            seen[key, default: 0] += 1
            links[key] = .deal(id: deal.id)
        }
        for company in catalog.dataSet.companies {
            let key = "companies:" + company.name
            seen[key, default: 0] += 1
            links[key] = .company(id: company.id)
        }
        // A name two records share cannot say which page it means, so it gets no link.
        for (key, count) in seen where count > 1 { links[key] = nil }
        pageLinks = links
    }

    /// The HTML of `source` for a page whose links to the root start with `rootPrefix`, at
    /// `sitePath` (`analyses/x/`); with `checksProse`, numbers typed by hand that the data
    /// has are warnings (``ProseNumberCheck``).
    func render(
        _ source: MarkdownSource, rootPrefix: String, sitePath: String = "",
        checksProse: Bool = false
    ) -> RenderedBody {
        let file: SourceFile
        let text: String
        switch read(source) {
        case .failure(let diagnostic):
            return RenderedBody(
                html: "", headings: [], notes: "", diagnostics: [diagnostic], inputs: [])
        case .success(let read): (file, text) = read
        }
        var diagnostics: [Diagnostic] = []
        var notes = FigureNotes()
        var readsData = false
        var charts: [RenderedChart] = []
        var shown = ShownFigures()
        var linkInputs: Set<PageInput> = []
        let tables = TableMarkup(
            rowLink: { table, row in self.link(for: table, row: row) }, rootPrefix: rootPrefix)
        var prose: [MarkdownProse] = []
        do throws(MarkdownError) {
            let rendered = try markdown.render(
                text, lineOffset: source.lineOffset,
                codeText: { code in figureText(code) },
                links: { link, headings in
                    guard let links else { return nil }
                    switch links.resolve(
                        link.destination, from: source.path, rootPrefix: rootPrefix,
                        sitePath: sitePath, ownIDs: Set(headings.map(\.id)),
                        headings: { path in headingIDs(of: path) })
                    {
                    case .external: return nil
                    case .resolved(let url, let page):
                        linkInputs.insert(.linkTargets)
                        if let page { linkInputs.insert(.headings(page)) }
                        return url
                    case .broken(let message):
                        linkInputs.insert(.linkTargets)
                        diagnostics.append(
                            file.diagnostic(
                                .error,
                                (link.isImage ? "Broken image: " : "Broken link: ") + message,
                                line: link.location.line, column: link.location.column))
                        return nil
                    }
                },
                prose: checksProse && checksData ? { prose = $0 } : nil
            ) { element, ids in
                switch element {
                case .codeSpan(let code, let location):
                    if code.hasPrefix("==") {
                        // `==SUM(A1)` is the literal code `=SUM(A1)`, not a figure.
                        return MarkdownReplacement(
                            html: "<code>" + Escape.markup(String(code.dropFirst())) + "</code>")
                    }
                    guard code.hasPrefix("=") else { return nil }
                    readsData = true
                    let reference = String(code.dropFirst()).trimmingCharacters(in: .whitespaces)
                    do throws(DataDiagnostic) {
                        return MarkdownReplacement(
                            html: notes.inline(try catalog.figure(reference: reference)))
                    } catch {
                        if checksData, !brokenFigurePrefixes.contains(where: reference.hasPrefix) {
                            diagnostics.append(
                                file.diagnostic(
                                    .error, error.message, line: location.line,
                                    column: location.column - 1))
                        }
                        return nil
                    }
                case .codeBlock(let info, let body, let location):
                    let kind = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
                    let result: Result<String, Diagnostic>
                    switch kind {
                    case "chart":
                        let chart = ChartBlock(catalog: catalog, file: file).render(
                            body, fenceLine: location.line, ids: &ids)
                        if case .success(let drawn) = chart {
                            charts.append(drawn.chart)
                            shown.add(drawn.figures)
                        }
                        result = chart.map(\.chart.html)
                    case "table":
                        result = table(
                            body, fenceLine: location.line, file: file, markup: tables,
                            shown: &shown)
                    default: return nil
                    }
                    readsData = true
                    switch result {
                    case .success(let html): return MarkdownReplacement(html: html)
                    case .failure(let diagnostic):
                        // A chart over records that failed to load may lack rows for that
                        // reason alone.
                        if checksData, brokenFigurePrefixes.isEmpty {
                            diagnostics.append(diagnostic)
                        }
                        return nil
                    }
                }
            }
            let typed = proseCheck.diagnostics(prose, file: file)
            // Whether a typed number is flagged follows from the data: a page that types one
            // is rendered again when a dataset changes.
            if typed.lookedUp { readsData = true }
            diagnostics += typed.warnings
            return RenderedBody(
                html: rendered.html, headings: rendered.headings, notes: notes.section(),
                diagnostics: diagnostics,
                inputs: (readsData ? dataInputs : []).union(linkInputs),
                figureNames: ShownFigures.merging(notes.figureNames, shown.names), charts: charts)
        } catch {
            diagnostics.append(file.diagnostic(.error, error.description, line: nil, column: nil))
            return RenderedBody(
                html: "", headings: [], notes: "", diagnostics: diagnostics, inputs: [])
        }
    }

    /// The heading ids of the analysis or page whose Markdown file is `path`, for checking a
    /// link's anchor; nil when it cannot be read.
    private func headingIDs(of path: String) -> Set<String>? {
        guard let source = links?.sources[path], case .success(let (_, text)) = read(source),
            let rendered = try? markdown.render(
                text, codeText: { figureText($0) }, rewrite: { _, _ in nil })
        else { return nil }
        return Set(rendered.headings.map(\.id))
    }

    /// The text an inline figure shows (`=deals.x.investment` gives `$4B`), for heading ids;
    /// nil for other code spans and for figures with errors (reported where they render).
    private func figureText(_ code: String) -> String? {
        if code.hasPrefix("==") { return String(code.dropFirst()) }
        guard code.hasPrefix("=") else { return nil }
        let reference = String(code.dropFirst()).trimmingCharacters(in: .whitespaces)
        return try? catalog.figure(reference: reference).text
    }

    /// The body's text, and a file whose lines are the body's at their true line numbers
    /// (the front matter's lines are left empty when only the body is read).
    private func read(_ source: MarkdownSource) -> Result<(SourceFile, String), Diagnostic> {
        guard let byteOffset = source.bodyByteOffset else {
            return reader.read(source.path).map { file in
                (file, String(decoding: file.text.utf8.dropFirst(source.bodyOffset), as: UTF8.self))
            }
        }
        let padding = String(repeating: "\n", count: source.lineOffset)
        return reader.data(source.path, from: byteOffset, count: nil)
            .flatMap { bytes in
                TextDecoding.decode(bytes, path: source.path).mapError { diagnostic in
                    var shifted = diagnostic
                    shifted.line = diagnostic.line.map { $0 + source.lineOffset }
                    return shifted
                }
            }
            .map { body in (SourceFile(path: source.path, text: padding + body.text), body.text) }
    }

    private func table(
        _ body: String, fenceLine: Int, file: SourceFile, markup: TableMarkup,
        shown: inout ShownFigures
    ) -> Result<String, Diagnostic> {
        do {
            let spec = try TableSpec.parse(body, path: file.path, lineOffset: fenceLine)
            let table = try catalog.table(for: spec)
            guard !table.columns.isEmpty else {
                return .failure(
                    file.diagnostic(
                        .error,
                        "The table has no columns; give 'data' a dataset or 'csv' a header row and rows",
                        line: fenceLine, column: 1))
            }
            shown.add(table.figureNames())
            return .success(markup.html(table))
        } catch {
            return .failure(Diagnostic(error, in: file))
        }
    }

    /// Every dataset: figures, charts and tables are computed from the whole data.
    private var dataInputs: Set<PageInput> {
        Set(catalog.dataSet.datasets.map { .dataset($0.name) })
    }

    /// The page a table row links to: a deal's or a company's, found by the row's name.
    func link(for table: DataTable, row: [DataCell]) -> Route? {
        guard let index = table.columnIndex("name"), index < row.count,
            case .text(let name) = row[index]
        else {
            return nil
        }
        return pageLinks[table.name + ":" + name]
    }
}

/// A rendered Markdown body.
struct RenderedBody: Sendable {
    var html: String
    var headings: [Heading]
    /// The "Figures and sources" section for the figures the body quotes ("" if none).
    var notes: String
    var diagnostics: [Diagnostic]
    /// The datasets the body's figures, charts and tables read.
    var inputs: Set<PageInput>
    /// The names of the figures the body shows (quoted, then in tables and charts), each once.
    var figureNames: [String] = []
    /// The charts the body draws, in order.
    var charts: [RenderedChart] = []

    /// The HTML as a feed entry carries it: each chart with one SVG, since feed readers do
    /// not load the stylesheet that shows the wide or the narrow one.
    var feedHTML: String {
        var html = html
        for chart in charts where chart.feedHTML != chart.html {
            html = html.replacingOccurrences(of: chart.html, with: chart.feedHTML)
        }
        return html
    }
}
