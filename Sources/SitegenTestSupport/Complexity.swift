#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How an operation's cost grows with its input, for tests that catch quadratic work
/// without an absolute time limit (which a slow or busy machine would break).
///
/// Each run is timed by the CPU time of the calling thread, so other tests running in
/// parallel do not count, and the fastest of several runs is kept. Four times the input
/// should cost about four times as much for linear work (a little more for n log n); a
/// quadratic path costs sixteen times as much.
public enum Complexity {
    /// The largest growth a test accepts for input four times larger: twice linear, half of
    /// quadratic, so that neither noise nor a quadratic path can pass for the other.
    public static let limit = 8.0

    /// The ratio of the CPU time `body` takes at `size * 4` to the time it takes at `size`,
    /// each the fastest of `repeats` runs, after one run at `size` to warm caches up.
    public static func growth(
        from size: Int, repeats: Int = 3, _ body: (Int) throws -> Void
    ) rethrows -> Double {
        try body(size)
        var small = Double.infinity
        var large = Double.infinity
        for _ in 0..<repeats {
            small = min(small, try threadTime { try body(size) })
            large = min(large, try threadTime { try body(size * 4) })
        }
        return large / max(small, 1e-6)
    }

    /// The CPU time, in seconds, this thread spent in `body`.
    public static func threadTime(_ body: () throws -> Void) rethrows -> Double {
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
