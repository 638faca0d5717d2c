/// Shapes placed on a chart, filed under the square cells their bounds touch, so that a
/// collision check looks only at the shapes near the spot being tried.
///
/// Placing n labels against n shapes is then about linear in n where checking every shape
/// was quadratic (issue 14: a scatter chart of 20,000 points took 7 to 20 s). The grid only
/// narrows the candidates; the caller's own test decides, so results are the same as a scan.
struct CollisionGrid {
    private struct Cell: Hashable {
        var column: Int
        var row: Int
    }

    /// Cells whose side is this many pixels.
    private let cellSize: Double
    private var cells: [Cell: [Int]] = [:]

    /// An empty grid of `cellSize`-pixel cells.
    init(cellSize: Double = 24) {
        self.cellSize = cellSize
    }

    /// Files item `index` under every cell that `bounds` touches.
    mutating func insert(_ index: Int, bounds: Box) {
        let (columns, rows) = span(bounds, margin: 0)
        for column in columns {
            for row in rows { cells[Cell(column: column, row: row), default: []].append(index) }
        }
    }

    /// Whether `test` holds for an item whose bounds come within `margin` of `area`; items
    /// farther away are never tested.
    func contains(near area: Box, margin: Double, where test: (Int) -> Bool) -> Bool {
        let (columns, rows) = span(area, margin: margin)
        for column in columns {
            for row in rows {
                if let items = cells[Cell(column: column, row: row)], items.contains(where: test) {
                    return true
                }
            }
        }
        return false
    }

    /// The cells `box`, grown by `margin`, touches; coordinates are clamped so that a box
    /// far off the chart cannot make the span huge.
    private func span(_ box: Box, margin: Double) -> (ClosedRange<Int>, ClosedRange<Int>) {
        func cell(_ value: Double) -> Int {
            guard value.isFinite else { return 0 }
            return Int((min(max(value, -100_000), 100_000) / cellSize).rounded(.down))
        }
        let columns = cell(box.x - margin)...max(cell(box.x - margin), cell(box.x + box.w + margin))
        let rows = cell(box.y - margin)...max(cell(box.y - margin), cell(box.y + box.h + margin))
        return (columns, rows)
    }
}
