import Foundation
import SitegenTestSupport
import Testing

@testable import SitegenCharts

/// The cost of charting long labels and many points.
///
/// Issue 14: a long label and large point clouds took seconds to minutes to chart, because
/// truncation remeasured a character at a time and every label was checked against every
/// point. Four times the input must cost about four times as much.
@Suite("Chart cost")
struct ChartComplexityTests {
    @Test("Truncating a long label grows linearly with its length")
    func longLabel() async throws {
        let spec: ChartInput = [
            "type": "scatter", "title": "Long", "x": "x", "y": "y", "label": "name",
        ]
        let (growth, svg) = try await Complexity.growth(from: 2_000) { size in
            let name = String(repeating: "Amazon Web Services ", count: size / 20)
            let rows: [[ChartCell]] = [
                [.text(name), Fixtures.usd("8"), Fixtures.usd("30")],
                [.text("Google"), Fixtures.usd("3"), Fixtures.usd("10")],
            ]
            return try ChartRenderer().render(
                input: spec, table: ChartTable(columns: ["name", "x", "y"], rows: rows)
            ).svg
        }
        #expect(svg.contains("Amazon Web Services…"))
        #expect(growth < Complexity.limit, "4x the label cost \(growth)x")
    }

    @Test("Placing scatter labels grows about linearly with the points")
    func scatterPoints() async throws {
        let spec: ChartInput = [
            "type": "scatter", "title": "Many", "x": "x", "y": "y", "size": "size",
            "label": "name", "diagonals": [1, 4],
        ]
        let (growth, svg) = try await Complexity.growth(from: 600) { size in
            let rows = (0..<size).map { index -> [ChartCell] in
                [
                    .text("Point \(index)"), Fixtures.usd(String((index * 7919) % 1000 + 1)),
                    Fixtures.usd(String((index * 104_729) % 1000 + 1)),
                    Fixtures.usd(String(index % 50 + 1)),
                ]
            }
            return try ChartRenderer().render(
                input: spec, table: ChartTable(columns: ["name", "x", "y", "size"], rows: rows)
            ).svg
        }
        #expect(svg.contains("Point 2399"))
        #expect(growth < Complexity.limit, "4x the points cost \(growth)x")
    }

    // Every event in a lane of its own, so that every label is placed.
    @Test("Packing timeline labels grows about linearly with the events")
    func timelineEvents() async throws {
        let spec: ChartInput = [
            "type": "timeline", "title": "Many", "date": "date", "lane": "lane", "label": "name",
            "size": "size",
        ]
        let (growth, svg) = try await Complexity.growth(from: 250) { size in
            let rows = (0..<size).map { index -> [ChartCell] in
                [
                    .text("Event \(index)"),
                    .date(year: 2010 + index % 16, month: index % 12 + 1, day: index % 28 + 1),
                    .text("Lane \(index)"), Fixtures.usd(String(index % 50 + 1)),
                ]
            }
            return try ChartRenderer().render(
                input: spec,
                table: ChartTable(columns: ["name", "date", "lane", "size"], rows: rows)
            ).svg
        }
        #expect(svg.contains("Event 999"))
        #expect(growth < Complexity.limit, "4x the events cost \(growth)x")
    }
}

/// The grid that label placement consults: how many shapes a check looks at, counted
/// exactly, so that this test does not depend on timing at all.
@Suite("Collision grid")
struct CollisionGridTests {
    /// Places `count` dots at random over a chart-sized area, then tries a label beside
    /// each, as the scatter layout does; returns how many dots the checks looked at.
    private func candidatesTested(_ count: Int) -> Int {
        var grid = CollisionGrid()
        var dots: [Box] = []
        var generator = SeededGenerator(state: 14)
        for index in 0..<count {
            let dot = Box(
                x: Double(generator.next() % 600), y: Double(generator.next() % 380), w: 10, h: 10)
            grid.insert(index, bounds: dot)
            dots.append(dot)
        }
        var tested = 0
        for (index, dot) in dots.enumerated() {
            let label = Box(x: dot.x + 13, y: dot.y, w: 40, h: 12)
            _ = grid.contains(near: label, margin: 2) { candidate in
                tested += 1
                return candidate != index && dots[candidate].intersects(label, gap: 2)
            }
        }
        return tested
    }

    @Test("Checking labels against dots looks at about as many dots as there are labels")
    func workGrowsLinearly() {
        // Checking every dot would look at count² of them: 4x the dots, 16x the work.
        let small = candidatesTested(2_000)
        let large = candidatesTested(8_000)
        #expect(small < 2_000 * 20, "\(small) dots looked at")
        #expect(Double(large) / Double(small) < 5, "\(small) -> \(large) dots looked at")
    }

    @Test("A shape is found from every cell it touches, and never from far away")
    func findsOverlapsOnly() {
        var grid = CollisionGrid()
        let wide = Box(x: 10, y: 10, w: 300, h: 12)
        grid.insert(0, bounds: wide)
        #expect(grid.contains(near: Box(x: 290, y: 15, w: 5, h: 5), margin: 0) { $0 == 0 })
        #expect(grid.contains(near: Box(x: 12, y: 15, w: 5, h: 5), margin: 0) { $0 == 0 })
        #expect(!grid.contains(near: Box(x: 400, y: 200, w: 5, h: 5), margin: 2) { _ in true })
        // A box far off the chart is clamped, not turned into millions of cells.
        grid.insert(1, bounds: Box(x: -1e300, y: 0, w: 1e301, h: 1))
        #expect(grid.contains(near: Box(x: 50, y: 0, w: 1, h: 1), margin: 0) { $0 == 1 })
    }
}
