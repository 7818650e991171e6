#!/usr/bin/env python3
"""Reference values from NetworkX, python-igraph and R's sna for TrustNet's structure measures.

Run from the repository root:
    python3 Tests/TrustNetTests/Fixtures/make_measure_fixtures.py
Needs networkx, igraph (python-igraph), numpy and scipy, and Rscript with the R packages sna and
igraph (Debian: r-cran-sna, r-cran-igraph). Writes
Tests/TrustNetTests/Fixtures/measures-reference.json; the tests read that file and never need
Python or R. Produced with networkx 3.6.1, python-igraph 1.0.0, sna 2.7-1 and R igraph 1.3.5
(the exact versions are stored in the JSON).

Graphs (nodes 0..n-1; edges are directed [source, target, weight]):
- krackhardt-advice, krackhardt-advice-weighted, kapferer-instrumental-2 and hand: exactly the
  graphs of make_fixtures.py in this folder (its helpers are imported, the weight rule of the
  weighted graph is repeated below).
- hand-units: a 9-node graph made for brokerage, drawn below.

Units (one per node, used by brokerage, E-I index, coupling and unit modularity):
- krackhardt graphs: the dept column of Datasets/krackhardt_hightech/people.csv (node i = id i+1).
- kapferer-instrumental-2: unit = i % 4. This is a SYNTHETIC assignment made only to exercise the
  unit measures; the data set has no such attribute.
- hand: [0, 0, 1, 1, 2, 2].
- hand-units: [0, 0, 0, 1, 1, 1, 2, 2, 2].

hand-units (weights in parentheses; 3 -> 4 has weight 2 and 4 -> 3 weight 1, a mutual tie):

      unit 0 = {0,1,2}             unit 1 = {3,4,5}              unit 2 = {6,7,8}

    0 --(2)--> 1 --(1)--> 2 --(3)--> 3 --(1)--> 6 --(3)--> 7 --(1)--> 8
    ^                     |         | ^         |
    |                    (1)     (2)| |(1)     (2)
    |                     |         v |         |
    |                     +--------> 4          |
    |                                           v
    +-------------------(1)-------------------- 5

  Its two-paths a -> v -> c with a != c and no tie a -> c, by broker v:
    0: 5->0->1 gatekeeper          1: 0->1->2 coordinator
    2: 1->2->3, 1->2->4 representative
    3: 2->3->6 liaison, 4->3->6 representative (2->3->4 is closed by 2->4, 4->3->4 has a == c)
    4: none (3->4->3 has a == c, 2->4->3 is closed by 2->3)
    5: 6->5->0 liaison             6: 3->6->5 consultant, 3->6->7 gatekeeper
    7: 6->7->8 coordinator         8: none
  so every Gould-Fernandez role occurs, the graph is weakly connected and has no isolate.

Per-node measures (lists in node order, JSON null where undefined):
- eigenvector: NetworkX on the undirected view whose edge {u,v} has weight w(u->v) + w(v->u).
  eigenvector_centrality_numpy where the view is connected; networkx 3.6 raises AmbiguousSolution
  on a disconnected graph, so there the power iteration nx.eigenvector_centrality(max_iter=100000,
  tol=1e-14) is used (it leaves ~1e-20 instead of exact 0 on the components that do not carry
  the leading eigenvalue). eigenvector_igraph: igraph eigenvector_centrality(scale=False) on the
  same view, rescaled to unit Euclidean length (igraph warns on disconnected graphs and gives
  ~1e-18 there). The two are asserted equal to 1e-9; "eigenvector_method" names the NetworkX
  function used.
- hub, authority: nx.hits(max_iter=100000, tol=1e-14) on the directed weighted graph, each summing
  to 1; cross-checked with igraph hub_score / authority_score.
- closeness_hops: nx.closeness_centrality (incoming distances, wf_improved=True);
  closeness_inverse_strength: the same with distance 1/weight.
- reach_1, reach_2: share of the other n-1 nodes with a directed path to the node of at most 1
  (2) hops; cross-checked with igraph neighborhood_size(mode="in").
- constraint, effective_size: Burt's measures as NetworkX defines them (weight="weight", mutual
  weights a_uv + a_vu, neighbours = in- and out-neighbours), computed from
  networkx.algorithms.structuralholes.local_constraint and normalized_mutual_weight for every
  node with at least one neighbour; null for a node without any. NetworkX's own functions give
  NaN, when asked for explicit nodes (pure-Python path), for nodes without OUT-ties even when they
  have in-ties (it tests len(G[v]) == 0); with nodes=None and scipy installed (sparse path)
  they give values for those nodes too. The script asserts agreement with both paths wherever
  they are defined (constraint also with igraph's constraint), except that networkx 3.6.1's
  sparse effective_size divides by the largest mutual weight of the wrong node (w instead of u)
  and is wrong wherever those differ, as on most weighted or directed graphs (networkx pull
  request 8906); there the pure-Python path and a matrix form of the definition are the checks.
- hierarchy: Burt's hierarchy from NetworkX's local constraints: N neighbours, C the constraint,
  c_j = local_constraint(v, j), H = sum_j r_j ln r_j / (N ln N) with r_j = c_j / (C / N);
  0 when N == 1, null when N == 0. Neither sna nor R igraph has hierarchy, so it is only
  NetworkX-derived.
- core: nx.core_number of the undirected simple view (weights ignored); cross-checked with igraph
  coreness(mode="all").
- clustering: nx.clustering on the directed graph, unweighted (Fagiolo's directed clustering).
- coordinator, gatekeeper, representative, consultant, liaison: Gould-Fernandez brokerage raw
  counts from R sna's brokerage(g, cl) on the unweighted directed graph ($raw.nli). Column
  mapping (sna's documentation, confirmed by the brute-force count below), for a two-path
  a -> v -> c with broker v:
      w_I  = coordinator     a, v, c all in one unit                 (A -> A -> A)
      w_O  = consultant      a and c in one unit, v in another       (A -> B -> A), "itinerant"
      b_IO = representative  a in v's unit, c in another             (A -> A -> B)
      b_OI = gatekeeper      c in v's unit, a in another             (A -> B -> B)
      b_O  = liaison         a, v, c in three different units        (A -> B -> C)
  sna counts a two-path only when a != c and there is no tie a -> c. The same counts are
  computed by brute force in Python and asserted equal to sna's.

Network-level values: density, reciprocity (overall), transitivity (undirected simple view),
in_degree_centralization (igraph's C centralization_degree(mode="in", loops=False,
normalized=True), called through R igraph's centr_degree because python-igraph 1.0 has no
wrapper for it; asserted equal to Freeman's sum(max - d_i) / (n-1)^2 and to sna's
centralization(g, degree, cmode="indegree")), weak_components, strong_components, isolates,
ei_index ((E - I)/(E + I) over all directed ties, null without ties), coupling (unit x unit
matrix in the order of "unit_labels": ties from A to B over |A||B|, or |A|(|A|-1) when A == B,
0 when that is 0), unit_modularity (nx.community.modularity of the unit partition on the summed
undirected view), leiden_modularity_igraph (best modularity over Python random seeds 1..20 of
igraph community_leiden(objective_function="modularity", n_iterations=-1) on that view) and
louvain_modularity_networkx (best over seeds 1..20 of nx.community.louvain_communities); on
graphs of at most 10 nodes both are asserted equal to the exact optimum found by trying every
partition.

Values of eigenvector, eigenvector_igraph, hub and authority below 1e-12 in magnitude are
numerical zeros (ARPACK leaves +-1e-15, the power iteration ~1e-20) and are stored as 0.0.
The output is byte-for-byte reproducible: scipy's ARPACK start vectors and Python's random
module (igraph's random source) are seeded.
"""
import contextlib
import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import warnings

