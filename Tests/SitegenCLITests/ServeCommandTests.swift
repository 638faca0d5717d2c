import Foundation
import SitegenTestSupport
import Testing

/// `sitegen serve` as a user runs it: the line it prints, Ctrl-C, and a port in use.
@Suite("sitegen serve", .serialized)
struct ServeCommandTests {
    /// A running `sitegen serve` and what it printed.
    private final class Serving: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var printed = ""

        init(_ arguments: [String], in folder: URL) throws {
            process.executableURL = CommandLineTests.binary
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = folder
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            out.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.printed += text }
            }
            try process.run()
        }

        var output: String { lock.withLock { printed } }

        /// Waits until the output holds `text`; after the process has exited, the pipe is given
        /// two seconds more to deliver what it wrote last.
        func waitFor(_ text: String) async throws -> Bool {
            let deadline = ContinuousClock.now + .seconds(60)
            var exited: ContinuousClock.Instant?
            while ContinuousClock.now < deadline {
                if output.contains(text) { return true }
                if !process.isRunning {
                    let now = ContinuousClock.now
                    if let exited, now - exited > .seconds(2) { return false }
                    exited = exited ?? now
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            return false
        }

        func interrupt() -> Int32 {
            process.interrupt()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test("It prints one line with the address, and Ctrl-C stops it with status 0")
    func servesAndStops() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(CommandLineTests.site).write(into: folder.url)
        let serving = try Serving(["--port", "0"], in: folder.url)
        #expect(try await serving.waitFor("(Ctrl-C to stop)"))
        let line = serving.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            line.wholeMatch(
                of: #/Serving CLI test at http://127\.0\.0\.1:[0-9]+/ \(Ctrl-C to stop\)/#) != nil,
            "\(line)")
        #expect(serving.interrupt() == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appending(path: "output").path))
    }

    @Test("A port in use is an error with status 1 that suggests --port")
    func portInUse() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(CommandLineTests.site).write(into: folder.url)
        let first = try Serving(["--port", "0"], in: folder.url)
        #expect(try await first.waitFor("(Ctrl-C to stop)"))
        let port = try #require(
            first.output.firstMatch(of: #/127\.0\.0\.1:([0-9]+)//#).map { String($0.1) })
        let second = try Serving(["--port", port], in: folder.url)
        #expect(try await second.waitFor("already in use"))
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 1)
        #expect(second.output.contains("--port"))
        #expect(first.interrupt() == 0)
    }
}
