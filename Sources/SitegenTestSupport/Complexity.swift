import Foundation

/// How an operation's cost grows with its input, for tests that catch quadratic work
/// without an absolute time limit (which a slow or busy machine would break).
///
/// Each run is timed by the CPU time of the thread it runs on, so other tests running in
/// parallel do not count, and the fastest of several runs is kept. Four times the input
/// should cost about four times as much for linear work (a little more for n log n); a
/// quadratic path costs sixteen times as much. The runs happen on a thread of their own, so
/// that seconds of work never hold up the tasks of other tests (a file watcher's test, say).
public enum Complexity {
    /// The largest growth a test accepts for input four times larger: twice linear, half of
    /// quadratic, so that neither noise nor a quadratic path can pass for the other.
    public static let limit = 8.0

    /// The ratio of the CPU time `body` takes at `size * 4` to the time it takes at `size`,
    /// each the fastest of `repeats` runs, after one run at `size` to warm caches up; and
    /// what the last run at `size * 4` returned, for the test to check.
    public static func growth<Output: Sendable>(
        from size: Int, repeats: Int = 3, _ body: @escaping @Sendable (Int) throws -> Output
    ) async throws -> (ratio: Double, output: Output) {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(
                    with: Result { try measure(from: size, repeats: repeats, body) })
            }.start()
        }
    }

    private static func measure<Output>(
        from size: Int, repeats: Int, _ body: (Int) throws -> Output
    ) throws -> (ratio: Double, output: Output) {
        _ = try body(size)
        var small = Double.infinity
        var large = Double.infinity
        var output: Output?
        for _ in 0..<repeats {
            small = min(small, try threadTime { _ = try body(size) })
            large = min(large, try threadTime { output = try body(size * 4) })
        }
        guard let output else { preconditionFailure("repeats must be at least 1") }
        return (large / max(small, 1e-6), output)
    }

    /// The CPU time, in seconds, this thread spent in `body`.
    private static func threadTime(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
