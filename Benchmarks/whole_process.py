#!/usr/bin/env python3
"""Times TrustNet's import, check and PageRank as whole processes against python-igraph's, in
one run, with each process's peak memory (issue 17).

    python whole_process.py TRUSTNET GRAPHS_DIR [NAME] [--runs N]

TRUSTNET is a release build of the `trustnet` executable; NAME is a benchmark graph (default
state). The roster is made from NAME.blocks.csv (`id,name,school`: person N is "Person N" of
school B); the tie list is NAME.csv itself (`source,target,weight`, imported with
`--relation advice`).

Every command is a whole process started from this script, its stdout and stderr sent to
/dev/null (so no progress is drawn: the stderr of TrustNet is not a terminal): the time is the
wall-clock time from start to exit, the best of N runs (default 3) after one warm-up, and the
memory the process's peak resident set (`wait4`'s `ru_maxrss`). Each timed import writes into a
fresh workspace.

| TrustNet | python-igraph (the same process, its own Python) |
|---|---|
| `trustnet import ROSTER NAME.csv --term bench --relation advice` into a fresh workspace | read NAME.csv with `csv` into an `igraph.Graph` with its weights |
| `trustnet check ROSTER NAME.csv --term bench --relation advice` | (the same) |
| `trustnet metrics --measures pagerank --format csv` on the imported workspace | the read above, then `Graph.pagerank(damping=0.85, weights="weight")` |

Targets: import and check at most 0.5× igraph's read; PageRank at most 0.2× igraph's read +
PageRank. Prints one line per computation with the ratio and met/missed, and appends JSON lines
to Output/bench/whole_process.jsonl.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

IGRAPH_READ = r"""
import csv, sys, igraph
with open(sys.argv[1], newline="") as f:
    rows = list(csv.reader(f))[1:]
arcs = [(int(s), int(t), float(w)) for s, t, w in rows]
n = max(max(s, t) for s, t, _ in arcs) + 1
g = igraph.Graph(n=n, edges=[(s, t) for s, t, _ in arcs], directed=True)
g.es["weight"] = [w for _, _, w in arcs]
if len(sys.argv) > 2:
    scores = g.pagerank(damping=0.85, weights="weight", directed=True)
"""

TARGETS = {"import": 0.5, "check": 0.5, "pagerank": 0.2}


def run_once(command, stdout=subprocess.DEVNULL):
    """Runs `command` to its end; returns (seconds, peak resident MB, CPU seconds)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def best_of(runs, command, before=None):
    """The best of `runs` runs after a warm-up (wall clock), the largest peak memory seen, and
    the least CPU time (user + system) of a run: on a machine shared with other work the CPU
    time is the steadier of the two."""
    times, cpus, peak = [], [], 0.0
    for k in range(runs + 1):
        if before:
            before()
        seconds, memory, cpu = run_once(command)
        peak = max(peak, memory)
        if k > 0:
            times.append(seconds)
            cpus.append(cpu)
    return min(times), peak, min(cpus)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--runs")]
    runs = 3
    for a in sys.argv[1:]:
        if a.startswith("--runs="):
            runs = int(a.split("=", 1)[1])
    if len(args) < 2:
        raise SystemExit(__doc__)
    trustnet, folder = os.path.abspath(args[0]), args[1]
    name = args[2] if len(args) > 2 else "state"
    ties = os.path.abspath(os.path.join(folder, name + ".csv"))
    blocks = os.path.join(folder, name + ".blocks.csv")
    python = sys.executable

    with tempfile.TemporaryDirectory(prefix="trustnet-whole-") as scratch:
        roster = os.path.join(scratch, "roster.csv")
        with open(blocks) as f, open(roster, "w") as out:
            next(f)
            out.write("id,name,school\n")
            for line in f:
                node, block = line.strip().split(",")
                out.write(f"{node},Person {node},School {block}\n")
        workspace = os.path.join(scratch, "trustnet.sqlite")

        def fresh():
            for suffix in ("", "-journal", "-wal", "-shm"):
                if os.path.exists(workspace + suffix):
                    os.remove(workspace + suffix)

        files = [roster, ties, "--term", "bench", "--relation", "advice", "--workspace", workspace]
        measured = {}
        measured["igraph read"] = best_of(runs, [python, "-c", IGRAPH_READ, ties])
        measured["igraph read + PageRank"] = best_of(runs, [python, "-c", IGRAPH_READ, ties, "pagerank"])
        measured["import"] = best_of(runs, [trustnet, "import", *files], before=fresh)
        measured["check"] = best_of(runs, [trustnet, "check", *files])
        measured["pagerank"] = best_of(
            runs, [trustnet, "metrics", "--measures", "pagerank", "--format", "csv", "--workspace", workspace])
        size = os.path.getsize(workspace)

    os.makedirs("Output/bench", exist_ok=True)
    with open("Output/bench/whole_process.jsonl", "a") as log:
        for key, (seconds, memory, cpu) in measured.items():
            log.write(json.dumps({"graph": name, "process": key, "seconds": seconds, "cpu_seconds": cpu, "peak_mb": memory, "runs": runs}) + "\n")

    print(f"whole processes on {name} (best of {runs} after a warm-up; peak resident memory):")
    for key, (seconds, memory, cpu) in measured.items():
        print(f"  {key:<24} {seconds * 1000:8.0f} ms wall  {cpu * 1000:8.0f} ms CPU  {memory:6.0f} MB")
    print(f"  workspace file: {size / 1e6:.1f} MB")
    peers = {"import": "igraph read", "check": "igraph read", "pagerank": "igraph read + PageRank"}
    print("targets:")
    for key, limit in TARGETS.items():
        ratio = measured[key][0] / measured[peers[key]][0]
        cpu_ratio = measured[key][2] / measured[peers[key]][2]
        verdict = "met" if ratio <= limit else "missed"
        print(f"  {key:<9} {ratio:6.3f}× {peers[key]:<24} (target ≤ {limit}×)  {verdict}   (CPU time {cpu_ratio:.3f}×)")


if __name__ == "__main__":
    main()
