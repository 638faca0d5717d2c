/// Where a page sits in the output, and how it links to other pages of the site.
///
/// Links are relative (`../../tags/x/`) so a site works at a domain root and under a sub-path
/// alike. `404.html` is the exception: hosts serve it at any depth, so its links are absolute
/// URLs from the base URL (`https://example.org/reports/tags/x/`).
struct PageLocation: Sendable, Hashable {
    /// The file written, e.g. `analyses/x/index.html`.
    var outputPath: String
    /// The prefix that leads from this page to the site root: `./`, `../../` or an absolute URL.
    var rootPrefix: String

    /// A page written as `<directory>/index.html` (the home page when `directory` is empty).
    static func directory(_ directory: String) -> PageLocation {
        let depth = directory.split(separator: "/").count
        return PageLocation(
            outputPath: directory.isEmpty ? "index.html" : directory + "/index.html",
            rootPrefix: depth == 0 ? "./" : String(repeating: "../", count: depth))
    }

    /// A page at the root that hosts serve at any URL, linking with absolute URLs.
    static func anywhere(_ file: String, rootURL: String) -> PageLocation {
        PageLocation(outputPath: file, rootPrefix: rootURL)
    }

    /// The href of a site path such as `analyses/x/` or `assets/site.css` ("" is the root).
    func link(to sitePath: String) -> String {
        rootPrefix + sitePath
    }

    /// The site path of this page's URL: `analyses/x/` for `analyses/x/index.html`.
    var sitePath: String {
        outputPath.hasSuffix("index.html") ? String(outputPath.dropLast("index.html".count)) : outputPath
    }
}
