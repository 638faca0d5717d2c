import FuzzSupport

/// Checks one input: the body of one chart block on an analysis.
///
/// libFuzzer calls this for every input; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let page = Array("---\ntitle: Chart\ndate: 2026-01-01\nsummary: S\n---\n```chart\n".utf8)
    FuzzSite.check(
        page + Fuzzer.bytes(data, count) + Array("\n```\n".utf8), at: "content/analyses/chart.md")
    return 0
}

Fuzzer.run(fuzzOne)
