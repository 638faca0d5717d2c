import SitegenMarkdown
import SitegenSupport

/// A tag and the analyses that carry it; tag pages live at `tags/<slug>/`.
public struct Tag: Sendable, Hashable {
    /// The name as first written (in newest-first order of the analyses).
    public var name: String
    /// The URL slug; tags whose names give the same slug are one tag.
    public var slug: String
    /// Indices into the site's analyses, newest first.
    public var analyses: [Int]

    /// Groups the tags of `analyses` (already sorted newest first), sorted by slug.
    static func collect(from analyses: [Analysis]) -> [Tag] {
        var bySlug: [String: Tag] = [:]
        for (index, analysis) in analyses.enumerated() {
            var seen: Set<String> = []
            for name in analysis.tags {
                let slug = Slug.make(from: name)
                guard seen.insert(slug).inserted else { continue }
                bySlug[slug, default: Tag(name: name, slug: slug, analyses: [])].analyses.append(
                    index)
            }
        }
        return bySlug.values.sorted { $0.slug < $1.slug }
    }
}
