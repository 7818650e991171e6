#!/usr/bin/env python3
"""Reads the JSON lines of trustnet-bench and peers.py and prints the comparison table.

    python3 compare.py RESULTS.jsonl [OUT.md]

For each graph and computation: each tool's time, the fastest peer, and TrustNet's time as a
ratio of it (below 1 = TrustNet faster). Then the targets of issues 4 and 17 with pass/fail. Writes
the same tables as Markdown to OUT.md when given.
"""
import json
import sys
from collections import defaultdict

PEERS = ["igraph", "networkit", "networkx"]
LABELS = {
    "load": "load CSV into a graph",
    "pagerank": "PageRank (α 0.85, weighted)",
    "eigenvector": "eigenvector (undirected weighted)",
    "betweenness": "betweenness, exact, hops",
    "betweenness_weighted": "betweenness, exact, 1/weight",
    "harmonic": "harmonic closeness (incoming, hops)",
    "closeness": "closeness (incoming, hops)",
    "reach_2": "reach within 2 steps",
    "core": "k-core numbers",
    "leiden": "Leiden (modularity)",
    "louvain": "Louvain (NetworkX)",
    "betweenness_sampled_256": "betweenness, 256 sampled sources",
}
# (graph, computation, limit, against): TrustNet's time at most limit × the peer's
# ("fastest" = the fastest peer measured in this run).
TARGETS = [
    ("district", "betweenness", 0.5, "fastest"),
    ("district", "pagerank", 1.0, "fastest"),
    ("district", "leiden", 1.0, "fastest"),
    ("district", "harmonic", 0.1, "fastest"),
    ("district", "closeness", 0.1, "fastest"),
    ("district", "reach_2", 0.1, "fastest"),
    ("state", "harmonic", 0.05, "igraph"),
    ("state", "betweenness_sampled_256", 1.0, "fastest"),
    # Issue 17: weighted betweenness against NetworKit (both on two threads), eigenvector and
    # k-core against the fastest peer.
    ("district", "betweenness_weighted", 0.5, "networkit"),
    ("district", "eigenvector", 1.0, "fastest"),
    ("district", "core", 1.0, "fastest"),
    ("state", "eigenvector", 1.0, "fastest"),
    ("state", "core", 1.0, "fastest"),
]


def fmt(seconds):
    if seconds is None:
        return "—"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.3g} ms"


def main():
    times = defaultdict(dict)
    memory = {}
    for line in open(sys.argv[1]):
        line = line.strip()
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        if r["computation"] == "peak_memory_mb":
            memory[r["graph"]] = r["seconds"]
        else:
            times[(r["graph"], r["computation"])][r["tool"]] = r["seconds"]

    out = []
    for graph in ["school", "district", "state"]:
        keys = [c for c in LABELS if (graph, c) in times]
        if not keys:
            continue
        out.append(f"\n### {graph}\n")
        out.append("| computation | TrustNet | igraph | NetworKit | NetworkX | fastest peer | TrustNet ÷ fastest |")
        out.append("|---|---|---|---|---|---|---|")
        for c in keys:
            t = times[(graph, c)]
            peers = {p: t[p] for p in PEERS if p in t}
            fastest = min(peers, key=peers.get) if peers else None
            ratio = f"{t['trustnet'] / peers[fastest]:.3f}×" if fastest and "trustnet" in t else "—"
            out.append(
                f"| {LABELS[c]} | {fmt(t.get('trustnet'))} | {fmt(t.get('igraph'))} | {fmt(t.get('networkit'))} | "
                f"{fmt(t.get('networkx'))} | {fastest or '—'} | {ratio} |"
            )
        if graph in memory:
            out.append(f"\nTrustNet peak memory on {graph} (whole process, all computations): {memory[graph]:.0f} MB")

    out.append("\n### Targets\n")
    out.append("| graph | computation | target | measured | |")
    out.append("|---|---|---|---|---|")
    failed = 0
    for graph, c, limit, against in TARGETS:
        t = times.get((graph, c), {})
        peers = {p: t[p] for p in PEERS if p in t}
        if against != "fastest":
            peers = {against: peers[against]} if against in peers else {}
        if "trustnet" not in t or not peers:
            out.append(f"| {graph} | {LABELS[c]} | ≤ {limit}× {against} | not measured | — |")
            continue
        peer = min(peers, key=peers.get)
        ratio = t["trustnet"] / peers[peer]
        ok = ratio <= limit
        failed += not ok
        out.append(f"| {graph} | {LABELS[c]} | ≤ {limit}× {against} | {ratio:.3f}× {peer} | {'met' if ok else 'MISSED'} |")
    if "state" in memory:
        ok = memory["state"] < 200
        failed += not ok
        out.append(f"| state | peak memory | < 200 MB | {memory['state']:.0f} MB | {'met' if ok else 'MISSED'} |")
    text = "\n".join(out) + "\n"
    print(text)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
