/// Escaping for every place a value from content or data lands in an output file.
///
/// Two markup rules exist so each output stays as it was: ``markup(_:)`` for pages, feeds and
/// sitemaps (the HTML rule) and ``xmlMarkup(_:)`` for chart SVG (the XML 1.0 rule).
public enum Escape {
    /// Text for HTML or XML element content and quoted attribute values: the HTML rule.
    ///
    /// Escapes `& < > " '`; control characters, which neither HTML nor XML allows, are dropped
    /// (all of C0 but tab, LF and CR; DEL; C1; U+FFFE and U+FFFF). CR is kept.
    public static func markup(_ text: String) -> String {
        let needsWork =
            text.utf8.contains { byte in
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            } || containsForbiddenScalar(text.utf8)
        guard needsWork else { return text }
        return escaped(text, carriageReturn: "\r", dropping: isForbidden)
    }

    /// `text` without the control characters and noncharacters HTML forbids (all of C0 but
    /// tab, LF and CR; DEL; C1; U+FFFE and U+FFFF), wherever they came from.
    ///
    /// Templates escape markup but keep control characters, so every page passes through
    /// here last.
    public static func droppingControlCharacters(_ text: String) -> String {
        guard containsForbiddenScalar(text.utf8) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isForbidden(scalar) {
            result.append(scalar)
        }
        return String(result)
    }

    /// Text for chart SVG element content and attribute values: the XML 1.0 rule.
    ///
    /// Writes `&amp; &lt; &gt; &quot; &#39;`, keeps tab and LF, turns CR into a space and removes
    /// the other characters XML 1.0 forbids (C0 controls, U+FFFE and U+FFFF); unlike
    /// ``markup(_:)`` it keeps DEL and C1 controls.
    public static func xmlMarkup(_ text: String) -> String {
        escaped(text, carriageReturn: " ") { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFFFE
                || scalar.value == 0xFFFF
        }
    }

    /// `text` with `& < > " '` written as entities, CR as `carriageReturn`, and the scalars
    /// `isDropped` accepts left out.
    private static func escaped(
        _ text: String, carriageReturn: String, dropping isDropped: (Unicode.Scalar) -> Bool
    ) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\r": result += carriageReturn
            default:
                if isDropped(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether UTF-8 `bytes` hold a scalar ``isForbidden(_:)`` rejects, without decoding:
    /// C0 and DEL are single bytes, C1 is `C2 80`...`C2 9F`, U+FFFE/U+FFFF are `EF BF BE/BF`.
    private static func containsForbiddenScalar(_ bytes: String.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable(containsForbiddenScalar)
            ?? containsForbiddenScalar(Array(bytes))
    }

    private static func containsForbiddenScalar(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F {
                return true
            } else if beforePrevious == 0xEF && previous == 0xBF && (byte == 0xBE || byte == 0xBF) {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
