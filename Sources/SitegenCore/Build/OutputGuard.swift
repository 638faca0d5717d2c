import Foundation

/// Refuses output folders whose replacement would destroy files sitegen did not write.
///
/// A build replaces its output folder whole, so the folder must be new, empty, or one that an
/// earlier build wrote (it holds the ``marker`` file).
struct OutputGuard {
    /// The site root, symlinks resolved.
    let root: URL

    /// The file every output folder gets, so a later build knows it may replace the folder.
    static let marker = OutputFile(
        path: ".sitegen-output",
        text: "This folder is written by `sitegen build` and replaced whole by every build.\n")

    /// Throws when `output` is the root, contains it, lies in `content/` or `templates/`, is
    /// a file, or is a folder with files that an earlier build did not write.
    func check(_ output: URL) throws(BuildFailure) {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        let rootPath = root.path
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target, isDirectory: &isFolder)
        let contents =
            exists && isFolder.boolValue
            ? (try? manager.contentsOfDirectory(atPath: target)) ?? [] : []
        let message: String?
        if exists && !isFolder.boolValue {
            message = "The output path is a file, not a folder; choose a folder such as 'output'"
        } else if !contents.isEmpty, !contents.contains(Self.marker.path) {
            message =
                "The output folder holds files sitegen did not write and a build would delete them; empty it or choose another folder"
        } else if target == rootPath
            || rootPath.hasPrefix(target.hasSuffix("/") ? target : target + "/")
        {
            message =
                "The output folder would replace the site root; choose a folder such as 'output'"
        } else if ["content", "templates"].contains(where: {
            Self.isInside(target, root.appending(path: $0).path)
        }) {
            message =
                "The output folder lies inside the site's sources; choose a folder such as 'output'"
        } else {
            message = nil
        }
        if let message { throw BuildFailure(path: output.path, message: message) }
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder + "/")
    }
}
