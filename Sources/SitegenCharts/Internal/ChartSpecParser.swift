import Foundation
import SitegenSupport

/// Turns a `ChartInput` tree into a `ChartSpec`, reporting problems with key paths.
struct ChartSpecParser {
    typealias Path = [ChartKeyPathComponent]

    static let commonKeys = [
        "type", "title", "subtitle", "source", "note", "id", "data", "values", "filter", "width",
    ]

    static func typeKeys(_ type: ChartType) -> [String] {
        switch type {
        case .bar: return ["sort", "label", "value", "highlight", "reference"]
        case .groupedBar, .stackedBar: return ["sort", "label", "series"]
        case .line, .area: return ["x", "y", "group", "forecast"]
        case .timeline: return ["date", "lane", "label", "size"]
        case .scatter: return ["x", "y", "size", "label", "diagonals"]
        case .waterfall: return ["label", "value", "total", "total_label"]
        }
    }

    private let entries: [ChartInputEntry]

    /// Parses a whole spec.
    static func parse(_ input: ChartInput) throws(ChartSpecError) -> ChartSpec {
        guard case .map(let entries) = input else {
            throw ChartSpecError(
                keyPath: [], message: "Chart spec must be a mapping of keys, not \(input.kindName)")
        }
        return try ChartSpecParser(entries: entries).spec()
    }

    private init(entries: [ChartInputEntry]) {
        self.entries = entries
    }

    /// The value of top-level `key`, if present.
    func value(_ key: String) -> ChartInput? {
        entries.first { $0.key == key }?.value
    }

    private func spec() throws(ChartSpecError) -> ChartSpec {
        var seen: Set<String> = []
        for entry in entries {
            if seen.contains(entry.key) {
                throw ChartSpecError(
                    keyPath: [.key(entry.key)], message: "Duplicate key '\(entry.key)'")
            }
            seen.insert(entry.key)
        }
        let type = try chartType()
        let valid = Self.commonKeys + Self.typeKeys(type)
        for entry in entries where !valid.contains(entry.key) {
            var message = "Unknown key '\(entry.key)' for chart type '\(type.rawValue)'"
            let near = EditDistance.tiedNearest(to: entry.key, among: valid)
            message +=
                near.isEmpty
                ? "; valid keys are " + Quoting.commaList(valid)
                : "; did you mean " + Quoting.list(near, conjunction: "or") + "?"
            throw ChartSpecError(keyPath: [.key(entry.key)], message: message)
        }
        guard let title = try text("title"), !title.isEmpty else {
            throw ChartSpecError(
                keyPath: value("title") == nil ? [] : [.key("title")],
                message: "Missing key 'title'; every chart needs a title that states its point")
        }
        let slug: String
        if let id = try text("id") {
            guard Slug.isWellFormed(id) else {
                throw ChartSpecError(
                    keyPath: [.key("id")],
                    message: "Key 'id' must use lowercase letters, digits and '-', not '\(id)'")
            }
            slug = id
        } else {
            slug = Slug.foldingMarks(fromDecomposed: title.decomposedStringWithCanonicalMapping)
        }
        var sort = ChartSort.descending
        if type == .waterfall || type == .line || type == .area || type == .timeline
            || type == .scatter
        {
            sort = .input
        }
        if let name = try text("sort") {
            guard let parsed = ChartSort(rawValue: name) else {
                throw ChartSpecError(
                    keyPath: [.key("sort")],
                    message: "Unknown sort '\(name)' for key 'sort'; valid values are "
                        + Quoting.commaList(ChartSort.allCases.map(\.rawValue)))
            }
            sort = parsed
        }
        let width = try integer("width", range: 320...1600) ?? 640
        var dataPath: Path = []
        if value("values") != nil { dataPath = [.key("values")] }
        if value("data") != nil { dataPath = [.key("data")] }
        return ChartSpec(
            title: title, subtitle: try text("subtitle"), source: try text("source"),
            note: try text("note"), slug: slug, sort: sort, width: width,
            layout: try layout(type), dataKeyPath: dataPath)
    }

