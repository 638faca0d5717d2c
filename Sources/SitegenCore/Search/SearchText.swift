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