import igraph as ig
import networkx as nx
import numpy as np
from networkx.algorithms.structuralholes import local_constraint, normalized_mutual_weight

sys.dont_write_bytecode = True  # no __pycache__ in the test folder
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixtures import HAND_EDGES, ROOT, dataset_edges, people_count  # noqa: E402

OUT = os.path.join(ROOT, "Tests", "TrustNetTests", "Fixtures", "measures-reference.json")

HAND_UNITS_EDGES = [
    (0, 1, 2.0), (1, 2, 1.0), (2, 3, 3.0), (2, 4, 1.0), (3, 4, 2.0), (4, 3, 1.0),
    (3, 6, 1.0), (6, 5, 2.0), (6, 7, 3.0), (7, 8, 1.0), (5, 0, 1.0),
]

TOL = 1e-9
ROLES = ["coordinator", "consultant", "representative", "gatekeeper", "liaison"]
SNA_COLUMN = {"coordinator": "w_I", "consultant": "w_O", "representative": "b_IO",
              "gatekeeper": "b_OI", "liaison": "b_O"}

R_SCRIPT = r"""
invisible(suppressPackageStartupMessages({ loadNamespace("sna"); loadNamespace("igraph") }))
lines <- readLines(commandArgs(trailingOnly = TRUE)[1])
n <- as.integer(lines[1])
cl <- as.integer(strsplit(lines[2], " ")[[1]])
g <- matrix(0, n, n)
if (length(lines) > 2) for (line in lines[3:length(lines)]) {
  st <- as.integer(strsplit(line, " ")[[1]]); g[st[1] + 1, st[2] + 1] <- 1
}
b <- sna::brokerage(g, cl)$raw.nli
cat("columns", colnames(b), "\n")
for (i in 1:n) cat("row", i - 1, sprintf("%.17g", b[i, ]), "\n")
cat("sna_centralization", sprintf("%.17g", sna::centralization(g, sna::degree, cmode = "indegree", normalize = TRUE)), "\n")
ig <- igraph::graph_from_adjacency_matrix(g, mode = "directed")
cat("igraph_centralization", sprintf("%.17g", igraph::centr_degree(ig, mode = "in", loops = FALSE, normalized = TRUE)$centralization), "\n")
"""


