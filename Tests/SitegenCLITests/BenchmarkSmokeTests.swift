import Foundation
import SitegenTestSupport
import Testing

/// Keeps the benchmark harness from rotting: a 50-page smoke run with the built binary.
///
/// No timing is asserted; speed is measured by `make bench`, never by a test.
@Suite("Benchmark smoke run")
struct BenchmarkSmokeTests {
    @Test(
        "The benchmark builds its synthetic 50-page site with sitegen, with and without search, and serves and edits it"
    )
    func smokeRun() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Repository.root.appending(path: "bench/bench.py").path, "--smoke",
            "--tools", "sitegen", "--sitegen-bin", CommandLineTests.binary.path,
        ]
        process.currentDirectoryURL = Repository.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("| 50 | 1 | sitegen |"))
        // The search index's cost: the same round built again with `search: false`, which the
        // harness checks wrote no index (and the build with search, that it wrote one).
        #expect(text.contains("| 50 | 1 | sitegen-nosearch |"))
        #expect(text.contains("## Search index cost"))
        #expect(text.contains("## Preview server (`sitegen serve`)"))
        #expect(text.contains("| exit status after Ctrl-C | 0 |"))
    }
}
