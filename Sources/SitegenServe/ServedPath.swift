/// What the path of a request asks for in a built site, decided before anything is looked up.
///
/// The site is a map of site-relative paths to bytes, so nothing outside it can be read; the
/// rules below also refuse every path a file server on disk would have to guard against, so
/// that a request either names a file of the site plainly or gets a 400.
public enum ServedPath: Sendable, Hashable {
    /// The site file at this site-relative path (`analyses/x/index.html`).
    case file(String)
    /// A folder asked for without its trailing slash: redirect to this path.
    case redirect(String)
    /// Nothing of the site is there.
    case notFound
    /// A path no site file can have: `..` or `.` segments, an encoded slash, a backslash, a
    /// NUL or another control character, an empty segment, or bad percent-encoding.
    case refused

    /// Resolves `rawPath`, the percent-encoded path of a request target (`/analyses/x/`),
    /// against the site's files.
    public static func resolve(_ rawPath: String, exists: (String) -> Bool) -> ServedPath {
        guard rawPath.hasPrefix("/") else { return .refused }
        let lowered = rawPath.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") {
            return .refused
        }
        var segments = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let isFolder = segments.last?.isEmpty ?? true
        if isFolder { segments.removeLast() }
        var decoded: [String] = []
        for segment in segments {
            guard let text = String(segment).removingPercentEncoding, !text.isEmpty,
                text != ".", text != "..",
                !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
                !text.contains("\\"), !text.contains("/")
            else { return .refused }
            decoded.append(text)
        }
        let path = decoded.joined(separator: "/")
        if isFolder {
            let index = path.isEmpty ? "index.html" : path + "/index.html"
            return exists(index) ? .file(index) : .notFound
        }
        if exists(path) { return .file(path) }
        if exists(path + "/index.html") { return .redirect(rawPath + "/") }
        return .notFound
    }

    /// The URL path a browser shows for the site file at `path`: `analyses/x/index.html` is
    /// `/analyses/x/`.
    public static func urlPath(of path: String) -> String {
        if path == "index.html" { return "/" }
        if path.hasSuffix("/index.html") { return "/" + path.dropLast("index.html".count) }
        return "/" + path
    }
}