def r_versions():
    out = subprocess.run(
        ["Rscript", "-e", 'cat(packageDescription("sna")$Version, packageDescription("igraph")$Version)'],
        check=True, capture_output=True, text=True).stdout.split()
    return out[0], out[1]


def run_r(n, edges, units):
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "measures.R")
        data = os.path.join(tmp, "graph.txt")
        with open(script, "w") as f:
            f.write(R_SCRIPT)
        with open(data, "w") as f:
            f.write(f"{n}\n" + " ".join(str(u) for u in units) + "\n")
            f.writelines(f"{s} {t}\n" for s, t, _ in edges)
        out = subprocess.run(["Rscript", script, data], check=True, capture_output=True, text=True).stdout
    columns, rows, result = None, {}, {}
    for line in out.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "columns":
            columns = parts[1:]
        elif parts[0] == "row":
            rows[int(parts[1])] = [float(x) for x in parts[2:]]
        else:
            result[parts[0]] = float(parts[1])
    assert columns == ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"], columns
    assert sorted(rows) == list(range(n))
    result["brokerage"] = {
        role: [rows[v][columns.index(SNA_COLUMN[role])] for v in range(n)] for role in ROLES
    }
    result["brokerage_total"] = [rows[v][columns.index("t")] for v in range(n)]
    return result


def brokerage_brute_force(G, units):
    counts = {role: [0] * len(G) for role in ROLES}
    for v in G:
        for a in G.predecessors(v):
            for c in G.successors(v):
                if a == c or G.has_edge(a, c):
                    continue
                ua, uv, uc = units[a], units[v], units[c]
                if ua == uv == uc:
                    role = "coordinator"
                elif ua == uc:
                    role = "consultant"
                elif ua == uv:
                    role = "representative"
                elif uv == uc:
                    role = "gatekeeper"
                else:
                    role = "liaison"
                counts[role][v] += 1
    return counts


def clean(x):
    """JSON-ready value: NaN and None become null, numpy scalars become Python numbers."""
    if x is None:
        return None
    if isinstance(x, (list, tuple)):
        return [clean(y) for y in x]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    return None if math.isnan(x) else x


