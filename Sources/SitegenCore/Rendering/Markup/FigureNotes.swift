import SitegenData
import SitegenDeals
import SitegenSupport

/// The figures one page quotes, numbered in order of first use, and their markup.
///
/// Each inline figure is a `<data>` element with its machine value and a tooltip with its
/// formula and sources, linking to its entry in the page's "Figures and sources" list.
struct FigureNotes {
    private(set) var figures: [Figure] = []

    /// The names of the figures registered, in order of first use.
    var figureNames: [String] { figures.map(\.name) }

    /// The inline markup of `figure`, registering it in the notes.
    mutating func inline(_ figure: Figure) -> String {
        let number = noteNumber(for: figure)
        let tooltip =
            figure.explanation + ". Sources: "
            + figure.sources.map(Self.citation).joined(separator: "; ")
        return
            "<data value=\"\(Escape.markup(figure.machineValue))\" title=\"\(Escape.markup(tooltip))\">"
            + "<a class=\"fig\" href=\"#Figure-note-\(number)\">\(Escape.markup(figure.text))</a></data>"
    }

    /// The "Figures and sources" section, or "" when the page quotes no figure.
    func section() -> String {
        guard !figures.isEmpty else { return "" }
        var html = """
            <section class="figure-notes" aria-labelledby="Figures-and-sources">
            <h2 id="Figures-and-sources">Figures and sources</h2>
            <p>Every number above is computed from the report's data. Its formula and sources:</p>
            <ol>

            """
        for (index, figure) in figures.enumerated() {
            html +=
                "<li id=\"Figure-note-\(index + 1)\"><strong>\(Escape.markup(figure.text))</strong>"
            html += " <span class=\"formula\">= \(Escape.markup(figure.explanation))</span>"
            html += " <code class=\"fig-name\">\(Escape.markup(figure.name))</code>"
            if !figure.sources.isEmpty {
                html +=
                    "<br>Sources: " + figure.sources.map(Self.sourceLink).joined(separator: "; ")
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private mutating func noteNumber(for figure: Figure) -> Int {
        if let index = figures.firstIndex(where: { $0.name == figure.name }) { return index + 1 }
        figures.append(figure)
        return figures.count
    }

    /// `Publisher, “Title” (April 2026)` as plain text.
    static func citation(_ source: Source) -> String {
        "\(source.publisher), “\(source.title)” (\(source.date.formatted))"
    }

    /// The citation as HTML, the title linked when the source has a URL.
    static func sourceLink(_ source: Source) -> String {
        let title = "“\(Escape.markup(source.title))”"
        let linked = source.url.map { "<a href=\"\(Escape.markup($0))\">\(title)</a>" } ?? title
        return
            "\(Escape.markup(source.publisher)), \(linked) (\(Escape.markup(source.date.formatted)))"
    }
}
