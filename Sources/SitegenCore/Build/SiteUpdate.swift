/// What one build or rebuild of a ``SiteSession`` did.
public struct SiteUpdate: Sendable {
    /// How a rebuild ended.
    public enum Outcome: Sendable {
        /// No source file changed its bytes, so nothing was rebuilt.
        case unchanged
        /// The site was rebuilt; ``SiteSession/files`` holds the new site.
        case rebuilt
        /// The rebuild found errors; the session keeps serving the last good site.
        case failed(BuildFailure)
    }

    /// How the rebuild ended.
    public var outcome: Outcome
    /// The source files (site-relative) whose bytes changed since the last good build.
    public var changedSources: [String]
    /// The output files (site-relative) that were added or whose bytes changed, sorted.
    public var changedFiles: [String]
    /// The output files that are gone, sorted.
    public var removedFiles: [String]
    /// How many pages were rendered again.
    public var renderedPages: Int
    /// Warnings of the site as now built.
    public var warnings: [Diagnostic]
    /// Assets whose fingerprinted output path changed: the old path, and the new one.
    public var renamedAssets: [String: String]

    /// Creates an update.
    public init(
        outcome: Outcome, changedSources: [String] = [], changedFiles: [String] = [],
        removedFiles: [String] = [], renderedPages: Int = 0, warnings: [Diagnostic] = [],
        renamedAssets: [String: String] = [:]
    ) {
        self.outcome = outcome
        self.changedSources = changedSources
        self.changedFiles = changedFiles
        self.removedFiles = removedFiles
        self.renderedPages = renderedPages
        self.warnings = warnings
        self.renamedAssets = renamedAssets
    }

    /// Whether every changed source is a stylesheet, so a browser can swap its stylesheets
    /// instead of reloading.
    public var onlyStylesheetsChanged: Bool {
        !changedSources.isEmpty
            && changedSources.allSatisfy {
                $0.hasPrefix(AssetSet.sourceFolder + "/") && $0.lowercased().hasSuffix(".css")
            }
    }
}