@contextlib.contextmanager
def seeded_arpack(seed=20240601):
    """scipy's eigs and svds (used by eigenvector_centrality_numpy and hits) start ARPACK from a
    vector drawn from an unseeded numpy Generator, which changes the last bits of the result from
    run to run. Inside this block an unseeded np.random.default_rng() is seeded instead."""
    original = np.random.default_rng

    def default_rng(seed_arg=None):
        return original(seed if seed_arg is None else seed_arg)

    np.random.default_rng = default_rng
    try:
        yield
    finally:
        np.random.default_rng = original


def snap(values):
    """Spectral results carry noise (|x| ~ 1e-15 from ARPACK, ~1e-20 from power iteration) where the
    exact value is 0; store those as 0.0. Asserts that no value lies between noise and signal."""
    out = []
    for x in values:
        assert not (1e-12 <= abs(x) < 1e-8), x
        out.append(0.0 if abs(x) < 1e-12 else float(x))
    return out


def close(a, b, tol=TOL):
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return False
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def summed_undirected(G):
    U = nx.Graph()
    U.add_nodes_from(G)
    for s, t, d in G.edges(data=True):
        if U.has_edge(s, t):
            U[s][t]["weight"] += d["weight"]
        else:
            U.add_edge(s, t, weight=d["weight"])
    return U


def igraph_undirected(U):
    edges = sorted(U.edges())
    g = ig.Graph(n=len(U), edges=edges, directed=False)
    g.es["weight"] = [U[s][t]["weight"] for s, t in edges]
    return g


def eigenvector(U, n, nodes):
    gu = igraph_undirected(U)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # igraph warns on disconnected graphs
        random.seed(1)  # igraph's ARPACK may draw from Python's random module
        x = np.array(gu.eigenvector_centrality(scale=False, weights="weight"))
    x = x / (np.sign(x.sum()) * np.linalg.norm(x))
    ev_igraph = x.tolist()
    try:
        with seeded_arpack():
            ev = nx.eigenvector_centrality_numpy(U, weight="weight")
        method = "networkx eigenvector_centrality_numpy"
    except nx.AmbiguousSolution:
        ev = None
        method = None
    if ev is None or not all(close(ev[v], ev_igraph[v]) for v in nodes):
        reason = ("eigenvector_centrality_numpy raises AmbiguousSolution on the disconnected view"
                  if ev is None else "eigenvector_centrality_numpy disagrees with igraph")
        ev = nx.eigenvector_centrality(U, max_iter=100000, tol=1e-14, weight="weight")
        method = f"networkx eigenvector_centrality (power iteration, max_iter=100000, tol=1e-14): {reason}"
    assert all(close(ev[v], ev_igraph[v]) for v in nodes), ("eigenvector", method)
    return [ev[v] for v in nodes], ev_igraph, method


def hits(G, nodes, edges):
    with seeded_arpack():
        hub, auth = nx.hits(G, max_iter=100000, tol=1e-14)
    g = ig.Graph(n=len(G), edges=[(s, t) for s, t, _ in edges], directed=True)
    w = [wt for _, _, wt in edges]
    with warnings.catch_warnings():
        # igraph warns when over 30% of the scores are 0 (kapferer); the solution is still unique
        # here because the largest singular value is simple (asserted below)
        warnings.simplefilter("ignore", RuntimeWarning)
        random.seed(1)
        h_ig = np.array(g.hub_score(weights=w, scale=False))
        a_ig = np.array(g.authority_score(weights=w, scale=False))
    h_ig, a_ig = h_ig / h_ig.sum(), a_ig / a_ig.sum()
    # the HITS vectors are unique only when the largest singular value is simple
    A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    s = np.linalg.svd(A, compute_uv=False)
    assert s[0] - s[1] > 1e-6 * s[0], "HITS is not unique on this graph"
    assert all(close(hub[v], h_ig[v]) and close(auth[v], a_ig[v]) for v in nodes), "hits vs igraph"
    assert close(sum(hub.values()), 1.0) and close(sum(auth.values()), 1.0)
    return [hub[v] for v in nodes], [auth[v] for v in nodes]


