import SitegenCharts
import SitegenData
import SitegenDeals

/// The pages generated from the data: deals, companies and the downloads index.
extension PageRenderer {
    var dataSet: DealData { site.catalog.dataSet }

    func dealsIndex(_ location: PageLocation) -> PageResult {
        var diagnostics: [Diagnostic] = []
        var shown = ShownFigures()
        let context = DealsContext(
            heading: "Deals",
            intro:
                "Every investment and compute commitment in the report's data, newest first. Derived columns are computed; see the methodology.",
            chart: overviewChart(diagnostics: &diagnostics, shown: &shown),
            table: dealsTable(dataSet.deals, caption: "All deals", at: location, shown: &shown),
            downloads: DealDatasets.all.compactMap { name in
                dataSet.dataset(named: name) == nil
                    ? nil
                    : DownloadContext(
                        name: "\(name).csv",
                        href: location.link(to: .download(dataset: name, format: "csv")))
            })
        return finish(
            chrome(
                location, title: "Deals",
                description: "Every deal in the data, with computed figures."),
            context, location, diagnostics: diagnostics, inputs: allDatasets,
            figures: shown.names, charts: context.chart.isEmpty ? 0 : 1)
    }

    func deal(_ deal: Deal, _ location: PageLocation) -> PageResult {
        var notes = FigureNotes(pageSources: deal.sources.compactMap(dataSet.source(id:)))
        let facts: [(String, String)] = [
            ("Equity investment", "investment"),
            ("Paid or committed at signing", "investment_firm"),
            ("On later conditions", "investment_contingent"), ("Compute commitment", "commitment"),
            ("Commitment term", "term"), ("Annual run-rate", "annual_commitment"),
            ("Commitment ÷ investment", "commitment_multiple"),
            ("Investment, share of investor's capex", "capex_share"),
            ("Run-rate, share of provider's capex", "commitment_capex_share"),
        ]
        var factValues = facts.compactMap { label, metric in
            fact(label, "deals.\(deal.id).\(metric)", notes: &notes)
        }
        if deal.investmentUndisclosed {
            factValues.insert(
                FactContext(label: "Equity investment", value: "not disclosed"), at: 0)
        }
        var diagnostics: [Diagnostic] = []
        var shown = ShownFigures()
        var chart = ""
        if deal.investment != nil, deal.commitment != nil {
            let rows = site.catalog.table(named: DealDatasets.deals, where: "id", in: [deal.id])
            chart = self.chart(
                for: dealChartSpec(deal), table: rows, diagnostics: &diagnostics, shown: &shown)
        }
        let analyses = site.analysesByDeal[deal.id] ?? []
        let context = DealContext(
            heading: dataSet.dealName(deal), summary: deal.summary, status: deal.status.rawValue,
            announced: DateContext(iso: deal.announced.iso, display: deal.announced.formatted),
            investorName: dataSet.companyName(deal.investor),
            investorHref: location.link(to: .company(id: deal.investor)),
            investeeName: dataSet.companyName(deal.investee),
            investeeHref: location.link(to: .company(id: deal.investee)),
            facts: factValues, chart: chart, analyses: cards.html(for: analyses),
            hasAnalyses: !analyses.isEmpty,
            afterContent: notes.section())
        let result = finish(
            chrome(location, title: dataSet.dealName(deal), description: deal.summary),
            context, location, diagnostics: diagnostics,
            inputs: allDatasets.union(cardInputs).union([.analysisList]),
            figures: ShownFigures.merging(notes.figureNames, shown.names),
            charts: chart.isEmpty ? 0 : 1)
        return indexed(
            result, kind: .deal, title: dataSet.dealName(deal), date: deal.announced,
            summary: deal.summary,
            labels: [dataSet.companyName(deal.investor), dataSet.companyName(deal.investee)])
    }

    func companiesIndex(_ location: PageLocation) -> PageResult {
        var table = ""
        var shown = ShownFigures()
        if let companies = site.catalog.table(named: DealDatasets.companies) {
            let fields = [
                "name", "kind", "invested", "received", "committed", "commitments_received",
                "deal_count",
            ]
            shown.add(companies.figureNames(inFields: Set(fields)))
            table = TableMarkup(
                rowLink: { table, row in body.link(for: table, row: row) },
                rootPrefix: location.rootPrefix
            ).html(companies.selecting(fields, caption: "Companies and their deal totals"))
        }
        let context = CompaniesContext(
            heading: "Companies",
            intro:
                "The labs, clouds and chipmakers in the data, with totals computed from their deals.",
            table: table)
        return finish(
            chrome(
                location, title: "Companies",
                description: "The companies in the deals, with their totals."),
            context, location, inputs: allDatasets, figures: shown.names)
    }

