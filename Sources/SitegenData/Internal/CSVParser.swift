import SitegenSupport

/// An RFC 4180 record reader over UTF-8 bytes that tracks line and byte column.
struct CSVParser {
    /// One field with its text and the position of its first byte (the opening quote for a
    /// quoted field).
    struct Field {
        var text: String
        var position: SourcePosition
        var quoted: Bool
    }

    private let bytes: [UInt8]
    private let path: String
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(text: String, path: String) {
        self.bytes = Array(text.utf8)
        self.path = path
    }

    private var position: SourcePosition {
        SourcePosition(line: line, column: index - lineStart + 1)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")

    private static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Reads all records, skipping blank lines.
    mutating func parseRecords() throws(DataDiagnostic) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        while index < bytes.count || !record.isEmpty {
            let field = try parseField()
            record.append(field)
            if index < bytes.count, bytes[index] == Self.comma {
                index += 1
                continue
            }
            consumeBreak()
            let blank = record.count == 1 && !record[0].quoted && record[0].text.isEmpty
            if !blank { records.append(record) }
            record = []
        }
        return records
    }

    private mutating func consumeBreak() {
        guard index < bytes.count else { return }
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
        line += 1
        lineStart = index
    }

    private mutating func parseField() throws(DataDiagnostic) -> Field {
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        let start = position
        if index < bytes.count, bytes[index] == Self.quote {
            return Field(text: try parseQuoted(start), position: start, quoted: true)
        }
        let begin = index
        while index < bytes.count, bytes[index] != Self.comma, !Self.isBreak(bytes[index]) {
            if bytes[index] == Self.quote {
                throw DataDiagnostic(
                    path: path, position: position,
                    message:
                        "Unexpected quote in an unquoted field; put the whole field in quotes and double the quotes inside"
                )
            }
            index += 1
        }
        var end = index
        while end > begin, Self.isBlank(bytes[end - 1]) { end -= 1 }
        return Field(
            text: String(decoding: bytes[begin..<end], as: UTF8.self), position: start,
            quoted: false)
    }

    private mutating func parseQuoted(_ start: SourcePosition) throws(DataDiagnostic) -> String {
        index += 1
        var content: [UInt8] = []
        while true {
            guard index < bytes.count else {
                throw DataDiagnostic(
                    path: path, position: start,
                    message: "Unterminated quoted field; close it with '\"'")
            }
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    content.append(Self.quote)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            content.append(byte)
            if byte == 0x0D || byte == 0x0A {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    content.append(0x0A)
                    index += 1
                }
                index += 1
                line += 1
                lineStart = index
                continue
            }
            index += 1
        }
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] != Self.comma, !Self.isBreak(bytes[index]) {
            let length = LineIndex.scalarLength(leadByte: bytes[index])
            let character = String(
                decoding: bytes[index..<min(index + length, bytes.count)], as: UTF8.self)
            throw DataDiagnostic(
                path: path, position: position,
                message:
                    "Unexpected '\(character)' after a closing quote; expected ',' or a line break")
        }
        return String(decoding: content, as: UTF8.self)
    }
}
