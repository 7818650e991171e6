import Foundation
import Synchronization
import Testing
@testable import TrustNet

/// Every long step of ``PersonMeasure/compute(_:on:options:progress:)`` reports its progress:
/// named, never going back, ending at (total, total), and the scores are the same with and
/// without a callback.
@Suite struct MeasureProgressTests {
    /// A seeded random graph with a ring, so PageRank and the other iterations take many steps.
    static func graph(people n: Int = 300, ties: Int = 1_500) -> (Graph, [Int]) {
        var random = SeededGenerator(seed: 17)
        var builder = GraphBuilder(nodeCount: n)
        for v in 0..<n { builder.addTie(from: v, to: (v + 1) % n, weight: 1) }
        for _ in 0..<ties {
            let a = Int.random(in: 0..<n, using: &random)
            let b = (a + Int.random(in: 1..<n, using: &random)) % n
            builder.addTie(from: a, to: b, weight: Double(Int.random(in: 1...4, using: &random)))
        }
        return (builder.build(merging: .sum), (0..<n).map { $0 % 6 })
    }

    @Test(arguments: [nil, 32] as [Int?])
    func everyStepReportsUntilDone(sample: Int?) throws {
        let (graph, units) = Self.graph()
        let options = MeasureOptions(units: units, betweennessSample: sample, harmonicSample: sample, seed: 3)
        let log = StepLog()
        let scores = try PersonMeasure.compute(PersonMeasure.allCases, on: graph, options: options) { label in
            { done, total in log.record(label, done, total) }
        }
        let expected = PersonMeasure.progressLabels(for: PersonMeasure.allCases, options: options, nodeCount: graph.nodeCount)
        #expect(expected == [
            "pagerank", "eigenvector", "hub and authority", sample == nil ? "betweenness" : "betweenness (32 sampled sources)",
        ] + (sample == nil ? [] : ["harmonic (32 sampled sources)"]) + [
            "harmonic, closeness and reach (distances)", "constraint, effective size and hierarchy", "core", "clustering",
            "brokerage roles",
        ])
        // In the order they ran, each one finished before the next began.
        #expect(log.labelsInOrder == expected)
        for label in expected {
            let calls = log.calls(of: label)
            #expect(calls.count >= 2, "\(label): \(calls)")
            #expect(calls.last.map { $0.done == $0.total && $0.total > 0 } == true, "\(label) ends at its total: \(calls.suffix(3))")
            #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.done <= $1.done && $0.total == $1.total }, "\(label) never goes back")
            #expect(calls.dropLast().allSatisfy { $0.done < $0.total }, "\(label) says done only once, at the end")
        }
        // The iterations report shares of 100 on the way, not only the end.
        #expect(log.calls(of: "pagerank").count > 2 && log.calls(of: "pagerank").allSatisfy { $0.total == 100 })
        // The per-person passes report about a hundred times, in people.
        #expect(log.calls(of: "clustering").allSatisfy { $0.total == graph.nodeCount })
        #expect((90...101).contains(log.calls(of: "clustering").count))
        // Reporting changes nothing.
        #expect(scores == (try PersonMeasure.compute(PersonMeasure.allCases, on: graph, options: options)))
    }

    /// Only the steps of the measures asked for report.
    @Test func onlyTheMeasuresAskedForReport() throws {
        let (graph, _) = Self.graph(people: 50, ties: 200)
        let log = StepLog()
        _ = try PersonMeasure.compute([.inDegree, .pagerank, .core], on: graph, options: MeasureOptions()) { label in
            { done, total in log.record(label, done, total) }
        }
        #expect(log.labelsInOrder == ["pagerank", "core"])
        #expect(PersonMeasure.progressLabels(for: [.inDegree, .pagerank, .core], options: MeasureOptions(), nodeCount: graph.nodeCount) == ["pagerank", "core"])
    }

    /// A power iteration's share grows on a log scale of its residual and stops short of 100
    /// until it has settled.
    @Test func convergenceShareReadsTheResidualOnALogScale() {
        let log = StepLog()
        var shown = ConvergenceProgress(target: 1e-10) { done, total in log.record("x", done, total) }
        for exponent in [0, -1.05, -5.05, -9.05, -9.05, -10, -12] { shown.record(residual: pow(10, exponent)) }
        shown.finish()
        // From 1 to 1e-10: 10^-1.05 is a tenth of the way (10.5 %), 10^-5.05 half, 10^-9.05 nine tenths; past the
        // target it stays at 99 until finish().
        #expect(log.calls(of: "x").map(\.done) == [10, 50, 90, 99, 100])
    }
}

/// Records progress calls with their step's name.
final class StepLog: Sendable {
    struct Call: Equatable { var label: String; var done: Int; var total: Int }
    private let entries = Mutex<[Call]>([])

    func record(_ label: String, _ done: Int, _ total: Int) {
        entries.withLock { $0.append(Call(label: label, done: done, total: total)) }
    }

    func calls(of label: String) -> [Call] { entries.withLock { $0.filter { $0.label == label } } }

    /// Each label once, in the order of its first call; a label seen again after another is
    /// listed again.
    var labelsInOrder: [String] {
        entries.withLock { calls in
            var labels: [String] = []
            for call in calls where labels.last != call.label { labels.append(call.label) }
            return labels
        }
    }
}
