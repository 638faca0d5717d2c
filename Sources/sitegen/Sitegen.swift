// The sitegen command line: argument-parser commands that turn flags into BuildOptions and
// call SitegenCore. No logic and no file IO live here.
import ArgumentParser
import Foundation
import SitegenCore
import SitegenSupport

/// The `sitegen` command.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a static report site from Markdown analyses and deal data.",
        version: SitegenVersion.description,
        subcommands: [Build.self, Check.self, Serve.self, Diff.self, Version.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command line; a first word that is no subcommand is a usage error naming the
    /// subcommands, rather than an argument `build` (the default) does not take.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let message = unknownCommand(first) {
            FileHandle.standardError.write(Data(("Error: " + message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        await main(arguments)
    }

    /// The message for a first word that names no subcommand, or nil when it is one (or a
    /// flag, which goes to `build`).
    static func unknownCommand(_ word: String) -> String? {
        let names = configuration.subcommands.map { $0._commandName }
        guard !word.hasPrefix("-"), !names.contains(word), word != "help" else { return nil }
        let near = EditDistance.suggestions(for: word, among: names)
        let hint = near.isEmpty ? "" : "did you mean \(Quoting.list(near, conjunction: "or"))? "
        return
            "Unknown command '\(word)'; \(hint)the commands are \(Quoting.list(names, conjunction: "and")) (see 'sitegen --help')"
    }
}

/// How `build` and `check` print their diagnostics.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    /// The compiler format on standard error.
    case text
    /// One JSON array on standard output (docs/diagnostics.md).
    case json
}

/// The options `build` and `check` share.
struct SiteOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The site root, holding content/ and templates/.", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("Override base_url from site.yaml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include analyses marked draft.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How to print diagnostics: 'text' on standard error, or 'json', one array on standard output.",
            valueName: "format"))
    var diagnostics: DiagnosticsFormat = .text

    func buildOptions(output: String?) -> BuildOptions {
        BuildOptions(
            root: root, output: output, baseURL: baseURL, includeDrafts: drafts, strict: strict)
    }

    var reporter: Reporter { Reporter(format: diagnostics, root: root) }
}

/// `sitegen build`: build the site into the output folder.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder (default: output/ in the site root).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site.", valueName: "dir"))
    var output: String?

    func validate() throws {
        if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--output needs a folder, such as 'output'")
        }
    }

    func run() async throws {
        CrashReport.install()
        let reporter = site.reporter
        let clock = ContinuousClock()
        let start = clock.now
        var configured = SiteBuilder(options: site.buildOptions(output: output))
        let progress = reporter.progressLine(start: start)
        if let progress {
            configured.progress = { rendered, total in progress.show(rendered, of: total) }
        }
        let builder = configured
        let report = try await reporter.run(summary: { $0.summary }) {
            () async throws(BuildFailure) in
            defer { progress?.clear() }
            return try await builder.build()
        }
        let took = Reporter.seconds(clock.now - start)
        reporter.succeeded(
            warnings: report.warnings,
            summary:
                "Built \(BuildFailure.count(report.pageCount, "page")) (\(BuildFailure.count(report.fileCount, "file")), \(BuildFailure.count(report.figureCount, "figure")), \(BuildFailure.count(report.chartCount, "chart"))) in \(took), \(BuildFailure.count(report.warnings.count, "warning"))"
        )
    }
}

/// `sitegen check`: validate everything `build` validates, without writing.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site for errors without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let reporter = site.reporter
        let builder = SiteBuilder(options: site.buildOptions(output: nil))
        let report = try await reporter.run(summary: { $0.checkSummary }) {
            () async throws(BuildFailure) in
            try await builder.check()
        }
        reporter.succeeded(
            warnings: report.warnings,
            summary:
                "Checked \(BuildFailure.count(report.pageCount, "page")): 0 errors, \(BuildFailure.count(report.warnings.count, "warning"))"
        )
    }
}

/// `sitegen version`: the same as `sitegen --version`.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print sitegen's version and the libcmark version it runs with.")

    func run() {
        print(SitegenVersion.description)
    }
}
