import Foundation

/// The figures manifest, `figures.json`, that every build writes and `sitegen diff` reads.
///
/// Every figure of a build with its value, qualifier, text, formula, sources and the pages
/// that show it, and every page with a digest of its bytes. docs/figures-manifest.md
/// documents the format.
///
/// Written one figure and one page per line, sorted by id and path, so two builds of the same
/// inputs give the same bytes and a line-based diff of two manifests reads well.
public struct FiguresManifest: Sendable, Hashable, Codable {
    /// The version of the format, raised when a field changes meaning or goes away.
    public static let currentFormat = 1

    /// One figure.
    public struct Entry: Sendable, Hashable, Codable {
        /// The figure's name, as written after `=` (`deals.amazon-anthropic-2026.investment`).
        public var id: String
        /// The machine value of its `<data value>`: digits, a range with `..`, or an ISO date.
        public var value: String
        /// `exact`, `about`, `up-to`, `at-least` or `between`.
        public var qualifier: String
        /// The text pages show (`up to $25B`).
        public var text: String
        /// `USD`, `USD/year`, `multiple`, `share`, `years`, `count` or `date`.
        public var unit: String
        /// The formula in words (`commitment ÷ term`), `reported` for data read as is.
        public var formula: String
        /// The formula with its inputs filled in.
        public var explanation: String
        /// The ids of its sources, in order of first use.
        public var sources: [String]
        /// The site paths of the pages that show it (`/deals/amazon-anthropic-2026/`), sorted.
        public var pages: [String]

        /// Creates an entry.
        public init(
            id: String, value: String, qualifier: String, text: String, unit: String,
            formula: String, explanation: String, sources: [String], pages: [String]
        ) {
            self.id = id
            self.value = value
            self.qualifier = qualifier
            self.text = text
            self.unit = unit
            self.formula = formula
            self.explanation = explanation
            self.sources = sources
            self.pages = pages
        }
    }

    /// One HTML page.
    public struct Page: Sendable, Hashable, Codable {
        /// Its site path: `/`, `/analyses/x/`, `/404.html`.
        public var path: String
        /// 64-bit FNV-1a of its bytes, 16 hex digits: it changes when the page does.
        public var digest: String

        /// Creates a page entry.
        public init(path: String, digest: String) {
            self.path = path
            self.digest = digest
        }
    }

    /// The format version of the file.
    public var format: Int
    /// Every figure the data gives, sorted by id.
    public var figures: [Entry]
    /// Every HTML page, sorted by path.
    public var pages: [Page]

    /// Creates a manifest from its parts.
    public init(format: Int = Self.currentFormat, figures: [Entry], pages: [Page]) {
        self.format = format
        self.figures = figures
        self.pages = pages
    }

    /// Reads a manifest from the bytes of a `figures.json`.
    ///
    /// - Throws: a message saying what is wrong, for a file that is not a manifest or has a
    ///   format this sitegen does not read.
    public init(json bytes: [UInt8]) throws(ManifestError) {
        let decoded: FiguresManifest
        do {
            decoded = try JSONDecoder().decode(FiguresManifest.self, from: Data(bytes))
        } catch {
            throw ManifestError(
                message:
                    "This is not a figures manifest (\(Self.reason(error))); give a build's output folder or its figures.json"
            )
        }
        guard decoded.format == Self.currentFormat else {
            throw ManifestError(
                message:
                    "The manifest's format is \(decoded.format), and this sitegen reads format \(Self.currentFormat); build both sides with the same sitegen"
            )
        }
        self = decoded
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "it has no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "'\(path)' has the wrong type"
        default: return "it is not valid JSON"
        }
    }
}

/// Why a figures manifest could not be read.
public struct ManifestError: Error, Sendable, Hashable {
    /// What is wrong, and what to do.
    public var message: String
}
