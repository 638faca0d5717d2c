import Foundation
import Synchronization

/// A line on a terminal's standard error that shows how far a build is, once it has taken
/// more than a second: `Rendering pages: 1200 of 13393`.
final class ProgressLine: Sendable {
    private let start: ContinuousClock.Instant
    private let shown = Mutex(false)

    init(start: ContinuousClock.Instant) {
        self.start = start
    }

    /// Shows that `rendered` of `total` pages are done, when the build has run a second.
    func show(_ rendered: Int, of total: Int) {
        guard ContinuousClock.now - start > .seconds(1) else { return }
        shown.withLock { shown in
            shown = true
            FileHandle.standardError.write(
                Data("\r\u{1B}[KRendering pages: \(min(rendered, total)) of \(total)".utf8))
        }
    }

    /// Removes the line, if one was shown.
    func clear() {
        shown.withLock { shown in
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}
