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

    private var terms = TermTable()
    /// Every posting as it was added, page after page: the term's number in the high 32
    /// bits, the weight in the low.
    private var added: [UInt64] = []
    /// The pages added, in the order they came: number, where their postings end in
    /// ``added``, and their document's digest.
    private var pages: [(number: Int, end: Int, digest: UInt64)] = []

    /// Adds `entry`'s terms as page `number`'s; its document is written by the caller.
    ///
    /// Postings are kept in one list in the order they come, not one list per term: adding
    /// is the part of the index made one page at a time, beside the rendering, so it only
    /// appends; ``files()`` groups them by term.
    mutating func add(_ entry: SearchEntry, number: Int) {
        let numbers = terms.insertAll(of: entry.terms)
        for (term, weight) in zip(numbers, entry.weights) {
            added.append(UInt64(UInt32(bitPattern: term)) << 32 | UInt64(weight))
        }
        pages.append((number, added.count, entry.digest))
    }

    /// The postings grouped by term, page number in the high 32 bits and weight in the low:
    /// term `t`'s are `postings[starts[t]..<starts[t + 1]]`, in page order.
    ///
    /// A stable counting sort by term that takes the pages in number order (`ordered`, the
    /// indices of ``pages`` by number), so each term's run comes out in page order whatever
    /// order the pages were added in: one pass to count, one to place, and no sorting.
    private func grouped(_ ordered: [Int]) -> (postings: [UInt64], starts: [Int]) {
        var starts = Array(repeating: 0, count: terms.count + 1)
        for posting in added { starts[Int(posting >> 32) + 1] += 1 }
        for term in 0..<terms.count { starts[term + 1] += starts[term] }
        let postings = [UInt64](unsafeUninitializedCapacity: added.count) { postings, count in
            var next = starts
            added.withUnsafeBufferPointer { added in
                for index in ordered {
                    let page = UInt64(pages[index].number) << 32
                    let start = index == 0 ? 0 : pages[index - 1].end
                    for posting in added[start..<pages[index].end] {
                        let term = Int(posting >> 32)
                        postings.initializeElement(
                            at: next[term], to: page | posting & 0xFFFF_FFFF)
                        next[term] += 1
                    }
                }
            }
            count = added.count
        }
        return (postings, starts)
    }

    /// The path of the document of page `number`.
    static func documentPath(_ number: Int) -> String { folder + "doc/\(number).json" }

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

    /// The table of contents and the shards, in a fixed order.
    func files() -> [OutputFile] {
        let ordered = pages.indices.sorted { pages[$0].number < pages[$1].number }
        let (postings, starts) = grouped(ordered)
        let order = terms.sortedNumbers()
        var shards: [(first: ArraySlice<UInt8>, bytes: [UInt8])] = []
        var current: [UInt8] = []
        var entry: [UInt8] = []
        for term in order {
            // A term is letters and digits only, so it needs no escaping in JSON.
            entry.removeAll(keepingCapacity: true)
            entry.append(UInt8(ascii: "\""))
            entry += terms.term(term)
            entry += Array("\":[".utf8)
            var previous: UInt64 = 0
            for (index, posting) in postings[starts[term]..<starts[term + 1]].enumerated() {
                let number = posting >> 32
                if index > 0 { entry.append(UInt8(ascii: ",")) }
                Self.appendNumber(number - previous, to: &entry)
                entry.append(UInt8(ascii: ","))
                Self.appendNumber(posting & 0xFFFF_FFFF, to: &entry)
                previous = number
            }
            entry.append(UInt8(ascii: "]"))
            if !current.isEmpty, current.count + entry.count > Self.shardSize {
                current += Array("}\n".utf8)
                shards[shards.count - 1].bytes = current
                current = []
            }
            if current.isEmpty {
                shards.append((terms.term(term), []))
                current.append(UInt8(ascii: "{"))
            } else {
                current.append(UInt8(ascii: ","))
            }
            current += entry
        }
        if !current.isEmpty {
            current += Array("}\n".utf8)
            shards[shards.count - 1].bytes = current
        }
        var version: UInt64 = 0xcbf2_9ce4_8422_2325
        for shard in shards {
            version =
                (version ^ shard.bytes.withUnsafeBufferPointer(TermTable.hash))
                &* 0x0000_0100_0000_01b3
        }
        for index in ordered {
            version = (version ^ pages[index].digest) &* 0x0000_0100_0000_01b3
        }
        let hex = String(version, radix: 16)
        var meta = Array("{\"format\":1,\"version\":\"".utf8)
        meta += Array((String(repeating: "0", count: 16 - hex.count) + hex).utf8)
        meta += Array("\",\"documents\":\(pages.count),\"shards\":[".utf8)
        for (index, shard) in shards.enumerated() {
            if index > 0 { meta.append(UInt8(ascii: ",")) }
            meta.append(UInt8(ascii: "\""))
            meta += shard.first
            meta.append(UInt8(ascii: "\""))
        }
        meta += Array("]}\n".utf8)
        return [OutputFile(path: Self.metaPath, bytes: meta)]
            + shards.enumerated().map { index, shard in
                OutputFile(path: Self.folder + "index/\(index).json", bytes: shard.bytes)
            }
    }

    /// Appends the decimal digits of `value`.
    private static func appendNumber(_ value: UInt64, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var width = 1
        var power: UInt64 = 10
        while width < 20, value >= power {
            width += 1
            power = power &* 10
        }
        let end = bytes.count + width
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width))
        var rest = value
        for index in stride(from: end - 1, through: end - width, by: -1) {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
