/// Turns file bytes into text, reporting where invalid UTF-8 starts.
enum TextDecoding {
    /// Decodes `bytes` as UTF-8 text for `path`: drops a byte-order mark, turns CRLF and lone
    /// CR into LF, and reports the first invalid byte at its line and byte column.
    static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = firstInvalidByte(in: body) {
            var line = 1
            var column = 1
            for byte in body[body.startIndex..<offset] {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return .failure(
                Diagnostic(
                    .error, path: path, line: line, column: column,
                    message: "The file is not valid UTF-8 (bad byte 0x\(hex(body[offset]))); save it as UTF-8"))
        }
        var text = String(decoding: body, as: UTF8.self)
        if body.contains(0x0D) {
            text = text.replacingCRLF()
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// The index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)
            default: return index
            }
            for offset in 1..<max(length, 1) {
                let position = index + offset
                guard position < bytes.endIndex else { return index }
                let byte = bytes[position]
                let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
                guard byte >= low && byte <= high else { return index }
            }
            index += length
        }
        return nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

extension String {
    /// The text with CRLF and lone CR line breaks made LF.
    func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
