import Foundation

/// The terms a search index holds and a query matches.
///
/// Terms are what `search.js` makes of a query, so the two must agree: Unicode letters and
/// digits, accents folded away (NFD with the marks dropped), lowercased; anything else
/// separates terms. `l’Oréal` is `l` and `oreal`; `$25B` is `25b`.
enum SearchTerms {
    /// The terms of `text`, in order, repeats included.
    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        Array(text.utf8).withUnsafeBufferPointer { text in
            forEachTerm(in: text) { term, _ in terms.append(String(decoding: term, as: UTF8.self)) }
        }
        return terms
    }

    /// The longest term kept, in UTF-8 bytes: longer runs (hashes, long URLs) are left out.
    static let maxTermLength = 40

    /// Calls `body` with each term of the UTF-8 text `text`, in order, and its hash
    /// (``TermTable/hash(_:)``); the term's bytes are valid only during the call.
    ///
    /// ASCII letters and digits are taken byte by byte through a table; any other scalar is
    /// decoded and kept when it is a letter or digit (folded and lowercased), skipped when it
    /// is a mark, and ends the term otherwise. A term longer than ``maxTermLength`` is skipped.
    static func forEachTerm(
        in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void
    ) {
        // Room to hash the longest term a word at a time (``TermTable/hash(padded:count:)``).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxTermLength + 8) { term in
            term.initialize(repeating: 0)
            guard let base = term.baseAddress else { return }
            asciiFold.withUnsafeBufferPointer { fold in
                var length = 0
                func end() {
                    if length <= maxTermLength {
                        body(
                            UnsafeBufferPointer(start: base, count: length),
                            TermTable.hash(padded: base, count: length))
                    }
                    length = 0
                }
                var index = 0
                let count = text.count
                while index < count {
                    let byte = text[index]
                    let folded = fold[Int(byte)]
                    index += 1
                    if folded == separator {
                        if length > 0 { end() }
                        continue
                    }
                    if folded != multiByte {
                        if length < maxTermLength { base[length] = folded }
                        length += 1
                        continue
                    }
                    // U+2000 to U+203F (dashes, quotes, spaces) are all separators, and the
                    // most common scalars past ASCII in English text.
                    if byte == 0xE2, index < count, text[index] == 0x80 {
                        index += 2
                        if length > 0 { end() }
                        continue
                    }
                    // A multi-byte scalar: decode it (the text is valid UTF-8).
                    let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for _ in 1..<width where index < count {
                        value = value << 6 | (UInt32(text[index]) & 0x3F)
                        index += 1
                    }
                    guard let scalar = Unicode.Scalar(value), !isMark(scalar) else { continue }
                    guard isLetterOrDigit(scalar.properties.generalCategory) else {
                        if length > 0 { end() }
                        continue
                    }
                    // Fold accents: the canonical decomposition without its marks, lowercased.
                    for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                    where !isMark(part) {
                        for unit in String(part).lowercased().utf8 {
                            if length < maxTermLength { base[length] = unit }
                            length += 1
                        }
                    }
                }
                if length > 0 { end() }
            }
        }
    }

    /// In ``asciiFold``: a byte that separates terms.
    private static let separator: UInt8 = 0
    /// In ``asciiFold``: the first byte of a multi-byte scalar, decoded to be classified.
    private static let multiByte: UInt8 = 0xFF
    /// Each byte as a term keeps it: ASCII letters lowercased, digits as they are, other
    /// ASCII a ``separator``, and any byte from 0x80 on ``multiByte``.
    private static let asciiFold: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: return UInt8(byte)
        case 0x41...0x5A: return UInt8(byte) | 0x20
        case 0x80...: return multiByte
        default: return separator
        }
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
}
