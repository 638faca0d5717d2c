import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// The theme's templates compile against each page kind's typed context when they load.
@Suite("Templates")
struct TemplateTests {
    /// Replaces one template of `minimalSite`'s theme and builds.
    private func build(template name: String, text: String) async throws -> [String] {
        let (built, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try built.get()
        try Data(text.utf8).write(to: folder.url.appending(path: "templates/\(name).mustache"))
        do {
            _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test(
        "A name the page kind does not offer is an error at its place, with the nearest names",
        arguments: [
            (
                "page", "{{<base}}{{$main}}\n<h1>{{headin}}</h1>\n{{/main}}{{/base}}",
                "templates/page.mustache:2:5: error: Unknown name 'headin'; did you mean 'heading'?\n<h1>{{headin}}</h1>\n    ^"
            ),
            (
                "card", "<li>{{#tags}}{{nme}}{{/tags}}</li>",
                "templates/card.mustache:1:14: error: Unknown name 'nme'; did you mean 'name'?"
            ),
            (
                "page", "{{<base}}{{$main}}{{summary}}{{/main}}{{/base}}",
                "templates/page.mustache:1:19: error: Unknown name 'summary'; this page can use"
            ),
        ])
    func unknownNames(template: String, text: String, expected: String) async throws {
        let messages = try await build(template: template, text: text)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix(expected) == true, "\(messages)")
    }

    // Issue 14 found these crashed swift-mustache with a stack overflow.
    @Test(
        "Loops through inheritance are errors at their tag, with the chain, not crashes",
        arguments: [
            (
                "{{<base}}{{$main}}{{$main}}{{/main}}{{/main}}{{/base}}",
                "templates/page.mustache:1:19: error: The block 'main' contains itself; remove the inner '{{$main}}'"
            ),
            (
                "{{<base}}{{$main}}{{>base}}{{/main}}{{/base}}",
                "templates/page.mustache:1:19: error: Templates include each other in a loop (page.mustache → base.mustache → base.mustache); break the loop"
            ),
            (
                "{{<base}}{{$main}}{{<base}}{{/base}}{{/main}}{{/base}}",
                "templates/page.mustache:1:19: error: Templates include each other in a loop (page.mustache → base.mustache → base.mustache); break the loop"
            ),
        ])
    func inheritanceLoops(text: String, expected: String) async throws {
        let messages = try await build(template: "page", text: text)
        #expect(messages.count >= 1)
        #expect(messages.allSatisfy { $0.hasPrefix(expected) }, "\(messages)")
    }

    @Test("Templates that nest too deep through their partials are an error, not a stack overflow")
    func depthThroughPartials() async throws {
        let (built, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try built.get()
        let templates = folder.url.appending(path: "templates")
        // Five partials, each 90 sections deep around the next: 450 levels in all, though no
        // single file nests more than the parser's 100.
        for level in 1...5 {
            let inner = level < 5 ? "{{>deep\(level + 1)}}" : "end"
            let text =
                String(repeating: "{{#heading}}", count: 90) + inner
                + String(repeating: "{{/heading}}", count: 90)
            try Data(text.utf8).write(to: templates.appending(path: "deep\(level).mustache"))
        }
        try Data("{{<base}}{{$main}}{{>deep1}}{{/main}}{{/base}}".utf8)
            .write(to: templates.appending(path: "page.mustache"))
        let messages: [String]
        do {
            _ = try await SiteBuilder(options: BuildOptions(root: folder.path)).build()
            messages = []
        } catch {
            messages = error.diagnostics.map(\.description)
        }
        #expect(messages.count == 1, "\(messages)")
        #expect(
            messages.first?.hasPrefix(
                "templates/deep5.mustache:1:") == true, "\(messages)")
        #expect(messages.first?.contains("nest more than 400 deep") == true, "\(messages)")
    }

    @Test(
        "A syntax error names its place",
        arguments: [
            (
                "page", "{{#a}}x",
                "templates/page.mustache:1:8: error: Invalid template: 'a' is never closed; add '{{/a}}'"
            ),
            (
                "page", "{{#a}}x{{/b}}",
                "templates/page.mustache:1:11: error: Invalid template: '{{/b}}' closes 'a'; close sections in the order they open"
            ),
            (
                "page", "{{=<% %>=}}",
                "templates/page.mustache:1:1: error: Invalid template: changing delimiters is not supported"
            ),
        ])
    func syntaxErrors(template: String, text: String, expected: String) async throws {
        let messages = try await build(template: template, text: text)
        #expect(messages.first?.hasPrefix(expected) == true, "\(messages)")
    }

    @Test("Standalone tags drop their lines; an empty value hides its section")
    func standaloneLinesAndEmptyValues() async throws {
        let (built, folder) = try await buildFixture(minimalSite)
        defer { folder.remove() }
        _ = try built.get()
        let about = try outputText(folder, "about/index.html")
        // minimalSite has no author: the footer shows no separator for one.
        #expect(about.contains("<p>Test &amp; Co · <a href=\"../feed.xml\">Atom feed</a>"))
        // `{{#has_nav}}` and `{{#nav}}` stand alone on their lines and leave none behind.
        #expect(about.contains("<nav aria-label=\"Main\">\n<ul>\n<li><a href=\"../analyses/\">"))
    }
}
