import Foundation
import SitegenTestSupport
import Testing

@testable import SitegenCore

@Suite("Staging folder")
struct StagingFolderTests {
    @Test("A file is written below folders made for it, and writing it again replaces it whole")
    func writesAndReplaces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staging = try StagingFolder(output: folder.url.appending(path: "output"))
        try staging.write(path: "a/b/c/index.html", bytes: Array("a longer first version".utf8))
        try staging.write(path: "a/b/c/index.html", bytes: Array("second".utf8))
        try staging.write(path: "a/b/other.json", bytes: [])
        try staging.commit()
        let output = folder.url.appending(path: "output")
        #expect(
            try Data(contentsOf: output.appending(path: "a/b/c/index.html"))
                == Data("second".utf8))
        #expect(try Data(contentsOf: output.appending(path: "a/b/other.json")).isEmpty)
    }

    @Test("A write that cannot land names the file and says why")
    func failedWriteIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staging = try StagingFolder(output: folder.url.appending(path: "output"))
        try staging.write(path: "deals", bytes: Array("a file where a folder goes".utf8))
        let failure = #expect(throws: BuildFailure.self) {
            try staging.write(path: "deals/index.html", bytes: Array("page".utf8))
        }
        let diagnostic = try #require(failure?.diagnostics.first)
        #expect(diagnostic.path == "deals/index.html")
        #expect(diagnostic.message.hasPrefix("Cannot write the file: "))
        #expect(diagnostic.message.count > "Cannot write the file: ".count)
        staging.discard()
    }

    @Test("A path that leaves the staging folder is refused")
    func escapingPathIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staging = try StagingFolder(output: folder.url.appending(path: "output"))
        defer { staging.discard() }
        for path in ["../outside.html", "/etc/outside", "a/./b", "", "a/..", ".", "/", "a/../../b"]
        {
            #expect(throws: BuildFailure.self) { try staging.write(path: path, bytes: []) }
        }
        // Dots inside a name, or more than two, name a file like any other.
        for path in [".well-known/a.txt", "a..b/c", ".../x", "a/.hidden"] {
            #expect(StagingFolder.isInside(path), "\(path)")
        }
        #expect(
            !FileManager.default.fileExists(atPath: folder.url.appending(path: "outside.html").path)
        )
    }
}
