import FuzzSupport

/// Checks one input: a JSON data file, as a dataset.
///
/// libFuzzer calls this for every input; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzData.load(Fuzzer.bytes(data, count), as: "fuzz.json")
    return 0
}

Fuzzer.run(fuzzOne)
