import Foundation
public import Testing

/// Golden-file assertions: compare text with a checked-in file, newline-normalised, with a
/// line diff on mismatch.
///
/// Files live in `Snapshots/<name>.<ext>` next to the calling test file. Set the environment
/// variable `SITEGEN_RECORD=1` to rewrite them; a recording run always fails, so a golden can
/// never be re-recorded silently.
public enum GoldenFile {
    /// Asserts that `actual` equals the golden file `name.ext` beside the calling test file.
    public static func assertMatches(
        _ actual: String, named name: String, ext: String = "svg",
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
        let url = directory.appendingPathComponent(name + "." + ext)
        let normalisedActual = normalise(actual)
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" {
            do {
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true)
                try Data(normalisedActual.utf8).write(to: url)
                Issue.record(
                    "Recorded golden file \(url.path); unset SITEGEN_RECORD and run again",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record(
                    "Could not record golden file \(url.path): \(error)",
                    sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: url),
            let expected = String(data: data, encoding: .utf8)
        else {
            Issue.record(
                "Missing golden file \(url.path); run with SITEGEN_RECORD=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        let normalisedExpected = normalise(expected)
        if normalisedExpected != normalisedActual {
            let diff = lineDiff(expected: normalisedExpected, actual: normalisedActual)
            Issue.record(
                Comment(rawValue: "Golden file \(name).\(ext) differs:\n\(diff)"),
                sourceLocation: sourceLocation)
        }
    }

    /// CRLF and CR become LF.
    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A line diff (`-` expected, `+` actual) built from the longest common subsequence, with
    /// unchanged lines elided; at most `limit` changed lines are shown.
    static func lineDiff(expected: String, actual: String, limit: Int = 40) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let n = a.count
        let m = b.count
        guard n * m <= 4_000_000 else { return "(files too large to diff: \(n) vs \(m) lines)" }
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0
        var j = 0
        var shown = 0
        while (i < n || j < m), shown < limit {
            if i < n, j < m, a[i] == b[j] {
                i += 1
                j += 1
            } else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] {
                out.append("+\(j + 1): \(b[j])")
                j += 1
                shown += 1
            } else {
                out.append("-\(i + 1): \(a[i])")
                i += 1
                shown += 1
            }
        }
        if shown == limit { out.append("… more differences not shown") }
        return out.joined(separator: "\n")
    }
}
