/// One page of the search index: its terms with their weights, and the document the results
/// list shows for it, both made while the page renders.
struct SearchEntry: Sendable {
    /// What a result is, as the results list names it.
    enum Kind: String, Sendable {
        case analysis = "Analysis"
        case page = "Page"
        case deal = "Deal"
        case company = "Company"
    }

    /// The page's number in the index when it rendered (``Site/searchNumbers``).
    var number: Int
    /// The page's distinct terms.
    var terms: TermTable
    /// Each term's weight, by term number: 1,000 when the title has it, 100 when the summary,
    /// a heading or a label does, plus one per occurrence in the text up to 99, so title
    /// matches rank first.
    var weights: [UInt32]
    /// `search/doc/<number>.json`: the page's path, kind, title, date, summary and text.
    var document: [UInt8]
    /// The document's ``TermTable/hash(_:)``, for the index's version: made here, while
    /// pages render in parallel, not where the index is put together one page at a time.
    var digest: UInt64

    /// The most of a page's text its document keeps for snippets, in UTF-8 bytes.
    static let textLimit = 30_000

    /// The entry of the page at `sitePath`, from its parts and the HTML of its main content.
    init(
        number: Int, kind: Kind, sitePath: String, title: String,
        date: (iso: String, display: String)?, summary: String, labels: [String],
        mainHTML: ArraySlice<UInt8>
    ) {
        self.number = number
        var json = Self.documentHead(
            kind: kind, sitePath: sitePath, title: title, date: date, summary: summary)
        // The text is read once, into the document: its terms are counted as its tags are
        // taken out. A distinct term in about every 24 bytes of HTML on the example site, 55
        // on the benchmark one; an index page's HTML is mostly cards, which are not read, so
        // no more than 4,096 (the table grows when a page has more).
        let expected = min(mainHTML.count / 32, 4096)
        var counter = Counter(table: TermTable(expected: expected), capacity: expected)
        defer { counter.tallies.deallocate() }
        let textStart = json.count
        TermSplitter.with { splitter in
            SearchText.appendPlainText(
                ofHTML: mainHTML, to: &json, terms: &splitter, into: &counter)
            counter.field = Counter.title
            Array(title.utf8).withUnsafeBufferPointer { splitter.read($0, into: &counter) }
            counter.field = Counter.summary
            for field in [summary] + labels {
                Array(field.utf8).withUnsafeBufferPointer { splitter.read($0, into: &counter) }
            }
        }
        terms = counter.table.compacted()
        let tallies = UnsafeBufferPointer(start: counter.tallies, count: counter.table.count)
        weights = tallies.map { tally in
            min(tally & Counter.countMask, 99) + (tally & Counter.title != 0 ? 1000 : 0)
                + (tally & Counter.summary != 0 ? 100 : 0)
        }
        Self.endDocument(&json, textStart: textStart)
        // The array had room for all of the HTML; entries are kept (by the preview server,
        // for every page), so the document is kept at its size.
        document = json.withoutSpareCapacity()
        digest = json.withUnsafeBufferPointer { TermTable.hash($0) }
    }

    /// The document up to its text: path, kind, title, date and summary, then the opening
    /// quote of the text.
    private static func documentHead(
        kind: Kind, sitePath: String, title: String, date: (iso: String, display: String)?,
        summary: String
    ) -> [UInt8] {
        var json: [UInt8] = []
        json.reserveCapacity(sitePath.utf8.count + title.utf8.count + summary.utf8.count + 128)
        json.append(contentsOf: "{\"url\":".utf8)
        appendJSON(sitePath, to: &json)
        json.append(contentsOf: ",\"kind\":\"".utf8)
        json.append(contentsOf: kind.rawValue.utf8)
        json.append(contentsOf: "\",\"title\":".utf8)
        appendJSON(title, to: &json)
        if let date {
            json.append(contentsOf: ",\"date\":".utf8)
            appendJSON(date.display, to: &json)
            json.append(contentsOf: ",\"iso\":".utf8)
            appendJSON(date.iso, to: &json)
        }
        json.append(contentsOf: ",\"summary\":".utf8)
        appendJSON(summary, to: &json)
        json.append(contentsOf: ",\"text\":\"".utf8)
        return json
    }

