import SitegenCharts
import SitegenData
import SitegenDeals

/// The pages generated from the data: deals, companies and the downloads index.
extension PageRenderer {
    var dataSet: DealData { site.catalog.dataSet }

    func dealsIndex() -> PageResult {
        let location = PageLocation.directory("deals")
        var context = base(
            location, title: "Deals", description: "Every deal in the data, with computed figures.")
        context["heading"] = "Deals"
        context["intro"] =
            "Every investment and compute commitment in the report's data, newest first. Derived columns are computed; see the methodology."
        var diagnostics: [Diagnostic] = []
        context["chart"] = overviewChart(diagnostics: &diagnostics)
        context["table"] = dealsTable(dataSet.deals, caption: "All deals", at: location)
        context["downloads"] = DealDatasets.all.compactMap { name in
            dataSet.dataset(named: name) == nil
                ? nil : ["name": "\(name).csv", "href": location.link(to: "data/\(name).csv")]
        }
        return finish("deals", context, location, diagnostics: diagnostics)
    }

    func deal(_ deal: Deal) -> PageResult {
        let location = PageLocation.directory("deals/" + deal.id)
        var notes = FigureNotes()
        var context = base(location, title: dataSet.dealName(deal), description: deal.summary)
        context["heading"] = dataSet.dealName(deal)
        context["summary"] = deal.summary
        context["status"] = deal.status.rawValue
        context["status_label"] = deal.status.rawValue
        context["announced_iso"] = deal.announced.iso
        context["announced_display"] = deal.announced.formatted
        context["investor_name"] = dataSet.companyName(deal.investor)
        context["investor_href"] = location.link(to: "companies/\(deal.investor)/")
        context["investee_name"] = dataSet.companyName(deal.investee)
        context["investee_href"] = location.link(to: "companies/\(deal.investee)/")
        let facts: [(String, String)] = [
            ("Equity investment", "investment"), ("Compute commitment", "commitment"),
            ("Commitment term", "term"), ("Annual run-rate", "annual_commitment"),
            ("Commitment ÷ investment", "commitment_multiple"),
            ("Investment, share of investor's capex", "capex_share"),
            ("Run-rate, share of provider's capex", "commitment_capex_share"),
        ]
        context["facts"] = facts.compactMap { label, metric in
            fact(label, "deals.\(deal.id).\(metric)", notes: &notes)
        }
        var diagnostics: [Diagnostic] = []
        let rows = site.catalog.table(named: DealDatasets.deals).map { table in
            table.columnIndex("id").map { table.keepingRows(where: $0, in: [deal.id]) } ?? table
        }
        if deal.investment != nil, deal.commitment != nil {
            context["chart"] = chart(
                for: dealChartSpec(deal), table: rows, diagnostics: &diagnostics)
        }
        let analyses = site.analysesByDeal[deal.id] ?? []
        context["has_analyses"] = !analyses.isEmpty
        context["analyses"] = cards.html(for: analyses, depth: 2)
        context["after_content"] = sourcesSection(deal.sources) + notes.section()
        return finish("deal", context, location, diagnostics: diagnostics)
    }

    func companiesIndex() -> PageResult {
        let location = PageLocation.directory("companies")
        var context = base(
            location, title: "Companies",
            description: "The companies in the deals, with their totals.")
        context["heading"] = "Companies"
        context["intro"] =
            "The labs, clouds and chipmakers in the data, with totals computed from their deals."
        if let table = site.catalog.table(named: DealDatasets.companies) {
            let fields = [
                "name", "kind", "invested", "received", "committed", "commitments_received",
                "deal_count",
            ]
            context["table"] = TableMarkup(
                rowLink: { table, row in body.link(for: table, row: row) },
                rootPrefix: location.rootPrefix
            ).html(table.selecting(fields, caption: "Companies and their deal totals"))
        }
        return finish("companies", context, location)
    }

