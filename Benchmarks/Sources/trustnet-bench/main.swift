// Times TrustNet's measures on one benchmark graph and prints one JSON object per line:
//   {"tool": "trustnet", "graph": NAME, "computation": KEY, "seconds": BEST, "runs": R}
// and finally {"tool": "trustnet", "graph": NAME, "computation": "peak_memory_mb", ...}.
//
//   trustnet-bench GRAPHS_DIR NAME
//
// Best of at least 3 runs after a warm-up, repeated until the runs take 0.2 s (at most 1,000;
// one run when a computation takes over 10 s), in-process, load time reported separately —
// the same protocol as Benchmarks/peers.py.
import Foundation
import TrustNet

func readGraph(_ path: String) -> Graph {
    let data = FileManager.default.contents(atPath: path)!
    var ties: [(Int, Int, Double)] = []
    var fields = [0, 0, 0]
    var field = 0, value = 0, header = true
    for byte in data {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: ","):
            fields[field] = value; field += 1; value = 0
        case UInt8(ascii: "\n"):
            fields[field] = value
            if !header { ties.append((fields[0], fields[1], Double(fields[2]))) }
            header = false; field = 0; value = 0
        default:
            break
        }
    }
    let n = (ties.map { max($0.0, $0.1) }.max() ?? -1) + 1
    var builder = GraphBuilder(nodeCount: n)
    builder.reserveCapacity(ties.count)
    for (s, t, w) in ties { builder.addTie(from: s, to: t, weight: w) }
    return builder.build()
}

/// Times `body`: one warm-up run, then at least 3 runs and as many more as fit in
/// ``minimumTotal`` seconds (at most 1,000), returning the best. A computation whose warm-up
/// takes over 10 s runs once. Sub-millisecond computations thus run hundreds of times, so
/// their best is not one lucky or unlucky scheduling of three runs.
func time(_ body: () throws -> Void) rethrows -> (best: Double, runs: Int) {
    let clock = ContinuousClock()
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    let first = seconds(try clock.measure(body))
    if first > 10 { return (first, 1) }
    var best = Double.infinity, total = 0.0, runs = 0
    while runs < 3 || (total < minimumTotal && runs < 1_000) {
        let d = seconds(try clock.measure(body))
        best = min(best, d)
        total += d
        runs += 1
    }
    return (best, runs)
}

/// How long the repeated runs of one computation take at least (see ``time(_:)``).
let minimumTotal = 0.2

func report(_ graph: String, _ computation: String, _ seconds: Double, runs: Int) {
    print(#"{"tool": "trustnet", "graph": "\#(graph)", "computation": "\#(computation)", "seconds": \#(seconds), "runs": \#(runs)}"#)
    fflush(nil)
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(0, &usage)  // RUSAGE_SELF on Linux and macOS
    #if os(Linux)
    return Double(usage.ru_maxrss) / 1024
    #else
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

func benchmark() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
        FileHandle.standardError.write(Data("usage: trustnet-bench GRAPHS_DIR school|district|state\n".utf8))
        exit(2)
    }
    let name = arguments[2]
    let path = (arguments[1] as NSString).appendingPathComponent("\(name).csv")
    var graph = readGraph(path)
    let load = time { graph = readGraph(path) }
    report(name, "load", load.best, runs: load.runs)
    let large = graph.nodeCount > 20_000

    var sink = 0.0
    // BENCH_ONLY=betweenness_weighted,core times only those computations (and the load).
    let only = (ProcessInfo.processInfo.environment["BENCH_ONLY"] ?? "").split(separator: ",").map(String.init)
    func run(_ key: String, _ body: () throws -> NodeScores) rethrows {
        guard only.isEmpty || only.contains(key) else { return }
        let t = try time { sink += try body().values.first ?? 0 }
        report(name, key, t.best, runs: t.runs)
    }

    try run("pagerank") { try graph.pageRank() }
    try run("eigenvector") { try graph.eigenvectorCentrality() }
    if !large {
        run("betweenness") { graph.betweenness() }
        run("betweenness_weighted") { graph.betweenness(cost: .inverseStrength) }
    }
    run("harmonic") { graph.harmonicCloseness() }
    run("closeness") { graph.closeness() }
    run("reach_2") { graph.reach(withinSteps: 2) }
    run("core") { graph.coreNumbers() }
    run("leiden") { NodeScores(graph.leidenCommunities(seed: 1).membership.map(Double.init)) }
    run("betweenness_sampled_256") {
        var generator = SeededGenerator(seed: 1)
        return graph.sampledBetweenness(sampleSize: 256, using: &generator)
    }
    print(#"{"tool": "trustnet", "graph": "\#(name)", "computation": "peak_memory_mb", "seconds": \#(peakMemoryMB()), "runs": 1}"#)
    if sink.isNaN { print("") }
}

try benchmark()
