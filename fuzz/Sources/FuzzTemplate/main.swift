import FuzzSupport

/// Checks one input as the page template: loaded, compiled against its context, rendered.
///
/// libFuzzer calls this for every input; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzSite.check(Fuzzer.bytes(data, count), at: "templates/page.mustache")
    return 0
}

Fuzzer.run(fuzzOne)
