import Testing

@testable import SitegenCore

/// The term table and hash the search index counts words with.
@Suite("Term table")
struct TermTableTests {
    @Test("Each term is numbered once, in order of first insertion, through many growths")
    func numbersEachTermOnce() {
        var table = TermTable(expected: 1)
        let words = (0..<5_000).map { "w\($0 * 7919 % 5_000)" }
        for (index, word) in words.enumerated() {
            let number = Self.insert(word, into: &table)
            #expect(number == index, "\(word)")
        }
        for (index, word) in words.enumerated().reversed() {
            #expect(Self.insert(word, into: &table) == index, "\(word)")
        }
        #expect(table.count == words.count)
        #expect(String(decoding: table.term(4_321), as: UTF8.self) == words[4_321])
        let sorted = table.sortedNumbers().map { String(decoding: table.term($0), as: UTF8.self) }
        #expect(sorted == words.sorted())
    }

    @Test("Terms merge into a larger table by number, new ones appended")
    func insertAll() {
        var page = TermTable()
        for word in ["delta", "alpha", "echo"] { _ = Self.insert(word, into: &page) }
        var site = TermTable()
        for word in ["alpha", "bravo"] { _ = Self.insert(word, into: &site) }
        #expect(site.insertAll(of: page) == [2, 0, 3])
        #expect(site.count == 4)
    }

    @Test("The padded hash equals the hash for every length, whatever follows the bytes")
    func paddedHash() {
        let bytes: [UInt8] = (0..<48).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var hashes = Set<UInt64>()
        for count in 0...40 {
            let plain = bytes.withUnsafeBufferPointer {
                TermTable.hash(UnsafeBufferPointer(rebasing: $0[..<count]))
            }
            // The same bytes followed by different ones.
            var other = bytes
            for index in count..<other.count { other[index] ^= 0xFF }
            for buffer in [bytes, other] {
                let padded = buffer.withUnsafeBytes {
                    TermTable.hash(padded: $0.baseAddress!, count: count)
                }
                #expect(padded == plain, "length \(count)")
            }
            hashes.insert(plain)
        }
        // Prefixes of one another still hash apart.
        #expect(hashes.count == 41)
    }

    /// Inserts `word` from a buffer with the room past its end that insertion needs.
    private static func insert(_ word: String, into table: inout TermTable) -> Int {
        let bytes = Array(word.utf8)
        return (bytes + Array(repeating: 0, count: TermTable.padding)).withUnsafeBufferPointer {
            let term = UnsafeBufferPointer(rebasing: $0[..<bytes.count])
            return table.insert(term, hash: TermTable.hash(term))
        }
    }
}
