/// What to build and how: the CLI's flags as a value.
public struct BuildOptions: Sendable, Hashable {
    /// The site root: the folder holding `content/` and `templates/`.
    public var root: String
    /// Where the site is written; `output` inside the root when nil.
    public var output: String?
    /// Overrides `base_url` from `site.yaml`.
    public var baseURL: String?
    /// Includes analyses marked `draft: true`.
    public var includeDrafts: Bool
    /// Turns warnings into errors.
    public var strict: Bool

    /// Creates build options; by default the current folder is built into `output/`.
    public init(
        root: String = ".", output: String? = nil, baseURL: String? = nil,
        includeDrafts: Bool = false, strict: Bool = false
    ) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
    }
}

/// What a successful build or check did.
public struct BuildReport: Sendable, Hashable {
    /// Warnings found (errors fail the build instead).
    public var warnings: [Diagnostic]
    /// How many HTML pages were rendered.
    public var pageCount: Int
    /// How many files the site has in all.
    public var fileCount: Int
    /// How many figures the pages show, each counted once per page that shows it.
    public var figureCount: Int
    /// How many charts the pages draw.
    public var chartCount: Int
    /// The folder the site was written to; nil for a check or a build into memory.
    public var outputPath: String?
    /// What each page was rendered from, by its output path (`analyses/x/index.html`).
    public var pageInputs: [String: Set<PageInput>]

    /// Creates a report.
    public init(
        warnings: [Diagnostic], pageCount: Int, fileCount: Int, figureCount: Int = 0,
        chartCount: Int = 0, outputPath: String?, pageInputs: [String: Set<PageInput>] = [:]
    ) {
        self.warnings = warnings
        self.pageCount = pageCount
        self.fileCount = fileCount
        self.figureCount = figureCount
        self.chartCount = chartCount
        self.outputPath = outputPath
        self.pageInputs = pageInputs
    }
}
