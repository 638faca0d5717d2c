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

/// Specializing a template for one folder depth writes the shared chrome in as text.
@Suite("Template specialization")
struct TemplateSpecializationTests {
    @Test("A specialized template renders the same text with fewer lookups")
    func specializedMatchesGeneral() throws {
        let text = """
            <html lang="{{lang}}"><title>{{title}}</title>
            {{#has_nav}}<nav>{{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a>{{/nav}}</nav>{{/has_nav}}
            <a href="{{root}}">{{site_title}}</a>{{#author}} · {{author}}{{/author}}{{^author}}none{{/author}}

            """
        let nodes = try TemplateParser.parse(text, name: "t")
        let (compiled, problems) = TemplateCompiler(templates: ["t": nodes]).compile(
            "t", scopes: [TemplateScope(ChromeContext.self)])
        #expect(problems.isEmpty)
        let general = try #require(compiled)
        let chrome = ChromeContext(
            lang: "en", siteTitle: "A & B", siteDescription: "", author: "", title: "Page <1>",
            description: "", canonical: nil, root: "../", feedHref: "../feed.xml",
            tagsHref: "../tags/", feedTitle: "",
            ogType: "website", cssHref: nil,
            nav: [ChromeContext.NavItem(title: "Deals", href: "../deals/", current: true)],
            noindex: false, inlineCSS: nil,
            card: ChromeContext.Card(
                title: "Page <1>", locale: "en", image: nil, imageAlt: "", published: nil,
                modified: nil, authors: nil))
        let names = ChromeContext.fields.map(\.name)
        let values = TemplateRecord(chrome).values
        var constants: [Int: CompiledTemplate.Constant] = [:]
        for (index, name) in names.enumerated() where ChromeContext.sameAtEveryDepth.contains(name)
        {
            constants[index] = CompiledTemplate.Constant(values[index])
        }
        let special = general.specialized(constants)
        let record = [TemplateRecord(chrome)]
        #expect(special.render(record) == general.render(record))
        #expect(special.render(record).contains("<a href=\"../\">A &amp; B</a>none"))
        func lookups(_ nodes: [CompiledTemplate.Node]) -> Int {
            nodes.reduce(0) { count, node in
                switch node {
                case .value: return count + 1
                case .section(_, _, let children): return count + 1 + lookups(children)
                case .indented(_, let children): return count + lookups(children)
                case .text: return count
                }
            }
        }
        #expect(lookups(special.nodes) < lookups(general.nodes))
        #expect(lookups(special.nodes) == 5)  // title; nav with its href, current and title
    }
}
