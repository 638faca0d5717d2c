import FuzzSupport

/// Checks one input as an analysis: front matter, Markdown, figures and charts.
///
/// libFuzzer calls this for every input; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzSite.check(Fuzzer.bytes(data, count), at: "content/analyses/fuzz.md")
    return 0
}

Fuzzer.run(fuzzOne)
