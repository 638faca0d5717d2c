import Foundation

/// The readable text of a page's HTML, for its search index (``SearchTerms`` makes its terms).
enum SearchText {
    /// The readable text of generated HTML: tags dropped, character references decoded, runs
    /// of white space made one space.
    ///
    /// Left out with everything in them: `<svg>` (a chart's words are in its caption and data
    /// table), `<nav>`, `<script>`, `<style>`, `<template>`, and any element with a
    /// `data-search-ignore` attribute, as Pagefind's `data-pagefind-ignore` (the theme's
    /// listing cards and tags, and a page's figure notes, which repeat its figures and list
    /// sources). A tag that is not inline text markup (`a`, `em`, `data`…) separates words.
    static func plainText(ofHTML html: ArraySlice<UInt8>) -> [UInt8] {
        var ignored = Ignored()
        var text: [UInt8] = []
        TermSplitter.with { appendPlainText(ofHTML: html, to: &text, terms: &$0, into: &ignored) }
        return text
    }

    /// Appends ``plainText(ofHTML:)`` to `output`, and gives each term of the text to `sink`
    /// as `terms` splits it, in the same pass: the same terms as splitting the text
    /// afterwards, read once, and written where it is kept (a search document) with no copy.
    static func appendPlainText<Sink: TermSink>(
        ofHTML html: ArraySlice<UInt8>, to output: inout [UInt8], terms: inout TermSplitter,
        into sink: inout Sink
    ) {
        // Into a new array with room for the longest text the HTML can have, and a few bytes
        // more for what the caller ends it with: filling the room first would cost a pass.
        let before = output
        output = [UInt8](unsafeUninitializedCapacity: before.count + html.count + 16) {
            buffer, count in
            guard let base = buffer.baseAddress else { return }
            before.withUnsafeBufferPointer { before in
                if let from = before.baseAddress {
                    base.initialize(from: from, count: before.count)
                }
            }
            let length = html.withUnsafeBufferPointer { html in
                byteClass.withUnsafeBufferPointer { byteClass in
                    plainText(
                        html, into: UnsafeMutableBufferPointer(rebasing: buffer[before.count...]),
                        byteClass: byteClass, terms: &terms, sink: &sink)
                }
            }
            count = before.count + length
        }
    }

    /// A sink that drops every term.
    private struct Ignored: TermSink {
        func take(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) {}
    }

