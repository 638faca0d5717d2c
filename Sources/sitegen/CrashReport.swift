#if canImport(Glibc)
    import Glibc
#endif

/// Makes a crash loud: a fatal signal prints what happened and what is safe before the
/// process dies with the signal as it would have.
///
/// A trap or a stack overflow otherwise ends sitegen with status 132, 134 or 139 and
/// nothing said. The handler writes one fixed message with `write(2)` (the only output that
/// is safe in a signal handler), then restores the handler that was there before (Swift's
/// backtracer, or the default) and raises the signal again for it.
///
/// The alternate stack it runs on after a stack overflow is per thread, and only the
/// installing thread has one: an overflow on another worker thread dies without the
/// message, which is why templates and Markdown have depth limits in the first place.
enum CrashReport {
    /// The C `struct sigaction` (its name alone means the function in an expression).
    private typealias SignalAction = sigaction

    /// The signals a crash raises.
    private static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// The handlers that were installed before, by signal number; written once by
    /// ``install()`` before any handler can run, read only by the handler.
    nonisolated(unsafe) private static var previous = [SignalAction](
        repeating: SignalAction(), count: 65)

    /// The message, as bytes; ``install()`` makes it, so the handler never runs a lazy
    /// initializer (which is not safe in a signal handler).
    private static let message: [UInt8] = Array(
        """

        sitegen crashed: this is a bug in sitegen, not in your site. The previous output is \
        untouched; the next build removes the unfinished staging folder. Please report it \
        with the input that caused it.

        """.utf8)

    /// The stack the handler runs on, kept for the life of the process.
    nonisolated(unsafe) private static var alternateStack: UnsafeMutableRawPointer?

    /// Installs the handler for every crash signal; call once, first thing.
    static func install() {
        _ = message.count
        // Keep a stack that is already there (AddressSanitizer's, say, which it frees itself).
        var current = stack_t()
        sigaltstack(nil, &current)
        if current.ss_flags & Int32(SS_DISABLE) != 0 {
            let stackSize = 64 * 1024
            let memory =
                alternateStack
                ?? UnsafeMutableRawPointer.allocate(byteCount: stackSize, alignment: 16)
            alternateStack = memory
            var stack = stack_t()
            stack.ss_sp = memory
            stack.ss_size = stackSize
            sigaltstack(&stack, nil)
        }
        for signal in signals {
            var action = SignalAction()
            action.__sigaction_handler.sa_handler = { signal in
                CrashReport.message.withUnsafeBytes { bytes in
                    _ = write(2, bytes.baseAddress, bytes.count)
                }
                var earlier = CrashReport.previous[Int(signal)]
                sigaction(signal, &earlier, nil)
                // Delivered to the earlier handler as soon as this one returns.
                raise(signal)
            }
            action.sa_flags = SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, &previous[Int(signal)])
        }
    }
}
