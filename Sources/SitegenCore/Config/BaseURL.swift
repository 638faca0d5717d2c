/// The absolute URL a site is published at, always ending in `/`.
///
/// Pages link to each other with relative URLs, so a site works at a domain root and under a
/// sub-path alike; the base URL is used only where an absolute URL is required (canonical
/// links, the feed, the sitemap, robots.txt) and for `404.html`, which hosts serve at any depth.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL text, for example `https://example.org/reports/`.
    public let absolute: String
    /// The path part, for example `/reports/`.
    public let path: String

    /// Parses an http(s) URL with a host, adding a missing final `/`.
    ///
    /// Nil for anything else: other schemes, no host, user info, a query or fragment, spaces,
    /// quotes, control or non-ASCII characters (write an international domain in punycode).
    public init?(_ text: String) {
        let lowered = text.lowercased()
        let scheme: String
        if lowered.hasPrefix("https://") {
            scheme = "https://"
        } else if lowered.hasPrefix("http://") {
            scheme = "http://"
        } else {
            return nil
        }
        let rest = text.dropFirst(scheme.count)
        let forbidden: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "?", "#", "\\", "`", "@"]
        guard
            rest.unicodeScalars.allSatisfy({ scalar in
                scalar.isASCII && scalar.value > 0x20 && scalar.value != 0x7F
                    && !forbidden.contains(scalar)
            })
        else { return nil }
        let host = rest.prefix { $0 != "/" }
        guard !host.isEmpty, !host.hasPrefix("."), !host.hasPrefix(":") else { return nil }
        var path = String(rest.dropFirst(host.count))
        if !path.hasSuffix("/") { path += "/" }
        self.path = path
        self.absolute = scheme + host + path
    }

    /// The absolute URL of a site-relative path such as `analyses/x/`.
    public func resolve(_ relativePath: String) -> String {
        absolute + relativePath
    }

    /// The absolute URL.
    public var description: String { absolute }
}
