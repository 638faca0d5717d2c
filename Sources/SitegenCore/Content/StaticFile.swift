/// A file copied into the site as it is: from `content/static/`, or one of a page bundle's
/// own files (an image or PDF beside `content/analyses/<slug>/index.md`).
public struct StaticFile: Sendable, Hashable {
    /// Where it is read from, site-relative (`content/static/img/logo.png`).
    var source: String
    /// Where it goes in the output (`img/logo.png`, `analyses/<slug>/chart.png`).
    var path: String

    /// The folder whose files are copied to the site root.
    public static let folder = "content/static"

    /// Whether a hidden name in `content/static/` is published: `.well-known/`,
    /// `.nojekyll` and the like are, while version-control and desktop files (`.git`,
    /// `.gitkeep`, `.DS_Store`) and editor swap files are not.
    public static func isPublishedHidden(_ name: String) -> Bool {
        let skipped: Set<String> = [
            ".git", ".gitkeep", ".gitignore", ".gitattributes", ".svn", ".hg", ".DS_Store",
            ".Spotlight-V100", ".Trashes", ".directory",
        ]
        let lowered = name.lowercased()
        let scratch = [".swp", ".swo", ".swx", ".tmp", ".kate-swp", ".crswap"]
        return name.hasPrefix(".") && !skipped.contains(name) && !name.hasPrefix(".#")
            && !name.hasPrefix("._") && !scratch.contains { lowered.hasSuffix($0) }
    }

    /// Every file under `content/static/`, at the same path under the site root, and the
    /// files of the bundles of `analyses` and `pages`, beside their pages.
    static func collect(
        reader: SiteReader, analyses: [Analysis], pages: [StandalonePage]
    ) -> [StaticFile] {
        var files = reader.allFiles(under: folder).map {
            StaticFile(source: $0, path: String($0.dropFirst(folder.count + 1)))
        }
        let bundles =
            analyses.map { ($0.body.path, Route.analysis(slug: $0.slug)) }
            + pages.map { ($0.body.path, Route.page(slug: $0.slug)) }
        for (index, route) in bundles {
            guard let bundle = ContentLoader.bundleFolder(of: index) else { continue }
            for source in reader.allFiles(under: bundle) where source != index {
                files.append(
                    StaticFile(
                        source: source,
                        path: route.sitePath + source.dropFirst(bundle.count + 1)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
