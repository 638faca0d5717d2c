import Foundation
import SitegenCharts
import SitegenData
import SitegenDeals

/// Turns a positioned YAML tree into the chart module's spec tree.
enum ChartInputConversion {
    static func input(from value: DataValue) -> ChartInput {
        switch value.kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number, _): return .number(number)
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(input(from:)))
        case .map(let entries):
            return .map(entries.map { ChartInputEntry($0.key, input(from: $0.value)) })
        }
    }
}

extension ChartInput {
    /// The map with the value of `key` replaced (or appended when absent).
    func replacing(key: String, with value: ChartInput) -> ChartInput {
        guard case .map(var entries) = self else { return self }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(ChartInputEntry(key, value))
        }
        return .map(entries)
    }
}

extension DataValue {
    /// The node a chart key path points at; for a key, the key's own position is kept when
    /// it is the last step, so "unknown key" errors point at the key.
    func value(at path: [ChartKeyPathComponent]) -> DataValue? {
        var node = self
        for (offset, component) in path.enumerated() {
            switch component {
            case .key(let key):
                guard let entry = node.entries?.first(where: { $0.key == key }) else { return node }
                node = entry.value
                if offset == path.count - 1, node.isNull { node.position = entry.keyPosition }
            case .index(let index):
                guard let items = node.items, index >= 0, index < items.count else { return node }
                node = items[index]
            }
        }
        return node
    }
}

/// Turns SitegenData's typed tables into the chart module's tables.
enum ChartTableConversion {
    /// Fields computed from other fields; charts draw them in the derived style.
    static let derivedFields: Set<String> = Set(
        MetricDefinition.all.filter(\.isDerived).compactMap {
            $0.pattern.split(separator: ".").last.map(String.init)
        })

    static func table(from table: DataTable) -> ChartTable {
        let derived = table.columns.map { derivedFields.contains($0.field) }
        let rows = table.rows.map { row in
            row.enumerated().map { index, cell in
                self.cell(cell, derived: index < derived.count && derived[index])
            }
        }
        return ChartTable(columns: table.fields, rows: rows)
    }

    static func cell(_ cell: DataCell, derived: Bool) -> ChartCell {
        switch cell {
        case .text(let text): return .text(text)
        case .quantity(let bounds, let unit):
            // A range stays a range (drawn as an interval, or refused by charts that cannot
            // draw one), never its midpoint.
            let value: Decimal
            let qualifier: ChartQualifier
            switch bounds.shape {
            case .point(let point):
                value = point
                qualifier = bounds.approximate ? .about : .exact
            case .upTo(let high):
                value = high
                qualifier = .upTo
            case .atLeast(let low):
                value = low
                qualifier = .atLeast
            case .between(let low, let high):
                value = high
                qualifier = .between(low: low, approximate: bounds.approximate)
            case .unknown:
                return .missing
            }
            var perYear = false
            let chartUnit: ChartUnit
            switch unit {
            case .money(let currency): chartUnit = .money(currency: currency)
            case .moneyPerYear(let currency):
                chartUnit = .money(currency: currency)
                perYear = true
            case .multiple: chartUnit = .multiple
            case .share: chartUnit = .percent
            case .years: chartUnit = .years
            case .count: chartUnit = .count
            }
            return .number(
                ChartNumber(
                    value: value, unit: chartUnit, qualifier: qualifier, derived: derived,
                    perYear: perYear))
        case .number(let value, _): return .number(ChartNumber(value: value, unit: .plain))
        case .date(let date): return .date(year: date.year, month: date.month, day: date.day)
        case .year(let year): return .year(year)
        case .missing: return .missing
        }
    }

    /// A table from a chart's inline `values` rows: amounts written `25B`, `-25B` or with a
    /// qualifier (`up to 35B`, `at least 100B`, `about 200B`) are US dollars, four-digit whole numbers (1000 to 9999) in a field whose name contains `year`
    /// are years (as in datasets), other numbers plain.
    static func inlineTable(_ rows: [DataValue]) -> DataTable {
        var table = FigureCatalog.plainTable("values", rows)
        for (index, column) in table.columns.enumerated() {
            let cells = table.rows.map { $0[index] }
            let amounts = cells.map { cell -> (amount: Decimal, qualifier: Qualifier)? in
                if case .text(let text) = cell { return QualifiedMoney.inline(text) }
                return nil
            }
            if cells.contains(where: { !$0.isMissing }),
                zip(cells, amounts).allSatisfy({ $0.isMissing || $1 != nil })
            {
                for row in table.rows.indices {
                    if let amount = amounts[row] {
                        table.rows[row][index] = .quantity(
                            Bounds(amount.amount, qualifier: amount.qualifier),
                            .money(currency: "USD"))
                    }
                }
                table.columns[index].unit = .money(currency: "USD")
                table.columns[index].alignment = .right
            } else if column.field.lowercased().contains("year") {
                for row in table.rows.indices {
                    if case .number(let value, let text) = table.rows[row][index], text.count == 4,
                        text.allSatisfy(\.isASCII), let year = Int(text),
                        (1000...9999).contains(year),
                        Decimal(year) == value
                    {
                        table.rows[row][index] = .year(year)
                    }
                }
            }
        }
        return table
    }
}
