import Foundation
import SitegenTestSupport
import Testing

/// The same inputs give byte-identical output, whatever the process: its hash seed (Swift
/// seeds dictionaries and sets afresh in every process), time zone and locale.
@Suite("Reproducible builds")
struct ReproducibilityTests {
    private func build(_ root: URL, into output: String, environment: [String: String]) throws
        -> Int32
    {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["build", "--root", root.path, "--output", output]
        var merged = ProcessInfo.processInfo.environment
        merged["SWIFT_DETERMINISTIC_HASHING"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(
        "Two processes in different time zones and locales build the example site byte for byte alike"
    )
    func twoProcessesAgree() throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        let one = folder.url.appending(path: "one")
        let two = folder.url.appending(path: "two")
        #expect(
            try build(
                folder.url, into: one.path,
                environment: [
                    "TZ": "Pacific/Chatham", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8",
                ])
                == 0)
        #expect(
            try build(
                folder.url, into: two.path,
                environment: ["TZ": "Asia/Tokyo", "LANG": "C", "LC_ALL": "C"]) == 0)
        let first = try FolderSnapshot(of: one)
        #expect(first.files.count > 40)
        let manifest = try #require(first.files["figures.json"])
        #expect(manifest == (try FolderSnapshot(of: two)).files["figures.json"])
        #expect(first == (try FolderSnapshot(of: two)))
    }
}
