import SitegenMarkdown

/// Renders a Markdown body to HTML, with sitegen's additions, collecting diagnostics.
struct BodyRenderer: Sendable {
    let markdown: MarkdownRenderer

    init(config: SiteConfig) {
        var options = MarkdownOptions.default
        if config.allowRawHTML { options.insert(.allowRawHTML) }
        markdown = MarkdownRenderer(options: options)
    }

    /// The HTML of `source` and what rendering it found.
    func render(_ source: MarkdownSource) -> RenderedBody {
        var diagnostics: [Diagnostic] = []
        do {
            let rendered = try markdown.render(source.text, lineOffset: source.lineOffset) { _ in nil }
            return RenderedBody(html: rendered.html, headings: rendered.headings, diagnostics: diagnostics)
        } catch {
            diagnostics.append(source.file.diagnostic(.error, error.description, line: nil, column: nil))
            return RenderedBody(html: "", headings: [], diagnostics: diagnostics)
        }
    }
}

/// A rendered Markdown body.
struct RenderedBody: Sendable {
    var html: String
    var headings: [Heading]
    var diagnostics: [Diagnostic]
}
