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
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: termBuffer) { scratch in
                var index = 0
                while let length = nextTerm(in: text, from: &index, into: scratch) {
                    terms.append(
                        String(
                            decoding: UnsafeBufferPointer(rebasing: scratch[..<length]),
                            as: UTF8.self))
                }
            }
        }
        return terms
    }

    /// The longest term kept, in UTF-8 bytes: longer runs (hashes, long URLs) are left out.
    static let maxTermLength = 40
    /// The room ``nextTerm(in:from:into:)`` needs for a term.
    static let termBuffer = maxTermLength + 8

    /// The next term of the UTF-8 text `text` from `index` on.
    ///
    /// The term is written into `term` (which has room for ``termBuffer`` bytes); returns its
    /// length, or nil when the text has no more terms. `index` moves past it.
    ///
    /// ASCII letters and digits are taken byte by byte; any other scalar is decoded and kept
    /// when it is a letter or digit (folded and lowercased), skipped when it is a mark, and
    /// ends the term otherwise. A term longer than ``maxTermLength`` is skipped.
    static func nextTerm(
        in text: UnsafeBufferPointer<UInt8>, from index: inout Int,
        into term: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        var length = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                index += 1
                var kept = byte
                switch byte {
                case 0x30...0x39, 0x61...0x7A: break
                case 0x41...0x5A: kept = byte | 0x20
                default:
                    if length > 0 {
                        if length <= maxTermLength { return length }
                        length = 0
                    }
                    continue
                }
                if length < maxTermLength { term[length] = kept }
                length += 1
                continue
            }
            // A multi-byte scalar: decode it (the text is valid UTF-8).
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in 1..<width where index + offset < count {
                value = value << 6 | (UInt32(text[index + offset]) & 0x3F)
            }
            index += width
            guard let scalar = Unicode.Scalar(value), !isMark(scalar) else { continue }
            guard isLetterOrDigit(scalar.properties.generalCategory) else {
                if length > 0 {
                    if length <= maxTermLength { return length }
                    length = 0
                }
                continue
            }
            // Fold accents: the canonical decomposition without its marks, lowercased.
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where !isMark(part) {
                for unit in String(part).lowercased().utf8 {
                    if length < maxTermLength { term[length] = unit }
                    length += 1
                }
            }
        }
        return length > 0 && length <= maxTermLength ? length : nil
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
