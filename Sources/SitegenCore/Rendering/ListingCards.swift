/// Every analysis's listing card, rendered once with the theme's `card` template for each
/// folder depth that lists analyses: the home page (0), `analyses/` (1), and tag, deal and
/// company pages (2).
///
/// Listing pages concatenate these instead of rendering thousands of cards each, which keeps
/// tag pages linear in the number of analyses they list.
struct ListingCards: Sendable {
    /// The depths pages list cards at.
    static let depths = [0, 1, 2]

    private let byDepth: [Int: [String]]

    /// Renders the cards of every analysis of `site` in parallel; the home page shows only
    /// the newest ten, so depth 0 renders only those.
    static func render(_ site: Site, _ templates: TemplateSet) async -> ListingCards {
        let renderer = PageRenderer(
            site: site, templates: templates, cards: ListingCards(byDepth: [:]))
        var byDepth: [Int: [String]] = [:]
        for depth in depths {
            let analyses = depth == 0 ? Array(site.analyses.prefix(10)) : site.analyses
            byDepth[depth] = await ParallelMap.map(analyses) { renderer.card($0, depth: depth) }
        }
        return ListingCards(byDepth: byDepth)
    }

    /// The cards of the analyses at `indices`, joined, for a page `depth` folders deep.
    func html(for indices: some Sequence<Int>, depth: Int) -> String {
        guard let cards = byDepth[depth] else { return "" }
        return indices.compactMap { $0 < cards.count ? cards[$0] : nil }.joined()
    }
}
