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
