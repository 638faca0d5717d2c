import Foundation

/// Refuses output folders whose replacement would destroy the site's own files.
struct OutputGuard {
    /// The site root, symlinks resolved.
    let root: URL

    /// Throws when `output` is the root, contains it, or lies in `content/` or `templates/`.
    func check(_ output: URL) throws(BuildFailure) {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        let rootPath = root.path
        let message: String?
        if target == rootPath || rootPath.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            message = "The output folder would replace the site root; choose a folder such as 'output'"
        } else if ["content", "templates"].contains(where: { Self.isInside(target, root.appending(path: $0).path) }) {
            message = "The output folder lies inside the site's sources; choose a folder such as 'output'"
        } else {
            message = nil
        }
        if let message { throw BuildFailure(path: output.path, message: message) }
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder + "/")
    }
}
