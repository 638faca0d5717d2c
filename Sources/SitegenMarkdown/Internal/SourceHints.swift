/// What one pass over a document's bytes tells the GitHub-flavoured extensions: whether
/// each one's syntax can occur at all, so a document without it costs nothing more.
///
/// Each answer errs on the side of "maybe": the extension itself decides.
struct SourceHints {
    /// A `\~` or `\[` escape (``EscapedPunctuation``).
    private(set) var escapes = false
    /// A `[^`, which footnotes start with.
    private(set) var footnotes = false
    /// A `[` or `]`: task boxes, and link reference definitions worth passing to fragments.
    private(set) var brackets = false
    /// A `~`.
    private(set) var tildes = false
    /// An autolink trigger (``Autolinks/isTrigger(at:in:)``).
    private(set) var autolinks = false
    /// A line that could be a table's delimiter row (``TableSyntax/mightBeDelimiterRow(_:)``).
    private(set) var delimiterRow = false

    init(_ text: String) {
        var text = text
        // The tables are read through pointers: a static's accessor in the loop costs more
        // than the scan.
        Self.kinds.withUnsafeBufferPointer { kinds in
            Self.syntaxKinds.withUnsafeBufferPointer { syntaxKinds in
                text.withUTF8 { bytes in scan(bytes, kinds, syntaxKinds) }
            }
        }
    }

    /// One pass: while a line may still be a delimiter row every byte is classified; after
    /// its first other byte, the scan only stops at syntax bytes and line ends (a space no
    /// longer matters, which keeps the common path free of branches).
    private mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ kinds: UnsafeBufferPointer<UInt8>,
        _ syntaxKinds: UnsafeBufferPointer<UInt8>
    ) {
        var lineStart = 0
        var candidate = true
        var index = 0
        while index < bytes.count {
            let kind: UInt8
            if candidate {
                kind = kinds[Int(bytes[index])]
                if kind & (Self.delimiterByte | Self.lineEnd) == 0 { candidate = false }
            } else {
                while index < bytes.count, syntaxKinds[Int(bytes[index])] == 0 { index += 1 }
                guard index < bytes.count else { break }
                kind = syntaxKinds[Int(bytes[index])]
            }
            if kind & Self.lineEnd != 0 {
                endLine(bytes, lineStart..<index, candidate)
                lineStart = index + 1
                candidate = true
            } else if kind & Self.syntax != 0 {
                note(bytes[index], at: index, in: bytes)
            }
            index += 1
        }
        endLine(bytes, lineStart..<bytes.count, candidate)
    }

    // The bits of `kinds`.
    private static var delimiterByte: UInt8 { 1 }
    private static var syntax: UInt8 { 2 }
    private static var lineEnd: UInt8 { 4 }

    /// What each byte value may start or be part of.
    private static let kinds: [UInt8] = {
        var kinds = syntaxKinds
        for byte in 0...255 where TableSyntax.isDelimiterRowByte(UInt8(byte)) {
            kinds[byte] |= delimiterByte
        }
        return kinds
    }()

    /// The same without the delimiter-row bit, for the rest of a line that cannot be one.
    private static let syntaxKinds: [UInt8] = {
        var kinds = [UInt8](repeating: 0, count: 256)
        for byte in "\\[]~@:w".utf8 { kinds[Int(byte)] |= syntax }
        kinds[0x0A] |= lineEnd
        kinds[0x0D] |= lineEnd
        return kinds
    }()

    private mutating func note(_ byte: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case UInt8(ascii: "\\"):
            if next == UInt8(ascii: "~") || next == UInt8(ascii: "[") { escapes = true }
        case UInt8(ascii: "["):
            brackets = true
            if next == UInt8(ascii: "^") { footnotes = true }
        case UInt8(ascii: "]"): brackets = true
        case UInt8(ascii: "~"): tildes = true
        default:
            if !autolinks, Autolinks.isTrigger(at: index, in: bytes) { autolinks = true }
        }
    }

    private mutating func endLine(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ candidate: Bool
    ) {
        if candidate, !delimiterRow, !line.isEmpty,
            TableSyntax.mightBeDelimiterRow(bytes[line])
        {
            delimiterRow = true
        }
    }
}
