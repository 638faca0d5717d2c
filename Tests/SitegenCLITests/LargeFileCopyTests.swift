import Foundation
import SitegenTestSupport
import Testing

/// Files in `content/static/` and page bundles are streamed into the output, never read
/// whole: a 200 MB file is copied byte for byte by a build whose memory stays flat.
@Suite("Large file copying")
struct LargeFileCopyTests {
    /// Runs the sitegen binary with `arguments` and returns its exit status and the peak
    /// resident memory of that one process, in bytes.
    ///
    /// Linux counts in a child's peak the memory of the process it was spawned from (the
    /// peak is carried across `exec`), and the test runner is large. So a small Python
    /// process spawns sitegen and reports its `wait4` resource usage.
    private func runMeasured(_ arguments: [String]) throws -> (status: Int32, peakBytes: Int) {
        let script = """
            import os, sys
            pid = os.fork()
            if pid == 0:
                os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
                os.execv(sys.argv[1], sys.argv[1:])
            _, status, usage = os.wait4(pid, 0)
            print(os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, CommandLineTests.binary.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(fields.count == 2, "unexpected output: \(output)")
        return (Int32(fields[0]), fields[1])
    }

    @Test("A 200 MB file is copied byte for byte, with the build's memory far below its size")
    func largeFileStreams() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name), to: folder.url.appending(path: name))
        }
        let size = 200 * 1024 * 1024
        let big = folder.url.appending(path: "content/analyses/amazon-anthropic-2026/recording.bin")
        // A pattern that changes every megabyte, so a copy that skipped or repeated a chunk
        // would differ.
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        var chunk = [UInt8](repeating: 0, count: 1024 * 1024)
        for megabyte in 0..<(size / chunk.count) {
            for index in chunk.indices {
                chunk[index] = UInt8(truncatingIfNeeded: index &+ megabyte &* 7)
            }
            try handle.write(contentsOf: chunk)
        }
        try handle.close()

        let output = folder.url.appending(path: "output").path
        let run = try runMeasured(["build", "--root", folder.path, "--output", output])
        #expect(run.status == 0)
        let copy = URL(fileURLWithPath: output).appending(
            path: "analyses/amazon-anthropic-2026/recording.bin")
        #expect(try FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int == size)
        let original = try FileHandle(forReadingFrom: big)
        let copied = try FileHandle(forReadingFrom: copy)
        defer {
            try? original.close()
            try? copied.close()
        }
        var same = true
        while let left = try original.read(upToCount: 1 << 22), !left.isEmpty {
            if try copied.read(upToCount: left.count) != left {
                same = false
                break
            }
        }
        #expect(same, "the copy differs from the original")
        // The example site builds in about 40 MB; reading the file whole would need 200 more.
        #expect(run.peakBytes < 120 * 1024 * 1024, "peak memory \(run.peakBytes / 1_048_576) MB")
    }
}
