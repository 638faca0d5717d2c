import Foundation

/// Keys of bar charts: `highlight`, `reference` and `series`.
extension ChartSpecParser {
    /// The `highlight` labels of a bar chart.
    func highlight() throws(ChartSpecError) -> [ChartField] {
        guard let input = value("highlight") else { return [] }
        switch input {
        case .null: return []
        case .string, .number:
            return [ChartField(input.quotedText, keyPath: [.key("highlight")])]
        case .list(let items):
            var result: [ChartField] = []
            for (index, item) in items.enumerated() {
                let path: Path = [.key("highlight"), .index(index)]
                guard let label = try Self.text(item, path: path, key: "highlight") else {
                    continue
                }
                result.append(ChartField(label, keyPath: path))
            }
            return result
        default:
            throw ChartSpecError(
                keyPath: [.key("highlight")],
                message:
                    "Key 'highlight' must be a label or a list of labels, not \(input.kindName)")
        }
    }

    /// The `reference` rule of a bar chart.
    func reference() throws(ChartSpecError) -> ChartReference? {
        guard let input = value("reference"), input != .null else { return nil }
        guard case .map(let items) = input else {
            throw ChartSpecError(
                keyPath: [.key("reference")],
                message:
                    "Key 'reference' must be a mapping with 'value' and 'label', not \(input.kindName)"
            )
        }
        for item in items where item.key != "value" && item.key != "label" {
            throw ChartSpecError(
                keyPath: [.key("reference"), .key(item.key)],
                message: "Unknown key '\(item.key)' in 'reference'; valid keys are 'value', 'label'"
            )
        }
        guard let valueInput = items.first(where: { $0.key == "value" })?.value else {
            throw ChartSpecError(
                keyPath: [.key("reference")], message: "Missing key 'value' in 'reference'")
        }
        guard case .number(let number) = valueInput, !number.isNaN else {
            throw ChartSpecError(
                keyPath: [.key("reference"), .key("value")],
                message: "Key 'reference.value' must be a number, not '\(valueInput.quotedText)'")
        }
        guard let labelInput = items.first(where: { $0.key == "label" })?.value,
            let label = try Self.text(
                labelInput, path: [.key("reference"), .key("label")], key: "reference.label"),
            !label.isEmpty
        else {
            throw ChartSpecError(
                keyPath: [.key("reference")], message: "Missing key 'label' in 'reference'")
        }
        return ChartReference(value: number, label: label)
    }

    /// The `series` fields of a grouped or stacked bar chart, at most `max` of them.
    func series(max: Int, _ type: ChartType) throws(ChartSpecError) -> [ChartSeries] {
        guard let input = value("series") else {
            throw ChartSpecError(
                keyPath: [], message: "Missing key 'series' for chart type '\(type.rawValue)'")
        }
        guard case .list(let items) = input, !items.isEmpty else {
            throw ChartSpecError(
                keyPath: [.key("series")],
                message: "Key 'series' must be a list of number fields, not \(input.kindName)")
        }
        guard items.count <= max else {
            throw ChartSpecError(
                keyPath: [.key("series"), .index(max)],
                message:
                    "Key 'series' lists \(items.count) fields; a \(type.rawValue) chart shows at most \(max)"
            )
        }
        var result: [ChartSeries] = []
        for (index, item) in items.enumerated() {
            let path: Path = [.key("series"), .index(index)]
            switch item {
            case .string(let name) where !name.isEmpty:
                result.append(ChartSeries(field: ChartField(name, keyPath: path)))
            case .map(let entries):
                for entry in entries where entry.key != "field" && entry.key != "name" {
                    throw ChartSpecError(
                        keyPath: path + [.key(entry.key)],
                        message:
                            "Unknown key '\(entry.key)' in 'series'; valid keys are 'field', 'name'"
                    )
                }
                guard let fieldInput = entries.first(where: { $0.key == "field" })?.value,
                    let name = try Self.text(
                        fieldInput, path: path + [.key("field")], key: "series.field"),
                    !name.isEmpty
                else {
                    throw ChartSpecError(keyPath: path, message: "Missing key 'field' in 'series'")
                }
                var display: String?
                if let nameInput = entries.first(where: { $0.key == "name" })?.value {
                    display = try Self.text(
                        nameInput, path: path + [.key("name")], key: "series.name")
                }
                result.append(
                    ChartSeries(
                        field: ChartField(name, keyPath: path + [.key("field")]), name: display))
            default:
                throw ChartSpecError(
                    keyPath: path,
                    message:
                        "Each entry of 'series' must be a field name or a mapping with 'field' and 'name', not \(item.kindName)"
                )
            }
        }
        return result
    }
}
