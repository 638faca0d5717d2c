public import Foundation

/// A validated, typed chart spec, parsed from a ```chart block's `ChartInput`.
public struct ChartSpec: Sendable, Equatable {
    /// The title: the point of the chart, shown as HTML above it.
    public var title: String
    /// The subtitle: measure, units and period.
    public var subtitle: String?
    /// The source line.
    public var source: String?
    /// A note shown after the source (caveats, definitions).
    public var note: String?
    /// The slug used for ids (`fig-{slug}`, `{slug}-title`); from `id` or the title.
    public var slug: String
    /// Row order for bar-like charts.
    public var sort: ChartSort
    /// The design width of the wide variant in px (default 640).
    public var width: Int
    /// The type-specific fields.
    public var layout: ChartLayoutSpec
    /// Where the data came from (`data` or `values`), for pointing empty-data errors at it.
    public var dataKeyPath: [ChartKeyPathComponent]

    /// The chart type.
    public var type: ChartType { layout.type }

    /// Creates a spec directly (parsing from `ChartInput` is the usual route).
    public init(
        title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil,
        slug: String, sort: ChartSort = .descending, width: Int = 640,
        layout: ChartLayoutSpec, dataKeyPath: [ChartKeyPathComponent] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.note = note
        self.slug = slug
        self.sort = sort
        self.width = width
        self.layout = layout
        self.dataKeyPath = dataKeyPath
    }
}

/// The chart types a spec's `type` key may name.
public enum ChartType: String, Sendable, Equatable, CaseIterable {
    /// Ranked horizontal bar.
    case bar
    /// Grouped horizontal bar (one bar per series per label).
    case groupedBar = "grouped-bar"
    /// Stacked horizontal bar (parts of a whole, at most 3).
    case stackedBar = "stacked-bar"
    /// Line over time.
    case line
    /// Area over time.
    case area
    /// Announcement timeline in lanes.
    case timeline
    /// Scatter or bubble chart.
    case scatter
    /// Waterfall (bridge) of signed steps.
    case waterfall
}

/// Row order for bar-like charts.
public enum ChartSort: String, Sendable, Equatable, CaseIterable {
    /// Largest first, ties by label then input order (the default).
    case descending
    /// Smallest first.
    case ascending
    /// The order of the data.
    case input
}

/// A field name from the spec with the key path it was given at.
public struct ChartField: Sendable, Equatable {
    /// The column name.
    public var name: String
    /// Where it appears in the spec.
    public var keyPath: [ChartKeyPathComponent]

    /// Creates a field reference.
    public init(_ name: String, keyPath: [ChartKeyPathComponent] = []) {
        self.name = name
        self.keyPath = keyPath
    }
}

/// One series of a grouped or stacked bar: a number field and its display name.
public struct ChartSeries: Sendable, Equatable {
    /// The number field.
    public var field: ChartField
    /// The name shown in labels; defaults to the field name humanised.
    public var name: String

    /// Creates a series.
    public init(field: ChartField, name: String? = nil) {
        self.field = field
        self.name = name ?? humanize(field.name)
    }
}

extension ChartSpec {
    /// The names of the table fields the chart reads.
    public var fieldNames: Set<String> {
        let fields: [ChartField?]
        switch layout {
        case .bar(let spec): fields = [spec.label, spec.value] + spec.highlight
        case .groupedBar(let spec), .stackedBar(let spec):
            fields = [spec.label] + spec.series.map(\.field)
        case .line(let spec), .area(let spec): fields = [spec.x, spec.y, spec.group]
        case .timeline(let spec): fields = [spec.date, spec.lane, spec.label, spec.size]
        case .scatter(let spec): fields = [spec.x, spec.y, spec.size, spec.label]
        case .waterfall(let spec): fields = [spec.label, spec.value, spec.total]
        }
        return Set(fields.compactMap { $0?.name })
    }
}

/// Type-specific parts of a spec.
public enum ChartLayoutSpec: Sendable, Equatable {
    /// Ranked horizontal bar.
    case bar(BarChartSpec)
    /// Grouped bar.
    case groupedBar(SeriesChartSpec)
    /// Stacked bar.
    case stackedBar(SeriesChartSpec)
    /// Line over time.
    case line(LineChartSpec)
    /// Area over time.
    case area(LineChartSpec)
    /// Announcement timeline.
    case timeline(TimelineChartSpec)
    /// Scatter or bubble chart.
    case scatter(ScatterChartSpec)
    /// Waterfall.
    case waterfall(WaterfallChartSpec)

    /// The chart type.
    public var type: ChartType {
        switch self {
        case .bar: return .bar
        case .groupedBar: return .groupedBar
        case .stackedBar: return .stackedBar
        case .line: return .line
        case .area: return .area
        case .timeline: return .timeline
        case .scatter: return .scatter
        case .waterfall: return .waterfall
        }
    }
}

