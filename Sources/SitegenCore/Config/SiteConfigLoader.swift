import SitegenData

/// Reads `content/site.yaml` into a ``SiteConfig``, reporting every problem with its position.
struct SiteConfigLoader {
    /// Whether a site path names a file of `content/static/` (for `image`).
    var isStaticFile: (String) -> Bool = { _ in true }

    /// Parses `file`; returns the configuration (nil when it is unusable) and what was found.
    func load(_ file: SourceFile, baseURLOverride: BaseURL?) -> (SiteConfig?, [Diagnostic]) {
        let root: DataValue
        do {
            root = try YAMLLoader.load(file.text, path: file.path)
        } catch {
            return (nil, [Diagnostic(error, in: file)])
        }
        if root.isNull {
            return (
                nil,
                [
                    file.diagnostic(
                        .error, "The site configuration is empty; it needs at least a 'title'",
                        line: 1, column: 1)
                ]
            )
        }
        var found: [DataDiagnostic] = []
        guard
            let map = MapDecoder(
                root, path: file.path, required: ["title"],
                optional: [
                    "description", "base_url", "language", "author", "nav", "raw_html",
                    "feed_limit", "image", "image_alt", "search", "data_as_of",
                ],
                unknownKeys: .warning, diagnostics: &found)
        else { return (nil, found.map { Diagnostic($0, in: file) }) }
        let title = map.string("title", diagnostics: &found)
        let description = map.string("description", diagnostics: &found) ?? ""
        let language = map.string("language", diagnostics: &found) ?? "en"
        if map.value("language") != nil, !Self.isLanguageTag(language) {
            found.append(
                map.error(
                    "'\(language)' is not a language tag; write one such as 'en' or 'en-GB'",
                    at: "language"))
        }
        let author = map.string("author", diagnostics: &found) ?? ""
        let allowRawHTML = map.bool("raw_html", diagnostics: &found) ?? false
        let search = map.bool("search", diagnostics: &found) ?? true
        let dataAsOf = map.date("data_as_of", diagnostics: &found)
        var feedLimit = SiteConfig.defaultFeedLimit
        if let text = map.string("feed_limit", diagnostics: &found) {
            if let limit = Int(text), (1...10_000).contains(limit) {
                feedLimit = limit
            } else {
                found.append(
                    map.error(
                        "'feed_limit' must be a whole number from 1 to 10000, the number of analyses the feed carries",
                        at: "feed_limit"))
            }
        }
        var baseURL = baseURLOverride
        if let text = map.string("base_url", diagnostics: &found) {
            let parsed = BaseURL(text)
            if parsed == nil {
                found.append(
                    map.error(
                        "'\(text)' is not an absolute http(s) URL; write one such as 'https://example.org/'",
                        at: "base_url"))
            }
            baseURL = baseURL ?? parsed
        } else if baseURL == nil {
            found.append(
                DataDiagnostic(
                    path: file.path, position: root.position,
                    message:
                        "Missing value for key 'base_url'; set it to where the site is published or pass --base-url"
                ))
        }
        let image = readImage(map, &found)
        let imageAlt = map.string("image_alt", diagnostics: &found) ?? ""
        if image != nil, imageAlt.allSatisfy(\.isWhitespace) {
            found.append(
                map.warning(
                    "The card image has no 'image_alt'; describe what it shows for readers who cannot see it",
                    at: "image"))
        }
        let navigation = readNavigation(map, &found)
        let diagnostics = found.map { Diagnostic($0, in: file) }
        guard let title, let baseURL else { return (nil, diagnostics) }
        let config = SiteConfig(
            title: title, description: description, baseURL: baseURL,
            language: language, author: author, navigation: navigation,
            allowRawHTML: allowRawHTML, feedLimit: feedLimit, image: image, imageAlt: imageAlt,
            search: search, dataAsOf: dataAsOf)
        return (config, diagnostics)
    }

    /// `image`: an absolute http(s) URL, or a site path that a file of `content/static/` is
    /// published at.
    private func readImage(_ map: MapDecoder, _ found: inout [DataDiagnostic]) -> String? {
        guard let text = map.string("image", diagnostics: &found) else { return nil }
        if text.hasPrefix("https://") || text.hasPrefix("http://") {
            if BaseURL(text) != nil { return text }
        } else if Self.isSafeLink(text), !text.isEmpty, !text.hasSuffix("/") {
            if isStaticFile(text) { return text }
            found.append(
                map.error(
                    "'image' names '\(text)', which is no file of content/static; put the picture at content/static/\(text), or give its absolute https URL",
                    at: "image"))
            return nil
        }
        found.append(
            map.error(
                "'\(text)' is not a file path in the site or an http(s) URL; write a path such as 'img/card.png' for content/static/img/card.png",
                at: "image"))
        return nil
    }

    private func readNavigation(_ map: MapDecoder, _ found: inout [DataDiagnostic])
        -> [NavigationLink]
    {
        guard let value = map.value("nav") else { return [] }
        guard let items = value.items else {
            found.append(map.error("Expected a list of links for 'nav'", at: "nav"))
            return []
        }
        var links: [NavigationLink] = []
        for (index, item) in items.enumerated() {
            guard
                let entry = MapDecoder(
                    item, path: map.path, keyPath: "nav[\(index + 1)]", required: ["title", "url"],
                    unknownKeys: .warning, diagnostics: &found),
                let title = entry.string("title", diagnostics: &found),
                let url = entry.string("url", diagnostics: &found)
            else { continue }
            guard Self.isSafeLink(url) else {
                found.append(
                    entry.error(
                        "'\(url)' is not a site path or an http(s) URL; write a path such as 'about/'",
                        at: "url"))
                continue
            }
            links.append(NavigationLink(title: title, target: url))
        }
        return links
    }

    /// A relative path inside the site (no scheme, no `..`, not root-relative) or http(s).
    static func isSafeLink(_ text: String) -> Bool {
        if text.hasPrefix("https://") || text.hasPrefix("http://") { return BaseURL(text) != nil }
        if text.hasPrefix("/") || text.contains(":") || text.contains("\\") { return false }
        return !text.split(separator: "/").contains("..")
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                (1...8).contains(part.count)
                    && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
    }
}
