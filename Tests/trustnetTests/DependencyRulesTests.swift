import Foundation
import Testing
import TrustNetTestSupport

/// The dependency rules of DESIGN.md, read off the sources: every arrow points one way, and no
/// front end computes an answer of its own.
@Suite struct DependencyRulesTests {
    static let sources = CLIRunner.repository.appendingPathComponent("Sources")

    /// Every Swift file of a target with its text.
    static func files(of target: String) throws -> [(name: String, text: String)] {
        let folder = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            files.append((url.path.replacingOccurrences(of: sources.path + "/", with: ""), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func imports(_ text: String) -> Set<String> {
        Set(
            text.split(separator: "\n").compactMap { line in
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") }) else { return nil }
                return String(words[i + 1])
            })
    }

    @Test func exactlyOneFileImportsGraphviz() throws {
        let all = try ["TrustNet", "TrustNetAnalysis", "TrustNetIO", "TrustNetStore", "TrustNetGraphviz", "TrustNetReport", "trustnet"].flatMap(Self.files)
        #expect(all.count > 50)
        #expect(all.filter { Self.imports($0.text).contains("CGraphviz") }.map(\.name) == ["TrustNetGraphviz/GraphvizRenderer.swift"])
    }

    @Test func theCoreAndTheAnalysisLayerImportOnlyWhatTheyMay() throws {
        // No Foundation in the core; the C library only for sched_yield in the worker loops.
        for (name, text) in try Self.files(of: "TrustNet") {
            #expect(Self.imports(text).isSubset(of: ["Synchronization", "Dispatch", "RealModule", "Numerics", "Glibc", "Darwin"]), "\(name)")
        }
        let analysis = try Self.files(of: "TrustNetAnalysis")
        #expect(!analysis.isEmpty)
        for (name, text) in analysis { #expect(Self.imports(text).isSubset(of: ["TrustNet"]), "\(name)") }
    }

    @Test func theWorkspaceImportsNoReader() throws {
        let store = try Self.files(of: "TrustNetStore")
        #expect(!store.isEmpty)
        for (name, text) in store { #expect(!Self.imports(text).contains("TrustNetIO"), "\(name)") }
    }

    /// The command line and the report ask the analysis layer; they build none of the
    /// leader's answers from the core's algorithms themselves.
    @Test func frontEndsComputeNoAnswerOfTheirOwn() throws {
        let answers = [
            "InformalAuthority(", "CoalitionSuggestion.suggest(", "Premortem(network", "OnRamp.onRamps(", "Growth(terms", ".simulateSpread(", "CoalitionReach(network",
            "CoalitionReach(graph", "ListeningCampaign(", "LateralIntroduction.suggest(", ".backtestSpread(",
        ]
        for target in ["trustnet", "TrustNetReport", "TrustNetServer"] {
            let files = try Self.files(of: target)
            #expect(!files.isEmpty)
            for (name, text) in files {
                for call in answers { #expect(!text.contains(call), "\(name) calls \(call)") }
            }
        }
    }
}
