import Foundation
import SitegenCore

/// Prints the preview server's diagnostics to standard error, in colour only on a terminal.
enum Terminal {
    /// Whether standard error is a terminal that wants colour.
    static var colored: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
            && environment["TERM"] != "dumb"
    }

    /// Prints every diagnostic of a failed build and its summary.
    static func printFailure(_ failure: BuildFailure) {
        FileHandle.standardError.write(Data((failure.rendered(colored: colored) + "\n").utf8))
    }

    /// Prints warnings of a successful build.
    static func printWarnings(_ warnings: [Diagnostic]) {
        guard !warnings.isEmpty else { return }
        let text = warnings.map { $0.rendered(colored: colored) }.joined(separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
