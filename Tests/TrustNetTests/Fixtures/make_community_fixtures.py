#!/usr/bin/env python3
"""Reference values from NetworkX and igraph for TrustNet's community tests.

Run from the repository root, in a virtual environment with networkx and igraph:
    python3 -m venv /tmp/leidenvenv && /tmp/leidenvenv/bin/pip install networkx igraph
    /tmp/leidenvenv/bin/python Tests/TrustNetTests/Fixtures/make_community_fixtures.py
Writes Tests/TrustNetTests/Fixtures/communities-reference.json. The tests read that file and
never need Python. Produced with networkx 3.6.1 and igraph 1.0.0.

Every graph is stored as the ties TrustNet builds (`edges`: [source, target, weight], node
indices from 0); TrustNet's measures read the undirected view of those ties, where {u, v} weighs
w(u→v) + w(v→u). The script builds the same view for NetworkX and igraph (an undirected graph
with summed weights), so every number below is about that view.

Graphs:
- karate: Zachary's karate club as NetworkX ships it (34 people, 78 ties), every weight 1.
- karate-weighted: the same ties with NetworkX's `weight` attribute (interaction counts).
- krackhardt-advice: Datasets/krackhardt_hightech, relation advice, wave 1 (21 people, 190
  directed ties; the undirected view weighs 2 where advice goes both ways).
- planted: a planted-partition graph, 8 groups of 25, p_in 0.3, p_out 0.01, NetworkX seed
  20240611, weights uniform in 1..5 from Python's `random.Random(20240611)`.

Per graph:
- partitions: named membership vectors (the club split, the departments, the planted groups,
  igraph's best Leiden partition, all singletons, everyone together) with NetworkX's
  `community.modularity(G, communities, weight="weight", resolution=γ)` for γ = 0.5, 1, 2.
- leiden: igraph `community_leiden(objective_function="modularity", weights="weight",
  n_iterations=-1)` run with Python's `random.seed(s)` for s = 1..20 (igraph draws from Python's
  `random`); the modularity of each run, the best one, its seed and membership.
- nmi: igraph `compare_communities(a, b, method="nmi")` for pairs of the partitions above.
"""
import csv
import json
import os
import random

import igraph as ig
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "Tests", "TrustNetTests", "Fixtures", "communities-reference.json")
RESOLUTIONS = ["0.5", "1", "2"]
SEEDS = range(1, 21)


def karate(weighted):
    g = nx.karate_club_graph()
    edges = [(u, v, float(d["weight"]) if weighted else 1.0) for u, v, d in g.edges(data=True)]
    club = [0 if g.nodes[v]["club"] == "Mr. Hi" else 1 for v in range(g.number_of_nodes())]
    return g.number_of_nodes(), edges, {"club": club}


def krackhardt_advice():
    with open(os.path.join(ROOT, "Datasets", "krackhardt_hightech", "ties.csv"), newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["relation"] == "advice" and r["wave"] == "1"]
    edges = [(int(r["source"]) - 1, int(r["target"]) - 1, float(r["weight"])) for r in rows]
    with open(os.path.join(ROOT, "Datasets", "krackhardt_hightech", "people.csv"), newline="") as f:
        dept = [int(r["dept"]) for r in csv.DictReader(f)]
    return len(dept), edges, {"department": dept}


def planted():
    groups, size = 8, 25
    g = nx.planted_partition_graph(groups, size, 0.3, 0.01, seed=20240611)
    rng = random.Random(20240611)
    edges = [(u, v, float(rng.randint(1, 5))) for u, v in sorted(g.edges())]
    return groups * size, edges, {"planted": [v // size for v in range(groups * size)]}


def undirected_view(n, edges):
    """{u, v} weighs the sum of the ties' weights in both directions, as Graph.undirected."""
    summed = {}
    for s, t, w in edges:
        if s == t:
            continue
        key = (min(s, t), max(s, t))
        summed[key] = summed.get(key, 0.0) + w
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for (u, v), w in sorted(summed.items()):
        g.add_edge(u, v, weight=w)
    return g


def blocks(membership):
    groups = {}
    for v, c in enumerate(membership):
        groups.setdefault(c, set()).add(v)
    return list(groups.values())


def reference(n, edges, given):
    g = undirected_view(n, edges)
    ig_graph = ig.Graph(n=n, edges=[(u, v) for u, v in g.edges()], directed=False)
    ig_graph.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]

    runs = []
    for seed in SEEDS:
        random.seed(seed)
        clustering = ig_graph.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        q = nx.community.modularity(g, blocks(clustering.membership), weight="weight")
        runs.append((q, seed, clustering.membership))
    best_q, best_seed, best_membership = max(runs, key=lambda r: (r[0], -r[1]))

    partitions = dict(given)
    partitions["igraph-leiden-best"] = best_membership
    partitions["singletons"] = list(range(n))
    partitions["together"] = [0] * n

    table = []
    for name, membership in partitions.items():
        table.append({
            "name": name,
            "membership": membership,
            "modularity": {
                r: nx.community.modularity(g, blocks(membership), weight="weight", resolution=float(r))
                for r in RESOLUTIONS
            },
        })

    nmi = []
    names = list(partitions)
    for i, a in enumerate(names):
        for b in names[i:]:
            value = ig.compare_communities(partitions[a], partitions[b], method="nmi")
            nmi.append({"a": a, "b": b, "value": value})

    return {
        "nodes": n,
        "edges": [[s, t, w] for s, t, w in edges],
        "partitions": table,
        "leiden": {
            "modularity_by_seed": [q for q, _, _ in runs],
            "best_modularity": best_q,
            "best_seed": best_seed,
            "best_membership": best_membership,
        },
        "nmi": nmi,
    }


def main():
    graphs = {
        "karate": reference(*karate(weighted=False)),
        "karate-weighted": reference(*karate(weighted=True)),
        "krackhardt-advice": reference(*krackhardt_advice()),
        "planted": reference(*planted()),
    }
    with open(OUT, "w") as f:
        json.dump({"networkx": nx.__version__, "igraph": ig.__version__, "graphs": graphs}, f, indent=1, sort_keys=True)
        f.write("\n")
    for name, r in graphs.items():
        print(f"{name}: {r['nodes']} nodes, {len(r['edges'])} ties, igraph Leiden best Q = {r['leiden']['best_modularity']:.6f}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