    func company(_ company: Company) -> PageResult {
        let location = PageLocation.directory("companies/" + company.id)
        var notes = FigureNotes()
        var context = base(
            location, title: company.name,
            description: "\(company.name): deals, commitments and capital spending.")
        context["heading"] = company.name
        context["kind_label"] = company.kind.rawValue.replacingOccurrences(of: "-", with: " ")
        let prefix = "companies.\(company.id)."
        var facts: [[String: Any]] = [
            ("Deals", "deal_count"), ("Equity invested", "invested"),
            ("Equity received", "received"),
            ("Compute committed", "committed"), ("Commitments received", "commitments_received"),
        ].compactMap { label, metric in fact(label, prefix + metric, notes: &notes) }
        let capex = dataSet.capex.filter { $0.company == company.id }.sorted { $0.year < $1.year }
        if let latest = capex.last,
            let fact = fact(
                "Capital spending \(latest.year)", prefix + "capex.\(latest.year)", notes: &notes)
        {
            facts.append(fact)
        }
        context["facts"] = facts
        var diagnostics: [Diagnostic] = []
        if capex.count > 1, let table = site.catalog.table(named: DealDatasets.capex),
            let column = table.columnIndex("company")
        {
            context["capex_chart"] = chart(
                for: capexChartSpec(company),
                table: table.keepingRows(where: column, in: [company.id]),
                diagnostics: &diagnostics)
        }
        let deals = dataSet.deals.filter {
            $0.companyIDs.contains(company.id) || $0.commitment?.provider == company.id
        }
        context["has_deals"] = !deals.isEmpty
        context["deals_table"] = dealsTable(
            deals, caption: "Deals involving \(company.name)", at: location)
        let analyses = site.analysesByCompany[company.id] ?? []
        context["has_analyses"] = !analyses.isEmpty
        context["analyses"] = cards.html(for: analyses, depth: 2)
        context["after_content"] = notes.section()
        return finish("company", context, location, diagnostics: diagnostics)
    }

    func dataIndex() -> PageResult {
        let location = PageLocation.directory("data")
        var context = base(
            location, title: "Data", description: "The report's datasets as JSON and CSV.")
        context["heading"] = "Data"
        context["intro"] =
            "Every dataset behind the report, with computed columns, as JSON and CSV. Amounts are in whole currency units; qualified amounts give their bounds."
        context["datasets"] = DataDownloads.names(of: site).map { name -> [String: Any] in
            [
                "name": name, "count": site.catalog.table(named: name)?.rows.count ?? 0,
                "json_href": location.link(to: "data/\(name).json"),
                "csv_href": location.link(to: "data/\(name).csv"),
            ]
        }
        return finish("data", context, location)
    }

    // MARK: Pieces

    /// The timeline of every deal, shown on the home page and the deals index.
    func overviewChart(diagnostics: inout [Diagnostic]) -> String {
        chart(
            for: dealsOverviewSpec, table: site.catalog.table(named: DealDatasets.deals),
            diagnostics: &diagnostics)
    }

    /// The site-wide figures that can be computed, for the home page.
    func headlineFacts(notes: inout FigureNotes) -> [[String: Any]] {
        [
            ("Deals in the data", "totals.deal_count"), ("Equity invested", "totals.invested"),
            ("Compute committed", "totals.committed"),
        ].compactMap { label, name in fact(label, name, notes: &notes) }
    }

    private func fact(_ label: String, _ name: String, notes: inout FigureNotes) -> [String: Any]? {
        guard let figure = try? site.catalog.figure(named: name) else { return nil }
        return ["label": label, "value": notes.inline(figure)]
    }

