import Foundation

/// Estimates rendered text width without a font engine (CHARTS.md 2.7).
///
/// Uses Helvetica/Arial advance widths (per mille of an em), counts grapheme clusters, and
/// multiplies by 1.1 for safety against wider system-ui fonts. Every layout decision and the
/// overlap tests use this one estimator.
enum TextMeasure {
    /// Advance widths for ASCII 32…126, per mille of an em.
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    private static let extra: [UInt32: Int] = [
        0x2192: 1000, 0x2190: 1000, 0x2013: 556, 0x2014: 1000, 0x2212: 584, 0x00D7: 584,
        0x2026: 1000, 0x20AC: 556, 0x00A3: 556, 0x00A5: 556, 0x2248: 584, 0x2265: 549,
        0x2264: 549, 0x00B7: 278, 0x2019: 222, 0x2018: 222, 0x201C: 333, 0x201D: 333,
        0x2022: 350, 0x00A0: 278, 0x2020: 556, 0x00B1: 584, 0x25A0: 600,
    ]

    private static let safety = 1.1
    private static let boldFactor = 1.12

    /// The estimated width in px of `text` at `fontSize`, bold when `bold`.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var units = 0
        for character in text { units += advance(of: character) }
        return width(units: units, fontSize: fontSize, bold: bold)
    }

    /// The width in px of text whose advances add up to `units` per mille of an em.
    private static func width(units: Int, fontSize: Double, bold: Bool) -> Double {
        Double(units) / 1000 * fontSize * safety * (bold ? boldFactor : 1)
    }

    private static func advance(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value >= 32, value <= 126 { return ascii[Int(value) - 32] }
        if let known = extra[value] { return known }
        let props = first.properties
        if props.generalCategory == .format || props.generalCategory == .nonspacingMark
            || props.generalCategory == .control
        {
            return 0
        }
        if props.isEmojiPresentation || (props.isEmoji && value > 0x2000)
            || character.unicodeScalars.count > 2 && props.isEmoji
        {
            return 1200
        }
        if isWide(value) { return 1000 }
        if value >= 0xC0, value < 0x250,
            let base = String(first).decomposedStringWithCanonicalMapping.unicodeScalars.first,
            base.value >= 32, base.value <= 126
        {
            return ascii[Int(base.value) - 32]
        }
        return 556
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }

    /// Wraps `text` into at most `maxLines` lines no wider than `maxWidth`.
    ///
    /// The last line ends with an ellipsis when the text does not fit. Returns the lines and
    /// whether text was cut.
    static func wrap(
        _ text: String, maxWidth: Double, fontSize: Double, maxLines: Int, bold: Bool = false
    )
        -> (lines: [String], truncated: Bool)
    {
        func fits(_ s: String) -> Bool { width(s, fontSize: fontSize, bold: bold) <= maxWidth }
        if fits(text) { return ([text], false) }
        var tokens: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if fits(word) {
                tokens.append(word)
                continue
            }
            // A word wider than the line is cut where the next character would not fit,
            // keeping a running sum so a long word costs time in proportion to its length.
            var piece = ""
            var pieceUnits = 0
            for character in word {
                let units = advance(of: character)
                if !piece.isEmpty,
                    width(units: pieceUnits + units, fontSize: fontSize, bold: bold) > maxWidth
                {
                    tokens.append(piece)
                    piece = ""
                    pieceUnits = 0
                }
                piece.append(character)
                pieceUnits += units
            }
            if !piece.isEmpty { tokens.append(piece) }
        }
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < tokens.count, lines.count < max(1, maxLines) {
            let candidate = current.isEmpty ? tokens[index] : current + " " + tokens[index]
            if fits(candidate) || current.isEmpty {
                current = candidate
                index += 1
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty, lines.count < max(1, maxLines) {
            lines.append(current)
            current = ""
        }
        let truncated = index < tokens.count || !current.isEmpty
        if truncated, let last = lines.last {
            lines[lines.count - 1] = ellipsize(
                last, maxWidth: maxWidth, fontSize: fontSize, bold: bold, force: true)
        }
        return (lines, truncated)
    }

    /// Shortens `text` to fit `maxWidth` with a trailing ellipsis (always adds one when `force`).
    ///
    /// Keeps the longest prefix that fits once its surrounding spaces are trimmed, found by
    /// binary search over the prefixes' summed advances, so a 10,000-character name costs
    /// one pass and not one measurement per dropped character.
    static func ellipsize(
        _ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false, force: Bool = false
    )
        -> String
    {
        if !force, width(text, fontSize: fontSize, bold: bold) <= maxWidth { return text }
        let characters = Array(text)
        // units[k]: the advances of the first k characters; ends[k]: the end of that prefix
        // once its trailing spaces are trimmed.
        var units = [0]
        var ends = [0]
        units.reserveCapacity(characters.count + 1)
        ends.reserveCapacity(characters.count + 1)
        for (index, character) in characters.enumerated() {
            units.append(units[index] + advance(of: character))
            ends.append(isSpace(character) ? ends[index] : index + 1)
        }
        let start = characters.firstIndex { !isSpace($0) } ?? characters.count
        let ellipsis = advance(of: "…")
        func fits(_ count: Int) -> Bool {
            let end = max(ends[count], start)
            return width(
                units: units[end] - units[start] + ellipsis, fontSize: fontSize, bold: bold)
                <= maxWidth
        }
        // fits is monotonic: a shorter prefix is never wider. Find the longest that fits.
        guard !characters.isEmpty, fits(1) else { return "…" }
        var low = 1
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(middle) { low = middle } else { high = middle - 1 }
        }
        return String(characters[start..<max(ends[low], start)]) + "…"
    }

    /// Whether `character` is one of the spaces `trimmingCharacters(in: .whitespaces)` drops.
    private static func isSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) }
    }
}
