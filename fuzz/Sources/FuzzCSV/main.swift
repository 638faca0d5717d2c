import FuzzSupport

/// Checks one input: a CSV data file, as a dataset and as the deal data's `capex.csv`.
///
/// libFuzzer calls this for every input; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzData.load(Fuzzer.bytes(data, count), as: "fuzz.csv", replacing: "capex.csv")
    return 0
}

Fuzzer.run(fuzzOne)
