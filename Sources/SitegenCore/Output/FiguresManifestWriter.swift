import SitegenDeals
import SitegenSupport

/// Writes `figures.json` (see ``FiguresManifest``) for the pages of a build.
///
/// Each figure's line up to its `pages` is written once per figure catalog, in parallel;
/// writing the manifest for a set of pages then only adds the page lists, so the preview
/// server can write it again after every edit for about the cost of joining the lines.
struct FiguresManifestWriter: Sendable {
    /// One page of a build as the manifest sees it: its route, the ``digest(_:)`` of its
    /// bytes and the names of the figures it shows.
    struct ShownPage: Sendable {
        var route: Route
        var digest: String
        var figures: [String]
    }

    /// Each figure's name and its JSON object up to `"pages": `, sorted by name.
    private let figureLines: [(name: String, head: String)]

    /// Prepares the lines of every figure of `catalog`.
    init(catalog: FigureCatalog) async {
        figureLines = await ParallelMap.map(catalog.names) { name in
            (name, Self.head(of: name, in: catalog))
        }.compactMap { name, head in head.map { (name, $0) } }
    }

    /// The text of `figures.json` for the pages of `shown`.
    func json(shown: [ShownPage]) -> String {
        var pagesOf: [String: [String]] = [:]
        var pages: [(path: String, digest: String)] = []
        for page in shown {
            let path = "/" + page.route.sitePath
            pages.append((path, page.digest))
            for name in page.figures { pagesOf[name, default: []].append(path) }
        }
        pages.sort { $0.path < $1.path }
        var text = "{\n  \"format\": \(FiguresManifest.currentFormat),\n  \"figures\": ["
        for (index, line) in figureLines.enumerated() {
            text += index == 0 ? "\n    " : ",\n    "
            text += line.head
            text += Self.array((pagesOf[line.name] ?? []).sorted())
            text += "}"
        }
        text += figureLines.isEmpty ? "],\n" : "\n  ],\n"
        text += "  \"pages\": ["
        for (index, page) in pages.enumerated() {
            text += index == 0 ? "\n    " : ",\n    "
            text += "{\"path\": \(Escape.json(page.path)), \"digest\": \(Escape.json(page.digest))}"
        }
        text += pages.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }

    /// A page's digest: the 64-bit FNV-1a of its bytes in 16 hex digits.
    static func digest(_ bytes: [UInt8]) -> String {
        let hex = String(Fingerprint.hash(bytes), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The figure's JSON object up to and including `"pages": `; nil when it has no figure.
    private static func head(of name: String, in catalog: FigureCatalog) -> String? {
        guard let figure = try? catalog.figure(named: name) else { return nil }
        let fields = [
            "\"id\": " + Escape.json(name), "\"value\": " + Escape.json(figure.machineValue),
            "\"qualifier\": " + Escape.json(figure.qualifier.rawValue),
            "\"text\": " + Escape.json(figure.text),
            "\"unit\": " + Escape.json(figure.unit?.name ?? "date"),
            "\"formula\": " + Escape.json(figure.formula),
            "\"explanation\": " + Escape.json(figure.explanation),
            "\"sources\": " + array(figure.sources.map(\.id)), "\"pages\": ",
        ]
        return "{" + fields.joined(separator: ", ")
    }

    private static func array(_ items: [String]) -> String {
        "[" + items.map(Escape.json).joined(separator: ", ") + "]"
    }
}
