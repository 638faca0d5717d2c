import SitegenDeals
import SitegenSupport

/// Writes `figures.json` (see ``FiguresManifest``) for the pages of a build.
///
/// Each figure's line up to its `pages` is written once per figure catalog, in parallel;
/// writing the manifest for a set of pages then only adds the page lists, so the preview
/// server can write it again after every edit for about the cost of joining the lines.
struct FiguresManifestWriter: Sendable {
    /// One page of a build as the manifest sees it: its route, the ``digest(_:)`` of its
    /// bytes and the figures it shows, by their offsets in the catalog's sorted names
    /// (``offsets(of:in:)``), which take far less memory than the names on a large site.
    struct ShownPage: Sendable {
        var route: Route
        var digest: String
        var figures: [Int32]
    }

    /// Each figure's JSON object up to `"pages": `, in the order of the catalog's names; nil
    /// for a name without a figure.
    private let heads: [String?]

    /// Prepares the lines of every figure of `catalog`.
    init(catalog: FigureCatalog) async {
        heads = await ParallelMap.map(catalog.names) { name in Self.head(of: name, in: catalog) }
    }

    /// The offsets in `catalog.names` of the figures named `names`; names it does not have
    /// are left out.
    static func offsets(of names: [String], in catalog: FigureCatalog) -> [Int32] {
        names.compactMap { name in catalog.offset(of: name).map(Int32.init) }
    }

    /// The bytes of `figures.json` for the pages of `shown`, written straight into one
    /// buffer: on a large site the file is tens of megabytes.
    func json(shown: [ShownPage]) -> [UInt8] {
        var pagesOf = [[Int]](repeating: [], count: heads.count)
        var pages: [(path: String, digest: String)] = []
        for page in shown {
            pages.append(("/" + page.route.sitePath, page.digest))
            for offset in page.figures where Int(offset) < heads.count {
                pagesOf[Int(offset)].append(pages.count - 1)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(heads.reduce(0) { $0 + ($1?.utf8.count ?? 0) } + 64 * pages.count)
        func write(_ text: String) { bytes.append(contentsOf: text.utf8) }
        write("{\n  \"format\": \(FiguresManifest.currentFormat),\n  \"figures\": [")
        var first = true
        for (offset, head) in heads.enumerated() {
            guard let head else { continue }
            write(first ? "\n    " : ",\n    ")
            first = false
            write(head)
            write(Self.array(pagesOf[offset].map { pages[$0].path }.sorted()))
            write("}")
        }
        pages.sort { $0.path < $1.path }
        write(first ? "],\n" : "\n  ],\n")
        write("  \"pages\": [")
        for (index, page) in pages.enumerated() {
            write(index == 0 ? "\n    " : ",\n    ")
            write("{\"path\": \(Escape.json(page.path)), \"digest\": \(Escape.json(page.digest))}")
        }
        write(pages.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return bytes
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
