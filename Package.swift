// swift-tools-version:6.0
import PackageDescription

/// One set of Swift settings for every target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Zitat",
    products: [
        .executable(name: "zitat", targets: ["ZitatCLI"]),
        .library(name: "Zitat", targets: ["Zitat"]),
        .library(name: "ZitatReports", targets: ["ZitatReports"]),
        .library(name: "ZitatEval", targets: ["ZitatEval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The system ICU (Debian: libicu-dev), found through pkg-config.
        .systemLibrary(
            name: "CICU",
            path: "Sources/CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]
        ),
        // Plain C wrappers over ICU whose header exposes no ICU types, so Swift code that
        // imports Foundation (which carries its own ICU headers) can call them.
        .target(
            name: "ICUBreak",
            dependencies: ["CICU"],
            path: "Sources/ICUBreak",
            // Regular expressions live in ICU's i18n library, which pkg-config's icu-uc leaves out.
            linkerSettings: [.linkedLibrary("icui18n")]
        ),
        .target(
            name: "Zitat",
            dependencies: ["ICUBreak", "Yams"],
            path: "Sources/Zitat",
            // The example article is compiled in (Text/EmbeddedExample.swift), not a resource bundle,
            // which would not travel with a copied binary.
            exclude: ["Resources"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ZitatReports",
            dependencies: ["Zitat"],
            path: "Sources/ZitatReports",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ZitatEval",
            dependencies: ["Zitat"],
            path: "Sources/ZitatEval",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ZitatCLI",
            dependencies: [
                "Zitat", "ZitatReports", "ZitatEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/zitat",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ZitatTests",
            dependencies: ["Zitat", "ZitatReports"],
            path: "Tests/ZitatTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ZitatReportsTests",
            dependencies: ["ZitatReports", "Zitat"],
            path: "Tests/ZitatReportsTests",
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ZitatEvalTests",
            dependencies: ["ZitatEval", "Zitat"],
            path: "Tests/ZitatEvalTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ZitatCLITests",
            dependencies: ["ZitatCLI"],
            path: "Tests/ZitatCLITests",
            swiftSettings: swiftSettings
        ),
    ]
)

// A libFuzzer target over decoding, analysis and every output (Sources/ZitatFuzz). Only
// reports/scripts/fuzz.sh builds it (ZITAT_FUZZ=1, -sanitize=fuzzer,address, its own build path),
// so a normal `swift build` neither compiles nor links it.
if Context.environment["ZITAT_FUZZ"] == "1" {
    package.products.append(.executable(name: "zitat-fuzz", targets: ["ZitatFuzz"]))
    package.targets.append(.executableTarget(
        name: "ZitatFuzz",
        dependencies: ["Zitat", "ZitatReports"],
        path: "Sources/ZitatFuzz",
        swiftSettings: swiftSettings
    ))
}