def reach(G, nodes, k):
    n = len(nodes)
    R = G.reverse(copy=True)
    ours = [(len(nx.single_source_shortest_path_length(R, v, cutoff=k)) - 1) / (n - 1) for v in nodes]
    g = ig.Graph(n=n, edges=list(G.edges()), directed=True)
    theirs = [(x - 1) / (n - 1) for x in g.neighborhood_size(order=k, mode="in")]
    assert ours == theirs, ("reach", k)
    return ours


def structural_holes(G, nodes, edges):
    nmw = normalized_mutual_weight
    constraint, effective, hierarchy = [], [], []
    for v in nodes:
        nbrs = set(nx.all_neighbors(G, v))
        if not nbrs:
            constraint.append(None)
            effective.append(None)
            hierarchy.append(None)
            continue
        local = {u: local_constraint(G, v, u, weight="weight") for u in nbrs}
        C = sum(local.values())
        E = sum(1 - sum(nmw(G, v, w, weight="weight") * nmw(G, u, w, norm=max, weight="weight") for w in nbrs)
                for u in nbrs)
        N = len(nbrs)
        if N == 1:
            H = 0.0
        else:
            mean = C / N
            H = sum((c / mean) * math.log(c / mean) for c in local.values()) / (N * math.log(N))
        constraint.append(C)
        effective.append(E)
        hierarchy.append(H)
    # NetworkX's sparse path (nodes=None, scipy present) and pure-Python path (explicit nodes)
    c_sparse = nx.constraint(G, weight="weight")
    e_sparse = nx.effective_size(G, weight="weight")
    c_loop = nx.constraint(G, nodes=list(nodes), weight="weight")
    e_loop = nx.effective_size(G, nodes=list(nodes), weight="weight")
    g = ig.Graph(n=len(nodes), edges=[(s, t) for s, t, _ in edges], directed=True)
    c_ig = g.constraint(weights=[w for _, _, w in edges])
    # effective size in matrix form, P = mutual weights over row sums, M = over row maxima:
    # e(v) = sum over neighbours u of (1 - (P M^T)[v, u]). NetworkX 3.6.1's sparse path divides
    # by the maximum of the wrong axis (column instead of row), so on weighted or directed graphs
    # whose nodes have different largest mutual weights nx.effective_size(G) without nodes= is
    # wrong (networkx pull request 8906); the pure-Python path and this form agree.
    D = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    D = D + D.T
    with np.errstate(divide="ignore", invalid="ignore"):
        P = np.nan_to_num(D / D.sum(axis=1)[:, np.newaxis])  # rows of isolates: 0, not NaN
        M = np.nan_to_num(D / D.max(axis=1)[:, np.newaxis])
    e_matrix = ((D > 0) * (1 - P @ M.T)).sum(axis=1)
    sparse_effective_size_differs = False
    for v in nodes:
        if constraint[v] is None:
            assert math.isnan(c_sparse[v]) and math.isnan(c_loop[v]) and math.isnan(e_loop[v])
            assert math.isnan(e_sparse[v]) and math.isnan(c_ig[v])
            continue
        assert close(constraint[v], c_sparse[v]), ("sparse constraint", v)
        assert close(effective[v], e_matrix[v]), ("matrix effective size", v)
        if not close(effective[v], e_sparse[v]):
            sparse_effective_size_differs = True
        assert close(constraint[v], c_ig[v]), ("igraph constraint", v)
        if G.out_degree(v) > 0:
            assert close(constraint[v], c_loop[v]) and close(effective[v], e_loop[v]), ("loop", v)
        else:
            assert math.isnan(c_loop[v]) and math.isnan(e_loop[v]), ("loop NaN", v)
    if sparse_effective_size_differs:
        print("  note: nx.effective_size(G, weight) (sparse path) differs from the definition here")
    return constraint, effective, hierarchy


