// SitegenCharts draws publication-quality SVG charts at build time.
//
// It is pure Swift and depends on nothing else in the package: it owns the chart spec and
// its errors, scales and nice ticks, exact number formats, a text-width estimator, one layout
// per chart type, the deterministic SVG writer and the HTML figure with its data table.

/// Renders chart specs and tables to an HTML figure with inline SVG.
///
/// Output is deterministic: the same spec and table give byte-identical text in any process,
/// time zone or locale.
public struct ChartRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Parses a spec tree into a typed spec (keys and values only; fields are checked against
    /// the data when rendering).
    public func parse(_ input: ChartInput) throws(ChartSpecError) -> ChartSpec {
        try ChartSpecParser.parse(input)
    }

    /// Parses, validates and renders in one call.
    public func render(input: ChartInput, table: ChartTable) throws(ChartSpecError) -> RenderedChart
    {
        try render(spec: parse(input), table: table)
    }

    /// Validates `spec` against `table` and renders it.
    ///
    /// Throws when the table has no rows, a field is unknown or holds the wrong kind of value,
    /// or a value cannot be shown (a negative size). A table whose rows all lack the plotted
    /// value renders as a "No data" chart.
    public func render(spec: ChartSpec, table: ChartTable) throws(ChartSpecError) -> RenderedChart {
        guard !table.rows.isEmpty else {
            throw ChartSpecError(
                keyPath: spec.dataKeyPath,
                message:
                    "Chart '\(spec.title)' has no data rows; check 'data', 'values' and 'filter'")
        }
        let layout = try makeLayout(spec: spec, table: table)
        let width = Double(spec.width)
        let wide: ChartDrawing
        var narrow: ChartDrawing?
        if layout.isEmpty {
            wide = ChartDrawing(
                svg: emptyChartSVG(
                    type: spec.type, id: spec.slug, width: width, narrow: false,
                    title: layout.svgTitle))
        } else {
            wide = layout.drawing(id: spec.slug, width: width, narrow: false)
            if layout.hasNarrowVariant, width > 400 {
                narrow = layout.drawing(id: spec.slug + "-n", width: 360, narrow: true)
            }
        }
        let html = FigureWriter(spec: spec, layout: layout, wide: wide, narrow: narrow).html()
        let feedHTML =
            narrow == nil
            ? html : FigureWriter(spec: spec, layout: layout, wide: wide, narrow: nil).html()
        return RenderedChart(
            slug: spec.slug, html: html, svg: wide.svg.markup, narrowSVG: narrow?.svg.markup,
            feedHTML: feedHTML)
    }
}

/// A rendered chart.
public struct RenderedChart: Sendable, Equatable {
    /// The slug; the figure's id is `fig-{slug}` and the SVG ids start with it.
    public var slug: String
    /// The `<figure class="sg-figure">` element, ready to place inside an `<article>`.
    public var html: String
    /// The wide SVG on its own: well-formed XML, no prolog, ending in a newline.
    public var svg: String
    /// The narrow (phone) SVG, when the chart has one.
    public var narrowSVG: String?
    /// The figure with the wide SVG alone, for readers without the stylesheet that hides one
    /// of the two SVGs (feed readers); ``html`` itself when the chart has one SVG.
    public var feedHTML: String
}
