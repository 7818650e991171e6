// swift-tools-version:6.0
// TrustNet's benchmarks, a package of their own so the library and its tests never depend on
// them. Run them with `make bench` from the repository root (see README.md here).
import PackageDescription

let package = Package(
    name: "TrustNetBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "TrustNet", path: "..")],
    targets: [
        .executableTarget(
            name: "trustnet-bench",
            dependencies: [.product(name: "TrustNet", package: "TrustNet")]
        )
    ]
)