    func company(_ company: Company, _ location: PageLocation) -> PageResult {
        var notes = FigureNotes()
        let prefix = "companies.\(company.id)."
        var facts: [FactContext] = [
            ("Deals", "deal_count"), ("Equity invested", "invested"),
            ("Equity received", "received"),
            ("Compute committed", "committed"), ("Commitments received", "commitments_received"),
        ].compactMap { label, metric in fact(label, prefix + metric, notes: &notes) }
        let capex = dataSet.capex(of: company.id).sorted { $0.year < $1.year }
        if let latest = capex.last,
            let fact = fact(
                "Capital spending \(latest.year)", prefix + "capex.\(latest.year)", notes: &notes)
        {
            facts.append(fact)
        }
        var diagnostics: [Diagnostic] = []
        var shown = ShownFigures()
        var capexChart = ""
        if capex.count > 1,
            let table = site.catalog.table(
                named: DealDatasets.capex, where: "company", in: [company.id])
        {
            capexChart = chart(
                for: capexChartSpec(company), table: table, diagnostics: &diagnostics,
                shown: &shown)
        }
        let deals = dataSet.deals(of: company.id)
        let analyses = site.analysesByCompany[company.id] ?? []
        let context = CompanyContext(
            heading: company.name,
            kindLabel: company.kind.rawValue.replacingOccurrences(of: "-", with: " "),
            facts: facts, capexChart: capexChart,
            dealsTable: dealsTable(
                deals, caption: "Deals involving \(company.name)", at: location, shown: &shown),
            hasDeals: !deals.isEmpty, analyses: cards.html(for: analyses),
            hasAnalyses: !analyses.isEmpty, afterContent: notes.section())
        let description = "\(company.name): deals, commitments and capital spending."
        let result = finish(
            chrome(location, title: company.name, description: description),
            context, location, diagnostics: diagnostics,
            inputs: allDatasets.union(cardInputs).union([.analysisList]),
            figures: ShownFigures.merging(notes.figureNames, shown.names),
            charts: capexChart.isEmpty ? 0 : 1)
        return indexed(
            result, kind: .company, title: company.name, date: nil, summary: description,
            labels: [])
    }

    func dataIndex(_ location: PageLocation) -> PageResult {
        let context = DataIndexContext(
            heading: "Data",
            intro:
                "Every dataset behind the report, with computed columns, as JSON and CSV. Amounts are in whole currency units; qualified amounts give their bounds.",
            datasets: DataDownloads.names(of: site).map { name in
                DataIndexContext.Dataset(
                    name: name, count: site.catalog.table(named: name)?.rows.count ?? 0,
                    jsonHref: location.link(to: .download(dataset: name, format: "json")),
                    csvHref: location.link(to: .download(dataset: name, format: "csv")))
            })
        return finish(
            chrome(
                location, title: "Data", description: "The report's datasets as JSON and CSV."),
            context, location, inputs: allDatasets)
    }

    // MARK: Pieces

    /// The timeline of every deal, shown on the home page and the deals index.
    func overviewChart(diagnostics: inout [Diagnostic], shown: inout ShownFigures) -> String {
        chart(
            for: dealsOverviewSpec, table: site.catalog.table(named: DealDatasets.deals),
            diagnostics: &diagnostics, shown: &shown)
    }

    /// The site-wide figures that can be computed, for the home page.
    func headlineFacts(notes: inout FigureNotes) -> [FactContext] {
        [
            ("Deals in the data", "totals.deal_count"), ("Equity invested", "totals.invested"),
            ("Compute committed", "totals.committed"),
        ].compactMap { label, name in fact(label, name, notes: &notes) }
    }

    private func fact(_ label: String, _ name: String, notes: inout FigureNotes) -> FactContext? {
        guard let figure = try? site.catalog.figure(named: name) else { return nil }
        return FactContext(label: label, value: notes.inline(figure))
    }

    private func dealsTable(
        _ deals: [Deal], caption: String, at location: PageLocation, shown: inout ShownFigures
    ) -> String {
        guard
            var table = site.catalog.table(
                named: DealDatasets.deals, where: "id", in: deals.map(\.id))
        else { return "" }
        if let announced = table.columnIndex("announced") {
            table = table.sortingRows(by: announced, descending: true)
        }
        let fields = [
            "name", "announced", "status", "investment", "commitment", "term", "annual_commitment",
            "commitment_multiple",
        ]
        shown.add(table.figureNames(inFields: Set(fields)))
        return TableMarkup(
            rowLink: { table, row in body.link(for: table, row: row) },
            rootPrefix: location.rootPrefix
        )
        .html(table.selecting(fields, caption: caption))
    }

    private func chart(
        for spec: ChartInput, table: DataTable?, diagnostics: inout [Diagnostic],
        shown: inout ShownFigures
    ) -> String {
        guard let table, !table.rows.isEmpty else { return "" }
        do {
            let renderer = ChartRenderer()
            let parsed = try renderer.parse(spec)
            let html = try renderer.render(
                spec: parsed, table: ChartTableConversion.table(from: table)
            ).html
            shown.add(table.figureNames(inFields: parsed.fieldNames))
            return html
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
