#!/usr/bin/env python3
"""Times igraph, NetworKit and NetworkX on one benchmark graph, as trustnet-bench does.

    python peers.py GRAPHS_DIR NAME

Prints one JSON object per line: {"tool", "graph", "computation", "seconds", "runs"}.
Protocol: the best of at least 3 runs after a warm-up, repeated until the runs take 0.2 s
(at most 1,000), in-process, load timed separately; a computation whose first run takes over
10 s is run once. Computations a library does not have, or that would
take far too long (NetworkX's all-pairs searches on the state graph take hours), are skipped
and not printed. NetworKit runs on all cores, igraph and NetworkX on one.

Conventions match TrustNet's: PageRank alpha 0.85 weighted with dangling mass spread;
eigenvector on the undirected view with summed weights; betweenness raw, hops, or weights as
distances (1/w); harmonic closeness and closeness on incoming distances; reach within 2 steps
(incoming); Leiden for modularity on the undirected weighted view; core numbers on the
undirected simple view; betweenness from 256 sampled sources.
"""
import csv
import json
import os
import random
import sys
import time

TOOL_FILTER = os.environ.get("BENCH_PEERS", "igraph,networkit,networkx").split(",")
# BENCH_ONLY=betweenness_weighted,core times only those computations (and the load).
ONLY = [key for key in os.environ.get("BENCH_ONLY", "").split(",") if key]


def wanted(key):
    return not ONLY or key in ONLY


MINIMUM_TOTAL = 0.2  # seconds of repeated runs per computation, as in trustnet-bench


def timed(body):
    """Best run after a warm-up: at least 3 runs, more until they take MINIMUM_TOTAL seconds
    (at most 1,000); a computation whose warm-up takes over 10 s runs once."""
    start = time.perf_counter()
    body()
    first = time.perf_counter() - start
    if first > 10:
        return first, 1
    best, total, runs = float("inf"), 0.0, 0
    while runs < 3 or (total < MINIMUM_TOTAL and runs < 1000):
        start = time.perf_counter()
        body()
        elapsed = time.perf_counter() - start
        best, total, runs = min(best, elapsed), total + elapsed, runs + 1
    return best, runs


def emit(tool, graph, computation, seconds, runs):
    print(json.dumps({"tool": tool, "graph": graph, "computation": computation, "seconds": seconds, "runs": runs}), flush=True)


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[1:]
    return [(int(s), int(t), float(w)) for s, t, w in rows]


def main():
    folder, name = sys.argv[1], sys.argv[2]
    arcs = read(os.path.join(folder, name + ".csv"))
    edges = read(os.path.join(folder, name + ".undirected.csv"))
    n = max(max(s, t) for s, t, _ in arcs) + 1
    large = n > 20_000
    sources = random.Random(1).sample(range(n), 256)

    if "igraph" in TOOL_FILTER:
        import igraph as ig

        def load_ig():
            g = ig.Graph(n=n, edges=[(s, t) for s, t, _ in arcs], directed=True)
            g.es["weight"] = [w for _, _, w in arcs]
            return g

        g = load_ig()
        emit("igraph", name, "load", *timed(load_ig))
        u = ig.Graph(n=n, edges=[(s, t) for s, t, _ in edges], directed=False)
        u.es["weight"] = [w for _, _, w in edges]
        dist = [1 / w for w in g.es["weight"]]
        run = lambda key, body: emit("igraph", name, key, *timed(body)) if wanted(key) else None
        run("pagerank", lambda: g.pagerank(damping=0.85, weights="weight"))
        run("eigenvector", lambda: u.eigenvector_centrality(scale=False, weights="weight"))
        if not large:
            run("betweenness", lambda: g.betweenness(directed=True))
            run("betweenness_weighted", lambda: g.betweenness(directed=True, weights=dist))
            run("closeness", lambda: g.closeness(mode="in"))
        run("harmonic", lambda: g.harmonic_centrality(mode="in", normalized=False))
        run("reach_2", lambda: g.neighborhood_size(order=2, mode="in"))
        run("core", lambda: u.coreness())
        run("leiden", lambda: u.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1))
        run("betweenness_sampled_256", lambda: g.betweenness(directed=True, sources=sources))

    if "networkit" in TOOL_FILTER:
        import networkit as nk

        nk.setNumberOfThreads(os.cpu_count() or 1)

        def load_nk(weights):
            g = nk.Graph(n, weighted=True, directed=True)
            for s, t, w in arcs:
                g.addEdge(s, t, weights(w))
            return g

        g = load_nk(lambda w: w)
        emit("networkit", name, "load", *timed(lambda: load_nk(lambda w: w)))
        hops = nk.graphtools.toUnweighted(g)
        dist = load_nk(lambda w: 1 / w)
        reverse = nk.graphtools.transpose(hops)
        u = nk.Graph(n, weighted=True, directed=False)
        for s, t, w in edges:
            u.addEdge(s, t, w)
        us = nk.graphtools.toUnweighted(u)
        run = lambda key, body: emit("networkit", name, key, *timed(body)) if wanted(key) else None

        sinks = nk.centrality.SinkHandling.DistributeSinks
        run("pagerank", lambda: nk.centrality.PageRank(g, damp=0.85, tol=1e-9, distributeSinks=sinks).run())
        run("eigenvector", lambda: nk.centrality.EigenvectorCentrality(u, tol=1e-9).run())
        if not large:
            run("betweenness", lambda: nk.centrality.Betweenness(hops).run())
            run("betweenness_weighted", lambda: nk.centrality.Betweenness(dist).run())
            run("closeness", lambda: nk.centrality.Closeness(reverse, True, nk.centrality.ClosenessVariant.GENERALIZED).run())
            # NetworKit's harmonic closeness searches outgoing ties: the transposed graph gives incoming.
            run("harmonic", lambda: nk.centrality.HarmonicCloseness(reverse, False).run())
        run("core", lambda: nk.centrality.CoreDecomposition(us).run())
        run("leiden", lambda: nk.community.ParallelLeiden(u).run())
        run("betweenness_sampled_256", lambda: nk.centrality.EstimateBetweenness(hops, 256, False, True).run())

    if "networkx" in TOOL_FILTER:
        import networkx as nx

        def load_nx():
            g = nx.DiGraph()
            g.add_nodes_from(range(n))
            g.add_weighted_edges_from(arcs)
            return g

        g = load_nx()
        emit("networkx", name, "load", *timed(load_nx))
        u = nx.Graph()
        u.add_nodes_from(range(n))
        u.add_weighted_edges_from(edges)
        run = lambda key, body: emit("networkx", name, key, *timed(body)) if wanted(key) else None
        run("pagerank", lambda: nx.pagerank(g, alpha=0.85, weight="weight"))
        run("eigenvector", lambda: nx.eigenvector_centrality(u, weight="weight", max_iter=1000))
        run("core", lambda: nx.core_number(nx.Graph(u)))
        run("louvain", lambda: nx.community.louvain_communities(u, weight="weight", seed=1))
        if not large:
            run("betweenness", lambda: nx.betweenness_centrality(g, normalized=False, weight=None))
            run("harmonic", lambda: nx.harmonic_centrality(g))
            run("closeness", lambda: nx.closeness_centrality(g))
            reverse = g.reverse(copy=False)
            run("reach_2", lambda: [len(nx.single_source_shortest_path_length(reverse, v, cutoff=2)) for v in range(n)])


if __name__ == "__main__":
    main()
