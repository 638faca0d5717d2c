import ArgumentParser
import Foundation
import SitegenCore

/// How `build` and `check` report: diagnostics as text on standard error or as JSON on
/// standard output, GitHub Actions annotations when `GITHUB_ACTIONS=true`, and a summary.
///
/// In JSON mode standard output holds the JSON array alone, so the summary (and any
/// annotations) go to standard error.
struct Reporter {
    var format: DiagnosticsFormat
    /// Whether to print each diagnostic as a workflow command too.
    var annotates: Bool
    /// What turns a site-relative path into one relative to the repository root.
    var pathPrefix: String

    init(format: DiagnosticsFormat, root: String) {
        let environment = ProcessInfo.processInfo.environment
        self.format = format
        self.annotates = environment["GITHUB_ACTIONS"] == "true"
        self.pathPrefix = Self.prefix(
            root: root,
            repository: environment["GITHUB_WORKSPACE"]
                ?? FileManager.default.currentDirectoryPath)
    }

    /// Runs a build step; on failure prints every diagnostic and `summary` of the failure,
    /// and exits with status 1.
    func run<T>(
        summary: (BuildFailure) -> String, _ step: () async throws(BuildFailure) -> T
    ) async throws -> T {
        do {
            return try await step()
        } catch {
            report(error.diagnostics, summary: summary(error))
            throw ExitCode.failure
        }
    }

    /// Prints the warnings of a successful step and its summary.
    func succeeded(warnings: [Diagnostic], summary: String) {
        report(warnings, summary: summary, onStandardOutput: true)
    }

    /// A progress line on standard error, when it is a terminal and diagnostics are text.
    func progressLine(start: ContinuousClock.Instant) -> ProgressLine? {
        guard format == .text, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(start: start)
    }

    private func report(
        _ diagnostics: [Diagnostic], summary: String, onStandardOutput: Bool = false
    ) {
        switch format {
        case .text:
            var text = diagnostics.map { $0.rendered(colored: Terminal.colored) }
            if !onStandardOutput { text.append(summary) }
            if !text.isEmpty { Self.write(text.joined(separator: "\n") + "\n", to: .standardError) }
            if annotates { Self.write(annotations(diagnostics), to: .standardOutput) }
            if onStandardOutput { Self.write(summary + "\n", to: .standardOutput) }
        case .json:
            Self.write(DiagnosticJSON.encode(diagnostics), to: .standardOutput)
            if annotates { Self.write(annotations(diagnostics), to: .standardError) }
            Self.write(summary + "\n", to: .standardError)
        }
    }

    private func annotations(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { WorkflowCommand.annotation(for: $0, pathPrefix: pathPrefix) + "\n" }
            .joined()
    }

    private static func write(_ text: String, to handle: FileHandle) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }

    /// The path of the site root `root` relative to `repository`, ending in `/` ("" when they
    /// are the same folder); the site root's absolute path when it is outside.
    static func prefix(root: String, repository: String) -> String {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let site = URL(fileURLWithPath: root, relativeTo: current).standardizedFileURL
            .resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: repository, relativeTo: current).standardizedFileURL
            .resolvingSymlinksInPath().path
        if site == base { return "" }
        let folder = base.hasSuffix("/") ? base : base + "/"
        if site.hasPrefix(folder) { return String(site.dropFirst(folder.count)) + "/" }
        return site + "/"
    }

    /// `0.31 s`, whatever the locale.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f s", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
