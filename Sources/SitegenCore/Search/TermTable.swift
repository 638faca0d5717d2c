import Foundation

/// A set of terms, each numbered in order of first insertion, keyed by their UTF-8 bytes.
///
/// The search index meets millions of words on a large site; a `[String: Int]` would make a
/// `String` and a SipHash of each. This table keeps every term's bytes once in one buffer and
/// finds them by a 64-bit hash (``hash(_:)``) in an open-addressing table whose slots hold the
/// hash's top half beside the term's number, so looking a word up costs a hash of its bytes
/// and, mostly, one comparison in the slot and one of the bytes.
struct TermTable: Sendable {
    /// Every term's bytes, one after another, then ``padding`` zeros: so any term can be
    /// read a word at a time (``equals(_:_:)``).
    private var bytes = [UInt8](repeating: 0, count: padding)
    /// Where each term starts in `bytes`, and one more entry: where the next would.
    private(set) var starts: [Int32] = [0]
    /// Each term's hash.
    private(set) var hashes: [UInt64] = []
    /// By hash slot: the hash's top 32 bits over the term's number plus one; 0 is an empty slot.
    private var slots: [UInt64]

    /// An empty table with room for about `expected` terms before it grows.
    init(expected: Int = 32) {
        var count = 64
        while count < expected * 2 { count *= 2 }
        slots = Array(repeating: 0, count: count)
        bytes.reserveCapacity(expected * 8 + Self.padding)
        starts.reserveCapacity(expected + 1)
        hashes.reserveCapacity(expected)
    }

    /// How many terms there are.
    var count: Int { hashes.count }

    /// The bytes of term `number`.
    func term(_ number: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[number])..<Int(starts[number + 1])]
    }

    /// The hash of `bytes`, which terms are found by and the index's version is made of.
    ///
    /// Eight bytes at a time, little-endian (the last word padded with zeros), each word mixed
    /// in with a rotate and a multiply as FxHash does, and the well-mixed top half folded into
    /// the bottom one, which picks the slot. Not for security; the same on every machine.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return finished(0) }
        let raw = UnsafeRawPointer(base)
        var hash = seed(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            hash = mixed(hash, word(raw, at: index))
            index += 8
        }
        if index < bytes.count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count {
                last |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            hash = mixed(hash, last)
        }
        return finished(hash)
    }

    /// ``hash(_:)`` of the `count` bytes at `base`, which may be read on to the next multiple
    /// of 8 (the bytes past `count` are ignored): the tokenizer's buffer has that room.
    @inline(__always)
    static func hash(padded base: UnsafeRawPointer, count: Int) -> UInt64 {
        var hash = seed(count)
        var index = 0
        while index + 8 <= count {
            hash = mixed(hash, word(base, at: index))
            index += 8
        }
        if index < count {
            hash = mixed(hash, word(base, at: index) & (~0 >> UInt64(64 - 8 * (count - index))))
        }
        return finished(hash)
    }

    private static let multiplier: UInt64 = 0x517c_c1b7_2722_0a95

    @inline(__always)
    private static func seed(_ count: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: count) &* multiplier
    }

    /// The eight bytes at `offset` from `base` as a little-endian number.
    @inline(__always)
    private static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// `hash` with `word` mixed in.
    @inline(__always)
    private static func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        ((hash << 5 | hash >> 59) ^ word) &* multiplier
    }

    /// `hash` with its top half folded into its bottom one.
    @inline(__always)
    private static func finished(_ hash: UInt64) -> UInt64 {
        hash ^ hash >> 32
    }

    /// How many bytes past the last term ``bytes`` holds, and past its end a term's buffer
    /// must be readable when it is inserted.
    static let padding = 8

    /// The number of `term`, whose ``hash(_:)`` is `hash`, inserting it when it is new.
    ///
    /// The buffer must be readable on to the next multiple of 8 bytes past the term's end
    /// (``padding``), so that it is compared a word at a time; the bytes past the end are
    /// ignored. The splitter's buffer and the table's own bytes have that room.
    @inline(__always)
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        let top = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored & 0xFFFF_FFFF_0000_0000 == top {
                let number = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if equals(number, term) { return number }
            }
            slot = (slot + 1) & mask
        }
        let number = hashes.count
        hashes.append(hash)
        appendTerm(term)
        slots[slot] = top | UInt64(number + 1)
        if hashes.count * 2 > slots.count { grow() }
        return number
    }

    /// Appends `term`'s bytes and its start, keeping ``padding`` zeros after the last term:
    /// one append of zeros makes the room, and the term is copied over the old padding (one
    /// mutation of the array, not three).
    private mutating func appendTerm(_ term: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count - Self.padding
        bytes.append(contentsOf: repeatElement(0, count: term.count))
        bytes.withUnsafeMutableBufferPointer { bytes in
            guard let to = bytes.baseAddress, let from = term.baseAddress else { return }
            (to + start).update(from: from, count: term.count)
        }
        starts.append(Int32(start + term.count))
    }

    /// Inserts each term of `other` that is new; returns each term's number in this table,
    /// in `other`'s order.
    mutating func insertAll(of other: TermTable) -> [Int32] {
        other.bytes.withUnsafeBufferPointer { all in
            [Int32](unsafeUninitializedCapacity: other.count) { numbers, count in
                guard let base = all.baseAddress else { return }
                for number in 0..<other.count {
                    let start = Int(other.starts[number])
                    let term = UnsafeBufferPointer(
                        start: base + start, count: Int(other.starts[number + 1]) - start)
                    numbers[number] = Int32(insert(term, hash: other.hashes[number]))
                }
                count = other.count
            }
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

    /// The table without its hash slots and the room it kept to grow, for keeping once no
    /// term will be looked up.
    func compacted() -> TermTable {
        var copy = self
        copy.slots = []
        copy.bytes = bytes.withoutSpareCapacity()
        copy.starts = starts.withoutSpareCapacity()
        copy.hashes = hashes.withoutSpareCapacity()
        return copy
    }

    /// Whether term `number` is the padded `term`, compared a word at a time.
    @inline(__always)
    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number])
        let count = term.count
        guard Int(starts[number + 1]) - start == count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            guard let stored = all.baseAddress.map({ $0 + start }), let other = term.baseAddress
            else { return true }
            var index = 0
            while index < count {
                let difference =
                    UnsafeRawPointer(stored + index).loadUnaligned(as: UInt64.self)
                    ^ UnsafeRawPointer(other + index).loadUnaligned(as: UInt64.self)
                let left = count - index
                if left < 8 {
                    return UInt64(littleEndian: difference) & (~0 >> UInt64(64 - 8 * left)) == 0
                }
                if difference != 0 { return false }
                index += 8
            }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
    }
}
