import SitegenSupport

/// A small recursive-descent JSON parser over UTF-8 bytes that tracks line and byte column.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private let path: String
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    init(text: String, path: String) {
        self.bytes = Array(text.utf8)
        self.path = path
    }

    mutating func parseDocument() throws(DataDiagnostic) -> DataValue {
        skipWhitespace()
        guard index < bytes.count else {
            throw error("Invalid JSON: the document is empty")
        }
        let value = try parseValue()
        skipWhitespace()
        guard index >= bytes.count else {
            throw error("Invalid JSON: unexpected \(describeCurrent()) after the value")
        }
        return value
    }

    private var position: SourcePosition {
        SourcePosition(line: line, column: index - lineStart + 1)
    }

    private func error(_ message: String, at position: SourcePosition? = nil) -> DataDiagnostic {
        DataDiagnostic(path: path, position: position ?? self.position, message: message)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let length = LineIndex.scalarLength(leadByte: bytes[index])
        let end = min(index + length, bytes.count)
        let character = String(decoding: bytes[index..<end], as: UTF8.self)
        return "'\(character)'"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09:
                index += 1
            case 0x0A:
                index += 1
                newLine()
            case 0x0D:
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                newLine()
            default:
                return
            }
        }
    }

    private mutating func newLine() {
        line += 1
        lineStart = index
    }

    private mutating func parseValue() throws(DataDiagnostic) -> DataValue {
        let start = position
        guard index < bytes.count else {
            throw error("Invalid JSON: expected a value, found end of file")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try nested { (p) throws(DataDiagnostic) in try p.parseObject(start) }
        case UInt8(ascii: "["):
            return try nested { (p) throws(DataDiagnostic) in try p.parseArray(start) }
        case UInt8(ascii: "\""): return DataValue(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): return try literal("true", .bool(true), start)
        case UInt8(ascii: "f"): return try literal("false", .bool(false), start)
        case UInt8(ascii: "n"): return try literal("null", .null, start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(start)
        default:
            throw error("Invalid JSON: expected a value, found \(describeWord())")
        }
    }

    private mutating func nested(
        _ body: (inout JSONParser) throws(DataDiagnostic) -> DataValue
    ) throws(DataDiagnostic) -> DataValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw error("Invalid JSON: nesting is deeper than \(Self.maximumDepth) levels")
        }
        return try body(&self)
    }

    private mutating func literal(_ word: String, _ kind: DataValue.Kind, _ start: SourcePosition)
        throws(DataDiagnostic) -> DataValue
    {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count,
            Array(bytes[index..<index + expected.count]) == expected
        else {
            throw error("Invalid JSON: expected a value, found \(describeWord())")
        }
        index += expected.count
        return DataValue(kind, at: start)
    }

    private func describeWord() -> String {
        var end = index
        while end < bytes.count, end - index < 20,
            bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z")
                || bytes[end] >= UInt8(ascii: "A") && bytes[end] <= UInt8(ascii: "Z")
        {
            end += 1
        }
        guard end > index else { return describeCurrent() }
        return "'\(String(decoding: bytes[index..<end], as: UTF8.self))'"
    }

    private mutating func parseObject(_ start: SourcePosition) throws(DataDiagnostic) -> DataValue {
        index += 1
        var entries: [DataValue.Entry] = []
        var seen: [String: Int] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return DataValue(.map(entries), at: start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("Invalid JSON: expected a key in quotes, found \(describeCurrent())")
            }
            let keyPosition = position
            let key = try parseString()
            if let firstLine = seen[key] {
                throw error(
                    "Duplicate key '\(key)'; it is already set at line \(firstLine)",
                    at: keyPosition)
            }
            seen[key] = keyPosition.line
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("Invalid JSON: expected ':' after a key, found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            entries.append(DataValue.Entry(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else {
                throw error("Invalid JSON: expected ',' or '}', found end of file")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return DataValue(.map(entries), at: start)
            }
            throw error("Invalid JSON: expected ',' or '}', found \(describeCurrent())")
        }
    }

    private mutating func parseArray(_ start: SourcePosition) throws(DataDiagnostic) -> DataValue {
        index += 1
        var items: [DataValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return DataValue(.list(items), at: start)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else {
                throw error("Invalid JSON: expected ',' or ']', found end of file")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return DataValue(.list(items), at: start)
            }
            throw error("Invalid JSON: expected ',' or ']', found \(describeCurrent())")
        }
    }

    private mutating func parseNumber(_ start: SourcePosition) throws(DataDiagnostic) -> DataValue {
        let begin = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[begin..<index], as: UTF8.self)
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let leadingZero =
            digits.count > 1 && digits.hasPrefix("0") && !digits.hasPrefix("0.")
            && !digits.hasPrefix("0e") && !digits.hasPrefix("0E")
        switch DecimalText.parse(Substring(text), allowsBareFraction: false, allowsPlus: false) {
        case .value(let value) where !leadingZero:
            return DataValue(.number(value, text: text), at: start)
        case .outOfRange:
            throw error("Number '\(text)' is out of range", at: start)
        default:
            throw error("Invalid JSON: malformed number '\(text)'", at: start)
        }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    private mutating func parseString() throws(DataDiagnostic) -> String {
        let start = position
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        var result = ""
        func flush(_ parser: JSONParser, upTo end: Int) {
            result += String(decoding: parser.bytes[runStart..<end], as: UTF8.self)
        }
        while true {
            guard index < bytes.count else {
                throw error("Invalid JSON: unterminated string", at: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(self, upTo: index)
                index += 1
                return result
            }
            if byte < 0x20 {
                throw error("Invalid JSON: control character in a string; escape it")
            }
            if byte == UInt8(ascii: "\\") {
                flush(self, upTo: index)
                scalars.removeAll()
                scalars.append(try parseEscape())
                result += String(scalars)
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func parseEscape() throws(DataDiagnostic) -> Unicode.Scalar {
        let escapeStart = position
        index += 1
        guard index < bytes.count else {
            throw error("Invalid JSON: unterminated string", at: escapeStart)
        }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex(escapeStart)
            if (0xD800...0xDBFF).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                else { throw error("Invalid JSON: unpaired surrogate escape", at: escapeStart) }
                index += 2
                let low = try parseHex(escapeStart)
                guard (0xDC00...0xDFFF).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else { throw error("Invalid JSON: unpaired surrogate escape", at: escapeStart) }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw error("Invalid JSON: unpaired surrogate escape", at: escapeStart)
            }
            return scalar
        default:
            index -= 1
            throw error(
                "Invalid JSON: unknown escape '\\\(describeCurrent().dropFirst().dropLast())'",
                at: escapeStart)
        }
    }

    private mutating func parseHex(_ escapeStart: SourcePosition) throws(DataDiagnostic) -> UInt32 {
        guard index + 4 <= bytes.count,
            bytes[index..<index + 4].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
            let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else {
            throw error("Invalid JSON: '\\u' needs four hexadecimal digits", at: escapeStart)
        }
        index += 4
        return value
    }
}
