#!/usr/bin/env python3
"""Reference values from NetworkX for TrustNet's measure tests.

Run from the repository root:  python3 Tests/TrustNetTests/Fixtures/make_fixtures.py
Writes Tests/TrustNetTests/Fixtures/centrality-networkx.json. The tests read that file and
never need Python. Produced with networkx 3.6.1.

Graphs (node i = person id i+1 in the datasets):
- krackhardt-advice: Datasets/krackhardt_hightech, relation advice (21 people, 190 ties), weight 1.
- krackhardt-advice-weighted: the same ties, weight = 1 + ((source*7 + target*3) % 5) with
  source/target the 1-based ids (a deterministic spread of strengths 1..5).
- kapferer-instrumental-2: Datasets/kapferer_tailor_shop, instrumental ties at wave 2
  (39 people, 147 ties, two isolates).
- hand: the 6-node graph drawn in Tests/TrustNetTests/Centrality/HandGraph.swift, with an
  isolate (5) and a dangling node (3).
"""
import csv
import json
import os

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "Tests", "TrustNetTests", "Fixtures", "centrality-networkx.json")


def dataset_edges(folder, relation, wave, weight=lambda s, t: 1):
    path = os.path.join(ROOT, "Datasets", folder, "ties.csv")
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["relation"] == relation and r["wave"] == str(wave)]
    return [(int(r["source"]) - 1, int(r["target"]) - 1, float(weight(int(r["source"]), int(r["target"])))) for r in rows]


def people_count(folder):
    with open(os.path.join(ROOT, "Datasets", folder, "people.csv"), newline="") as f:
        return sum(1 for _ in csv.DictReader(f))


HAND_EDGES = [(0, 1, 2.0), (0, 2, 1.0), (1, 2, 1.0), (2, 0, 3.0), (2, 3, 1.0), (4, 2, 2.0), (1, 4, 1.0)]


def measures(n, edges):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for s, t, w in edges:
        g.add_edge(s, t, weight=w, dist=1.0 / w)
    nodes = list(range(n))
    pr = nx.pagerank(g, alpha=0.85, tol=1e-13, max_iter=10000, weight="weight")
    b_hops = nx.betweenness_centrality(g, normalized=False, weight=None)
    b_cost = nx.betweenness_centrality(g, normalized=False, weight="dist")
    b_norm = nx.betweenness_centrality(g, normalized=True, weight=None)
    h_hops = nx.harmonic_centrality(g)
    h_cost = nx.harmonic_centrality(g, distance="dist")
    return {
        "nodes": n,
        "edges": [[s, t, w] for s, t, w in edges],
        "in_degree": [g.in_degree(v) for v in nodes],
        "out_degree": [g.out_degree(v) for v in nodes],
        "in_strength": [g.in_degree(v, weight="weight") for v in nodes],
        "out_strength": [g.out_degree(v, weight="weight") for v in nodes],
        "pagerank": [pr[v] for v in nodes],
        "betweenness_hops": [b_hops[v] for v in nodes],
        "betweenness_inverse_strength": [b_cost[v] for v in nodes],
        "betweenness_hops_normalized": [b_norm[v] for v in nodes],
        "harmonic_hops": [h_hops[v] for v in nodes],
        "harmonic_inverse_strength": [h_cost[v] for v in nodes],
    }


def main():
    graphs = {
        "krackhardt-advice": measures(21, dataset_edges("krackhardt_hightech", "advice", 1)),
        "krackhardt-advice-weighted": measures(
            21, dataset_edges("krackhardt_hightech", "advice", 1, lambda s, t: 1 + ((s * 7 + t * 3) % 5))
        ),
        "kapferer-instrumental-2": measures(
            people_count("kapferer_tailor_shop"), dataset_edges("kapferer_tailor_shop", "instrumental", 2)
        ),
        "hand": measures(6, HAND_EDGES),
    }
    with open(OUT, "w") as f:
        json.dump({"networkx": nx.__version__, "graphs": graphs}, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
