// The sitegen command line: argument-parser commands that turn flags into BuildOptions and
// call SitegenCore. No logic and no file IO live here.
import ArgumentParser
import Foundation
import SitegenCore

/// The `sitegen` command.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a static report site from Markdown analyses and deal data.",
        subcommands: [Build.self, Check.self, Serve.self],
        defaultSubcommand: Build.self
    )
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

    func buildOptions(output: String?) -> BuildOptions {
        BuildOptions(
            root: root, output: output, baseURL: baseURL, includeDrafts: drafts, strict: strict)
    }
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
        let builder = SiteBuilder(options: site.buildOptions(output: output))
        let report = try await Terminal.run { () async throws(BuildFailure) in
            try await builder.build()
        }
        Terminal.printWarnings(report.warnings)
        print(
            "Built \(report.pageCount) pages (\(report.fileCount) files) into \(report.outputPath ?? "")"
        )
    }
}

/// `sitegen check`: validate everything `build` validates, without writing.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site for errors without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let builder = SiteBuilder(options: site.buildOptions(output: nil))
        let report = try await Terminal.run { () async throws(BuildFailure) in
            try await builder.check()
        }
        Terminal.printWarnings(report.warnings)
        print("Checked \(report.pageCount) pages: no errors")
    }
}
