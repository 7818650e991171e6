#!/usr/bin/env python3
"""Times `trustnet report` on the benchmark district and state as whole processes, against
python-igraph reading the same tie list and computing exact betweenness, in the same run.

Run:  Benchmarks/report-bench [district state]     (builds trustnet in release mode first)
or:   python3 Benchmarks/report_bench.py TRUSTNET [district state]

For each graph it writes a roster (id, name, school from the blocks file, a title: every 97th
person a principal) and the ties as advice into a temporary folder, imports them as one term,
then runs, each as a whole process timed by the wall clock with its peak resident memory
(`os.wait4`'s rusage of that child alone):

- `trustnet report -o report.html` (the HTML report, units first above 400 people);
- `trustnet report --format json -o report.json` (district only; not a target, printed for
  reference);
- python-igraph (Benchmarks/.venv): read `NAME.csv` with the csv module into a graph and
  compute exact betweenness (directed, hops) — the whole process, interpreter start included
  (district only: on the state it would take minutes, and the state's target is the district
  report's time).

Targets (issue 17): district report <= 1.5x igraph's read + exact betweenness, <= 5 MB; state
report within 10x the district report's time, peak memory < 2 GB, <= 10 MB. Prints the table
with ratios and met/missed, and writes it to Output/bench/report.md. Standard library only
(igraph in the venv).
"""
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time

GRAPHS = os.environ.get("BENCH_GRAPHS", "Benchmarks/graphs")
VENV_PYTHON = os.environ.get("BENCH_PYTHON", "Benchmarks/.venv/bin/python")

IGRAPH_BETWEENNESS = """
import csv, sys
import igraph as ig
arcs = []
with open(sys.argv[1]) as f:
    r = csv.reader(f); next(r)
    for s, t, w in r:
        arcs.append((int(s), int(t), float(w)))
n = max(max(s, t) for s, t, _ in arcs) + 1
g = ig.Graph(n=n, edges=[(s, t) for s, t, _ in arcs], directed=True)
g.es["weight"] = [w for _, _, w in arcs]
b = g.betweenness(directed=True)
print(len(b), max(b))
"""


def run(command, cwd=None):
    """Runs `command` as one process: (seconds, peak resident MB, stdout)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = b"", b""
    # wait4 gives this child's own rusage (ru_maxrss in kB on Linux).
    out = process.stdout.read()
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err.decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, out.decode()


def workspace(folder, graph):
    blocks = {}
    with open(os.path.join(GRAPHS, f"{graph}.blocks.csv")) as f:
        for row in csv.DictReader(f):
            blocks[row["node"]] = row["block"]
    roster = os.path.join(folder, "roster.csv")
    with open(roster, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "school", "title"])
        for node, block in sorted(blocks.items(), key=lambda kv: int(kv[0])):
            w.writerow([f"P{node}", f"Person {node}", f"School {block}", "Principal" if int(node) % 97 == 0 else "Teacher"])
    ties = os.path.join(folder, "ties.csv")
    with open(os.path.join(GRAPHS, f"{graph}.csv")) as src, open(ties, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "relation", "weight"])
        for row in csv.DictReader(src):
            w.writerow([f"P{row['source']}", f"P{row['target']}", "advice", row["weight"]])
    return roster, ties


def megabytes(path):
    return os.path.getsize(path) / 1e6


def main():
    trustnet = os.path.abspath(sys.argv[1])
    graphs = sys.argv[2:] or ["district", "state"]
    if not os.path.exists(os.path.join(GRAPHS, "state.csv")):
        subprocess.run([sys.executable, "Benchmarks/generate_graphs.py", GRAPHS], check=True)
    measured = {}
    for graph in graphs:
        with tempfile.TemporaryDirectory() as folder:
            roster, ties = workspace(folder, graph)
            imported = run([trustnet, "import", roster, ties, "--term", "bench"], cwd=folder)
            html = run([trustnet, "report", "-o", "report.html"], cwd=folder)
            small = graph != "state"
            # The JSON and igraph's exact betweenness only where they say something: igraph's
            # exact betweenness of the state would take minutes, and its target is the district.
            js = run([trustnet, "report", "--format", "json", "-o", "report.json"], cwd=folder) if small else None
            peer = run([VENV_PYTHON, "-c", IGRAPH_BETWEENNESS, os.path.join(os.path.abspath(GRAPHS), f"{graph}.csv")]) if small else None
            measured[graph] = {
                "import": imported, "html": html, "json": js, "igraph": peer,
                "html_mb": megabytes(os.path.join(folder, "report.html")),
                "json_mb": megabytes(os.path.join(folder, "report.json")) if js else None,
            }
            m = measured[graph]
            line = f"{graph}: import {imported[0]:.2f} s; report {html[0]:.2f} s, {html[1]:.0f} MB peak, {m['html_mb']:.2f} MB file"
            if js:
                line += f"; json {js[0]:.2f} s, {m['json_mb']:.2f} MB; igraph read + exact betweenness {peer[0]:.2f} s, {peer[1]:.0f} MB peak"
            print(line, file=sys.stderr)

    rows = ["| graph | trustnet report (whole process) | peak memory | file | igraph read + exact betweenness | report ÷ igraph |",
            "|---|---|---|---|---|---|"]
    for graph, m in measured.items():
        peer = f"{m['igraph'][0]:.2f} s | {m['html'][0] / m['igraph'][0]:.2f}×" if m["igraph"] else "— | —"
        rows.append(f"| {graph} | {m['html'][0]:.2f} s | {m['html'][1]:.0f} MB | {m['html_mb']:.2f} MB | {peer} |")
    targets = ["", "| target | goal | measured | |", "|---|---|---|---|"]

    def target(name, goal, value, ok):
        targets.append(f"| {name} | {goal} | {value} | {'met' if ok else 'missed'} |")

    if "district" in measured:
        d = measured["district"]
        ratio = d["html"][0] / d["igraph"][0]
        target("district report time", "≤ 1.5× igraph read + exact betweenness", f"{ratio:.2f}×", ratio <= 1.5)
        target("district report size", "≤ 5 MB", f"{d['html_mb']:.2f} MB", d["html_mb"] <= 5)
    if "state" in measured:
        s = measured["state"]
        if "district" in measured:
            ratio = s["html"][0] / measured["district"]["html"][0]
            target("state report time", "≤ 10× the district report", f"{ratio:.2f}× ({s['html'][0]:.1f} s)", ratio <= 10)
        target("state report peak memory", "< 2 GB", f"{s['html'][1]:.0f} MB", s["html"][1] < 2048)
        target("state report size", "≤ 10 MB", f"{s['html_mb']:.2f} MB", s["html_mb"] <= 10)
    text = "\n".join(rows + targets)
    print(text)
    os.makedirs("Output/bench", exist_ok=True)
    with open("Output/bench/report.md", "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
