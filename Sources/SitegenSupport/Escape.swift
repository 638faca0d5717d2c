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
        return escaped(text, rule: .html)
    }

    /// `text` without the control characters and noncharacters HTML forbids (all of C0 but
    /// tab, LF and CR; DEL; C1; U+FFFE and U+FFFF), wherever they came from.
    ///
    /// Templates escape markup but keep control characters, so every page passes through
    /// here last.
    public static func droppingControlCharacters(_ text: String) -> String {
        guard containsForbiddenScalar(text.utf8) else { return text }
        return escaped(text, rule: .htmlControls)
    }

    /// Text for chart SVG element content and attribute values: the XML 1.0 rule.
    ///
    /// Writes `&amp; &lt; &gt; &quot; &#39;`, keeps tab and LF, turns CR into a space and removes
    /// the other characters XML 1.0 forbids (C0 controls, U+FFFE and U+FFFF); unlike
    /// ``markup(_:)`` it keeps DEL and C1 controls.
    public static func xmlMarkup(_ text: String) -> String {
        escaped(text, rule: .xml)
    }

    /// `text` as a JSON string literal, quotes included (RFC 8259): `"` and `\` escaped,
    /// newline, carriage return and tab as `\n`, `\r`, `\t`, other C0 controls as `\u00XX`.
    public static func json(_ text: String) -> String {
        let plain = !text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        }
        if plain { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Which characters a context escapes and forbids, and what a carriage return becomes.
    private enum Rule {
        /// HTML: escapes markup; drops C0 but tab, LF and CR, DEL, C1, U+FFFE and U+FFFF.
        case html
        /// HTML's forbidden characters dropped, markup left as it is.
        case htmlControls
        /// XML 1.0: escapes markup; drops C0 but tab, LF and CR, U+FFFE and U+FFFF; CR
        /// becomes a space.
        case xml
    }

    /// `text` with `& < > " '` written as entities and the characters `rule` forbids left out.
    ///
    /// Works on the UTF-8 bytes and copies the runs between replacements whole, since every
    /// page passes its titles and chart labels through here (a 1 MB title, several times on
    /// each page, must cost a copy and not a scalar-by-scalar rebuild).
    private static func escaped(_ text: String, rule: Rule) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 8)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let (replacement, length) = replacement(in: bytes, at: index, rule: rule)
                guard let replacement else {
                    index += 1
                    continue
                }
                result.append(contentsOf: bytes[runStart..<index])
                result.append(contentsOf: replacement.utf8)
                index += length
                runStart = index
            }
            result.append(contentsOf: bytes[runStart..<bytes.count])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// What the character starting at `index` becomes (nil: itself) and how many bytes it has.
    private static func replacement(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, rule: Rule
    ) -> (String?, Int) {
        let byte = bytes[index]
        let escapesMarkup = rule != .htmlControls
        switch byte {
        case UInt8(ascii: "&") where escapesMarkup: return ("&amp;", 1)
        case UInt8(ascii: "<") where escapesMarkup: return ("&lt;", 1)
        case UInt8(ascii: ">") where escapesMarkup: return ("&gt;", 1)
        case UInt8(ascii: "\"") where escapesMarkup: return ("&quot;", 1)
        case UInt8(ascii: "'") where escapesMarkup: return ("&#39;", 1)
        case 0x09, 0x0A: return (nil, 1)
        case 0x0D: return (rule == .xml ? " " : nil, 1)
        case 0x00..<0x20: return ("", 1)
        case 0x7F: return (rule == .xml ? nil : "", 1)
        case 0xC2
        where rule != .xml && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return ("", 2)
        case 0xEF
        where index + 2 < bytes.count && bytes[index + 1] == 0xBF
            && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
            return ("", 3)
        default: return (nil, 1)
        }
    }

    /// Whether UTF-8 `bytes` hold a scalar HTML forbids, without decoding:
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
}
