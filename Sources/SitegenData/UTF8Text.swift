/// Turns file bytes into text, reporting invalid UTF-8 at its line and column.
public enum UTF8Text {
    /// Decodes UTF-8 bytes, dropping a leading byte order mark.
    ///
    /// - Throws: A diagnostic at the first byte that is not valid UTF-8, such as
    ///   `data.csv:3:7: error: Invalid UTF-8 byte 0xFF; save the file as UTF-8`.
    public static func decode(_ bytes: some Collection<UInt8>, path: String) throws(DataDiagnostic)
        -> String
    {
        var array = Array(bytes)
        if array.starts(with: [0xEF, 0xBB, 0xBF]) { array.removeFirst(3) }
        if let offset = firstInvalidOffset(array) {
            let prefix = String(decoding: array[..<offset], as: UTF8.self)
            let position = LineIndex(prefix).position(ofByte: prefix.utf8.count)
            let hex = String(array[offset], radix: 16, uppercase: true)
            let byte = hex.count == 1 ? "0x0" + hex : "0x" + hex
            throw DataDiagnostic(
                path: path, position: position,
                message: "Invalid UTF-8 byte \(byte); save the file as UTF-8")
        }
        return String(decoding: array, as: UTF8.self)
    }

    /// Removes a leading byte order mark from text.
    static func droppingByteOrderMark(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            for offset in 1..<max(length, 1) {
                let position = index + offset
                guard position < bytes.count else { return index }
                let byte = bytes[position]
                let low = offset == 1 ? lowest : 0x80
                let high = offset == 1 ? highest : 0xBF
                if byte < low || byte > high { return index }
            }
            index += length
        }
        return nil
    }
}
