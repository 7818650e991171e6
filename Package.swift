// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "TrustNet",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TrustNet", targets: ["TrustNet"]),
        .library(name: "TrustNetIO", targets: ["TrustNetIO"]),
        .library(name: "TrustNetAnalysis", targets: ["TrustNetAnalysis"]),
        .library(name: "TrustNetStore", targets: ["TrustNetStore"]),
        .library(name: "TrustNetGraphviz", targets: ["TrustNetGraphviz"]),
        .library(name: "TrustNetReport", targets: ["TrustNetReport"]),
        .executable(name: "trustnet", targets: ["trustnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Model, graph core and measures: pure Swift, no Foundation.
        .target(name: "TrustNet", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        // The application layer: one function per leader's question, with its defaults defined
        // once, returning findings as data; the one wording layer that speaks them.
        .target(name: "TrustNetAnalysis", dependencies: ["TrustNet"]),
        // CSV readers, name matching, planning an import (ImportPlan), diagnostics, exporters;
        // SHA-256 file fingerprints from swift-crypto.
        .target(name: "TrustNetIO", dependencies: ["TrustNet", .product(name: "Crypto", package: "swift-crypto")]),
        // The workspace: a SQLite file through GRDB; writes finished import plans and imports
        // no reader. Pseudonyms are HMAC-SHA-256 from swift-crypto.
        .target(
            name: "TrustNetStore",
            dependencies: ["TrustNet", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Graphviz's C library, as installed on the system.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The only importer of CGraphviz.
        .target(name: "TrustNetGraphviz", dependencies: ["TrustNet", "CGraphviz"]),
        // The self-contained HTML report: templates, styles and scripts are resource files.
        .target(
            name: "TrustNetReport",
            dependencies: [
                "TrustNet", "TrustNetAnalysis", "TrustNetIO", "TrustNetGraphviz", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        // `trustnet serve`: the workspace in a browser. Routes, session, pages and /api over the
        // analysis layer; it computes no answer of its own.
        .target(
            name: "TrustNetServer",
            dependencies: [
                "TrustNet", "TrustNetAnalysis", "TrustNetIO", "TrustNetStore", "TrustNetGraphviz", "TrustNetReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "trustnet",
            dependencies: [
                "TrustNet", "TrustNetAnalysis", "TrustNetIO", "TrustNetStore", "TrustNetGraphviz", "TrustNetReport", "TrustNetServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TrustNetTests", dependencies: ["TrustNet", "TrustNetAnalysis"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TrustNetAnalysisTests", dependencies: ["TrustNetAnalysis", "TrustNet"]),
        .testTarget(name: "TrustNetIOTests", dependencies: ["TrustNetIO"]),
        .testTarget(
            name: "TrustNetStoreTests", dependencies: ["TrustNetStore", "TrustNetIO", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]),
        .testTarget(name: "TrustNetGraphvizTests", dependencies: ["TrustNetGraphviz"], exclude: ["Golden"]),
        .testTarget(name: "TrustNetReportTests", dependencies: ["TrustNetReport", "TrustNetAnalysis", "TrustNet", "TrustNetIO"]),
        // What the command-line and server tests share: running the built `trustnet` (CLIRunner).
        .target(name: "TrustNetTestSupport", path: "Tests/TrustNetTestSupport"),
        .testTarget(name: "trustnetTests", dependencies: ["trustnet", "TrustNetTestSupport"]),
        .testTarget(
            name: "TrustNetServerTests",
            dependencies: [
                "TrustNetServer", "TrustNetStore", "TrustNetIO", "TrustNetAnalysis", "TrustNetReport", "TrustNet", "trustnet", "TrustNetTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
