import Foundation

/// Takes the terms of a text as a ``TermSplitter`` finds them.
protocol TermSink {
    /// Takes one term and its ``TermTable/hash(_:)``; its bytes are valid only during the call.
    mutating func take(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64)
}

/// Splits text into terms by ``SearchTerms``' rules as it is read, a byte or a scalar at a
/// time, so that what reads something else (a page's HTML, in ``SearchText``) finds the terms
/// of its text in the same pass.
///
/// ASCII letters and digits come through ``fold``; any other scalar is kept when it is a
/// letter or digit (folded and lowercased), skipped when it is a mark, and ends the term
/// otherwise. A term longer than ``SearchTerms/maxTermLength`` is left out.
struct TermSplitter {
    /// The term being read.
    ///
    /// It has room past ``SearchTerms/maxTermLength`` to hash the term a word at a time
    /// (``TermTable/hash(padded:count:)``), and is valid only inside ``with(_:)``.
    private let buffer: UnsafeMutablePointer<UInt8>
    /// How many bytes the term being read has, counting those past the longest kept.
    private var length = 0

    private init(buffer: UnsafeMutablePointer<UInt8>) {
        self.buffer = buffer
    }

    /// Calls `body` with a splitter, whose buffer lives as long as the call.
    static func with<Result>(_ body: (inout TermSplitter) -> Result) -> Result {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(
            capacity: SearchTerms.maxTermLength + TermTable.padding)
        buffer.initialize(repeating: 0, count: SearchTerms.maxTermLength + TermTable.padding)
        defer { buffer.deallocate() }
        var splitter = TermSplitter(buffer: buffer)
        return body(&splitter)
    }

    /// Each ASCII byte as a term keeps it: letters lowercased, digits as they are; other
    /// ASCII ``separator``, and any byte from 0x80 on ``multiByte``.
    static let fold: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: return UInt8(byte)
        case 0x41...0x5A: return UInt8(byte) | 0x20
        case 0x80...: return multiByte
        default: return separator
        }
    }
    /// In ``fold``: a byte that ends a term.
    static let separator: UInt8 = 0
    /// In ``fold``: the first byte of a multi-byte scalar, decoded to be classified.
    static let multiByte: UInt8 = 0xFF

    /// Reads one byte of a term: an ASCII letter or digit as ``fold`` gives it, or a byte of
    /// a folded scalar.
    @inline(__always)
    mutating func letter(_ folded: UInt8) {
        if length < SearchTerms.maxTermLength { buffer[length] = folded }
        length += 1
    }

    /// Reads the first `count` bytes of `folded` (first byte lowest), ASCII letters and
    /// digits as ``fold`` gives them.
    @inline(__always)
    mutating func letters(_ folded: UInt64, count: Int) {
        if length <= SearchTerms.maxTermLength {
            // The buffer has room for eight bytes past the longest term.
            UnsafeMutableRawPointer(buffer + length).storeBytes(
                of: folded.littleEndian, as: UInt64.self)
        }
        length += count
    }

    /// Ends the term being read, if any, and gives it to `sink` unless it is too long.
    @inline(__always)
    mutating func end<Sink: TermSink>(into sink: inout Sink) {
        guard length > 0 else { return }
        if length <= SearchTerms.maxTermLength {
            sink.take(
                UnsafeBufferPointer(start: buffer, count: length),
                hash: TermTable.hash(padded: buffer, count: length))
        }
        length = 0
    }

    /// Reads an ASCII byte: a letter or digit goes on the term, anything else ends it.
    @inline(__always)
    mutating func ascii<Sink: TermSink>(_ byte: UInt8, into sink: inout Sink) {
        let folded = Self.fold[Int(byte)]
        if folded == Self.separator { end(into: &sink) } else { letter(folded) }
    }

    /// Reads a scalar past ASCII, by its value.
    mutating func scalar<Sink: TermSink>(_ value: UInt32, into sink: inout Sink) {
        // U+2000 to U+203F (spaces, dashes, quotes) all separate, and are the scalars past
        // ASCII that English text has most.
        if value >= 0x2000, value <= 0x203F {
            end(into: &sink)
            return
        }
        guard let scalar = Unicode.Scalar(value), !Self.isMark(scalar) else { return }
        guard Self.isLetterOrDigit(scalar.properties.generalCategory) else {
            end(into: &sink)
            return
        }
        // Fold accents: the canonical decomposition without its marks, lowercased.
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        where !Self.isMark(part) {
            for unit in String(part).lowercased().utf8 { letter(unit) }
        }
    }

    /// Reads the whole UTF-8 text `text`, then ends its last term.
    mutating func read<Sink: TermSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        Self.fold.withUnsafeBufferPointer { fold in
            var index = 0
            let count = text.count
            while index < count {
                let byte = text[index]
                let folded = fold[Int(byte)]
                index += 1
                if folded == Self.separator {
                    end(into: &sink)
                } else if folded != Self.multiByte {
                    letter(folded)
                } else {
                    let (value, next) = Self.decode(text, at: index - 1)
                    index = next
                    scalar(value, into: &sink)
                }
            }
        }
        end(into: &sink)
    }

    /// The scalar value of the multi-byte UTF-8 sequence at `start` in the valid UTF-8
    /// `text`, and where the next one starts.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int) {
        let byte = text[start]
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        var index = start + 1
        while index < start + width, index < text.count {
            value = value << 6 | (UInt32(text[index]) & 0x3F)
            index += 1
        }
        return (value, index)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isLetterOrDigit(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }
}