    private func chartType() throws(ChartSpecError) -> ChartType {
        let valid = Quoting.commaList(ChartType.allCases.map(\.rawValue))
        guard let name = try text("type") else {
            throw ChartSpecError(
                keyPath: [], message: "Missing key 'type'; valid types are \(valid)")
        }
        guard let type = ChartType(rawValue: name) else {
            throw ChartSpecError(
                keyPath: [.key("type")],
                message: "Unknown chart type '\(name)' for key 'type'; valid types are \(valid)")
        }
        return type
    }

    private func layout(_ type: ChartType) throws(ChartSpecError) -> ChartLayoutSpec {
        switch type {
        case .bar:
            return .bar(
                BarChartSpec(
                    label: try field("label", type), value: try field("value", type),
                    highlight: try highlight(), reference: try reference()))
        case .groupedBar:
            return .groupedBar(
                SeriesChartSpec(label: try field("label", type), series: try series(max: 4, type)))
        case .stackedBar:
            return .stackedBar(
                SeriesChartSpec(label: try field("label", type), series: try series(max: 3, type)))
        case .line, .area:
            let spec = LineChartSpec(
                x: try field("x", type), y: try field("y", type),
                group: try optionalField("group"), forecast: try forecast())
            return type == .line ? .line(spec) : .area(spec)
        case .timeline:
            return .timeline(
                TimelineChartSpec(
                    date: try field("date", type), lane: try field("lane", type),
                    label: try field("label", type), size: try optionalField("size")))
        case .scatter:
            return .scatter(
                ScatterChartSpec(
                    x: try field("x", type), y: try field("y", type),
                    size: try optionalField("size"),
                    label: try field("label", type), diagonals: try diagonals()))
        case .waterfall:
            return .waterfall(
                WaterfallChartSpec(
                    label: try field("label", type), value: try field("value", type),
                    total: try optionalField("total"), totalLabel: try text("total_label")))
        }
    }

    // MARK: - Values

    private func text(_ key: String) throws(ChartSpecError) -> String? {
        guard let input = value(key) else { return nil }
        return try Self.text(input, path: [.key(key)], key: key)
    }

    /// `input` as text (numbers keep their digits); `null` is nil.
    static func text(_ input: ChartInput, path: Path, key: String) throws(ChartSpecError)
        -> String?
    {
        switch input {
        case .null: return nil
        case .string(let s): return s
        case .number(let n): return n.description
        default:
            throw ChartSpecError(
                keyPath: path, message: "Key '\(key)' must be text, not \(input.kindName)")
        }
    }

    private func integer(_ key: String, range: ClosedRange<Int>) throws(ChartSpecError) -> Int? {
        guard let input = value(key) else { return nil }
        let message =
            "Key '\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(input.quotedText)'"
        guard case .number(let n) = input, let exact = ExactDecimal(n),
            exact.scale == 0 || exact.trimmed.scale == 0,
            let int = Int(exact.trimmed.unsignedText(grouped: false)),
            range.contains(exact.isNegative ? -int : int)
        else {
            throw ChartSpecError(keyPath: [.key(key)], message: message)
        }
        return int
    }

    private func field(_ key: String, _ type: ChartType) throws(ChartSpecError) -> ChartField {
        guard let field = try optionalField(key) else {
            throw ChartSpecError(
                keyPath: [],
                message: "Missing key '\(key)' for chart type '\(type.rawValue)'")
        }
        return field
    }

    private func optionalField(_ key: String) throws(ChartSpecError) -> ChartField? {
        guard let name = try text(key) else { return nil }
        guard !name.isEmpty else {
            throw ChartSpecError(
                keyPath: [.key(key)], message: "Key '\(key)' must name a field, not ''")
        }
        return ChartField(name, keyPath: [.key(key)])
    }
}
