import Yams

/// Reads `content/site.yaml` into a ``SiteConfig``, reporting every problem with its position.
struct SiteConfigLoader {
    /// Parses `file`; returns the configuration (nil when it is unusable) and what was found.
    func load(_ file: SourceFile, baseURLOverride: BaseURL?) -> (SiteConfig?, [Diagnostic]) {
        let reader = YAMLReader(file: file, lineOffset: 0)
        let root: Node
        switch reader.parse(file.text) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(nil):
            return (nil, [file.diagnostic(.error, "The site configuration is empty; it needs at least a 'title'", line: 1, column: 1)])
        case .success(let node?): root = node
        }
        var mapping = MappingReader(root, reader: reader, subject: "site.yaml")
        let title = mapping.string("title", required: true)
        let description = mapping.string("description") ?? ""
        let language = mapping.string("language") ?? "en"
        if let node = mapping.value("language"), !Self.isLanguageTag(language) {
            mapping.report(
                reader.diagnostic(
                    .error, "'\(language)' is not a language tag; write one such as 'en' or 'en-GB'",
                    at: node))
        }
        let author = mapping.string("author") ?? ""
        let allowRawHTML = mapping.bool("raw_html") ?? false
        var baseURL = baseURLOverride
        if let text = mapping.string("base_url"), let node = mapping.value("base_url") {
            let parsed = BaseURL(text)
            if parsed == nil {
                mapping.report(
                    reader.diagnostic(
                        .error,
                        "'\(text)' is not an absolute http(s) URL; write one such as 'https://example.org/'",
                        at: node))
            }
            baseURL = baseURL ?? parsed
        }
        let navigation = readNavigation(&mapping, reader: reader)
        mapping.reportUnknownKeys()
        if baseURL == nil, mapping.value("base_url") == nil {
            mapping.report(
                reader.diagnostic(
                    .error,
                    "Missing required key 'base_url' in site.yaml; set it to where the site is published or pass --base-url",
                    at: root))
        }
        guard let title, let baseURL else { return (nil, mapping.diagnostics) }
        let config = SiteConfig(
            title: title, description: description, baseURL: baseURL,
            language: language, author: author, navigation: navigation,
            allowRawHTML: allowRawHTML)
        return (config, mapping.diagnostics)
    }

    private func readNavigation(_ mapping: inout MappingReader, reader: YAMLReader) -> [NavigationLink] {
        guard let node = mapping.value("nav") else { return [] }
        guard let items = node.sequence else {
            mapping.report(reader.diagnostic(.error, "Expected a list of links for 'nav'", at: node))
            return []
        }
        var links: [NavigationLink] = []
        for item in items {
            var entry = MappingReader(item, reader: reader, subject: "a 'nav' entry")
            let title = entry.string("title", required: true)
            let url = entry.string("url", required: true)
            if let url, let urlNode = entry.value("url"), !Self.isSafeLink(url) {
                entry.report(
                    reader.diagnostic(
                        .error,
                        "'\(url)' is not a site path or an http(s) URL; write a path such as 'about/'",
                        at: urlNode))
            } else if let title, let url {
                links.append(NavigationLink(title: title, target: url))
            }
            entry.reportUnknownKeys()
            for diagnostic in entry.diagnostics { mapping.report(diagnostic) }
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
                (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
    }
}
