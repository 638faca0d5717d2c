import Foundation
import SitegenTestSupport
import Testing

@testable import SitegenCore

/// `docs/templates.md` lists exactly the names each page template can use.
@Suite("Template documentation")
struct TemplateDocsTests {
    /// Every name of `scope` and of the scopes nested in it.
    private func names(_ scope: TemplateScope) -> Set<String> {
        var all = Set(scope.names)
        for nested in scope.nested.compactMap({ $0 }) { all.formUnion(names(nested)) }
        return all
    }

    /// The backquoted words of `text`.
    private func quoted(_ text: Substring) -> Set<String> {
        Set(
            text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) })
    }

    @Test("The documentation names every value of every page template, and no other")
    func documentationMatchesContexts() throws {
        let text = try String(
            contentsOf: Repository.root.appending(path: "docs/templates.md"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        var chrome: Set<String> = []
        var byTemplate: [String: Set<String>] = [:]
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false)
            if cells.count == 4 {  // | name | what it is |
                chrome.formUnion(quoted(cells[1]))
            } else if cells.count == 5, let name = quoted(cells[1]).first {
                byTemplate[name] = quoted(cells[3])
            }
        }
        #expect(chrome == names(TemplateScope(ChromeContext.self)))
        for template in PageTemplate.allCases {
            let own = template.scopes.last.map(names) ?? []
            #expect(byTemplate[template.name] == own, "docs/templates.md, '\(template.name)'")
        }
        #expect(Set(byTemplate.keys) == Set(PageTemplate.allCases.map(\.name)))
    }
}
