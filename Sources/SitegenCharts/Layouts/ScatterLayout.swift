import Foundation
import SitegenSupport

/// Scatter and bubble chart with log axes when needed, a size key and reference diagonals
/// (CHARTS.md 3.5).
struct ScatterLayout: ChartLayout {
    struct Point {
        let label: String
        let x: ChartNumber
        let y: ChartNumber
        let size: ChartNumber?
    }

    let spec: ChartSpec
    let scatter: ScatterChartSpec
    let points: [Point]
    let skipped: Int
    let xUnit: ChartUnit
    let yUnit: ChartUnit
    let sizeUnit: ChartUnit?
    let diagonals: [Decimal]

    init(spec: ChartSpec, scatter: ScatterChartSpec, reader: FieldReader) throws(ChartSpecError) {
        self.spec = spec
        self.scatter = scatter
        let labels = try reader.texts(scatter.label, key: "label")
        // A range on x or y is drawn at its ceiling with a whisker to its floor; a bubble
        // with a range for its size is sized by the ceiling, as an "up to" is.
        let xs = try reader.numbers(scatter.x, key: "x")
        let ys = try reader.numbers(scatter.y, key: "y")
        let sizes = try scatter.size.map { field throws(ChartSpecError) in
            try reader.numbers(field, key: "size", negativeReason: "bubble area cannot be negative")
        }
        var result: [Point] = []
        for i in labels.indices {
            guard let x = xs[i], let y = ys[i] else { continue }
            result.append(Point(label: labels[i] ?? "n/a", x: x, y: y, size: sizes?[i] ?? nil))
        }
        // Ranked by label then values so row order does not change the output.
        points = result.sorted {
            ($0.label, $0.x.value, $0.y.value) < ($1.label, $1.x.value, $1.y.value)
        }
        skipped = labels.count - result.count
        xUnit = xs.compactMap { $0?.unit }.first ?? .plain
        yUnit = ys.compactMap { $0?.unit }.first ?? .plain
        sizeUnit = sizes?.compactMap { $0?.unit }.first
        if let given = scatter.diagonals {
            diagonals = given
        } else {
            diagonals = xUnit == yUnit ? [1, 4, 10] : []
        }
    }

    var isEmpty: Bool { points.isEmpty }

    var svgTitle: String {
        "Scatter chart: \(spec.title), \(ValueText.unitWords(xUnit)) against \(ValueText.unitWords(yUnit))"
    }

    private func ratio(_ p: Point) -> Double? {
        let x = ValueText.exact(p.x).doubleValue
        return x > 0 ? ValueText.exact(p.y).doubleValue / x : nil
    }

    var desc: String {
        var text = "\(points.count) \(pluralize("point", points.count))."
        if xUnit == yUnit {
            let ratios = points.compactMap { p in ratio(p).map { (p, $0) } }
            // Each extreme keeps its qualifier: at least $100B ÷ up to $25B is at least 4×.
            if let lo = ratios.min(by: { $0.1 < $1.1 }), let hi = ratios.max(by: { $0.1 < $1.1 }),
                let low = SitegenCharts.ratio(lo.0.y, to: lo.0.x).map({
                    ValueText.text($0, style: .precise)
                }),
                let high = SitegenCharts.ratio(hi.0.y, to: hi.0.x).map({
                    ValueText.text($0, style: .precise)
                })
            {
                let measure =
                    "\(humanize(scatter.y.name)) ÷ \(humanize(scatter.x.name).lowercased())"
                text +=
                    lo.0.label == hi.0.label
                    ? " \(measure): \(low)."
                    : " \(measure) runs from \(low) (\(clipLabel(lo.0.label))) to \(high) (\(clipLabel(hi.0.label)))."
            }
        }
        if let big = points.filter({ $0.size != nil }).max(by: {
            ($0.size?.value ?? 0) < ($1.size?.value ?? 0)
        }), let size = big.size {
            text +=
                " Largest \(humanize(scatter.size?.name ?? "size").lowercased()): \(clipLabel(big.label)) (\(ValueText.text(size, style: .words)))."
        }
        if skipped > 0 { text += " \(skipped) without both values (in the table)." }
        return text
    }

    func table(caption: String) -> DataTable {
        var headers = [
            "#", humanize(scatter.label.name), headerWithUnit(scatter.x.name, xUnit),
            headerWithUnit(scatter.y.name, yUnit),
        ]
        if let size = scatter.size, let sizeUnit {
            headers.append(headerWithUnit(size.name, sizeUnit))
        } else if let size = scatter.size {
            headers.append(humanize(size.name))
        }
        let body = points.enumerated().map { index, p -> [DataTable.Cell] in
            var cells = [
                DataTable.Cell(text: String(index + 1), numeric: true),
                DataTable.Cell(text: p.label, isRowHeader: true),
                DataTable.number(p.x), DataTable.number(p.y),
            ]
            if scatter.size != nil { cells.append(DataTable.number(p.size)) }
            return cells
        }
        return DataTable(caption: caption, headers: headers, rows: body)
    }
}
