import Foundation
import SitegenCharts
import SitegenTestSupport
import Testing

@Suite("Default theme")
struct ThemeTests {
    @Test("The theme's stylesheet carries every rule the chart module needs")
    func chartStylesheet() throws {
        let css = try String(
            contentsOf: Repository.root.appending(path: "templates/assets/site.css"), encoding: .utf8)
        let rules = ChartStylesheet.css.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(!rules.isEmpty)
        for rule in rules {
            #expect(css.contains(rule), "site.css lacks the chart rule \(rule)")
        }
    }
}
