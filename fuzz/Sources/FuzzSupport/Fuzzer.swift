import Foundation

/// libFuzzer's entry point for a program with its own `main` (SwiftPM links every executable
/// with `main` bound to the module's top-level code, so libFuzzer's `main` cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with this process's arguments, feeding each input to a fuzz target.
public enum Fuzzer {
    /// Runs libFuzzer until it stops and exits with its status.
    ///
    /// libFuzzer stops at a finding, after `-runs` inputs or `-max_total_time` seconds.
    /// `target` must not capture anything: libFuzzer calls it as a C function.
    public static func run(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt)
        -> Never
    {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, target))
    }

    /// The input libFuzzer passed, as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }
}
