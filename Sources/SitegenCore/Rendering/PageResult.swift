/// A file of the built site: where it goes and its bytes.
struct OutputFile: Sendable {
    var path: String
    var bytes: [UInt8]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}

/// What rendering one page produced.
struct PageResult: Sendable {
    var route: Route
    var file: OutputFile?
    var diagnostics: [Diagnostic]
    /// The rendered body of a page the feed carries, so the feed need not render it again.
    var feedBody: String?
    /// What the page read: the inputs whose change can change it.
    var inputs: Set<PageInput>
    /// The heading ids of the Markdown file the page shows, which links into it are checked
    /// against; nil for pages without a Markdown body.
    var headings: PageHeadings? = nil
    /// The names of the figures the page shows, in order of first use.
    var figureNames: [String] = []
    /// How many charts the page draws.
    var chartCount = 0
    /// The page's entry in the search index, when the index holds it.
    var search: SearchEntry? = nil
}

/// The heading ids of one Markdown file, as rendered.
struct PageHeadings: Sendable, Hashable {
    /// The Markdown file, by site-relative path.
    var source: String
    /// Its headings' ids.
    var ids: Set<String>
}

/// Something a page was rendered from, for deciding which pages an edit affects.
public enum PageInput: Sendable, Hashable, Comparable {
    /// A file of the site, by site-relative path (`content/analyses/x.md`).
    case file(String)
    /// A dataset, by name (`deals`).
    case dataset(String)
    /// A template, by name (`analysis`).
    case template(String)
    /// The list of analyses with their front matter (titles, dates, summaries, tags), which
    /// every page that lists analyses shows.
    case analysisList
    /// The site's configuration, navigation and assets, which every page shows.
    case site
    /// The pages and files a link can point to (analyses, pages, copied files, data pages),
    /// which every page with a link into the site was checked against.
    case linkTargets
    /// The heading ids of the Markdown file at a path, which a link into it (and its
    /// `#anchor`) was checked against: a body edit that keeps them changes no linking page.
    case headings(String)
}
