import SitegenSupport

/// One page of the search index: its terms with their weights, and the document the results
/// list shows for it, both made while the page renders.
struct SearchEntry: Sendable {
    /// What a result is, as the results list names it.
    enum Kind: String, Sendable {
        case analysis = "Analysis"
        case page = "Page"
        case deal = "Deal"
        case company = "Company"
    }

    /// The page's number in the index when it rendered (``Site/searchNumbers``).
    var number: Int
    /// Each term of the page with its weight: 1,000 when the title has it, 100 when the
    /// summary, a heading or a tag does, plus one per occurrence in the text up to 99, so
    /// title matches rank first.
    var terms: [(term: String, weight: UInt32)]
    /// `search/doc/<number>.json`: the page's path, kind, title, date, summary and text.
    var document: [UInt8]

    /// The most of a page's text its document keeps for snippets, in characters.
    static let textLimit = 30_000

    /// The entry of the page at `sitePath`, from its parts and the HTML of its main content.
    init(
        number: Int, kind: Kind, sitePath: String, title: String,
        date: (iso: String, display: String)?,
        summary: String, labels: [String], mainHTML: [UInt8]
    ) {
        self.number = number
        let text = SearchText.plainText(ofHTML: mainHTML)
        let titleTerms = SearchText.terms(title)
        var labelTerms = SearchText.terms(summary)
        for label in labels { labelTerms.formUnion(SearchText.terms(label)) }
        var weights: [String: UInt32] = [:]
        var order: [String] = []
        for (term, count) in SearchText.termCounts(text) {
            weights[term] = UInt32(min(count, 99))
            order.append(term)
        }
        for term in titleTerms.union(labelTerms).sorted() where weights[term] == nil {
            weights[term] = 0
            order.append(term)
        }
        terms = order.map { term in
            var weight = weights[term] ?? 0
            if titleTerms.contains(term) { weight += 1000 }
            if labelTerms.contains(term) { weight += 100 }
            return (term, weight)
        }
        var json = "{\"url\":" + Escape.json(sitePath) + ",\"kind\":" + Escape.json(kind.rawValue)
        json += ",\"title\":" + Escape.json(title)
        if let date {
            json += ",\"date\":" + Escape.json(date.display) + ",\"iso\":" + Escape.json(date.iso)
        }
        json += ",\"summary\":" + Escape.json(summary)
        json += ",\"text\":" + Escape.json(String(text.prefix(Self.textLimit))) + "}\n"
        document = Array(json.utf8)
    }
}
