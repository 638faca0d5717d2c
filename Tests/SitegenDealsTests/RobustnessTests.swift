import SitegenData
import Testing

@testable import SitegenDeals

/// Malformed input must give diagnostics, never a crash: every loader is fed deterministic
/// mutations of realistic files (bytes dropped, duplicated, replaced with syntax characters).
@Suite struct RobustnessTests {
    /// A small linear congruential generator, so the mutations are the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static let alphabet =
        Array("\"':,[]{}-#&*!|>\n\r\t \\u{}0123456789.eE%@`".utf8) + [0xFF, 0xC3, 0x00]

    static func mutations(of text: String, count: Int, seed: UInt64) -> [[UInt8]] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            var bytes = Array(text.utf8)
            for _ in 0..<(1 + generator.next(4)) {
                let index = generator.next(bytes.count + 1)
                switch generator.next(3) {
                case 0 where index < bytes.count: bytes.remove(at: index)
                case 1: bytes.insert(alphabet[generator.next(alphabet.count)], at: index)
                default:
                    if index < bytes.count {
                        bytes[index] = alphabet[generator.next(alphabet.count)]
                    }
                }
            }
            return bytes
        }
    }

    @Test(arguments: [
        ("content/data/deals.yaml", Fixtures.deals), ("content/data/capex.csv", Fixtures.capex),
        ("content/data/sources.yaml", Fixtures.sources),
        (
            "content/data/deals.json",
            #"[{"id": "a", "n": [1, 2.5, -3e2], "s": "\u00e9\n", "m": {"k": null}}]"#
        ),
    ])
    func mutatedFilesGiveDiagnosticsWithPositions(path: String, text: String) {
        for bytes in Self.mutations(of: text, count: 150, seed: UInt64(text.utf8.count)) {
            let result = DealLoader.load(
                Fixtures.files.filter {
                    !path.hasSuffix($0.stem + ".yaml") && !path.hasSuffix($0.stem + ".csv")
                }
                    + [DataFile(path: path, bytes: bytes)])
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.message.isEmpty)
                // A problem in the mutated file is at a line and column of it.
                if diagnostic.path == path {
                    #expect(diagnostic.line.map { $0 >= 1 } == true, "\(diagnostic)")
                    #expect(diagnostic.column.map { $0 >= 1 } == true, "\(diagnostic)")
                }
            }
        }
    }

    @Test func duplicateEmptyKeysAreReported() {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try YAMLLoader.load("\"\": 1\n\"\": 2\n", path: "a.yaml")
        }
        #expect(
            error?.description == "a.yaml:2:1: error: Duplicate key ''; it is already set at line 1"
        )
    }
}