    /// Ends the document whose raw text starts at `textStart`: keeps the first
    /// ``textLimit`` bytes of the text, cut on a scalar's first byte, never inside one;
    /// escapes it; closes the string and the object.
    private static func endDocument(_ json: inout [UInt8], textStart: Int) {
        let textCount = json.count - textStart
        var end = min(textCount, textLimit)
        while end < textCount, end > 0, json[textStart + end] & 0xC0 == 0x80 { end -= 1 }
        if end < textCount { json.removeLast(textCount - end) }
        // Text seldom has a quote, a backslash or a control character; when it has, it is
        // written again with its escapes.
        if needsEscape(json[textStart...]) {
            let text = Array(json[textStart...])
            json.removeLast(text.count + 1)
            appendJSON(text[...], to: &json)
        } else {
            json.append(UInt8(ascii: "\""))
        }
        json.append(contentsOf: "}\n".utf8)
    }

    /// A page's terms as they are counted: by term number, one tally holding the term's
    /// occurrences in the text (up to ``countMask``) and the bits of the fields it is in.
    private struct Counter: TermSink {
        var table: TermTable
        /// By term number, its tally, with room for `capacity`; the entry frees it.
        ///
        /// Memory of its own, not an array: a tally changes at every word of every page, and
        /// an array's checks of its uniqueness and bounds cost about 5 % of making an entry.
        var tallies: UnsafeMutablePointer<UInt32>
        private var capacity: Int
        /// The field the terms taken now are in: 0 for the text, else its bit.
        var field: UInt32 = 0

        init(table: TermTable, capacity: Int) {
            self.table = table
            self.capacity = max(capacity, 16)
            tallies = .allocate(capacity: self.capacity)
        }

        /// The tally bit of a term in the title.
        static let title: UInt32 = 1 << 31
        /// The tally bit of a term in the summary or a label.
        static let summary: UInt32 = 1 << 30
        /// The bits of a tally that count occurrences.
        static let countMask: UInt32 = summary - 1

        @inline(__always)
        mutating func take(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) {
            // The splitter's buffer has room past the longest term (``TermSplitter``).
            let count = table.count
            let number = table.insert(term, hash: hash)
            if number == count {
                if number == capacity { grow() }
                (tallies + number).initialize(to: 0)
            }
            if field != 0 {
                tallies[number] |= field
            } else if tallies[number] & Self.countMask < Self.countMask {
                tallies[number] += 1
            }
        }

        /// Doubles the room for tallies.
        private mutating func grow() {
            let larger = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: tallies, count: capacity)
            tallies.deallocate()
            tallies = larger
            capacity *= 2
        }
    }

    /// Appends `string` as a JSON string literal (RFC 8259), quotes included.
    static func appendJSON(_ string: String, to json: inout [UInt8]) {
        var string = string
        string.withUTF8 { appendJSON($0, to: &json) }
    }

    /// Appends UTF-8 `bytes` as a JSON string literal (RFC 8259), quotes included.
    static func appendJSON(_ bytes: ArraySlice<UInt8>, to json: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { appendJSON($0, to: &json) }
    }

    /// Appends UTF-8 `bytes` as a JSON string literal (RFC 8259), quotes included; runs that
    /// need no escape are copied whole.
    static func appendJSON(_ bytes: UnsafeBufferPointer<UInt8>, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        var run = 0
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none of them needs an escape.
            if index + 8 <= bytes.count, let base = bytes.baseAddress,
                !Self.mayNeedEscape(
                    UInt64(
                        littleEndian: UnsafeRawPointer(base + index).loadUnaligned(
                            as: UInt64.self)))
            {
                index += 8
                continue
            }
            let byte = bytes[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                continue
            }
            json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(index - 1)]))
            run = index
            json.append(UInt8(ascii: "\\"))
            switch byte {
            case 0x0A: json.append(UInt8(ascii: "n"))
            case 0x0D: json.append(UInt8(ascii: "r"))
            case 0x09: json.append(UInt8(ascii: "t"))
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): json.append(byte)
            default:
                let hex = Array("0123456789abcdef".utf8)
                json.append(contentsOf: "u00".utf8)
                json.append(hex[Int(byte >> 4)])
                json.append(hex[Int(byte & 0xF)])
            }
        }
        json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        json.append(UInt8(ascii: "\""))
    }

    /// Whether any of `bytes` needs an escape in a JSON string.
    private static func needsEscape(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 8 <= bytes.count {
                let word = UInt64(
                    littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if mayNeedEscape(word) { break }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Whether any of the eight bytes of `word` is a control character, a quote or a
    /// backslash: the exact tests for a zero byte and a byte under 0x20 of "Bit Twiddling
    /// Hacks".
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let under20 = (word &- ones &* 0x20) & ~word & highs != 0
        return under20 || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }
}
