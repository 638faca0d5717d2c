import Foundation
import SitegenSupport

/// Line and area charts over years or dates, with guidance drawn dashed and hollow (CHARTS.md 3.3).
struct LineLayout: ChartLayout {
    struct Point {
        let row: Int
        let time: TimePoint
        let x: Double
        let number: ChartNumber?
        let forecast: Bool
    }

    struct Series {
        let name: String
        var points: [Point]
    }

    let spec: ChartSpec
    let line: LineChartSpec
    let area: Bool
    let series: [Series]
    let unit: ChartUnit
    let yearsOnly: Bool
    let groupNames: [String?]

    init(spec: ChartSpec, line: LineChartSpec, area: Bool, reader: FieldReader)
        throws(ChartSpecError)
    {
        self.spec = spec
        self.line = line
        self.area = area
        let times = try reader.times(line.x, key: "x")
        let numbers = try reader.numbers(
            line.y, key: "y",
            rangeReason:
                "a line passes through one value at each point; chart the range as bars, or chart one of its ends"
        )
        let groups: [String?] =
            try line.group.map { field throws(ChartSpecError) in
                try reader.texts(field, key: "group")
            }
            ?? Array(repeating: nil, count: times.count)
        groupNames = groups
        var flags = Array(repeating: false, count: times.count)
        if let forecast = line.forecast {
            let cells = try reader.cells(forecast.field, key: "forecast")
            flags = cells.map { matches($0, forecast.value) }
        }
        yearsOnly = !times.contains { $0?.month != nil }
        var result: [Series] = []
        for row in times.indices {
            guard let time = times[row] else { continue }
            let name = groups[row] ?? (line.group == nil ? humanize(line.y.name) : "n/a")
            let x = yearsOnly ? Double(time.year) : time.dayNumber
            let point = Point(
                row: row, time: time, x: x, number: numbers[row], forecast: flags[row])
            if let index = result.firstIndex(where: { $0.name == name }) {
                if let clash = result[index].points.first(where: { $0.x == x }) {
                    throw ChartSpecError(
                        keyPath: line.x.keyPath,
                        message:
                            "Field '\(line.x.name)' for key 'x' repeats '\(time.iso)' for series '\(name)' (rows \(clash.row + 1) and \(row + 1))"
                    )
                }
                result[index].points.append(point)
            } else {
                result.append(Series(name: name, points: [point]))
            }
        }
        for index in result.indices { result[index].points.sort { $0.x < $1.x } }
        series = result
        unit = numbers.compactMap { $0?.unit }.first ?? .plain
    }

    var isEmpty: Bool { !series.contains { $0.points.contains { $0.number != nil } } }

    var svgTitle: String {
        "\(area ? "Area" : "Line") chart: \(spec.title), \(ValueText.unitWords(unit))"
    }

    var desc: String {
        var parts: [String] = []
        for item in series.prefix(3) {
            let present = item.points.filter { $0.number != nil }
            guard let first = present.first, let last = present.last, let a = first.number,
                let b = last.number
            else { continue }
            var text =
                "\(line.group == nil ? humanize(line.y.name) : item.name) from \(first.time.label) to \(last.time.label): "
                + "\(ValueText.text(a, style: .words)) to \(ValueText.text(b, style: .words))"
            if present.count > 1, let growth = ratio(b, to: a) {
                text += " (\(ValueText.text(growth, style: .precise)))"
            }
            if let peak = present.max(by: { ($0.number?.value ?? 0) < ($1.number?.value ?? 0) }),
                let p = peak.number, present.count > 2
            {
                text += "; peak \(ValueText.text(p, style: .words)) in \(peak.time.label)"
            }
            parts.append(text + ".")
        }
        if series.count > 3 { parts.append("\(series.count - 3) more series in the table.") }
        if series.contains(where: { $0.points.contains { $0.forecast } }) {
            parts.append("Dashed segments and hollow markers are guidance.")
        }
        return parts.joined(separator: " ")
    }

    func table(caption: String) -> DataTable {
        var headers = [humanize(line.x.name)]
        if let group = line.group { headers.append(humanize(group.name)) }
        headers.append(headerWithUnit(line.y.name, unit))
        if line.forecast != nil { headers.append("Basis") }
        let derived = series.contains { $0.points.contains { $0.number?.derived == true } }
        if derived { headers.append("Notes") }
        var body: [[DataTable.Cell]] = []
        for item in series {
            for point in item.points {
                var cells = [DataTable.Cell(text: point.time.iso, isRowHeader: true)]
                if line.group != nil { cells.append(DataTable.Cell(text: item.name)) }
                cells.append(DataTable.number(point.number))
                if line.forecast != nil {
                    cells.append(DataTable.Cell(text: point.forecast ? "guidance" : "actual"))
                }
                if derived { cells.append(DataTable.Cell(text: derivedNote(point.number))) }
                body.append(cells)
            }
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }
}

/// Whether a cell equals a forecast marker value.
func matches(_ cell: ChartCell, _ marker: ChartInput) -> Bool {
    switch (cell, marker) {
    case (.text(let a), .string(let b)): return a == b
    case (.text(let a), .bool(let b)): return ["true", "yes"].contains(a.lowercased()) == b
    case (.number(let a), .number(let b)): return a.value == b
    case (.year(let a), .number(let b)): return Decimal(a) == b
    case (.missing, .null): return true
    default: return false
    }
}
