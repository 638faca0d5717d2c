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
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libcmark, found through pkg-config; the only C in the package.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The Markdown wrapper: the only target that sees C types.
        .target(
            name: "SitegenMarkdown",
            dependencies: ["CCmark"],
            swiftSettings: swiftSettings
        ),
        // Build-time SVG charts: pure Swift, no dependencies.
        .target(
            name: "SitegenCharts",
            swiftSettings: swiftSettings
        ),
        // Datasets with source positions, the typed deal model, exact money and figures.
        .target(
            name: "SitegenData",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // The content pipeline: config, content, pages, templates, output.
        .target(
            name: "SitegenCore",
            dependencies: [
                "SitegenMarkdown",
                "SitegenCharts",
                "SitegenData",
            ],
            swiftSettings: swiftSettings
        ),
        // The command line: argument-parser commands only.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Helpers shared by the test targets: golden files, inline site fixtures, temp folders.
        .target(
            name: "SitegenTestSupport",
            dependencies: ["SitegenCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenMarkdownTests",
            dependencies: ["SitegenMarkdown", "SitegenTestSupport"],
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
            dependencies: ["SitegenData", "SitegenTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore", "SitegenCharts", "SitegenTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SitegenCLITests",
            dependencies: ["sitegen", "SitegenTestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