    /// What each byte of HTML is to ``plainText(_:into:byteClass:terms:sink:)``: an ASCII
    /// letter or digit as ``TermSplitter/fold`` gives it (from 0x30 on), or one of the codes
    /// below it.
    private static let byteClass: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D: return whiteSpace
        case Int(UInt8(ascii: "<")): return tagStart
        case Int(UInt8(ascii: "&")): return referenceStart
        default:
            return TermSplitter.fold[byte] == TermSplitter.separator
                ? punctuation : TermSplitter.fold[byte]
        }
    }
    /// In ``byteClass``: ASCII text that is not a letter or digit.
    private static let punctuation: UInt8 = 0
    /// In ``byteClass``: white space; a run of it becomes one space.
    private static let whiteSpace: UInt8 = 1
    /// In ``byteClass``: `<`, which may start a tag.
    private static let tagStart: UInt8 = 2
    /// In ``byteClass``: `&`, which may start a character reference.
    private static let referenceStart: UInt8 = 3

    /// Writes the text of `html` into `output`, which has room for as many bytes as `html`
    /// (no reference decodes to more bytes than it is written with), and its terms into
    /// `sink`; returns the text's length.
    private static func plainText<Sink: TermSink>(
        _ html: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
        byteClass: UnsafeBufferPointer<UInt8>, terms: inout TermSplitter, sink: inout Sink
    ) -> Int {
        var length = 0
        var index = 0
        let count = html.count
        let space = UInt8(ascii: " ")
        while index < count {
            let byte = html[index]
            let code = byteClass[Int(byte)]
            // Most bytes are letters and digits: up to eight at once, while eight are left
            // (the text is never longer than the HTML read, so they fit in `output` too).
            if code >= 0x30, code != TermSplitter.multiByte, index + 8 <= count,
                let from = html.baseAddress, let to = output.baseAddress
            {
                let word = UInt64(
                    littleEndian: UnsafeRawPointer(from + index).loadUnaligned(as: UInt64.self))
                let (run, folded) = Self.letterRun(word)
                UnsafeMutableRawPointer(to + length).storeBytes(
                    of: word.littleEndian, as: UInt64.self)
                length += run
                index += run
                terms.letters(folded, count: run)
                continue
            }
            if code >= 0x30, code != TermSplitter.multiByte {
                output[length] = byte
                length += 1
                index += 1
                terms.letter(code)
                continue
            }
            // Tested from the most common: white space between words, then punctuation.
            if code == whiteSpace {
                index += 1
                separate(output, &length, &terms, &sink)
            } else if code == punctuation {
                output[length] = byte
                length += 1
                index += 1
                terms.end(into: &sink)
            } else if code == tagStart {
                guard let tag = Tag(html, at: index) else {
                    output[length] = byte
                    length += 1
                    index += 1
                    terms.end(into: &sink)
                    continue
                }
                index = tag.end
                let kind = Self.kind(of: tag.name)
                if !tag.closing, !tag.selfClosing, kind == .skipped || tag.isIgnored {
                    index = skipElement(named: tag.name, in: html, from: index)
                    separate(output, &length, &terms, &sink)
                } else if kind != .inline {
                    separate(output, &length, &terms, &sink)
                }
            } else if code == referenceStart {
                guard let (scalar, end) = reference(html, at: index) else {
                    output[length] = byte
                    length += 1
                    index += 1
                    terms.end(into: &sink)
                    continue
                }
                for unit in scalar.utf8 {
                    output[length] = unit
                    length += 1
                }
                index = end
                if scalar.isASCII {
                    terms.ascii(UInt8(scalar.value), into: &sink)
                } else {
                    terms.scalar(scalar.value, into: &sink)
                }
            } else {
                // The first byte of a multi-byte scalar.
                let (value, next) = TermSplitter.decode(html, at: index)
                while index < next {
                    output[length] = html[index]
                    length += 1
                    index += 1
                }
                terms.scalar(value, into: &sink)
            }
        }
        terms.end(into: &sink)
        if length > 0, output[length - 1] == space { length -= 1 }
        return length
    }

    /// How many of the eight bytes of `word` (first byte lowest) are ASCII letters and digits
    /// before any other byte, and the word with its capitals lowercased, as ``TermSplitter``
    /// folds them: each byte tested at once, as "Bit Twiddling Hacks" tests for a byte in a
    /// range, with no carry from one byte into the next.
    @inline(__always)
    private static func letterRun(_ word: UInt64) -> (run: Int, folded: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low = word & ~highs
        /// The top bit of each byte whose low seven bits are at least `bound`.
        func atLeast(_ bound: UInt64) -> UInt64 { (low &+ ones &* (0x80 - bound)) & highs }
        let ascii = ~word & highs
        let upper = atLeast(0x41) & ~atLeast(0x5B) & ascii
        let lower = atLeast(0x61) & ~atLeast(0x7B)
        let digit = atLeast(0x30) & ~atLeast(0x3A)
        let kept = (upper | lower | digit) & ascii
        return ((~kept & highs).trailingZeroBitCount >> 3, word | upper >> 2)
    }

    /// Ends the term and writes one space to the `length` bytes of `output`, unless they are
    /// none or end in one.
    @inline(__always)
    private static func separate<Sink: TermSink>(
        _ output: UnsafeMutableBufferPointer<UInt8>, _ length: inout Int,
        _ terms: inout TermSplitter, _ sink: inout Sink
    ) {
        terms.end(into: &sink)
        if length > 0, output[length - 1] != UInt8(ascii: " ") {
            output[length] = UInt8(ascii: " ")
            length += 1
        }
    }

    /// Where the element named `name` whose start tag ends at `start` ends.
    ///
    /// That is after its end tag, counting elements of the same name inside it. Only tags of
    /// that name are read.
    private static func skipElement(
        named name: UInt64, in html: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        guard let base = html.baseAddress else { return html.count }
        var depth = 1
        var index = start
        while index < html.count {
            // A chart is mostly tags and numbers: `memchr` finds each `<` faster than a loop.
            guard html[index] == UInt8(ascii: "<") else {
                guard
                    let next = memchr(
                        base + index, Int32(UInt8(ascii: "<")), html.count - index)
                else { return html.count }
                index = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
                continue
            }
            let closing = index + 1 < html.count && html[index + 1] == UInt8(ascii: "/")
            let nameStart = index + (closing ? 2 : 1)
            guard Tag.packedName(in: html, at: nameStart).packed == name,
                let tag = Tag(html, at: index)
            else {
                index += 1
                continue
            }
            index = tag.end
            if tag.selfClosing { continue }
            depth += tag.closing ? -1 : 1
            if depth == 0 { return index }
        }
        return html.count
    }

    /// What a tag's element is to the text: read as text that separates words, text inside a
    /// run of words, or left out.
    private enum TagKind: UInt8 {
        case block = 0
        case inline
        case skipped
    }

    /// The elements whose content is not text to search.
    private static let skippedTags = ["svg", "nav", "script", "style", "template"]
    /// The attribute that leaves an element out of the index.
    static let ignoreAttribute: StaticString = "data-search-ignore"
    /// Tags inside a run of text, which do not separate words.
    private static let inlineTags = [
        "a", "abbr", "b", "bdi", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// The skipped and inline tags' packed names by hash slot (0 for an empty slot), and their
    /// kinds: a table of 64 slots, cheaper than a `Set` or a search for each of the hundreds
    /// of tags on a page.
    private static let tagTable: (names: [UInt64], kinds: [TagKind]) = {
        var names = [UInt64](repeating: 0, count: 64)
        var kinds = [TagKind](repeating: .block, count: 64)
        for (tags, kind) in [(skippedTags, TagKind.skipped), (inlineTags, .inline)] {
            for tag in tags {
                let name = Tag.pack(Array(tag.utf8))
                var slot = tagSlot(name)
                while names[slot] != 0 { slot = (slot + 1) & 63 }
                names[slot] = name
                kinds[slot] = kind
            }
        }
        return (names, kinds)
    }()

    /// Where the packed tag name `name` is looked for first in ``tagTable``.
    @inline(__always)
    private static func tagSlot(_ name: UInt64) -> Int {
        Int(truncatingIfNeeded: (name &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The kind of the tag whose packed name is `name`.
    @inline(__always)
    private static func kind(of name: UInt64) -> TagKind {
        let table = tagTable
        var slot = tagSlot(name)
        while table.names[slot] != 0 {
            if table.names[slot] == name { return table.kinds[slot] }
            slot = (slot + 1) & 63
        }
        return .block
    }

    /// A tag of generated HTML: its lowercased name and where it ends.
    private struct Tag {
        /// The lowercased name's bytes packed into a number (``pack(_:)``).
        var name: UInt64
        var closing: Bool
        var selfClosing: Bool
        var isIgnored: Bool
        var end: Int

        /// The tag starting at `start` (a `<`), or nil when none does (a comment or a `<`
        /// that starts no tag is nil too, and read as text or skipped).
        init?(_ html: UnsafeBufferPointer<UInt8>, at start: Int) {
            var index = start + 1
            if index < html.count, html[index] == UInt8(ascii: "!") {
                // A comment or doctype: skip to its end.
                while index < html.count, html[index] != UInt8(ascii: ">") { index += 1 }
                guard index < html.count else { return nil }
                name = 0
                closing = true
                selfClosing = true
                isIgnored = false
                end = index + 1
                return
            }
            closing = index < html.count && html[index] == UInt8(ascii: "/")
            if closing { index += 1 }
            let (packed, nameEnd) = Self.packedName(in: html, at: index)
            guard nameEnd > index else { return nil }
            index = nameEnd
            guard let base = html.baseAddress else { return nil }
            let attributesStart = index
            while index < html.count {
                let byte = html[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    // A quoted value, however long (a URL, a class list), runs to its quote.
                    guard
                        let close = memchr(
                            base + index + 1, Int32(byte), html.count - index - 1)
                    else { return nil }
                    index = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                    continue
                }
                if byte == UInt8(ascii: ">") { break }
                index += 1
            }
            guard index < html.count else { return nil }
            name = packed
            selfClosing = html[index - 1] == UInt8(ascii: "/")
            end = index + 1
            isIgnored =
                !closing
                && Self.hasAttribute(
                    SearchText.ignoreAttribute,
                    in: UnsafeBufferPointer(
                        rebasing: html[attributesStart..<index]))
        }

        /// The lowercased tag name at `start` packed as ``pack(_:)`` does, and where it ends.
        static func packedName(in html: UnsafeBufferPointer<UInt8>, at start: Int) -> (
            packed: UInt64, end: Int
        ) {
            var packed: UInt64 = 0
            var index = start
            while index < html.count, isNameByte(html[index]) {
                if index - start < 8 { packed = packed << 8 | UInt64(html[index] | 0x20) }
                index += 1
            }
            return (index - start > 8 ? packed | 1 << 63 : packed, index)
        }

        /// A tag name of up to 8 bytes as a number, for cheap comparison; a longer one (which
        /// no skipped or inline tag is) is its first 8 bytes with the top bit set.
        static func pack(_ name: [UInt8]) -> UInt64 {
            var packed: UInt64 = 0
            for byte in name.prefix(8) { packed = packed << 8 | UInt64(byte) }
            return name.count > 8 ? packed | 1 << 63 : packed
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || (0x61...0x7A).contains(byte)
        }

        /// Whether `attributes` (the text after a tag's name) has the attribute `name`.
        private static func hasAttribute(
            _ name: StaticString, in attributes: UnsafeBufferPointer<UInt8>
        )
            -> Bool
        {
            let key = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            guard let first = key.first, attributes.count > key.count else { return false }
            var index = 1
            while index + key.count <= attributes.count {
                if attributes[index] == first, attributes[index - 1] == 0x20 {
                    var matched = 1
                    while matched < key.count, attributes[index + matched] == key[matched] {
                        matched += 1
                    }
                    let after = index + key.count
                    if matched == key.count,
                        after == attributes.count || [0x20, 0x3D, 0x2F].contains(attributes[after])
                    {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// The scalar a reference at `start` (a `&`) stands for, and where it ends.
    ///
    /// The HTML is sitegen's, so only the references its escaping writes are named ones
    /// (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;`); any other is numeric.
    private static func reference(_ html: UnsafeBufferPointer<UInt8>, at start: Int) -> (
        Unicode.Scalar, Int
    )? {
        var semicolon = start + 1
        while semicolon < min(html.count, start + 12), html[semicolon] != 0x3B { semicolon += 1 }
        guard semicolon < html.count, html[semicolon] == 0x3B else { return nil }
        let name = UnsafeBufferPointer(rebasing: html[(start + 1)..<semicolon])
        guard name.first == UInt8(ascii: "#") else {
            for (key, scalar) in namedReferences where name.elementsEqual(key) {
                return (scalar, semicolon + 1)
            }
            return nil
        }
        let hex = name.count > 1 && name[1] | 0x20 == UInt8(ascii: "x")
        var value: UInt32 = 0
        for byte in name.dropFirst(hex ? 2 : 1) {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
            default: return nil
            }
            value = value * (hex ? 16 : 10) + digit
            guard value <= 0x10FFFF else { return nil }
        }
        guard name.count > (hex ? 2 : 1), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, semicolon + 1)
    }

    /// The named references sitegen writes, and what they stand for.
    private static let namedReferences: [([UInt8], Unicode.Scalar)] = [
        (Array("amp".utf8), "&"), (Array("lt".utf8), "<"), (Array("gt".utf8), ">"),
        (Array("quot".utf8), "\""), (Array("apos".utf8), "'"), (Array("nbsp".utf8), " "),
    ]
}
