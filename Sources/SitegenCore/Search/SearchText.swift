import Foundation

/// The words of a page for its search index: the readable text of its HTML, and the terms a
/// query matches.
///
/// Terms are what `search.js` makes of a query, so the two must agree: Unicode letters and
/// digits, accents folded away (NFD with the marks dropped), lowercased; anything else
/// separates terms. `l’Oréal` is `l` and `oreal`; `$25B` is `25b`.
enum SearchText {
    /// The readable text of generated HTML: tags dropped, character references decoded, runs
    /// of white space made one space.
    ///
    /// Left out with everything in them: `<svg>` (a chart's words are in its caption and data
    /// table), `<nav>`, `<script>`, `<style>`, `<template>`, and any element with a
    /// `data-search-ignore` attribute, as Pagefind's `data-pagefind-ignore` (the theme's
    /// listing cards and tags, and a page's figure notes, which repeat its figures and list
    /// sources). A tag that is not inline text markup (`a`, `em`, `data`…) separates words.
    static func plainText(ofHTML html: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(html.count / 2)
        var index = 0
        var skipping: (name: [UInt8], depth: Int)?
        func space() {
            if let last = output.last, last != UInt8(ascii: " ") {
                output.append(UInt8(ascii: " "))
            }
        }
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                guard let tag = Tag(html, at: index) else {
                    if skipping == nil { output.append(byte) }
                    index += 1
                    continue
                }
                index = tag.end
                if var skip = skipping {
                    if tag.name == skip.name, !tag.selfClosing {
                        skip.depth += tag.closing ? -1 : 1
                    }
                    skipping = skip.depth == 0 ? nil : skip
                    if skipping == nil { space() }
                    continue
                }
                if !tag.closing, !tag.selfClosing,
                    skippedTags.contains(tag.name) || tag.isIgnored
                {
                    skipping = (tag.name, 1)
                    continue
                }
                if !inlineTags.contains(tag.name) { space() }
                continue
            }
            index += 1
            if skipping != nil { continue }
            if byte == UInt8(ascii: "&"), let (scalar, end) = reference(html, at: index - 1) {
                output.append(contentsOf: Array(String(scalar).utf8))
                index = end
            } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space()
            } else {
                output.append(byte)
            }
        }
        if output.last == UInt8(ascii: " ") { output.removeLast() }
        if output.first == UInt8(ascii: " ") { output.removeFirst() }
        return String(decoding: output, as: UTF8.self)
    }

    /// Each term of `text` and how many times it occurs, in order of first occurrence.
    static func termCounts(_ text: String) -> [(term: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        forEachTerm(in: text) { term in
            if let count = counts[term] {
                counts[term] = count + 1
            } else {
                counts[term] = 1
                order.append(term)
            }
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }

    /// The distinct terms of `text`.
    static func terms(_ text: String) -> Set<String> {
        var terms: Set<String> = []
        forEachTerm(in: text) { terms.insert($0) }
        return terms
    }

    /// The longest term kept, in UTF-8 bytes: longer runs (hashes, long URLs) are left out.
    static let maxTermLength = 40

    /// Calls `body` with each term of `text`, in order.
    static func forEachTerm(in text: String, _ body: (String) -> Void) {
        var term: [UInt8] = []
        term.reserveCapacity(maxTermLength)
        func finish() {
            if !term.isEmpty, term.count <= maxTermLength {
                body(String(decoding: term, as: UTF8.self))
            }
            term.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: term.append(UInt8(value))
                case 0x41...0x5A: term.append(UInt8(value + 0x20))
                default: finish()
                }
                continue
            }
            if isMark(scalar) { continue }
            let properties = scalar.properties
            guard isLetterOrDigit(properties.generalCategory) else {
                finish()
                continue
            }
            // Fold accents: the canonical decomposition without its marks, lowercased.
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where !isMark(part) {
                term.append(contentsOf: Array(String(part).lowercased().utf8))
            }
        }
        finish()
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isLetterOrDigit(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }

    /// The elements whose content is not text to search.
    private static let skippedTags: Set<[UInt8]> = Set(
        ["svg", "nav", "script", "style", "template"].map { Array($0.utf8) })
    /// The attribute that leaves an element out of the index.
    static let ignoreAttribute = "data-search-ignore"
    /// Tags inside a run of text, which do not separate words.
    private static let inlineTags: Set<[UInt8]> = Set(
        [
            "a", "abbr", "b", "bdi", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
        ].map { Array($0.utf8) })

    /// A tag of generated HTML: its lowercased name and where it ends.
    private struct Tag {
        var name: [UInt8]
        var closing: Bool
        var selfClosing: Bool
        var isIgnored: Bool
        var end: Int

        /// The tag starting at `start` (a `<`), or nil when none does (a comment or a `<`
        /// that starts no tag is nil too, and read as text or skipped).
        init?(_ html: [UInt8], at start: Int) {
            var index = start + 1
            if index < html.count, html[index] == UInt8(ascii: "!") {
                // A comment or doctype: skip to its end.
                guard let close = html[index...].firstIndex(of: UInt8(ascii: ">")) else {
                    return nil
                }
                name = []
                closing = true
                selfClosing = true
                isIgnored = false
                end = close + 1
                return
            }
            closing = index < html.count && html[index] == UInt8(ascii: "/")
            if closing { index += 1 }
            var name: [UInt8] = []
            while index < html.count, Self.isNameByte(html[index]) {
                name.append(html[index] | 0x20)
                index += 1
            }
            guard !name.isEmpty else { return nil }
            var quote: UInt8?
            let attributesStart = index
            while index < html.count {
                let byte = html[index]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            guard index < html.count else { return nil }
            self.name = name
            selfClosing = html[index - 1] == UInt8(ascii: "/")
            end = index + 1
            let attributes = html[attributesStart..<index]
            isIgnored = !closing && Self.hasAttribute(SearchText.ignoreAttribute, in: attributes)
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || (0x61...0x7A).contains(byte)
        }

        /// Whether `attributes` (the text after a tag's name) has the attribute `name`.
        private static func hasAttribute(_ name: String, in attributes: ArraySlice<UInt8>)
            -> Bool
        {
            let key = Array(name.utf8)
            var index = attributes.startIndex
            while index + key.count <= attributes.endIndex {
                if attributes[index] == 0x20,
                    attributes[(index + 1)..<min(attributes.endIndex, index + 1 + key.count)]
                        .elementsEqual(key)
                {
                    let after = index + 1 + key.count
                    if after == attributes.endIndex
                        || [0x20, 0x3D, 0x2F].contains(attributes[after])
                    {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// The character a reference at `start` (a `&`) stands for, and where it ends.
    private static func reference(_ html: [UInt8], at start: Int) -> (Character, Int)? {
        guard let semicolon = html[start..<min(html.count, start + 12)].firstIndex(of: 0x3B)
        else { return nil }
        let name = String(decoding: html[(start + 1)..<semicolon], as: UTF8.self)
        let named: [String: Character] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        ]
        if let character = named[name] { return (character, semicolon + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (Character(scalar), semicolon + 1)
    }
}
