import Foundation

/// Keys of line and scatter charts: `forecast` and `diagonals`.
extension ChartSpecParser {
    /// The `forecast` marker of a line or area chart.
    func forecast() throws(ChartSpecError) -> ChartForecast? {
        guard let input = value("forecast"), input != .null else { return nil }
        guard case .map(let items) = input else {
            throw ChartSpecError(
                keyPath: [.key("forecast")],
                message:
                    "Key 'forecast' must be a mapping with 'field' and 'value', not \(input.kindName)"
            )
        }
        for item in items where item.key != "field" && item.key != "value" {
            throw ChartSpecError(
                keyPath: [.key("forecast"), .key(item.key)],
                message: "Unknown key '\(item.key)' in 'forecast'; valid keys are 'field', 'value'")
        }
        guard let fieldInput = items.first(where: { $0.key == "field" })?.value,
            let name = try Self.text(
                fieldInput, path: [.key("forecast"), .key("field")], key: "forecast.field")
        else {
            throw ChartSpecError(
                keyPath: [.key("forecast")], message: "Missing key 'field' in 'forecast'")
        }
        guard let marker = items.first(where: { $0.key == "value" })?.value else {
            throw ChartSpecError(
                keyPath: [.key("forecast")], message: "Missing key 'value' in 'forecast'")
        }
        return ChartForecast(
            field: ChartField(name, keyPath: [.key("forecast"), .key("field")]), value: marker)
    }

    /// The `diagonals` of a scatter chart.
    func diagonals() throws(ChartSpecError) -> [Decimal]? {
        guard let input = value("diagonals"), input != .null else { return nil }
        guard case .list(let items) = input else {
            throw ChartSpecError(
                keyPath: [.key("diagonals")],
                message: "Key 'diagonals' must be a list of positive numbers, not \(input.kindName)"
            )
        }
        var result: [Decimal] = []
        for (index, item) in items.enumerated() {
            guard case .number(let n) = item, !n.isNaN, n > 0 else {
                throw ChartSpecError(
                    keyPath: [.key("diagonals"), .index(index)],
                    message: "Key 'diagonals' must list positive numbers, not '\(item.quotedText)'")
            }
            result.append(n)
        }
        return result
    }
}
