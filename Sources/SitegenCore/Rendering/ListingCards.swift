/// Every analysis's listing card for pages two folders deep (tag, deal and company pages),
/// rendered once with the theme's `card` template.
///
/// Those pages concatenate these instead of rendering thousands of cards each, which keeps
/// tag pages linear in the number of analyses they list. The home page and `analyses/` are
/// the only pages at their depths, so they render their own cards, once, and no copy is kept.
struct ListingCards: Sendable {
    /// The folder depth of the pages that share these cards.
    static let sharedDepth = 2

    private let cards: [String]

    /// Renders the cards of every analysis of `site` in parallel.
    static func render(_ site: Site, _ templates: TemplateSet) async -> ListingCards {
        let renderer = PageRenderer(
            site: site, templates: templates, cards: ListingCards(cards: []))
        return ListingCards(
            cards: await ParallelMap.map(site.analyses) { renderer.card($0, depth: sharedDepth) })
    }

    /// The cards of the analyses at `indices`, joined, for a page two folders deep.
    func html(for indices: some Sequence<Int>) -> String {
        indices.compactMap { $0 < cards.count ? cards[$0] : nil }.joined()
    }
}
