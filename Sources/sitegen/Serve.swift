import ArgumentParser
import Foundation
import SitegenCore
import SitegenServe

/// `sitegen serve`: build the site in memory, serve it, and rebuild it on every edit.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: serve it, rebuild it as you edit, and reload the browser.",
        discussion: """
            The site is built in memory (never into output/) with the served address as its \
            base URL. Pages reload when they change; a failed rebuild shows its errors in the \
            terminal and in the browser, and the last good site stays up.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp("The site root, holding content/ and templates/.", valueName: "dir"))
    var root: String = "."

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address to listen on (127.0.0.1 unless you say otherwise).", valueName: "ip"))
    var host: String = "127.0.0.1"

    @Option(
        name: .long, help: ArgumentHelp("The port to listen on (0: any free one).", valueName: "n"))
    var port: UInt16 = 4000

    @Flag(name: .long, help: "Include analyses marked draft.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        CrashReport.install()
        let server = PreviewServer(
            build: BuildOptions(root: root, includeDrafts: drafts, strict: strict),
            host: host, port: port)
        let printer = ServePrinter()
        // An untyped closure: Swift 6.3's compiler crashes on a typed-throws one here.
        let task = Task { () async throws in
            try await server.run { printer.show($0) }
        }
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        switch await task.result {
        case .success: print("Stopped.")
        case .failure(let error):
            let message = (error as? PreviewError)?.message ?? "\(error)"
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            throw ExitCode.failure
        }
    }
}

/// Prints what the preview server does: one line per rebuild, diagnostics as a build prints
/// them.
final class ServePrinter: @unchecked Sendable {
    private let lock = NSLock()
    private var lastWarnings: [Diagnostic] = []
    private var failing = false

    func show(_ event: PreviewServer.Event) {
        lock.withLock {
            switch event {
            case .serving(let title, let url, let warnings):
                Terminal.printWarnings(warnings)
                lastWarnings = warnings
                print("Serving \(title) at \(url) (Ctrl-C to stop)")
            case .waiting(let url, let failure):
                Terminal.printFailure(failure)
                failing = true
                print(
                    "Serving at \(url) (Ctrl-C to stop); waiting for the errors above to be fixed")
            case .rebuilt(let update, let duration):
                line(for: update, duration: duration)
            }
        }
    }

    /// Writes one line to standard output at once, so a pipe sees it as soon as it happens.
    private func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func line(for update: SiteUpdate, duration: Duration) {
        let took = Self.format(duration)
        let sources = Self.list(update.changedSources)
        switch update.outcome {
        case .failed(let failure):
            Terminal.printFailure(failure)
            print("Rebuild failed after \(took) (\(sources)); still serving the last good site")
            failing = true
        case .unchanged where failing:
            print("Fixed in \(took): the files are as they were at the last good build")
            failing = false
        case .unchanged:
            print("No changes in \(took)")
        case .rebuilt:
            failing = false
            if update.warnings != lastWarnings { Terminal.printWarnings(update.warnings) }
            lastWarnings = update.warnings
            let pages = update.renderedPages == 1 ? "1 page" : "\(update.renderedPages) pages"
            let files = update.changedFiles.count + update.removedFiles.count
            print(
                "Rebuilt in \(took): \(sources) changed; rendered \(pages), \(files == 1 ? "1 file" : "\(files) files") changed"
            )
        }
    }

    private static func list(_ paths: [String]) -> String {
        paths.count <= 3
            ? paths.joined(separator: ", ")
            : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
    }

    /// `4.2 ms`, `87 ms`, `1.35 s`.
    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        if milliseconds < 10 { return String(format: "%.1f ms", milliseconds) }
        if milliseconds < 1000 { return "\(Int(milliseconds.rounded())) ms" }
        return String(format: "%.2f s", milliseconds / 1000)
    }
}
