import Foundation
import SitegenTestSupport
import Testing

/// Runs the built `sitegen` binary and checks its exit codes, stdout and stderr.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `sitegen` binary built beside this test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(
            path: "sitegen")
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        try Self.run(arguments, in: folder)
    }

    /// Runs the binary in `folder` in a far time zone and a German locale (whose decimal
    /// separator is a comma), with `environment` added; `GITHUB_ACTIONS` is unset unless
    /// `environment` sets it, so tests do not depend on where they run.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:])
        throws -> Run
    {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["TZ"] = "Pacific/Chatham"
        merged["LANG"] = "de_DE.UTF-8"
        merged["GITHUB_ACTIONS"] = nil
        merged["GITHUB_WORKSPACE"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let site = """
        -- content/site.yaml --
        title: CLI test
        base_url: https://example.org/
        -- content/analyses/a.md --
        ---
        title: A
        date: 2026
        summary: S
        ---
        Body.
        """

    @Test("With no arguments, build writes the site in the current folder into output/")
    func buildDefault() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(Self.site).write(into: folder.url)
        let result = try run([], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Built 6 pages ("))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.url.appending(path: "output/analyses/a/index.html").path))
    }

    @Test("A content error exits 1 with compiler-format diagnostics and a summary, uncoloured")
    func contentError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(Self.site.replacingOccurrences(of: "date: 2026", with: "date: someday"))
            .write(into: folder.url)
        let result = try run(["build", "--root", folder.path], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/analyses/a.md:3:7: error: Invalid date 'someday'; use YYYY, YYYY-MM or YYYY-MM-DD for 'date'
                date: someday
                      ^
                Build failed: 1 error, 0 warnings

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appending(path: "output").path))
    }

    @Test("Check validates and writes nothing")
    func check() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(Self.site).write(into: folder.url)
        let result = try run(["check"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == "Checked 6 pages: 0 errors, 0 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appending(path: "output").path))
    }

    @Test(
        "Bad usage exits 64",
        arguments: [
            ["build", "--no-such-flag"], ["publish"], ["build", "--root"],
            ["build", "--output", ""],
        ])
    func badUsage(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try run(arguments, in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error:"))
    }

    @Test("A folder that is not a site is a content error, not a crash")
    func notASite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try run(["build"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content: error: No 'content' folder in the site root '.'; run sitegen in a site's folder or pass --root
                Build failed: 1 error, 0 warnings

                """)
    }
}
