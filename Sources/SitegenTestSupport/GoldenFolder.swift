import Foundation
public import Testing

/// Golden-folder assertions: compare a whole build output with a checked-in copy, file by file.
///
/// The copy lives in `Snapshots/<name>/` next to the calling test file. Every file must match
/// byte for byte (text files are compared newline-normalised and shown as a line diff); a file
/// missing from either side is a failure. Set `SITEGEN_RECORD=1` to replace the copy; a
/// recording run always fails, so a golden folder can never be re-recorded silently.
public enum GoldenFolder {
    /// Asserts that `actual` equals the golden folder `name` beside the calling test file.
    public static func assertMatches(
        _ actual: FolderSnapshot, named name: String, ignoring ignored: Set<String> = [],
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appending(path: "Snapshots").appending(path: name)
        let files = actual.files.filter { !ignored.contains($0.key) }
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" {
            record(files, into: folder, sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? FolderSnapshot(of: folder), !expected.files.isEmpty else {
            Issue.record(
                "Missing golden folder \(folder.path); run with SITEGEN_RECORD=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        var problems: [String] = []
        for path in expected.paths where files[path] == nil {
            problems.append("Missing from the build: \(path)")
        }
        for path in files.keys.sorted() {
            guard let want = expected.files[path] else {
                problems.append("Not in the golden folder: \(path)")
                continue
            }
            guard let have = files[path], have != want else { continue }
            if let wantText = String(validating: want, as: UTF8.self),
                let haveText = String(validating: have, as: UTF8.self)
            {
                let a = GoldenFile.normalise(wantText)
                let b = GoldenFile.normalise(haveText)
                if a == b { continue }
                problems.append(
                    "\(path) differs:\n\(GoldenFile.lineDiff(expected: a, actual: b, limit: 20))")
            } else {
                problems.append("\(path) differs (binary, \(want.count) → \(have.count) bytes)")
            }
        }
        if !problems.isEmpty {
            let shown = problems.prefix(10).joined(separator: "\n")
            let more = problems.count > 10 ? "\n… and \(problems.count - 10) more" : ""
            Issue.record(
                Comment(
                    rawValue:
                        "The build differs from golden folder '\(name)' in \(problems.count) files:\n\(shown)\(more)"
                ),
                sourceLocation: sourceLocation)
        }
    }

    private static func record(
        _ files: [String: [UInt8]], into folder: URL, sourceLocation: SourceLocation
    ) {
        let manager = FileManager.default
        do {
            try? manager.removeItem(at: folder)
            for (path, bytes) in files {
                let url = folder.appending(path: path)
                try manager.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            Issue.record(
                "Recorded golden folder \(folder.path) (\(files.count) files); unset SITEGEN_RECORD and run again",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "Could not record golden folder \(folder.path): \(error)",
                sourceLocation: sourceLocation)
        }
    }
}
