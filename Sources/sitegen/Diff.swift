import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen diff OLD NEW`: which published figures and pages differ between two builds.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figures and pages that differ between two builds.",
        discussion: """
            OLD and NEW are output folders, or the figures.json files in them. Figures whose \
            value, qualifier or text changed are listed with their old and new text, then the \
            figures added and removed, the pages that show any of them, and the pages added, \
            removed or changed. Unchanged figures are not listed.
            """)

    /// How the differences are written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Plain text for a terminal.
        case text
        /// GitHub-flavoured Markdown, for a pull request's summary.
        case markdown
    }

    @Argument(help: ArgumentHelp("The old build: an output folder or its figures.json."))
    var old: String

    @Argument(help: ArgumentHelp("The new build: an output folder or its figures.json."))
    var new: String

    @Option(name: .long, help: "'text', or 'markdown' for a pull request's summary.")
    var format: Format = .text

    func run() throws {
        do {
            let diff = try SiteDiff.compare(old: old, new: new)
            print(format == .markdown ? diff.markdown : diff.text, terminator: "")
        } catch {
            FileHandle.standardError.write(Data(("error: " + error.message + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