/// Fields of a ranked bar chart.
public struct BarChartSpec: Sendable, Equatable {
    /// The text field naming each bar.
    public var label: ChartField
    /// The number field giving each bar's length.
    public var value: ChartField
    /// Labels to draw in the highlight colour, each with its key path.
    public var highlight: [ChartField]
    /// An optional labelled vertical rule (a comparator such as annual capex).
    public var reference: ChartReference?

    /// Creates a bar spec.
    public init(
        label: ChartField, value: ChartField, highlight: [ChartField] = [],
        reference: ChartReference? = nil
    ) {
        self.label = label
        self.value = value
        self.highlight = highlight
        self.reference = reference
    }
}

/// A labelled reference rule at a value on the value axis.
public struct ChartReference: Sendable, Equatable {
    /// The value, in the same unit as the bars (money in whole units).
    public var value: Decimal
    /// The label, for example `Amazon 2026 capex guidance ~$200B`.
    public var label: String

    /// Creates a reference.
    public init(value: Decimal, label: String) {
        self.value = value
        self.label = label
    }
}

/// Fields of a grouped or stacked bar chart.
public struct SeriesChartSpec: Sendable, Equatable {
    /// The text field naming each group.
    public var label: ChartField
    /// The number fields, one per series.
    public var series: [ChartSeries]

    /// Creates a series spec.
    public init(label: ChartField, series: [ChartSeries]) {
        self.label = label
        self.series = series
    }
}

/// Fields of a line or area chart.
public struct LineChartSpec: Sendable, Equatable {
    /// The year or date field.
    public var x: ChartField
    /// The number field.
    public var y: ChartField
    /// An optional text field splitting rows into series.
    public var group: ChartField?
    /// Rows drawn as guidance or forecast (dashed, hollow).
    public var forecast: ChartForecast?

    /// Creates a line spec.
    public init(
        x: ChartField, y: ChartField, group: ChartField? = nil, forecast: ChartForecast? = nil
    ) {
        self.x = x
        self.y = y
        self.group = group
        self.forecast = forecast
    }
}

/// Marks rows whose `field` equals `value` as guidance or forecast.
public struct ChartForecast: Sendable, Equatable {
    /// The field to test.
    public var field: ChartField
    /// The value that marks a forecast row (text, number or boolean).
    public var value: ChartInput

    /// Creates a forecast rule.
    public init(field: ChartField, value: ChartInput) {
        self.field = field
        self.value = value
    }
}

/// Fields of an announcement timeline.
public struct TimelineChartSpec: Sendable, Equatable {
    /// The date or year field.
    public var date: ChartField
    /// The text field giving the lane (an investor).
    public var lane: ChartField
    /// The text field naming each event.
    public var label: ChartField
    /// An optional number field for dot area.
    public var size: ChartField?

    /// Creates a timeline spec.
    public init(date: ChartField, lane: ChartField, label: ChartField, size: ChartField? = nil) {
        self.date = date
        self.lane = lane
        self.label = label
        self.size = size
    }
}

/// Fields of a scatter or bubble chart.
public struct ScatterChartSpec: Sendable, Equatable {
    /// The x number field.
    public var x: ChartField
    /// The y number field.
    public var y: ChartField
    /// An optional number field for bubble area.
    public var size: ChartField?
    /// The text field naming each point.
    public var label: ChartField
    /// Reference diagonals `y = k·x`; nil means the default `[1, 4, 10]` when x and y share a
    /// unit.
    public var diagonals: [Decimal]?

    /// Creates a scatter spec.
    public init(
        x: ChartField, y: ChartField, size: ChartField? = nil, label: ChartField,
        diagonals: [Decimal]? = nil
    ) {
        self.x = x
        self.y = y
        self.size = size
        self.label = label
        self.diagonals = diagonals
    }
}

/// Fields of a waterfall chart.
public struct WaterfallChartSpec: Sendable, Equatable {
    /// The text field naming each step.
    public var label: ChartField
    /// The signed number field.
    public var value: ChartField
    /// An optional field whose truthy or `total` value marks a total column.
    public var total: ChartField?
    /// When given, a final computed total column with this label.
    public var totalLabel: String?

    /// Creates a waterfall spec.
    public init(
        label: ChartField, value: ChartField, total: ChartField? = nil, totalLabel: String? = nil
    ) {
        self.label = label
        self.value = value
        self.total = total
        self.totalLabel = totalLabel
    }
}

/// `annual_commitment` → `Annual commitment`.
func humanize(_ name: String) -> String {
    let spaced = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(
        of: "-", with: " ")
    guard let first = spaced.first else { return spaced }
    return first.uppercased() + spaced.dropFirst()
}
