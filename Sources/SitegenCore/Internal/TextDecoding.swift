import SitegenData

/// Turns file bytes into text for the pipeline.
enum TextDecoding {
    /// Decodes `bytes` as UTF-8 text for `path`: drops a byte-order mark, turns CRLF and lone
    /// CR into LF, and reports the first invalid byte at its line and byte column.
    static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        let text: String
        do {
            text = try UTF8Text.decode(bytes, path: path)
        } catch {
            return .failure(Diagnostic(error, in: nil))
        }
        return .success(
            SourceFile(path: path, text: bytes.contains(0x0D) ? text.replacingCRLF() : text))
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
