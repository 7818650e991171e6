import Foundation
import Testing

/// The workspace writes finished import plans and imports no reader (DESIGN.md, issue 14):
/// no source file of TrustNetStore imports TrustNetIO, and its target does not depend on it.
@Suite struct WorkspaceDependencyTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func workspaceImportsNoReader() throws {
        let folder = Self.repository.appendingPathComponent("Sources/TrustNetStore")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.contains("Workspace+Import.swift"))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") }.map { String($0.dropFirst(7)) }
            #expect(Set(imports).isSubset(of: ["Foundation", "GRDB", "TrustNet", "Crypto"]), "\(file): \(imports)")
        }
        let package = try String(contentsOf: Self.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try #require(package.range(of: "name: \"TrustNetStore\",\n            dependencies: ["))
        let dependencies = package[target.upperBound...].prefix { $0 != "]" }
        #expect(!dependencies.contains("TrustNetIO") && dependencies.contains("GRDB") && dependencies.contains("Crypto"))
    }
}
