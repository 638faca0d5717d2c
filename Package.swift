// swift-tools-version:6.0
import PackageDescription

/// One set of compiler settings, applied to every Swift target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        // The libraries, for the fuzz targets in fuzz/ (a package of their own, so that
        // `swift test` never builds them).
        .library(
            name: "SitegenLibraries",
            targets: [
                "SitegenCore", "SitegenData", "SitegenDeals", "SitegenCharts", "SitegenMarkdown",
                "SitegenSupport",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The preview server's HTTP and WebSocket layer: small, no SwiftNIO, about 20 s to
        // build on 2 cores (Hummingbird 2 takes minutes).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        // libcmark, found through pkg-config; the only C in the package.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The shared leaf: source positions, suggestions, slugs and escaping; no dependencies.
        .target(
            name: "SitegenSupport",
            swiftSettings: swiftSettings
        ),
        // The Markdown wrapper: the only target that sees C types.
        .target(
            name: "SitegenMarkdown",
            dependencies: ["CCmark", "SitegenSupport"],
            swiftSettings: swiftSettings
        ),
        // Build-time SVG charts: pure Swift, only the shared leaf.
        .target(
            name: "SitegenCharts",
            dependencies: ["SitegenSupport"],
            swiftSettings: swiftSettings
        ),
        // Datasets with source positions: loaders, plain datasets, tables, exact quantities.
        .target(
            name: "SitegenData",
            dependencies: ["SitegenSupport", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // The AI-deals domain: deals, companies, capex, sources, metrics and figures.
        .target(
            name: "SitegenDeals",
            dependencies: ["SitegenData", "SitegenSupport"],
            swiftSettings: swiftSettings
        ),
        // The content pipeline: config, content, pages, templates, output.
        .target(
            name: "SitegenCore",
            dependencies: [
                "SitegenMarkdown",
                "SitegenCharts",
                "SitegenData",
                "SitegenDeals",
                "SitegenSupport",
            ],
            swiftSettings: swiftSettings
        ),
        // The preview server: serving a session's site over HTTP, watching the sources, and
        // telling browsers to reload.
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command line: argument-parser commands only.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenServe",
                "SitegenSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Helpers shared by the test targets: golden files, inline site fixtures, temp folders,
        // thrown errors, and fixtures as in-memory file systems (so it imports SitegenCore).
        .target(
            name: "SitegenTestSupport",
            dependencies: ["SitegenCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenSupportTests",
            dependencies: ["SitegenSupport", "SitegenTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenMarkdownTests",
            dependencies: ["SitegenMarkdown", "SitegenSupport", "SitegenTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenChartsTests",
            dependencies: ["SitegenCharts", "SitegenTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenDataTests",
            dependencies: ["SitegenData", "SitegenSupport", "SitegenTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenDealsTests",
            dependencies: ["SitegenDeals", "SitegenData", "SitegenSupport", "SitegenTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore", "SitegenCharts", "SitegenTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenServeTests",
            dependencies: [
                "SitegenServe", "SitegenCore", "SitegenTestSupport",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenCLITests",
            dependencies: ["sitegen", "SitegenTestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
