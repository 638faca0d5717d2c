import FuzzSupport

/// Checks one input: a YAML data file, as a dataset and as the deal data's `deals.yaml`.
///
/// libFuzzer calls this for every input; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzData.load(Fuzzer.bytes(data, count), as: "fuzz.yaml", replacing: "deals.yaml")
    return 0
}

Fuzzer.run(fuzzOne)
