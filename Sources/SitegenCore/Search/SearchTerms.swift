/// The terms a search index holds and a query matches.
///
/// Terms are what `search.js` makes of a query, so the two must agree: Unicode letters and
/// digits, accents folded away (NFD with the marks dropped), lowercased; anything else
/// separates terms. `l’Oréal` is `l` and `oreal`; `$25B` is `25b`. ``TermSplitter`` finds
/// them.
enum SearchTerms {
    /// The terms of `text`, in order, repeats included.
    static func terms(_ text: String) -> [String] {
        var collector = Collector()
        TermSplitter.with { splitter in
            Array(text.utf8).withUnsafeBufferPointer { splitter.read($0, into: &collector) }
        }
        return collector.terms
    }

    /// The longest term kept, in UTF-8 bytes: longer runs (hashes, long URLs) are left out.
    static let maxTermLength = 40

    /// Keeps every term it takes, in order.
    struct Collector: TermSink {
        /// The terms taken so far.
        var terms: [String] = []

        mutating func take(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) {
            terms.append(String(decoding: term, as: UTF8.self))
        }
    }
}
