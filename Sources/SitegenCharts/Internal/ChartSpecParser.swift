import Foundation

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

    private func value(_ key: String) -> ChartInput? {
        entries.first { $0.key == key }?.value
    }

    private func spec() throws(ChartSpecError) -> ChartSpec {
        var seen: [String] = []
        for entry in entries {
            if seen.contains(entry.key) {
                throw ChartSpecError(keyPath: [.key(entry.key)], message: "Duplicate key '\(entry.key)'")
            }
            seen.append(entry.key)
        }
        let type = try chartType()
        let valid = Self.commonKeys + Self.typeKeys(type)
        for entry in entries where !valid.contains(entry.key) {
            var message = "Unknown key '\(entry.key)' for chart type '\(type.rawValue)'"
            let near = nearestNames(to: entry.key, in: valid)
            message += near.isEmpty ? "; valid keys are " + quotedList(valid) : "; did you mean " + quotedList(near, conjunction: "or") + "?"
            throw ChartSpecError(keyPath: [.key(entry.key)], message: message)
        }
        guard let title = try text("title"), !title.isEmpty else {
            throw ChartSpecError(keyPath: value("title") == nil ? [] : [.key("title")],
                message: "Missing key 'title'; every chart needs a title that states its point")
        }
        let slug: String
        if let id = try text("id") {
            guard isSlug(id) else {
                throw ChartSpecError(keyPath: [.key("id")],
                    message: "Key 'id' must use lowercase letters, digits and '-', not '\(id)'")
            }
            slug = id
        } else {
            slug = slugify(title)
        }
        var sort = ChartSort.descending
        if type == .waterfall || type == .line || type == .area || type == .timeline || type == .scatter {
            sort = .input
        }
        if let name = try text("sort") {
            guard let parsed = ChartSort(rawValue: name) else {
                throw ChartSpecError(keyPath: [.key("sort")],
                    message: "Unknown sort '\(name)' for key 'sort'; valid values are " + quotedList(ChartSort.allCases.map(\.rawValue)))
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
        let valid = quotedList(ChartType.allCases.map(\.rawValue))
        guard let name = try text("type") else {
            throw ChartSpecError(keyPath: [], message: "Missing key 'type'; valid types are \(valid)")
        }
        guard let type = ChartType(rawValue: name) else {
            throw ChartSpecError(keyPath: [.key("type")],
                message: "Unknown chart type '\(name)' for key 'type'; valid types are \(valid)")
        }
        return type
    }

    private func layout(_ type: ChartType) throws(ChartSpecError) -> ChartLayoutSpec {
        switch type {
        case .bar:
            return .bar(BarChartSpec(
                label: try field("label", type), value: try field("value", type),
                highlight: try highlight(), reference: try reference()))
        case .groupedBar:
            return .groupedBar(SeriesChartSpec(label: try field("label", type), series: try series(max: 4, type)))
        case .stackedBar:
            return .stackedBar(SeriesChartSpec(label: try field("label", type), series: try series(max: 3, type)))
        case .line, .area:
            let spec = LineChartSpec(
                x: try field("x", type), y: try field("y", type),
                group: try optionalField("group"), forecast: try forecast())
            return type == .line ? .line(spec) : .area(spec)
        case .timeline:
            return .timeline(TimelineChartSpec(
                date: try field("date", type), lane: try field("lane", type),
                label: try field("label", type), size: try optionalField("size")))
        case .scatter:
            return .scatter(ScatterChartSpec(
                x: try field("x", type), y: try field("y", type), size: try optionalField("size"),
                label: try field("label", type), diagonals: try diagonals()))
        case .waterfall:
            return .waterfall(WaterfallChartSpec(
                label: try field("label", type), value: try field("value", type),
                total: try optionalField("total"), totalLabel: try text("total_label")))
        }
    }

    // MARK: - Values

    private func text(_ key: String) throws(ChartSpecError) -> String? {
        guard let input = value(key) else { return nil }
        return try Self.text(input, path: [.key(key)], key: key)
    }

    private static func text(_ input: ChartInput, path: Path, key: String) throws(ChartSpecError) -> String? {
        switch input {
        case .null: return nil
        case .string(let s): return s
        case .number(let n): return n.description
        default:
            throw ChartSpecError(keyPath: path, message: "Key '\(key)' must be text, not \(input.kindName)")
        }
    }

    private func integer(_ key: String, range: ClosedRange<Int>) throws(ChartSpecError) -> Int? {
        guard let input = value(key) else { return nil }
        let message = "Key '\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(input.quotedText)'"
        guard case .number(let n) = input, let exact = ExactDecimal(n), exact.scale == 0 || exact.trimmed.scale == 0,
            let int = Int(exact.trimmed.unsignedText(grouped: false)), range.contains(exact.isNegative ? -int : int)
        else {
            throw ChartSpecError(keyPath: [.key(key)], message: message)
        }
        return int
    }

    private func field(_ key: String, _ type: ChartType) throws(ChartSpecError) -> ChartField {
        guard let field = try optionalField(key) else {
            throw ChartSpecError(keyPath: [],
                message: "Missing key '\(key)' for chart type '\(type.rawValue)'")
        }
        return field
    }

    private func optionalField(_ key: String) throws(ChartSpecError) -> ChartField? {
        guard let name = try text(key) else { return nil }
        guard !name.isEmpty else {
            throw ChartSpecError(keyPath: [.key(key)], message: "Key '\(key)' must name a field, not ''")
        }
        return ChartField(name, keyPath: [.key(key)])
    }

    private func highlight() throws(ChartSpecError) -> [ChartField] {
        guard let input = value("highlight") else { return [] }
        switch input {
        case .null: return []
        case .string, .number:
            return [ChartField(input.quotedText, keyPath: [.key("highlight")])]
        case .list(let items):
            var result: [ChartField] = []
            for (index, item) in items.enumerated() {
                let path: Path = [.key("highlight"), .index(index)]
                guard let label = try Self.text(item, path: path, key: "highlight") else { continue }
                result.append(ChartField(label, keyPath: path))
            }
            return result
        default:
            throw ChartSpecError(keyPath: [.key("highlight")],
                message: "Key 'highlight' must be a label or a list of labels, not \(input.kindName)")
        }
    }

    private func reference() throws(ChartSpecError) -> ChartReference? {
        guard let input = value("reference"), input != .null else { return nil }
        guard case .map(let items) = input else {
            throw ChartSpecError(keyPath: [.key("reference")],
                message: "Key 'reference' must be a mapping with 'value' and 'label', not \(input.kindName)")
        }
        for item in items where item.key != "value" && item.key != "label" {
            throw ChartSpecError(keyPath: [.key("reference"), .key(item.key)],
                message: "Unknown key '\(item.key)' in 'reference'; valid keys are 'value', 'label'")
        }
        guard let valueInput = items.first(where: { $0.key == "value" })?.value else {
            throw ChartSpecError(keyPath: [.key("reference")], message: "Missing key 'value' in 'reference'")
        }
        guard case .number(let number) = valueInput, !number.isNaN else {
            throw ChartSpecError(keyPath: [.key("reference"), .key("value")],
                message: "Key 'reference.value' must be a number, not '\(valueInput.quotedText)'")
        }
        guard let labelInput = items.first(where: { $0.key == "label" })?.value,
            let label = try Self.text(labelInput, path: [.key("reference"), .key("label")], key: "reference.label"),
            !label.isEmpty
        else {
            throw ChartSpecError(keyPath: [.key("reference")], message: "Missing key 'label' in 'reference'")
        }
        return ChartReference(value: number, label: label)
    }

    private func series(max: Int, _ type: ChartType) throws(ChartSpecError) -> [ChartSeries] {
        guard let input = value("series") else {
            throw ChartSpecError(keyPath: [], message: "Missing key 'series' for chart type '\(type.rawValue)'")
        }
        guard case .list(let items) = input, !items.isEmpty else {
            throw ChartSpecError(keyPath: [.key("series")],
                message: "Key 'series' must be a list of number fields, not \(input.kindName)")
        }
        guard items.count <= max else {
            throw ChartSpecError(keyPath: [.key("series"), .index(max)],
                message: "Key 'series' lists \(items.count) fields; a \(type.rawValue) chart shows at most \(max)")
        }
        var result: [ChartSeries] = []
        for (index, item) in items.enumerated() {
            let path: Path = [.key("series"), .index(index)]
            switch item {
            case .string(let name) where !name.isEmpty:
                result.append(ChartSeries(field: ChartField(name, keyPath: path)))
            case .map(let entries):
                for entry in entries where entry.key != "field" && entry.key != "name" {
                    throw ChartSpecError(keyPath: path + [.key(entry.key)],
                        message: "Unknown key '\(entry.key)' in 'series'; valid keys are 'field', 'name'")
                }
                guard let fieldInput = entries.first(where: { $0.key == "field" })?.value,
                    let name = try Self.text(fieldInput, path: path + [.key("field")], key: "series.field"),
                    !name.isEmpty
                else {
                    throw ChartSpecError(keyPath: path, message: "Missing key 'field' in 'series'")
                }
                var display: String?
                if let nameInput = entries.first(where: { $0.key == "name" })?.value {
                    display = try Self.text(nameInput, path: path + [.key("name")], key: "series.name")
                }
                result.append(ChartSeries(field: ChartField(name, keyPath: path + [.key("field")]), name: display))
            default:
                throw ChartSpecError(keyPath: path,
                    message: "Each entry of 'series' must be a field name or a mapping with 'field' and 'name', not \(item.kindName)")
            }
        }
        return result
    }

    private func forecast() throws(ChartSpecError) -> ChartForecast? {
        guard let input = value("forecast"), input != .null else { return nil }
        guard case .map(let items) = input else {
            throw ChartSpecError(keyPath: [.key("forecast")],
                message: "Key 'forecast' must be a mapping with 'field' and 'value', not \(input.kindName)")
        }
        for item in items where item.key != "field" && item.key != "value" {
            throw ChartSpecError(keyPath: [.key("forecast"), .key(item.key)],
                message: "Unknown key '\(item.key)' in 'forecast'; valid keys are 'field', 'value'")
        }
        guard let fieldInput = items.first(where: { $0.key == "field" })?.value,
            let name = try Self.text(fieldInput, path: [.key("forecast"), .key("field")], key: "forecast.field")
        else {
            throw ChartSpecError(keyPath: [.key("forecast")], message: "Missing key 'field' in 'forecast'")
        }
        guard let marker = items.first(where: { $0.key == "value" })?.value else {
            throw ChartSpecError(keyPath: [.key("forecast")], message: "Missing key 'value' in 'forecast'")
        }
        return ChartForecast(field: ChartField(name, keyPath: [.key("forecast"), .key("field")]), value: marker)
    }

    private func diagonals() throws(ChartSpecError) -> [Decimal]? {
        guard let input = value("diagonals"), input != .null else { return nil }
        guard case .list(let items) = input else {
            throw ChartSpecError(keyPath: [.key("diagonals")],
                message: "Key 'diagonals' must be a list of positive numbers, not \(input.kindName)")
        }
        var result: [Decimal] = []
        for (index, item) in items.enumerated() {
            guard case .number(let n) = item, !n.isNaN, n > 0 else {
                throw ChartSpecError(keyPath: [.key("diagonals"), .index(index)],
                    message: "Key 'diagonals' must list positive numbers, not '\(item.quotedText)'")
            }
            result.append(n)
        }
        return result
    }
}
