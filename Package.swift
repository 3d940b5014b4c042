// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Translint",
    products: [
        .library(name: "Translint", targets: ["Translint"]),
        .executable(name: "translint", targets: ["TranslintCLI"]),
        .executable(name: "translint-benchmarks", targets: ["TranslintBenchmarks"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "Translint",
            // Scripts/ holds the Python generators of Resources/ (not built, not shipped).
            exclude: ["Scripts"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "TranslintCLI",
            dependencies: ["Translint"]
        ),
        .executableTarget(
            name: "TranslintBenchmarks",
            dependencies: ["Translint"],
            path: "Benchmarks/Throughput"
        ),
        .testTarget(
            name: "TranslintTests",
            dependencies: ["Translint"],
            // Test data read through #filePath (the SARIF schema), not bundled.
            exclude: ["Reporting/Resources"]
        ),
        .testTarget(
            name: "TranslintCLITests",
            dependencies: ["TranslintCLI"]
        ),
    ]
)
