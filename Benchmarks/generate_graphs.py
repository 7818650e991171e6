#!/usr/bin/env python3
"""Generates the three benchmark graphs of ../shared/bench/README.md with its recipe.

    python3 Benchmarks/generate_graphs.py OUTDIR [NAME...]

writes OUTDIR/{school,district,state}.csv (source,target,weight; directed; nodes 0..n-1),
OUTDIR/NAME.undirected.csv ({u,v} when u->v or v->u, weight = sum of both arcs) and
OUTDIR/NAME.blocks.csv (node,block). Standard library only; the same seed gives the same files.

school:   300 people, 10 departments of 30, directed stochastic block model
          (p_in 0.30, p_out 0.01), seed 20240301.
district: 5,000 people, 50,000 ties, 50 schools; state: 50,000 people, 500,000 ties,
          500 schools. Degree-corrected directed block model: unit sizes vary +-40 % around
          n/units; each person gets out- and in-propensities from a Pareto law (degree
          exponent 2.5, i.e. paretovariate(1.5)); each tie picks its source in proportion to
          out-propensity, stays inside the source's unit with probability 0.85 (target in
          proportion to in-propensity inside the unit) and otherwise picks its target over the
          whole graph (in proportion to in-propensity); self-ties and repeats are dropped and
          redrawn; a person left with no tie gets one in-tie from their own unit; weights are
          uniform in 1..4. Seeds 20240302 and 20240303.
nation:   500,000 people, 5,000,000 ties, 5,000 schools; the same recipe, seed 20240304.
          Only when named (`generate_graphs.py OUTDIR nation`): about a minute and 1.5 GB
          of memory, 190 MB of files; never committed (Benchmarks/nation.py generates it
          into a folder of its own).

NAME picks graphs (default: school district state).
"""
import bisect
import itertools
import os
import random
import sys


def block_model(n, blocks, p_in, p_out, seed):
    rng = random.Random(seed)
    size = n // blocks
    block = [v // size for v in range(n)]
    ties = {}
    for u in range(n):
        for v in range(n):
            if u != v and rng.random() < (p_in if block[u] == block[v] else p_out):
                ties[(u, v)] = rng.randint(1, 4)
    return block, ties


def degree_corrected(n, m, units, seed, inside=0.85):
    rng = random.Random(seed)
    raw = [n / units * rng.uniform(0.6, 1.4) for _ in range(units)]
    scale = n / sum(raw)
    sizes = [max(2, int(round(r * scale))) for r in raw]
    sizes[-1] += n - sum(sizes)
    block = [b for b, s in enumerate(sizes) for _ in range(s)]
    members = [[] for _ in range(units)]
    for v, b in enumerate(block):
        members[b].append(v)
    out_p = [rng.paretovariate(1.5) for _ in range(n)]
    in_p = [rng.paretovariate(1.5) for _ in range(n)]
    out_cum = list(itertools.accumulate(out_p))
    in_cum = list(itertools.accumulate(in_p))
    unit_cum = [list(itertools.accumulate(in_p[v] for v in members[b])) for b in range(units)]

    def pick(cum):
        return bisect.bisect_right(cum, rng.random() * cum[-1])

    ties = {}
    while len(ties) < m:
        u = min(pick(out_cum), n - 1)
        if rng.random() < inside:
            b = block[u]
            v = members[b][min(pick(unit_cum[b]), len(members[b]) - 1)]
        else:
            v = min(pick(in_cum), n - 1)
        if u != v and (u, v) not in ties:
            ties[(u, v)] = rng.randint(1, 4)
    touched = set()
    for u, v in ties:
        touched.add(u)
        touched.add(v)
    for v in range(n):
        if v not in touched:
            others = [w for w in members[block[v]] if w != v]
            u = others[rng.randrange(len(others))]
            ties[(u, v)] = rng.randint(1, 4)
    return block, ties


def write(outdir, name, block, ties):
    with open(os.path.join(outdir, name + ".csv"), "w") as f:
        f.write("source,target,weight\n")
        for (u, v), w in ties.items():
            f.write(f"{u},{v},{w}\n")
    undirected = {}
    for (u, v), w in ties.items():
        key = (min(u, v), max(u, v))
        undirected[key] = undirected.get(key, 0) + w
    with open(os.path.join(outdir, name + ".undirected.csv"), "w") as f:
        f.write("source,target,weight\n")
        for (u, v), w in undirected.items():
            f.write(f"{u},{v},{w}\n")
    with open(os.path.join(outdir, name + ".blocks.csv"), "w") as f:
        f.write("node,block\n")
        for v, b in enumerate(block):
            f.write(f"{v},{b}\n")
    print(f"{name}: {len(block)} people, {len(ties)} ties, {len(set(block))} units", file=sys.stderr)


GRAPHS = {
    "school": lambda: block_model(300, 10, 0.30, 0.01, 20240301),
    "district": lambda: degree_corrected(5_000, 50_000, 50, 20240302),
    "state": lambda: degree_corrected(50_000, 500_000, 500, 20240303),
    "nation": lambda: degree_corrected(500_000, 5_000_000, 5_000, 20240304),
}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/graphs"
    names = sys.argv[2:] or ["school", "district", "state"]
    unknown = [name for name in names if name not in GRAPHS]
    if unknown:
        raise SystemExit(f"unknown graph {unknown[0]!r}: one of {', '.join(GRAPHS)}")
    os.makedirs(outdir, exist_ok=True)
    for name in names:
        write(outdir, name, *GRAPHS[name]())


if __name__ == "__main__":
    main()
