/// A short content hash for cache-busting file names (`site.1a2b3c4d5e.css`).
///
/// 64-bit FNV-1a over the bytes, written as 10 lowercase hex digits. Not for security: it
/// only needs to change when the content changes, the same way on every machine.
enum Fingerprint {
    /// The 64-bit FNV-1a hash of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func of(_ bytes: some Sequence<UInt8>) -> String {
        let hash = hash(bytes)
        let digits = Array("0123456789abcdef")
        var text = ""
        for shift in stride(from: 60, through: 0, by: -4) {
            text.append(digits[Int((hash >> UInt64(shift)) & 0xF)])
        }
        return String(text.prefix(10))
    }

    /// `name.ext` with the fingerprint before the extension: `site.css` → `site.<hash>.css`.
    static func name(_ name: String, bytes: some Sequence<UInt8>) -> String {
        let hash = of(bytes)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return name + "." + hash
        }
        return name[..<dot] + "." + hash + name[dot...]
    }
}
