import Foundation

/// A set of terms, each numbered in order of first insertion, keyed by their UTF-8 bytes.
///
/// The search index meets millions of words on a large site; a `[String: Int]` would make a
/// `String` and a SipHash of each. This table keeps every term's bytes once in one buffer and
/// finds them by a 64-bit FNV-1a hash in an open-addressing table, so looking a word up costs
/// a hash of its bytes and, mostly, one comparison.
struct TermTable: Sendable {
    /// Every term's bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each term starts in `bytes`, and one more entry: where the next would.
    private(set) var starts: [Int32] = [0]
    /// Each term's hash.
    private(set) var hashes: [UInt64] = []
    /// Term numbers plus one by hash slot; 0 is an empty slot.
    private var slots: [Int32]

    /// An empty table with room for about `expected` terms before it grows.
    init(expected: Int = 32) {
        var count = 64
        while count < expected * 2 { count *= 2 }
        slots = Array(repeating: 0, count: count)
    }

    /// How many terms there are.
    var count: Int { hashes.count }

    /// The bytes of term `number`.
    func term(_ number: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[number])..<Int(starts[number + 1])]
    }

    /// The 64-bit FNV-1a hash of no bytes, which ``hash(_:_:)`` extends byte by byte.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The 64-bit FNV-1a hash of the bytes hashed to `hash`, then `byte`.
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The number of `term`, inserting it when it is new.
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let number = stored - 1
            if hashes[number] == hash, equals(number, term) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = hashes.count
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(Int32(bytes.count))
        slots[slot] = Int32(number + 1)
        if hashes.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of the term `number` of `other`, inserting it when it is new.
    mutating func insert(_ number: Int, of other: TermTable) -> Int {
        other.bytes.withUnsafeBufferPointer { all in
            insert(
                UnsafeBufferPointer(
                    rebasing: all[Int(other.starts[number])..<Int(other.starts[number + 1])]),
                hash: other.hashes[number])
        }
    }

    /// The term numbers in the order of the terms' bytes, which for UTF-8 is code-point order.
    func sortedNumbers() -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return Array(0..<count) }
            return starts.withUnsafeBufferPointer { starts in
                (0..<count).sorted { left, right in
                    let leftStart = Int(starts[left])
                    let rightStart = Int(starts[right])
                    let leftCount = Int(starts[left + 1]) - leftStart
                    let rightCount = Int(starts[right + 1]) - rightStart
                    let order = memcmp(
                        base + leftStart, base + rightStart, min(leftCount, rightCount))
                    return order != 0 ? order < 0 : leftCount < rightCount
                }
            }
        }
    }

    /// The table without its hash slots, for keeping once no term will be looked up.
    func compacted() -> TermTable {
        var copy = self
        copy.slots = []
        return copy
    }

    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number])
        let end = Int(starts[number + 1])
        guard end - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var index = 0
            while index < term.count {
                if all[start + index] != term[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(number + 1)
        }
    }
}