    private func dealsTable(_ deals: [Deal], caption: String, at location: PageLocation) -> String {
        guard var table = site.catalog.table(named: DealDatasets.deals),
            let id = table.columnIndex("id")
        else { return "" }
        table = table.keepingRows(where: id, in: deals.map(\.id))
        if let announced = table.columnIndex("announced") {
            table = table.sortingRows(by: announced, descending: true)
        }
        let fields = [
            "name", "announced", "status", "investment", "commitment", "term", "annual_commitment",
            "commitment_multiple",
        ]
        return TableMarkup(
            rowLink: { table, row in body.link(for: table, row: row) },
            rootPrefix: location.rootPrefix
        )
        .html(table.selecting(fields, caption: caption))
    }

    private func sourcesSection(_ ids: [String]) -> String {
        let sources = ids.compactMap(dataSet.source(id:))
        guard !sources.isEmpty else { return "" }
        let items = sources.map { "<li>\(FigureNotes.sourceLink($0))</li>" }.joined(separator: "\n")
        return "<h2 id=\"sources\">Sources</h2>\n<ul class=\"sources\">\n\(items)\n</ul>\n"
    }

    private func chart(for spec: ChartInput, table: DataTable?, diagnostics: inout [Diagnostic])
        -> String
    {
        guard let table, !table.rows.isEmpty else { return "" }
        do {
            return try ChartRenderer().render(
                input: spec, table: ChartTableConversion.table(from: table)
            ).html
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, path: "templates", message: "A generated chart failed: \(error.message)"
                ))
            return ""
        }
    }

    private var dealsOverviewSpec: ChartInput {
        .map([
            ChartInputEntry("type", .string("timeline")),
            ChartInputEntry("id", .string("deals-timeline")),
            ChartInputEntry("title", .string("Deals by announcement date and investor")),
            ChartInputEntry(
                "subtitle",
                .string(
                    "Dot area = headline equity investment, US$; deals without one are drawn small")
            ),
            ChartInputEntry(
                "source",
                .string("Company announcements and press reports; see each deal's sources")),
            ChartInputEntry("date", .string("announced")),
            ChartInputEntry("lane", .string("investor_name")),
            ChartInputEntry("label", .string("name")),
            ChartInputEntry("size", .string("investment")),
        ])
    }

    private func dealChartSpec(_ deal: Deal) -> ChartInput {
        .map([
            ChartInputEntry("type", .string("grouped-bar")),
            ChartInputEntry("id", .string("deal-\(deal.id)")),
            ChartInputEntry("title", .string("What goes in, what comes back")),
            ChartInputEntry(
                "subtitle",
                .string(
                    "Equity investment and compute commitment, US$; the commitment runs over the whole term"
                )),
            ChartInputEntry("source", .string("The deal's sources, listed below")),
            ChartInputEntry("label", .string("name")),
            ChartInputEntry("series", .list([.string("investment"), .string("commitment")])),
        ])
    }

    private func capexChartSpec(_ company: Company) -> ChartInput {
        .map([
            ChartInputEntry("type", .string("line")),
            ChartInputEntry("id", .string("capex-\(company.id)")),
            ChartInputEntry("title", .string("\(company.name)'s capital spending")),
            ChartInputEntry(
                "subtitle",
                .string(
                    "Capital expenditure by year, US$; dashed where the figure is company guidance")
            ),
            ChartInputEntry(
                "source", .string("Company reports; see the capex sources in the data")),
            ChartInputEntry("x", .string("year")),
            ChartInputEntry("y", .string("amount")),
            ChartInputEntry("group", .string("company_name")),
            ChartInputEntry(
                "forecast",
                .map([
                    ChartInputEntry("field", .string("basis")),
                    ChartInputEntry("value", .string("guided")),
                ])),
        ])
    }
}

extension DataTable {
    /// The table cut to `fields` (those it has, in that order), with a caption.
    func selecting(_ fields: [String], caption: String) -> DataTable {
        let indices = fields.compactMap(columnIndex)
        var table = self
        table.columns = indices.map { columns[$0] }
        table.rows = rows.map { row in indices.map { row[$0] } }
        table.caption = caption
        return table
    }
}