def best_modularity_leiden(U):
    gu = igraph_undirected(U)
    best = None
    for seed in range(1, 21):
        random.seed(seed)  # python-igraph draws from Python's random module
        part = gu.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        q = gu.modularity(part.membership, weights="weight")
        comms = [set(c) for c in part]
        assert close(q, nx.community.modularity(U, comms, weight="weight")), "leiden modularity"
        best = q if best is None else max(best, q)
    return best


def exact_max_modularity(U):
    """Largest modularity over every partition of the non-isolated nodes (small graphs only)."""
    active = [v for v in U if U.degree(v) > 0]
    two_m = 2 * U.size(weight="weight")
    strength = {v: U.degree(v, weight="weight") for v in active}
    pairs = [(active.index(s), active.index(t), d["weight"]) for s, t, d in U.edges(data=True)]
    best, best_labels = None, None
    labels = [0] * len(active)

    def visit(i, k):
        nonlocal best, best_labels
        if i == len(active):
            inside = [0.0] * k
            total = [0.0] * k
            for a, b, w in pairs:
                if labels[a] == labels[b]:
                    inside[labels[a]] += 2 * w
            for j, v in enumerate(active):
                total[labels[j]] += strength[v]
            q = sum(inside[c] / two_m - (total[c] / two_m) ** 2 for c in range(k))
            if best is None or q > best:
                best, best_labels = q, labels[:]
            return
        for c in range(k + 1):
            labels[i] = c
            visit(i + 1, max(k, c + 1))

    visit(0, 0)
    comms = [{active[j] for j in range(len(active)) if best_labels[j] == c} for c in set(best_labels)]
    comms += [{v} for v in U if U.degree(v) == 0]
    return nx.community.modularity(U, comms, weight="weight")


def best_modularity_louvain(U):
    best = None
    for seed in range(1, 21):
        comms = nx.community.louvain_communities(U, weight="weight", seed=seed)
        q = nx.community.modularity(U, comms, weight="weight")
        best = q if best is None else max(best, q)
    return best


def measures(n, edges, units):
    assert len(units) == n
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    for s, t, w in edges:
        assert s != t and not G.has_edge(s, t)
        G.add_edge(s, t, weight=w, dist=1.0 / w)
    nodes = list(range(n))
    U = summed_undirected(G)
    S = nx.Graph(G.to_undirected())

    ev, ev_igraph, ev_method = eigenvector(U, n, nodes)
    hub, authority = hits(G, nodes, edges)
    c_hops = nx.closeness_centrality(G)
    c_cost = nx.closeness_centrality(G, distance="dist")
    constraint, effective, hierarchy = structural_holes(G, nodes, edges)

    core = nx.core_number(S)
    gs = ig.Graph(n=n, edges=sorted(S.edges()), directed=False).simplify()
    assert gs.coreness(mode="all") == [core[v] for v in nodes], "coreness"
    clustering = nx.clustering(G)

    r = run_r(n, edges, units)
    brute = brokerage_brute_force(G, units)
    for role in ROLES:
        assert r["brokerage"][role] == [float(x) for x in brute[role]], ("brokerage", role)
    assert r["brokerage_total"] == [float(sum(brute[role][v] for role in ROLES)) for v in nodes]

    indeg = [G.in_degree(v) for v in nodes]
    freeman = sum(max(indeg) - d for d in indeg) / ((n - 1) ** 2)
    assert close(freeman, r["igraph_centralization"]) and close(freeman, r["sna_centralization"]), "centralization"

    labels = sorted(set(units))
    size = {u: units.count(u) for u in labels}
    ties = {(a, b): 0 for a in labels for b in labels}
    for s, t, _ in edges:
        ties[(units[s], units[t])] += 1
    coupling = []
    for a in labels:
        row = []
        for b in labels:
            denom = size[a] * size[b] if a != b else size[a] * (size[a] - 1)
            row.append(ties[(a, b)] / denom if denom else 0.0)
        coupling.append(row)
    external = sum(1 for s, t, _ in edges if units[s] != units[t])
    internal = len(edges) - external
    ei = (external - internal) / (external + internal) if edges else None
    partition = [{v for v in nodes if units[v] == u} for u in labels]
    leiden = best_modularity_leiden(U)
    louvain = best_modularity_louvain(U)
    if n <= 10:
        exact = exact_max_modularity(U)
        assert close(leiden, exact, 1e-12) and close(louvain, exact, 1e-12), ("modularity optimum", exact)

    out = {
        "nodes": n,
        "edges": [[s, t, w] for s, t, w in edges],
        "units": list(units),
        "unit_labels": labels,
        "eigenvector": snap(ev),
        "eigenvector_igraph": snap(ev_igraph),
        "eigenvector_method": ev_method,
        "hub": snap(hub),
        "authority": snap(authority),
        "closeness_hops": [c_hops[v] for v in nodes],
        "closeness_inverse_strength": [c_cost[v] for v in nodes],
        "reach_1": reach(G, nodes, 1),
        "reach_2": reach(G, nodes, 2),
        "constraint": constraint,
        "effective_size": effective,
        "hierarchy": hierarchy,
        "core": [core[v] for v in nodes],
        "clustering": [float(clustering[v]) for v in nodes],
        "density": nx.density(G),
        "reciprocity": nx.overall_reciprocity(G),
        "transitivity": nx.transitivity(S),
        "in_degree_centralization": r["igraph_centralization"],
        "weak_components": nx.number_weakly_connected_components(G),
        "strong_components": nx.number_strongly_connected_components(G),
        "isolates": nx.number_of_isolates(G),
        "ei_index": ei,
        "coupling": coupling,
        "unit_modularity": nx.community.modularity(U, partition, weight="weight"),
        "leiden_modularity_igraph": leiden,
        "louvain_modularity_networkx": louvain,
    }
    for role in ROLES:
        out[role] = [int(x) for x in r["brokerage"][role]]
    return {k: (v if isinstance(v, str) else clean(v)) for k, v in out.items()}


