import Foundation

/// The tags of a page's HTML as ``SearchText`` reads them: what each is, where it ends, and
/// where an element left out of the text ends.
extension SearchText {
    /// Where the element named `name` whose start tag ends at `start` ends.
    ///
    /// That is after its end tag, counting elements of the same name inside it. Only tags of
    /// that name are read.
    static func skipElement(
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
    enum TagKind: UInt8 {
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
    static func kind(of name: UInt64) -> TagKind {
        let table = tagTable
        var slot = tagSlot(name)
        while table.names[slot] != 0 {
            if table.names[slot] == name { return table.kinds[slot] }
            slot = (slot + 1) & 63
        }
        return .block
    }

    /// A tag of generated HTML: its lowercased name and where it ends.
    struct Tag {
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
}
