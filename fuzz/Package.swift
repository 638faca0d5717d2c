// swift-tools-version:6.0
import PackageDescription

/// One fuzz target per input sitegen reads; each is an executable linked with libFuzzer
/// (`-sanitize=fuzzer,address`), built and run by `make fuzz` through `fuzz/run.sh`.
let targets = ["FuzzPage", "FuzzChart", "FuzzTemplate", "FuzzYAML", "FuzzJSON", "FuzzCSV"]

let package = Package(
    name: "sitegen-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "sitegen", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "SitegenLibraries", package: "sitegen")])
    ]
        + targets.map { .executableTarget(name: $0, dependencies: ["FuzzSupport"]) }
)
