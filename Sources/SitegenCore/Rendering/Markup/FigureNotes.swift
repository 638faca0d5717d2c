import SitegenData
import SitegenDeals
import SitegenSupport

/// The figures one page quotes and the sources they cite, each numbered in order of first use,
/// and their markup.
///
/// Each inline figure is a `<data>` element with its machine value and a tooltip with its
/// formula and source numbers, linking to its note in the page's "Figures and sources"
/// section. A note cites its sources by number from the page's one source list and links back
/// to every place the figure is quoted, as footnotes do (cmark-gfm's `fnref-1`, `fnref-1-2`):
/// a source cited by every figure of a page is written out once, not once per figure.
struct FigureNotes {
    private(set) var figures: [Figure] = []
    /// How many times each figure of `figures` is quoted.
    private var uses: [Int] = []
    /// The sources cited, in order of first citation; numbered from 1.
    private(set) var sources: [Source] = []
    private var sourceNumbers: [String: Int] = [:]

    /// Notes whose source list starts with `pageSources`, the page's own (a deal's), whether a
    /// figure cites them or not.
    init(pageSources: [Source] = []) {
        for source in pageSources { _ = number(of: source) }
    }

    /// The names of the figures registered, in order of first use.
    var figureNames: [String] { figures.map(\.name) }

    /// The inline markup of `figure`, registering it and its sources in the notes.
    mutating func inline(_ figure: Figure) -> String {
        let (number, use) = register(figure)
        let cited = figure.sources.map { self.number(of: $0) }
        var tooltip = figure.explanation
        if !cited.isEmpty {
            tooltip += " (" + (cited.count == 1 ? "source " : "sources ")
            tooltip += Self.ranges(cited).map { Self.run($0) { "\($0)" } }.joined(separator: ", ")
            tooltip += ")"
        }
        return
            "<data value=\"\(Escape.markup(figure.machineValue))\" title=\"\(Escape.markup(tooltip))\">"
            + "<a class=\"fig\" id=\"\(Self.useID(number, use))\" href=\"#Figure-note-\(number)\">"
            + "\(Escape.markup(figure.text))</a></data>"
    }

    /// The "Figures and sources" section: the figures' notes and the numbered source list;
    /// "" when the page quotes no figure and has no sources of its own.
    func section() -> String {
        if figures.isEmpty {
            guard !sources.isEmpty else { return "" }
            return """
                <section class="figure-notes" data-search-ignore aria-labelledby="Sources">
                <h2 id="Sources">Sources</h2>
                \(sourceList())</section>

                """
        }
        var html = """
            <section class="figure-notes" data-search-ignore aria-labelledby="Figures-and-sources">
            <h2 id="Figures-and-sources">Figures and sources</h2>
            <p>Every number above is computed from the report's data: its formula, its sources by number, and a link back to where it is quoted.</p>
            <ol>

            """
        for (index, figure) in figures.enumerated() {
            let number = index + 1
            let text = Escape.markup(figure.text)
            html += "<li id=\"Figure-note-\(number)\"><strong>\(text)</strong>"
            html += " <span class=\"formula\">= \(Escape.markup(figure.explanation))</span>"
            html += " <code class=\"fig-name\">\(Escape.markup(figure.name))</code>"
            let cited = figure.sources.compactMap { sourceNumbers[$0.id] }
            if !cited.isEmpty {
                html += " <span class=\"cites\">" + (cited.count == 1 ? "Source " : "Sources ")
                html += Self.ranges(cited).map { Self.run($0, Self.sourceLink(number:)) }
                    .joined(separator: ", ")
                html += "</span>"
            }
            for use in 1...uses[index] {
                let label = uses[index] == 1 ? "" : " (\(use) of \(uses[index]))"
                html +=
                    " <a class=\"back\" href=\"#\(Self.useID(number, use))\" aria-label=\"Back to where ‘\(text)’ is quoted\(label)\">↩\u{FE0E}\(use == 1 ? "" : "<sup>\(use)</sup>")</a>"
            }
            html += "</li>\n"
        }
        html += "</ol>\n"
        if !sources.isEmpty {
            html += "<h3 id=\"Sources\">Sources</h3>\n" + sourceList()
        }
        return html + "</section>\n"
    }

    /// The numbered list of every source cited, each once.
    private func sourceList() -> String {
        var html = "<ol class=\"source-list\">\n"
        for (index, source) in sources.enumerated() {
            html += "<li id=\"Source-\(index + 1)\">\(Self.sourceLink(source))</li>\n"
        }
        return html + "</ol>\n"
    }

    /// The figure's number and which of its uses this is, both from 1.
    private mutating func register(_ figure: Figure) -> (number: Int, use: Int) {
        if let index = figures.firstIndex(where: { $0.name == figure.name }) {
            uses[index] += 1
            return (index + 1, uses[index])
        }
        figures.append(figure)
        uses.append(1)
        return (figures.count, 1)
    }

    /// The number `source` has in the page's list, giving it the next one when it is new.
    private mutating func number(of source: Source) -> Int {
        if let number = sourceNumbers[source.id] { return number }
        sources.append(source)
        sourceNumbers[source.id] = sources.count
        return sources.count
    }

    /// The id of the `use`th quotation of figure `number`: `Figure-use-3`, then
    /// `Figure-use-3-2`.
    private static func useID(_ number: Int, _ use: Int) -> String {
        use == 1 ? "Figure-use-\(number)" : "Figure-use-\(number)-\(use)"
    }

    /// Numbers sorted and merged into runs: `[5, 1, 2, 3]` is `1–3` and `5`.
    static func ranges(_ numbers: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for number in Set(numbers).sorted() {
            if let last = runs.last, last.upperBound + 1 == number {
                runs[runs.count - 1] = last.lowerBound...number
            } else {
                runs.append(number...number)
            }
        }
        return runs
    }

    /// A run of numbers as `3`, `3, 4` or `3–6`, each number written by `write`.
    private static func run(_ run: ClosedRange<Int>, _ write: (Int) -> String) -> String {
        switch run.count {
        case 1: return write(run.lowerBound)
        case 2: return write(run.lowerBound) + ", " + write(run.upperBound)
        default: return write(run.lowerBound) + "–" + write(run.upperBound)
        }
    }

    /// Source `number` as a link to its entry in the list.
    private static func sourceLink(number: Int) -> String {
        "<a href=\"#Source-\(number)\" aria-label=\"Source \(number)\">\(number)</a>"
    }

    /// The citation as HTML, the title linked when the source has a URL.
    static func sourceLink(_ source: Source) -> String {
        let title = "“\(Escape.markup(source.title))”"
        let linked = source.url.map { "<a href=\"\(Escape.markup($0))\">\(title)</a>" } ?? title
        return
            "\(Escape.markup(source.publisher)), \(linked) (\(Escape.markup(source.date.formatted)))"
    }
}
