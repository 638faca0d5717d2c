/// Escaping for every place a value from content or data lands in an output file.
enum Escape {
    /// Text for HTML or XML element content and quoted attribute values.
    ///
    /// Escapes `& < > " '`; control characters, which neither HTML nor XML allows, are dropped.
    static func markup(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
