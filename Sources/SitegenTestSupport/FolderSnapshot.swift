public import Foundation

/// Every file below a folder with its bytes, for comparing whole build outputs.
public struct FolderSnapshot: Sendable, Equatable {
    /// Relative path to contents, sorted by path.
    public var files: [String: [UInt8]]

    /// Reads every file below `folder`, hidden ones included.
    public init(of folder: URL) throws {
        var files: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            self.files = [:]
            return
        }
        while let entry = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = base + "/" + entry
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[entry] = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        self.files = files
    }

    /// The relative paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The text of one file, if it exists and is UTF-8.
    public func text(_ path: String) -> String? {
        files[path].flatMap { String(validating: $0, as: UTF8.self) }
    }
}
