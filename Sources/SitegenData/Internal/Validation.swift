/// The id rule shared by all datasets.
package enum Identifier {
    /// Lowercase ASCII letters, digits and '-', not starting or ending with '-'.
    package static func isValid(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first != "-", last != "-" else {
            return false
        }
        return text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// The URL rule for data: http or https, a host, no whitespace or control characters.
enum URLCheck {
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        guard let first = rest.first, first != "/", first != "?", first != "#" else { return false }
        return !text.unicodeScalars.contains {
            $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F
                || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\"
        }
    }
}
