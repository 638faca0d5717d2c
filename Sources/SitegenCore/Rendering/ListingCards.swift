/// Every analysis's listing card, rendered once with the theme's `card` template for pages
/// one folder deep (`analyses/`) and two folders deep (`tags/<slug>/`).
///
/// Listing pages concatenate these instead of rendering thousands of cards each, which keeps
/// tag pages linear in the number of analyses they list.
struct ListingCards: Sendable {
    private let byDepth: [Int: [String]]

    /// Renders the cards of every analysis of `site` in parallel.
    static func render(_ site: Site, _ templates: TemplateSet) async -> ListingCards {
        let empty = ListingCards(byDepth: [:])
        var byDepth: [Int: [String]] = [:]
        for depth in [1, 2] {
            let location = PageLocation(outputPath: "", rootPrefix: String(repeating: "../", count: depth))
            let renderer = PageRenderer(site: site, templates: templates, cards: empty)
            byDepth[depth] = await ParallelMap.map(site.analyses) { renderer.card($0, at: location) }
        }
        return ListingCards(byDepth: byDepth)
    }

    /// The cards of the analyses at `indices`, joined, for a page `depth` folders deep.
    func html(for indices: some Sequence<Int>, depth: Int) -> String {
        guard let cards = byDepth[depth] else { return "" }
        return indices.map { cards[$0] }.joined()
    }
}
