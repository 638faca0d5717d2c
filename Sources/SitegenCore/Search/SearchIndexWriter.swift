import SitegenSupport

/// Builds the site's search index from its pages' entries: a small table of contents, the
/// terms in shards of about 24 KB, and one document per page (docs/search.md).
///
/// Like Pagefind's, the index is split so that a reader downloads only what a query needs:
/// `search/meta.json` names the first term of each shard, `search/index/<n>.json` holds the
/// postings of a run of terms in sorted order, and `search/doc/<n>.json` the text of one
/// result, fetched only when it is shown. Entries may be added in any order; the files are
/// the same for the same pages.
struct SearchIndexWriter {
    /// The folder the index is written to.
    static let folder = "search/"
    /// The path of the table of contents.
    static let metaPath = folder + "meta.json"
    /// About how many bytes of postings a shard holds; a term with more is a shard alone.
    static let shardSize = 24 * 1024

    private var postings: [String: [UInt64]] = [:]
    private var digests: [Int: UInt64] = [:]

    /// Adds `entry`'s terms as page `number`'s; its document is written by the caller.
    mutating func add(_ entry: SearchEntry, number: Int) {
        for (term, weight) in entry.terms {
            postings[term, default: []].append(UInt64(number) << 32 | UInt64(weight))
        }
        digests[number] = Fingerprint.hash(entry.document)
    }

    /// The whole index of `entries` by page number: table of contents, shards and documents.
    static func files(of entries: [(number: Int, entry: SearchEntry)]) -> [OutputFile] {
        var writer = SearchIndexWriter()
        var documents: [OutputFile] = []
        for (number, entry) in entries.sorted(by: { $0.number < $1.number }) {
            writer.add(entry, number: number)
            documents.append(OutputFile(path: documentPath(number), bytes: entry.document))
        }
        return writer.files() + documents
    }

    /// The path of the document of page `number`.
    static func documentPath(_ number: Int) -> String { folder + "doc/\(number).json" }

    /// The table of contents and the shards, in a fixed order.
    func files() -> [OutputFile] {
        var shards: [(first: String, bytes: [UInt8])] = []
        var current: [UInt8] = []
        var first = ""
        for term in postings.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            var entry = current.isEmpty ? "{" : ","
            entry += Escape.json(term) + ":["
            var previous: UInt64 = 0
            for (index, posting) in (postings[term] ?? []).sorted().enumerated() {
                let number = posting >> 32
                if index > 0 { entry += "," }
                entry += String(number - previous) + "," + String(posting & 0xFFFF_FFFF)
                previous = number
            }
            entry += "]"
            if !current.isEmpty, current.count + entry.utf8.count > Self.shardSize {
                current.append(contentsOf: Array("}\n".utf8))
                shards.append((first, current))
                current = []
                entry = "{" + entry.dropFirst()
            }
            if current.isEmpty { first = term }
            current.append(contentsOf: Array(entry.utf8))
        }
        if !current.isEmpty {
            current.append(contentsOf: Array("}\n".utf8))
            shards.append((first, current))
        }
        var version = Fingerprint.hash(shards.flatMap(\.bytes))
        for number in digests.keys.sorted() {
            version = (version ^ (digests[number] ?? 0)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(version, radix: 16)
        var meta = "{\"format\":1,\"version\":\"" + String(repeating: "0", count: 16 - hex.count)
        meta += hex + "\",\"documents\":\(digests.count),\"shards\":["
        meta += shards.map { Escape.json($0.first) }.joined(separator: ",") + "]}\n"
        return [OutputFile(path: Self.metaPath, text: meta)]
            + shards.enumerated().map { index, shard in
                OutputFile(path: Self.folder + "index/\(index).json", bytes: shard.bytes)
            }
    }
}