def krackhardt_units():
    with open(os.path.join(ROOT, "Datasets", "krackhardt_hightech", "people.csv"), newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["id"]))
    assert [int(r["id"]) for r in rows] == list(range(1, len(rows) + 1))
    return [int(r["dept"]) for r in rows]


def main():
    dept = krackhardt_units()
    n_kapferer = people_count("kapferer_tailor_shop")
    specs = [
        ("krackhardt-advice", 21, dataset_edges("krackhardt_hightech", "advice", 1), dept),
        # the same weight rule as make_fixtures.py
        ("krackhardt-advice-weighted", 21,
         dataset_edges("krackhardt_hightech", "advice", 1, lambda s, t: 1 + ((s * 7 + t * 3) % 5)), dept),
        ("kapferer-instrumental-2", n_kapferer, dataset_edges("kapferer_tailor_shop", "instrumental", 2),
         [i % 4 for i in range(n_kapferer)]),
        ("hand", 6, HAND_EDGES, [0, 0, 1, 1, 2, 2]),
        ("hand-units", 9, HAND_UNITS_EDGES, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
    ]
    graphs = {}
    for name, n, edges, units in specs:
        print(name)
        graphs[name] = measures(n, edges, units)
    hu = graphs["hand-units"]
    assert all(sum(hu[role]) > 0 for role in ROLES), "hand-units must show every brokerage role"
    assert {role: hu[role] for role in ROLES} == {  # the table in the docstring
        "coordinator": [0, 1, 0, 0, 0, 0, 0, 1, 0],
        "consultant": [0, 0, 0, 0, 0, 0, 1, 0, 0],
        "representative": [0, 0, 2, 1, 0, 0, 0, 0, 0],
        "gatekeeper": [1, 0, 0, 0, 0, 0, 1, 0, 0],
        "liaison": [0, 0, 0, 1, 0, 1, 0, 0, 0],
    }
    assert hu["weak_components"] == 1 and hu["isolates"] == 0 and hu["reciprocity"] > 0
    sna_version, igraph_r_version = r_versions()
    doc = {
        "networkx": nx.__version__,
        "igraph": ig.__version__,
        "igraph_r": igraph_r_version,
        "sna": sna_version,
        "graphs": graphs,
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True, allow_nan=False)
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
