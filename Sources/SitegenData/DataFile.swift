/// A data file handed in by the caller: its site-relative path and its contents.
///
/// SitegenData does no file I/O; SitegenCore reads `content/data/*` and passes the files in.
public struct DataFile: Sendable, Hashable {
    /// What the caller read.
    public enum Contents: Sendable, Hashable {
        /// Text already decoded.
        case text(String)
        /// Raw bytes, decoded as UTF-8 by the loader (invalid UTF-8 is reported).
        case bytes([UInt8])
    }

    /// The site-relative path, such as `content/data/deals.yaml`, used in diagnostics; its last
    /// component's stem names the dataset and its extension picks the format.
    public var path: String
    /// The contents.
    public var contents: Contents

    /// A file whose text is already decoded.
    public init(path: String, text: String) {
        self.path = path
        self.contents = .text(text)
    }

    /// A file given as bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.contents = .bytes(bytes)
    }

    /// The last path component without its extension.
    public var stem: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The extension of the last path component, without the dot; empty when there is none.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    private var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
