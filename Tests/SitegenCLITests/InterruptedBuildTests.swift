import Foundation
import SitegenTestSupport
import Testing

/// A build killed with `kill -9` at any moment leaves a complete output: the previous one,
/// or the new one once the swap has happened, never a missing or half-written folder.
@Suite("Interrupted builds")
struct InterruptedBuildTests {
    private func start(_ root: URL, output: URL) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["build", "--root", root.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for `process` to exit without holding a thread that other tests' tasks need.
    private func exit(of process: Process) async throws -> Int32 {
        while process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(
        "Builds killed at moments spread over a whole build never leave a missing or mixed output")
    func killedBuildsKeepAnOutput() async throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        let output = folder.url.appending(path: "output")

        let clock = ContinuousClock()
        var started = clock.now
        #expect(try await exit(of: start(folder.url, output: output)) == 0)
        let firstTime = clock.now - started
        let previous = try FolderSnapshot(of: output)

        // The next build writes one more page, so its output differs from the previous one.
        try Data("---\ntitle: Late addition\n---\nA page added after the first build.\n".utf8)
            .write(to: folder.url.appending(path: "content/pages/late.md"))
        // The fastest of four builds (the first ran cold); shortened below whenever a build
        // finishes before its kill, so that a busy moment while timing cannot push every kill
        // past the end of the build.
        var buildTime = firstTime
        for _ in 0..<3 {
            started = clock.now
            let timed = try start(folder.url, output: folder.url.appending(path: "timed"))
            #expect(try await exit(of: timed) == 0)
            buildTime = min(buildTime, clock.now - started)
        }
        let next = try FolderSnapshot(of: folder.url.appending(path: "timed"))
        #expect(next.paths.contains("late/index.html"))
        #expect(next != previous)

        var random = SystemRandomNumberGenerator()
        var interrupted = 0
        let attempts = 16
        for attempt in 0..<attempts {
            // Moments spread over the whole build, the swap at its end included.
            let share =
                (Double(attempt) + Double.random(in: 0..<1, using: &random))
                / Double(attempts) * 1.1
            let launched = clock.now
            let process = try start(folder.url, output: output)
            try await Task.sleep(for: buildTime * share)
            let wasRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            _ = try await exit(of: process)
            if wasRunning {
                interrupted += 1
            } else {
                // The build ended before its kill: builds are now faster than timed (the
                // machine was busier then), so aim the next kills earlier.
                buildTime = min(buildTime, clock.now - launched) * 0.75
            }
            let left = try FolderSnapshot(of: output)
            #expect(
                left == previous || left == next,
                "killed at \(Int(share * 100))% of a build: output has \(left.files.count) files")
        }
        #expect(interrupted >= 3, "only \(interrupted) builds were killed while running")

        #expect(try await exit(of: start(folder.url, output: output)) == 0)
        #expect(try FolderSnapshot(of: output) == next)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            .filter { $0.hasPrefix(".output.") }
        #expect(leftovers.isEmpty)
    }

    @Test("The next build removes what a killed build left behind and says so")
    func leftoversAreRemovedAndReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(CommandLineTests.site).write(into: folder.url)
        let staging = folder.url.appending(path: ".output.staging")
        try FileManager.default.createDirectory(
            at: staging.appending(path: "half"), withIntermediateDirectories: true)
        let result = try CommandLineTests().run(["build"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "An earlier build stopped before it finished and left this folder behind; "
                    + "it has been removed. output/ still holds the last complete build."))
        #expect(result.stderr.contains(".output.staging"))
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.url.appending(path: "output/analyses/a/index.html").path))
    }

    @Test("A crash says it is one, and what is safe, before the process dies of it")
    func crashIsNotSilent() async throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        let output = folder.url.appending(path: "output")
        #expect(try await exit(of: start(folder.url, output: output)) == 0)
        let previous = try FolderSnapshot(of: output)

        // A busy machine can let a build finish before the poll sees it staging: try again.
        var crashed: (said: String, process: Process)?
        for _ in 0..<5 where crashed == nil {
            crashed = try await crashWhileStaging(folder.url, output: output)
        }
        let (said, process) = try #require(crashed, "every build finished before it was crashed")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGSEGV)
        #expect(said.contains("sitegen crashed: this is a bug in sitegen, not in your site."))
        #expect(said.contains("The previous output is untouched"))
        #expect(try FolderSnapshot(of: output) == previous)
    }

    /// Starts a build and sends it SIGSEGV once it is writing its staging folder; what it
    /// wrote to stderr, or nil when it finished first.
    private func crashWhileStaging(_ root: URL, output: URL) async throws -> (
        said: String, process: Process
    )? {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["build", "--root", root.path, "--output", output.path]
        // Swift's backtracer, when on, resumes a process that was sent a signal rather than
        // faulting; with it off, the signal is fatal as a real fault would be.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        // The staging folder appears once the site has loaded, well after the handler is in.
        // Watched from a thread of its own: on a busy machine a polling task can be held up
        // until the build is over.
        let staging = root.appending(path: ".output.staging").path
        let pid = process.processIdentifier
        let sent = await withCheckedContinuation { continuation in
            Thread {
                while process.isRunning {
                    if FileManager.default.fileExists(atPath: staging) {
                        kill(pid, SIGSEGV)
                        continuation.resume(returning: true)
                        return
                    }
                    usleep(200)
                }
                continuation.resume(returning: false)
            }.start()
        }
        guard sent else {
            _ = try await exit(of: process)
            return nil
        }
        let said = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = try await exit(of: process)
        return (said, process)
    }
}
