import Foundation
import SitegenMarkdown
import SitegenSupport

/// Checks the links and images of a Markdown body that point inside the site, and rewrites
/// them to the URLs of the built pages and files.
///
/// A destination is read the way GitHub's file view reads it, relative to the Markdown file:
/// `other.md` (or `../pages/about.md`) is that page, its `#anchor` checked against the
/// page's heading ids; a bundle's or `content/static/`'s file is its copy in the site. A
/// site-absolute path (`/deals/x/`) and a path relative to the built page (`../x/`) are
/// checked against the site's pages and files, and made relative so the site works under
/// any sub-path. `http:`, `mailto:` and other schemes, and `//host` links, are left alone.
struct LinkResolver: Sendable {
    /// Each analysis's and page's route, by the path of its Markdown file.
    private let bodies: [String: Route]
    /// Each copied file's path in the site, by its source path.
    private let copies: [String: String]
    /// Every path of the built site: pages (as `x/` and `x/index.html`) and files.
    private let outputs: Set<String>
    /// What a link can point to, for suggestions when it points nowhere.
    private let targets: [String]
    /// Each analysis's and page's body, by the path of its Markdown file.
    let sources: [String: MarkdownSource]
    /// Markdown files that failed to load: a link to one is not a second error.
    private let unloaded: Set<String>

    init(site: Site) {
        var bodies: [String: Route] = [:]
        var sources: [String: MarkdownSource] = [:]
        for analysis in site.analyses {
            bodies[analysis.body.path] = .analysis(slug: analysis.slug)
            sources[analysis.body.path] = analysis.body
        }
        for page in site.pages {
            bodies[page.body.path] = .page(slug: page.slug)
            sources[page.body.path] = page.body
        }
        self.bodies = bodies
        self.sources = sources
        unloaded = site.unloadedMarkdown
        var copies: [String: String] = [:]
        for file in site.staticFiles { copies[file.source] = file.path }
        self.copies = copies
        var outputs = site.generatedPaths.union(site.staticFiles.map(\.path))
        outputs.formUnion(site.pageRoutes.map(\.sitePath))
        self.outputs = outputs
        targets = (Array(bodies.keys) + Array(copies.keys)).sorted()
    }

    /// How one destination resolved.
    enum Resolution: Equatable {
        /// Not a link into the site: left as written.
        case external
        /// Points inside the site: the URL to write, and the Markdown file it names (whose
        /// headings hold its anchor), if any.
        case resolved(String, page: String?)
        /// Points at nothing: the message of the error.
        case broken(String)
    }

    /// Resolves `destination`, written in the Markdown file `source`, for a page whose links
    /// to the root start with `rootPrefix` and whose site path is `sitePath`.
    ///
    /// `headings` gives the heading ids of a Markdown file of the site (nil when it has
    /// none to give); an `#anchor` alone is checked against `ownIDs`.
    func resolve(
        _ destination: String, from source: String, rootPrefix: String, sitePath: String,
        ownIDs: Set<String>, headings: (String) -> Set<String>?
    ) -> Resolution {
        // libcmark hands over destinations without surrounding spaces.
        let trimmed = destination
        if trimmed.isEmpty || Self.hasScheme(trimmed) || trimmed.hasPrefix("//") {
            return .external
        }
        var path = trimmed
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        var query = ""
        if let mark = path.firstIndex(of: "?") {
            query = String(path[mark...])
            path = String(path[..<mark])
        }
        let decoded = path.removingPercentEncoding ?? path
        let suffix = query + (fragment.map { "#" + $0 } ?? "")

        if decoded.isEmpty {
            guard let fragment else { return .external }
            let id = fragment.removingPercentEncoding ?? fragment
            if ownIDs.contains(id) || Self.isThemeID(id) { return .external }
            return .broken(
                "No heading with the id '\(id)' on this page\(Self.suggestion(id, among: ownIDs.sorted()))"
            )
        }

        if decoded.hasPrefix("/") {
            let sitePath = String(decoded.dropFirst())
            guard let found = output(sitePath) else {
                return .broken(
                    "Nothing in the site at '\(decoded)'\(Self.suggestion(sitePath, among: outputs.sorted()))"
                )
            }
            return .resolved(rootPrefix + found + suffix, page: nil)
        }

        let folder = source.lastIndex(of: "/").map { String(source[..<$0]) } ?? ""
        if let resolved = Self.normalize(folder + "/" + decoded) {
            if let route = bodies[resolved] {
                if let fragment {
                    let id = fragment.removingPercentEncoding ?? fragment
                    let ids = headings(resolved) ?? []
                    guard ids.contains(id) || Self.isThemeID(id) else {
                        return .broken(
                            "No heading with the id '\(id)' in '\(resolved)'\(Self.suggestion(id, among: ids.sorted()))"
                        )
                    }
                }
                return .resolved(rootPrefix + route.sitePath + suffix, page: resolved)
            }
            if unloaded.contains(resolved) { return .external }
            if let copy = copies[resolved] {
                // A bundle's own file is beside its page: keep the link as short as written.
                if !sitePath.isEmpty, copy.hasPrefix(sitePath) {
                    return .resolved(String(copy.dropFirst(sitePath.count)) + suffix, page: nil)
                }
                return .resolved(rootPrefix + copy + suffix, page: nil)
            }
        }
        // A path relative to the built page, as a hand-written site link would be.
        if let relative = Self.normalize(sitePath + decoded), let found = output(relative) {
            return .resolved(rootPrefix + found + suffix, page: nil)
        }
        let named = Self.normalize(folder + "/" + decoded) ?? decoded
        let near = Self.suggestion(named, among: targets)
        return .broken(
            "No page or file at '\(named)'"
                + (near.isEmpty
                    ? "; link to a Markdown file of the site, a file beside it, or one in content/static/"
                    : near))
    }

    /// The site path `path` names, as a page folder or a file, or nil.
    private func output(_ path: String) -> String? {
        if path.isEmpty { return "" }
        if outputs.contains(path) { return path }
        if !path.hasSuffix("/"), outputs.contains(path + "/") { return path + "/" }
        return nil
    }

    /// `a/b/../c` as `a/c`; nil when it climbs above the root.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
    }

    /// Whether `text` starts with a URL scheme (`https:`, `mailto:`).
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// Whether `id` is one the theme writes (capitalised, as no heading id is).
    private static func isThemeID(_ id: String) -> Bool {
        id.first?.isUppercase ?? false
    }

    private static func suggestion(_ text: String, among candidates: [String]) -> String {
        EditDistance.didYouMean(text, among: candidates)
    }
}
