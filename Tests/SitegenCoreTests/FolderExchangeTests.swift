import Foundation
import SitegenTestSupport
import Testing

@testable import SitegenCore

@Suite("Folder exchange")
struct FolderExchangeTests {
    @Test("Two folders swap names in one step, so the output is never missing while it is replaced")
    func foldersSwap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = folder.url.appending(path: "one")
        let two = folder.url.appending(path: "two")
        try FileManager.default.createDirectory(at: one, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: two, withIntermediateDirectories: false)
        try Data("first".utf8).write(to: one.appending(path: "first.txt"))
        try Data("second".utf8).write(to: two.appending(path: "second.txt"))

        #expect(FolderExchange.exchange(one, two))
        #expect(try FileManager.default.contentsOfDirectory(atPath: one.path) == ["second.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: two.path) == ["first.txt"])
    }

    @Test("An exchange with a missing folder fails and changes nothing")
    func missingFolderFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let one = folder.url.appending(path: "one")
        try FileManager.default.createDirectory(at: one, withIntermediateDirectories: false)
        #expect(!FolderExchange.exchange(one, folder.url.appending(path: "missing")))
        #expect(FileManager.default.fileExists(atPath: one.path))
    }
}
