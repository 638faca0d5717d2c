/// Escaping for every place a value from content or data lands in an output file.
enum Escape {
    /// Text for HTML or XML element content and quoted attribute values.
    ///
    /// Escapes `& < > " '`; control characters, which neither HTML nor XML allows, are dropped.
    static func markup(_ text: String) -> String {
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0x7F
                || byte == 0xC2 || byte == 0xEF
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isForbidden(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` without the control characters and noncharacters HTML forbids (all of C0 but
    /// tab, LF and CR; DEL; C1; U+FFFE and U+FFFF), wherever they came from.
    ///
    /// Templates escape markup but keep control characters, so every page passes through
    /// here last.
    static func droppingControlCharacters(_ text: String) -> String {
        let suspicious = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                || byte == 0xC2
                || byte == 0xEF
        }
        guard suspicious else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isForbidden(scalar) {
            result.append(scalar)
        }
        return String(result)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
