import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

@Suite("One formatter for every shown number")
struct OneFormatterTests {
    /// The data site with a floor that rounds differently down and to nearest, and a chart
    /// and a table of it beside the inline figure.
    static let site = dataSite.replacingOccurrences(
        of: "investment: {amount: 25B, currency: USD, qualifier: up-to}",
        with: "investment: {amount: 12.46B, currency: USD, qualifier: at-least}"
    ).replacingOccurrences(
        of: "label: name\nvalue: commitment", with: "label: name\nvalue: investment")

    @Test("The inline figure, the chart's label, its data table and a table block read the same")
    func sameQuantityReadsTheSame() async throws {
        let (result, folder) = try await buildFixture(Self.site)
        defer { folder.remove() }
        _ = try result.get()
        let page = try outputText(folder, "analyses/deal/index.html")
        let shown = "at least $12.4B"
        #expect(page.contains("href=\"#Figure-note-1\">\(shown)</a></data>"))
        let figure = try #require(
            page.range(of: "<figure class=\"sg-figure sg-figure-bar\"").map {
                String(page[$0.lowerBound...])
            })
        let chart = String(
            figure[..<(figure.range(of: "</figure>")?.upperBound ?? figure.endIndex)])
        // The bar's label in both SVGs, and the chart's own data table.
        #expect(chart.components(separatedBy: ">\(shown)</text>").count - 1 == 2)
        #expect(
            chart.contains(
                "<td class=\"sg-num\"><data value=\"12460000000..\">\(shown)</data></td>"))
        // The table block's cell.
        #expect(
            page.contains("<td class=\"num\"><data value=\"12460000000..\">\(shown)</data></td>"))
        // A floor never rounds up, anywhere on the page.
        #expect(!page.contains("12.5B"))
    }
}
